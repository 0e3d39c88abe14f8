/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.xml.bind.scheme;


import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.adapters.CollapsedStringAdapter;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

/**
 * Binding of {@code scheme.xsd}'s {@code ProtectionProfile}. Not API.
 *
 * <p>Mutable and not thread-safe: confined to one call of a codec.
 *
 * @since 0.1
 */
@XmlType(name = "ProtectionProfile", propOrder = {"title"})
@XmlAccessorType(XmlAccessType.FIELD)
public final class XmlProtectionProfile {
  @XmlAttribute(name = "id", required = true)
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String id;

  @XmlAttribute(name = "annex", required = true)
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String annex;

  @XmlAttribute(name = "highestEvaluationLevel")
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String highestEvaluationLevel;

  @XmlElement(name = "title", required = true)
  String title;
}
