/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.xml.bind.status;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.adapters.CollapsedStringAdapter;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

/**
 * Binding of {@code status-list.xsd}'s {@code Event}: one event of a certificate's history. Not API.
 *
 * <p>Mutable and not thread-safe: confined to one call of a codec.
 *
 * @since 0.1
 */
@XmlType(
    name = "Event",
    propOrder = {
      "kind",
      "at",
      "plannedUntil",
      "reason"
    })
@XmlAccessorType(XmlAccessType.FIELD)
public final class XmlEvent {
  @XmlElement(name = "kind", required = true)
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String kind;

  @XmlElement(name = "at", required = true)
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String at;

  @XmlElement(name = "plannedUntil")
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String plannedUntil;

  @XmlElement(name = "reason")
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String reason;
}
