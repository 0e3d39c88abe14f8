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
import java.util.List;

/**
 * Binding of {@code status-list.xsd}'s {@code Entry}: one certificate. Not API.
 *
 * <p>Mutable and not thread-safe: confined to one call of a codec.
 *
 * @since 0.1
 */
@XmlType(
    name = "Entry",
    propOrder = {
      "id",
      "issued",
      "contentDigest",
      "events"
    })
@XmlAccessorType(XmlAccessType.FIELD)
public final class XmlStatusEntry {
  @XmlElement(name = "id", required = true)
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String id;

  @XmlElement(name = "issued", required = true)
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String issued;

  @XmlElement(name = "contentDigest", required = true)
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String contentDigest;

  @XmlElement(name = "event")
  List<XmlEvent> events;
}
