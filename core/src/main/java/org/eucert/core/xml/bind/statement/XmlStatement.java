/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.xml.bind.statement;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.adapters.CollapsedStringAdapter;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import java.util.List;
import org.eucert.core.xml.bind.certificate.XmlCertifiedObject;
import org.eucert.core.xml.bind.certificate.XmlHolder;

/**
 * Binding of {@code statement.xsd}'s root element {@code statement}. Not API.
 *
 * <p>Mutable and not thread-safe: confined to one call of a codec.
 *
 * @since 0.1
 */
@XmlRootElement(name = "statement")
@XmlType(
    name = "Statement",
    propOrder = {
      "id",
      "scheme",
      "schemeVersion",
      "object",
      "manufacturer",
      "assuranceLevel",
      "standards",
      "issuedAt",
      "documentationAvailableUntil",
      "copySentToNcca",
      "copySentToEnisa"
    })
@XmlAccessorType(XmlAccessType.FIELD)
public final class XmlStatement {
  @XmlElement(name = "id", required = true)
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String id;

  @XmlElement(name = "scheme", required = true)
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String scheme;

  @XmlElement(name = "schemeVersion", required = true)
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String schemeVersion;

  @XmlElement(name = "object", required = true)
  XmlCertifiedObject object;

  @XmlElement(name = "manufacturer", required = true)
  XmlHolder manufacturer;

  @XmlElement(name = "assuranceLevel", required = true)
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String assuranceLevel;

  @XmlElement(name = "standard")
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  List<String> standards;

  @XmlElement(name = "issuedAt", required = true)
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String issuedAt;

  @XmlElement(name = "documentationAvailableUntil", required = true)
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String documentationAvailableUntil;

  @XmlElement(name = "copySentToNcca")
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String copySentToNcca;

  @XmlElement(name = "copySentToEnisa")
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String copySentToEnisa;
}
