/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.xml.bind.scheme;


import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.adapters.CollapsedStringAdapter;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

/**
 * Binding of {@code scheme.xsd}'s {@code EvaluationLevel}. Not API.
 *
 * <p>Mutable and not thread-safe: confined to one call of a codec.
 *
 * @since 0.1
 */
@XmlType(name = "EvaluationLevel")
@XmlAccessorType(XmlAccessType.FIELD)
public final class XmlEvaluationLevel {
  @XmlAttribute(name = "code", required = true)
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String code;

  @XmlAttribute(name = "rank", required = true)
  Integer rank;

  @XmlAttribute(name = "assuranceLevel", required = true)
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String assuranceLevel;

  @XmlAttribute(name = "restricted")
  Boolean restricted;

  @XmlAttribute(name = "attackPotential")
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String attackPotential;
}
