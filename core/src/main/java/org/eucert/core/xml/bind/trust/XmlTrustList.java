/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.xml.bind.trust;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.adapters.CollapsedStringAdapter;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import java.util.List;

/**
 * Binding of {@code trust-list.xsd}'s {@code TrustList}: a Member State's trust list. Not API.
 *
 * <p>Mutable and not thread-safe: confined to one call of a codec.
 *
 * @since 0.1
 */
@XmlRootElement(name = "trustList")
@XmlType(
    name = "TrustList",
    propOrder = {
      "issuingNcca",
      "memberState",
      "sequence",
      "issued",
      "nextUpdate",
      "entities"
    })
@XmlAccessorType(XmlAccessType.FIELD)
public final class XmlTrustList {
  @XmlElement(name = "issuingNcca", required = true)
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String issuingNcca;

  @XmlElement(name = "memberState", required = true)
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String memberState;

  @XmlElement(name = "sequence", required = true)
  Long sequence;

  @XmlElement(name = "issued", required = true)
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String issued;

  @XmlElement(name = "nextUpdate", required = true)
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String nextUpdate;

  @XmlElementWrapper(name = "entities")
  @XmlElement(name = "entity")
  List<XmlEntity> entities;
}
