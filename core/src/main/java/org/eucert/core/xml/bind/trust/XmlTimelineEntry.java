/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.xml.bind.trust;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.XmlValue;
import jakarta.xml.bind.annotation.adapters.CollapsedStringAdapter;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

/**
 * Binding of {@code trust-list.xsd}'s {@code TimelineEntry}: a status from an instant (every status type of the XSD). Not API.
 *
 * <p>Mutable and not thread-safe: confined to one call of a codec.
 *
 * @since 0.1
 */
@XmlType(name = "TimelineEntry")
@XmlAccessorType(XmlAccessType.FIELD)
public final class XmlTimelineEntry {
  @XmlAttribute(name = "from", required = true)
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String from;

  @XmlValue
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String status;
}
