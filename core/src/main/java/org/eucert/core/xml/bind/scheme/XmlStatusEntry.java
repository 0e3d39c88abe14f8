/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.xml.bind.scheme;


import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.XmlValue;
import jakarta.xml.bind.annotation.adapters.CollapsedStringAdapter;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

/**
 * Binding of {@code scheme.xsd}'s {@code StatusEntry}: a scheme status from an instant. Not API.
 *
 * <p>Mutable and not thread-safe: confined to one call of a codec.
 *
 * @since 0.1
 */
@XmlType(name = "StatusEntry")
@XmlAccessorType(XmlAccessType.FIELD)
public final class XmlStatusEntry {
  @XmlAttribute(name = "from", required = true)
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String from;

  @XmlValue
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String status;
}
