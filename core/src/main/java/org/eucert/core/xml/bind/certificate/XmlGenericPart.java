/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.xml.bind.certificate;


import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.List;

/**
 * Binding of {@code certificate.xsd}'s {@code GenericPart}: named properties. Not API.
 *
 * <p>Mutable and not thread-safe: confined to one call of a codec.
 *
 * @since 0.1
 */
@XmlType(name = "GenericPart", propOrder = {"properties"})
@XmlAccessorType(XmlAccessType.FIELD)
public final class XmlGenericPart {
  @XmlElement(name = "property")
  List<XmlProperty> properties;
}
