/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.xml.bind.lotl;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.adapters.CollapsedStringAdapter;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import java.util.List;

/**
 * Binding of {@code list-of-trust-lists.xsd}'s {@code Pointer}: a pointer to a Member State's trust list. Not API.
 *
 * <p>Mutable and not thread-safe: confined to one call of a codec.
 *
 * @since 0.1
 */
@XmlType(
    name = "Pointer",
    propOrder = {
      "memberState",
      "location",
      "signerCertificates",
      "digest"
    })
@XmlAccessorType(XmlAccessType.FIELD)
public final class XmlPointer {
  @XmlElement(name = "memberState", required = true)
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String memberState;

  @XmlElement(name = "location", required = true)
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String location;

  @XmlElement(name = "signerCertificate")
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  List<String> signerCertificates;

  @XmlElement(name = "digest")
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String digest;
}
