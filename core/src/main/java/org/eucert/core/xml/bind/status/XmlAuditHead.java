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
 * Binding of {@code status-list.xsd}'s {@code AuditHead}: the head of the issuer's audit chain. Not API.
 *
 * <p>Mutable and not thread-safe: confined to one call of a codec.
 *
 * @since 0.1
 */
@XmlType(
    name = "AuditHead",
    propOrder = {
      "seq",
      "hash"
    })
@XmlAccessorType(XmlAccessType.FIELD)
public final class XmlAuditHead {
  @XmlElement(name = "seq", required = true)
  Long seq;

  @XmlElement(name = "hash", required = true)
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String hash;
}
