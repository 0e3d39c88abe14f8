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
 * Binding of {@code trust-list.xsd}'s {@code SigningKey}: a signing key. Not API.
 *
 * <p>Mutable and not thread-safe: confined to one call of a codec.
 *
 * @since 0.1
 */
@XmlType(
    name = "SigningKey",
    propOrder = {
      "keyId",
      "certificate",
      "validFrom",
      "validUntil",
      "compromisedAt"
    })
@XmlAccessorType(XmlAccessType.FIELD)
public final class XmlSigningKey {
  @XmlElement(name = "keyId", required = true)
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String keyId;

  @XmlElement(name = "certificate", required = true)
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String certificate;

  @XmlElement(name = "validFrom", required = true)
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String validFrom;

  @XmlElement(name = "validUntil")
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String validUntil;

  @XmlElement(name = "compromisedAt")
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String compromisedAt;
}
