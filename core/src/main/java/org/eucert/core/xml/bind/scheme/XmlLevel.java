/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.xml.bind.scheme;


import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.adapters.CollapsedStringAdapter;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import java.util.List;

/**
 * Binding of {@code scheme.xsd}'s {@code Level}: the rule for one assurance level. Not API.
 *
 * <p>Mutable and not thread-safe: confined to one call of a codec.
 *
 * @since 0.1
 */
@XmlType(
    name = "Level",
    propOrder = {"routes", "issuers", "maxValidity", "activities"})
@XmlAccessorType(XmlAccessType.FIELD)
public final class XmlLevel {
  @XmlAttribute(name = "name", required = true)
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String name;

  @XmlAttribute(name = "authorisationRequired")
  Boolean authorisationRequired;

  @XmlElement(name = "route", required = true)
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  List<String> routes;

  @XmlElement(name = "issuer")
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  List<String> issuers;

  @XmlElement(name = "maxValidity")
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String maxValidity;

  @XmlElement(name = "activity")
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  List<String> activities;
}
