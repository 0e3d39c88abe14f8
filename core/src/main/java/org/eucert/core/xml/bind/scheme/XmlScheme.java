/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.xml.bind.scheme;


import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.adapters.CollapsedStringAdapter;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import java.util.List;

/**
 * Binding of {@code scheme.xsd}'s root element {@code scheme}. Not API.
 *
 * <p>Mutable and not thread-safe: confined to one call of a codec.
 *
 * @since 0.1
 */
@XmlRootElement(name = "scheme")
@XmlType(
    name = "Scheme",
    propOrder = {
      "title",
      "legalBasis",
      "status",
      "applicableFrom",
      "objectTypes",
      "objectives",
      "elements",
      "levels",
      "evaluationLevels",
      "standards",
      "requirements",
      "technicalDomains",
      "protectionProfiles",
      "productCategories",
      "mandatoryFields",
      "certificateIdPattern",
      "notes"
    })
@XmlAccessorType(XmlAccessType.FIELD)
public final class XmlScheme {
  @XmlAttribute(name = "id", required = true)
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String id;

  @XmlAttribute(name = "version", required = true)
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String version;

  @XmlElement(name = "title", required = true)
  String title;

  @XmlElement(name = "legalBasis")
  List<String> legalBasis;

  @XmlElement(name = "status", required = true)
  List<XmlStatusEntry> status;

  @XmlElement(name = "applicableFrom")
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String applicableFrom;

  @XmlElementWrapper(name = "objectTypes")
  @XmlElement(name = "objectType")
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  List<String> objectTypes;

  @XmlElementWrapper(name = "objectives")
  @XmlElement(name = "objective")
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  List<String> objectives;

  @XmlElementWrapper(name = "elements")
  @XmlElement(name = "element")
  List<XmlSchemeElement> elements;

  @XmlElementWrapper(name = "levels")
  @XmlElement(name = "level")
  List<XmlLevel> levels;

  @XmlElementWrapper(name = "evaluationLevels")
  @XmlElement(name = "evaluationLevel")
  List<XmlEvaluationLevel> evaluationLevels;

  @XmlElementWrapper(name = "standards")
  @XmlElement(name = "standard")
  List<XmlStandard> standards;

  @XmlElementWrapper(name = "requirements")
  @XmlElement(name = "requirement")
  List<XmlRequirement> requirements;

  @XmlElementWrapper(name = "technicalDomains")
  @XmlElement(name = "technicalDomain")
  List<XmlTechnicalDomain> technicalDomains;

  @XmlElementWrapper(name = "protectionProfiles")
  @XmlElement(name = "protectionProfile")
  List<XmlProtectionProfile> protectionProfiles;

  @XmlElementWrapper(name = "productCategories")
  @XmlElement(name = "category")
  List<String> productCategories;

  @XmlElementWrapper(name = "mandatoryFields")
  @XmlElement(name = "field")
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  List<String> mandatoryFields;

  @XmlElement(name = "certificateIdPattern")
  String certificateIdPattern;

  @XmlElementWrapper(name = "notes")
  @XmlElement(name = "note")
  List<String> notes;
}
