/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.xml.bind.scheme;


import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlList;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.adapters.CollapsedStringAdapter;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import java.util.List;

/**
 * Binding of {@code scheme.xsd}'s {@code Requirement}. Not API.
 *
 * <p>Mutable and not thread-safe: confined to one call of a codec.
 *
 * @since 0.1
 */
@XmlType(name = "Requirement", propOrder = {"text", "standardRefs"})
@XmlAccessorType(XmlAccessType.FIELD)
public final class XmlRequirement {
  @XmlAttribute(name = "id", required = true)
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String id;

  @XmlAttribute(name = "levels", required = true)
  @XmlList
  List<String> levels;

  @XmlElement(name = "text", required = true)
  String text;

  @XmlElement(name = "standardRef")
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  List<String> standardRefs;
}
