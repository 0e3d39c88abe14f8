/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.xml.bind.trust;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.adapters.CollapsedStringAdapter;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import java.util.List;

/**
 * Binding of {@code trust-list.xsd}'s {@code Approval}: an approval given. Not API.
 *
 * <p>Mutable and not thread-safe: confined to one call of a codec.
 *
 * @since 0.1
 */
@XmlType(
    name = "Approval",
    propOrder = {
      "kind",
      "reference",
      "ncca",
      "scheme",
      "certificateId",
      "maxValidUntil",
      "evaluationLevel",
      "status"
    })
@XmlAccessorType(XmlAccessType.FIELD)
public final class XmlApproval {
  @XmlElement(name = "kind", required = true)
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String kind;

  @XmlElement(name = "reference", required = true)
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String reference;

  @XmlElement(name = "ncca", required = true)
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String ncca;

  @XmlElement(name = "scheme", required = true)
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String scheme;

  @XmlElement(name = "certificateId")
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String certificateId;

  @XmlElement(name = "maxValidUntil")
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String maxValidUntil;

  @XmlElement(name = "evaluationLevel")
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String evaluationLevel;

  @XmlElement(name = "status")
  List<XmlTimelineEntry> status;
}
