/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.xml.bind.export;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.adapters.CollapsedStringAdapter;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

/**
 * Binding of one stored certificate event (EUCC Art 14, 30; Art 13(2) review outcomes).
 *
 * @since 0.1
 */
@XmlType(
    name = "Event",
    propOrder = {
      "seq",
      "kind",
      "status",
      "effectiveAt",
      "decidedAt",
      "recordedAt",
      "actor",
      "reason",
      "text",
      "plannedUntil",
      "decisionReference",
      "related"
    })
@XmlAccessorType(XmlAccessType.FIELD)
public final class XmlEvent {
  @XmlElement(name = "seq", required = true)
  Integer seq;

  @XmlElement(name = "kind", required = true)
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String kind;

  @XmlElement(name = "status", required = true)
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String status;

  @XmlElement(name = "effectiveAt", required = true)
  String effectiveAt;

  @XmlElement(name = "decidedAt", required = true)
  String decidedAt;

  @XmlElement(name = "recordedAt", required = true)
  String recordedAt;

  @XmlElement(name = "actor", required = true)
  String actor;

  @XmlElement(name = "reason")
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String reason;

  @XmlElement(name = "text")
  String text;

  @XmlElement(name = "plannedUntil")
  String plannedUntil;

  @XmlElement(name = "decisionReference")
  String decisionReference;

  @XmlElement(name = "related")
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String related;
}
