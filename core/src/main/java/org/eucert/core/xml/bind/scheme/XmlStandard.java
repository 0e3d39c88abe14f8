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
 * Binding of {@code scheme.xsd}'s {@code Standard}. Not API.
 *
 * <p>Mutable and not thread-safe: confined to one call of a codec.
 *
 * @since 0.1
 */
@XmlType(name = "Standard", propOrder = {"title"})
@XmlAccessorType(XmlAccessType.FIELD)
public final class XmlStandard {
  @XmlAttribute(name = "id", required = true)
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String id;

  @XmlAttribute(name = "firstIssueDate")
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String firstIssueDate;

  @XmlAttribute(name = "lastIssueDate")
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String lastIssueDate;

  @XmlAttribute(name = "legalBasis")
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String legalBasis;

  @XmlElement(name = "title", required = true)
  String title;
}
