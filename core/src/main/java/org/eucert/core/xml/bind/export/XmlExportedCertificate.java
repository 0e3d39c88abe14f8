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
import java.util.ArrayList;
import java.util.List;

/**
 * Binding of an exported certificate: indexed columns, documents, events, links (EUCC Art 42).
 *
 * @since 0.1
 */
@XmlType(
    name = "Certificate",
    propOrder = {
      "id",
      "issuer",
      "scheme",
      "schemeVersion",
      "assuranceLevel",
      "holder",
      "issuedAt",
      "validUntil",
      "contentDocument",
      "signedEnvelope",
      "events",
      "links"
    })
@XmlAccessorType(XmlAccessType.FIELD)
public final class XmlExportedCertificate {
  @XmlElement(name = "id", required = true)
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String id;

  @XmlElement(name = "issuer", required = true)
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String issuer;

  @XmlElement(name = "scheme", required = true)
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String scheme;

  @XmlElement(name = "schemeVersion", required = true)
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String schemeVersion;

  @XmlElement(name = "assuranceLevel", required = true)
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String assuranceLevel;

  @XmlElement(name = "holder", required = true)
  String holder;

  @XmlElement(name = "issuedAt", required = true)
  String issuedAt;

  @XmlElement(name = "validUntil", required = true)
  String validUntil;

  @XmlElement(name = "contentDocument", required = true)
  String contentDocument;

  @XmlElement(name = "signedEnvelope", required = true)
  String signedEnvelope;

  @XmlElement(name = "event", required = true)
  List<XmlEvent> events = new ArrayList<>();

  @XmlElement(name = "link")
  List<XmlLink> links = new ArrayList<>();
}
