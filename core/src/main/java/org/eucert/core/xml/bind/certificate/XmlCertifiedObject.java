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
import java.util.List;

/**
 * Binding of {@code certificate.xsd}'s {@code CertifiedObject}. Not API.
 *
 * <p>Mutable and not thread-safe: confined to one call of a codec.
 *
 * @since 0.1
 */
@XmlType(
    name = "CertifiedObject",
    propOrder = {
      "type",
      "name",
      "productType",
      "versions",
      "category",
      "toeName",
      "toeType",
      "scope"
    })
@XmlAccessorType(XmlAccessType.FIELD)
public final class XmlCertifiedObject {
  @XmlElement(name = "type", required = true)
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String type;

  @XmlElement(name = "name", required = true)
  String name;

  @XmlElement(name = "productType")
  String productType;

  @XmlElement(name = "version", required = true)
  List<String> versions;

  @XmlElement(name = "category")
  String category;

  @XmlElement(name = "toeName")
  String toeName;

  @XmlElement(name = "toeType")
  String toeType;

  @XmlElement(name = "scope")
  String scope;
}
