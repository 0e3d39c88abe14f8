/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.xml.bind.eucc;


import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.adapters.CollapsedStringAdapter;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import java.util.List;

/**
 * Binding of {@code eucc-certificate.xsd}'s {@code EuccPart}. Not API.
 *
 * <p>Mutable and not thread-safe: confined to one call of a codec.
 *
 * @since 0.1
 */
@XmlType(
    name = "EuccPart",
    propOrder = {
      "packageKind",
      "packageName",
      "augmentations",
      "technicalDomain",
      "patchManagement",
      "protectionProfileLifetimeEnd"
    })
@XmlAccessorType(XmlAccessType.FIELD)
public final class XmlEuccPart {
  @XmlElement(name = "packageKind", required = true)
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String packageKind;

  @XmlElement(name = "packageName", required = true)
  String packageName;

  @XmlElement(name = "augmentation")
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  List<String> augmentations;

  @XmlElement(name = "technicalDomain")
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String technicalDomain;

  @XmlElement(name = "patchManagement")
  String patchManagement;

  @XmlElement(name = "protectionProfileLifetimeEnd")
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String protectionProfileLifetimeEnd;

  /**
   * A binding holding these values, for readers outside this package that fill bindings
   * themselves ({@code CertificateFastReader}); null means absent, as in the fields.
   */
  public static XmlEuccPart of(
      String packageKind,
      String packageName,
      List<String> augmentations,
      String technicalDomain,
      String patchManagement,
      String protectionProfileLifetimeEnd) {
    XmlEuccPart x = new XmlEuccPart();
    x.packageKind = packageKind;
    x.packageName = packageName;
    x.augmentations = augmentations;
    x.technicalDomain = technicalDomain;
    x.patchManagement = patchManagement;
    x.protectionProfileLifetimeEnd = protectionProfileLifetimeEnd;
    return x;
  }
}
