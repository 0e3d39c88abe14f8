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

/**
 * Binding of {@code trust-list.xsd}'s {@code Body}: a body. Not API.
 *
 * <p>Mutable and not thread-safe: confined to one call of a codec.
 *
 * @since 0.1
 */
@XmlType(
    name = "Body",
    propOrder = {
      "id",
      "role",
      "name",
      "memberState",
      "notifiedBodyNumber",
      "supervisingNcca",
      "publicBody",
      "address",
      "contact"
    })
@XmlAccessorType(XmlAccessType.FIELD)
public final class XmlTrustBody {
  @XmlElement(name = "id", required = true)
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String id;

  @XmlElement(name = "role", required = true)
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String role;

  @XmlElement(name = "name", required = true)
  String name;

  @XmlElement(name = "memberState", required = true)
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String memberState;

  @XmlElement(name = "notifiedBodyNumber")
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String notifiedBodyNumber;

  @XmlElement(name = "supervisingNcca")
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String supervisingNcca;

  @XmlElement(name = "publicBody", required = true)
  Boolean publicBody;

  @XmlElement(name = "address")
  String address;

  @XmlElement(name = "contact")
  String contact;
}
