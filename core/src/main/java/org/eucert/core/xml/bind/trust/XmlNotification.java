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
 * Binding of {@code trust-list.xsd}'s {@code Notification}: a notification. Not API.
 *
 * <p>Mutable and not thread-safe: confined to one call of a codec.
 *
 * @since 0.1
 */
@XmlType(
    name = "Notification",
    propOrder = {
      "scheme",
      "schemeVersion",
      "levels",
      "reference",
      "status"
    })
@XmlAccessorType(XmlAccessType.FIELD)
public final class XmlNotification {
  @XmlElement(name = "scheme", required = true)
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String scheme;

  @XmlElement(name = "schemeVersion")
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String schemeVersion;

  @XmlElement(name = "level")
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  List<String> levels;

  @XmlElement(name = "reference")
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String reference;

  @XmlElement(name = "status")
  List<XmlTimelineEntry> status;
}
