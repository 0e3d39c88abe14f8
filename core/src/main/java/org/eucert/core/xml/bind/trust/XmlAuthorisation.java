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
 * Binding of {@code trust-list.xsd}'s {@code Authorisation}: an authorisation. Not API.
 *
 * <p>Mutable and not thread-safe: confined to one call of a codec.
 *
 * @since 0.1
 */
@XmlType(
    name = "Authorisation",
    propOrder = {
      "ncca",
      "scheme",
      "reference",
      "productCategories",
      "protectionProfiles",
      "highestEvaluationLevel",
      "technicalDomains",
      "validFrom",
      "validUntil",
      "status"
    })
@XmlAccessorType(XmlAccessType.FIELD)
public final class XmlAuthorisation {
  @XmlElement(name = "ncca", required = true)
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String ncca;

  @XmlElement(name = "scheme", required = true)
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String scheme;

  @XmlElement(name = "reference", required = true)
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String reference;

  @XmlElement(name = "productCategory")
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  List<String> productCategories;

  @XmlElement(name = "protectionProfile")
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  List<String> protectionProfiles;

  @XmlElement(name = "highestEvaluationLevel")
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String highestEvaluationLevel;

  @XmlElement(name = "technicalDomain")
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  List<String> technicalDomains;

  @XmlElement(name = "validFrom", required = true)
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String validFrom;

  @XmlElement(name = "validUntil", required = true)
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String validUntil;

  @XmlElement(name = "status")
  List<XmlTimelineEntry> status;
}
