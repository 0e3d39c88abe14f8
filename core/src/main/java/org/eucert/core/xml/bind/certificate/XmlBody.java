/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.xml.bind.certificate;


import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.adapters.CollapsedStringAdapter;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

/**
 * Binding of {@code certificate.xsd}'s {@code Body}: a body as a certificate names it. Not API.
 *
 * <p>Mutable and not thread-safe: confined to one call of a codec.
 *
 * @since 0.1
 */
@XmlType(
    name = "Body",
    propOrder = {
      "id",
      "name",
      "address",
      "contact",
      "accreditationReference",
      "notifiedBodyNumber"
    })
@XmlAccessorType(XmlAccessType.FIELD)
public final class XmlBody {
  @XmlElement(name = "id", required = true)
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String id;

  @XmlElement(name = "name", required = true)
  String name;

  @XmlElement(name = "address")
  String address;

  @XmlElement(name = "contact")
  String contact;

  @XmlElement(name = "accreditationReference")
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String accreditationReference;

  @XmlElement(name = "notifiedBodyNumber")
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String notifiedBodyNumber;
}
