/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.xml.bind.request;

import static org.eucert.core.xml.bind.XmlNamespaces.EUCC_CERTIFICATE;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.adapters.CollapsedStringAdapter;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import java.util.List;
import org.eucert.core.xml.bind.certificate.XmlCertifiedObject;
import org.eucert.core.xml.bind.certificate.XmlGenericPart;
import org.eucert.core.xml.bind.certificate.XmlHolder;
import org.eucert.core.xml.bind.eucc.XmlEuccPart;

/**
 * Binding of {@code issuance-request.xsd}'s root element {@code issuanceRequest}. Not API.
 *
 * <p>Mutable and not thread-safe: confined to one call of a codec.
 *
 * @since 0.1
 */
@XmlRootElement(name = "issuanceRequest")
@XmlType(
    name = "IssuanceRequest",
    propOrder = {
      "scheme",
      "schemeVersion",
      "issuer",
      "itsef",
      "object",
      "holder",
      "legalReferences",
      "certificationReport",
      "assuranceLevel",
      "evaluationLevel",
      "standards",
      "protectionProfiles",
      "validUntil",
      "approvals",
      "underlying",
      "markUrl",
      "eucc",
      "genericPart",
      "pilot"
    })
@XmlAccessorType(XmlAccessType.FIELD)
public final class XmlIssuanceRequest {
  @XmlElement(name = "scheme", required = true)
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String scheme;

  @XmlElement(name = "schemeVersion", required = true)
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String schemeVersion;

  @XmlElement(name = "issuer", required = true)
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String issuer;

  @XmlElement(name = "itsef")
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String itsef;

  @XmlElement(name = "object", required = true)
  XmlCertifiedObject object;

  @XmlElement(name = "holder", required = true)
  XmlHolder holder;

  @XmlElement(name = "legalReference")
  List<String> legalReferences;

  @XmlElement(name = "certificationReport")
  String certificationReport;

  @XmlElement(name = "assuranceLevel", required = true)
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String assuranceLevel;

  @XmlElement(name = "evaluationLevel")
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String evaluationLevel;

  @XmlElement(name = "standard")
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  List<String> standards;

  @XmlElement(name = "protectionProfile")
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  List<String> protectionProfiles;

  @XmlElement(name = "validUntil", required = true)
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String validUntil;

  @XmlElement(name = "approval")
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  List<String> approvals;

  @XmlElement(name = "underlying")
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String underlying;

  @XmlElement(name = "markUrl")
  String markUrl;

  @XmlElement(name = "eucc", namespace = EUCC_CERTIFICATE)
  XmlEuccPart eucc;

  @XmlElement(name = "genericPart")
  XmlGenericPart genericPart;

  @XmlElement(name = "allowCandidateSchemeForPilot")
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String pilot;
}
