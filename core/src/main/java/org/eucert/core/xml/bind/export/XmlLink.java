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
 * Binding of a link from a certificate: its predecessor (EUCC Art 13(2)(c), (d)) or, for a
 * composite product, the underlying certificate (EUCC Art 2(10)).
 *
 * @since 0.1
 */
@XmlType(
    name = "Link",
    propOrder = {"kind", "to"})
@XmlAccessorType(XmlAccessType.FIELD)
public final class XmlLink {
  @XmlElement(name = "kind", required = true)
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String kind;

  @XmlElement(name = "to", required = true)
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String to;
}
