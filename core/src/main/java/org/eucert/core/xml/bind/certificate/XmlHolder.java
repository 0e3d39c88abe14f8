/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.xml.bind.certificate;


import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/**
 * Binding of {@code certificate.xsd}'s {@code Holder}. Not API.
 *
 * <p>Mutable and not thread-safe: confined to one call of a codec.
 *
 * @since 0.1
 */
@XmlType(
    name = "Holder",
    propOrder = {"name", "address", "contact", "supplementaryInfoUrl", "vulnerabilityContact"})
@XmlAccessorType(XmlAccessType.FIELD)
public final class XmlHolder {
  @XmlElement(name = "name", required = true)
  String name;

  @XmlElement(name = "address")
  String address;

  @XmlElement(name = "contact")
  String contact;

  @XmlElement(name = "supplementaryInfoUrl")
  String supplementaryInfoUrl;

  @XmlElement(name = "vulnerabilityContact")
  String vulnerabilityContact;
}
