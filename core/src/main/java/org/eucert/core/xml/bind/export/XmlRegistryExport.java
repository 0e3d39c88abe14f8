/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.xml.bind.export;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/**
 * Binding of {@code RegistryExport}: who exported, when, and the certificates (CSA Art 50).
 *
 * @since 0.1
 */
@XmlRootElement(name = "registryExport")
@XmlType(
    name = "RegistryExport",
    propOrder = {"exporter", "exportedAt", "certificates"})
@XmlAccessorType(XmlAccessType.FIELD)
public final class XmlRegistryExport {
  @XmlElement(name = "exporter", required = true)
  String exporter;

  @XmlElement(name = "exportedAt", required = true)
  String exportedAt;

  @XmlElement(name = "certificate")
  List<XmlExportedCertificate> certificates = new ArrayList<>();
}
