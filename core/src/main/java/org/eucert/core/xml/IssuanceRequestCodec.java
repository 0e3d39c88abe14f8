/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.xml;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import org.eucert.core.model.IssuanceRequest;
import org.eucert.core.xml.bind.XmlNamespaces;
import org.eucert.core.xml.bind.request.IssuanceRequestMapper;
import org.eucert.core.xml.bind.request.XmlIssuanceRequest;

/**
 * Reads and writes issuance requests ({@code issuance-request.xsd}, namespace {@value #NAMESPACE}),
 * in XML and its JSON twin: what a certification body hands its issuer (EUCC Art 9(1); CSA Art
 * 56(7)).
 *
 * <p>Parsing is hardened and validating like every codec's: no DOCTYPE, no external entities, the
 * size and depth limits of {@link XmlLimits}, the XSD checked as the document streams in; a
 * refusal is an {@link XmlFormatException} with a stable code.
 *
 * <p>Immutable and thread-safe: build once and share.
 *
 * @since 0.1
 */
public final class IssuanceRequestCodec {
  /** The namespace of issuance requests, version 1. */
  public static final String NAMESPACE = XmlNamespaces.ISSUANCE_REQUEST;

  /** The class path resource of the issuance-request XSD. */
  public static final String XSD_RESOURCE = "org/eucert/xml/issuance-request.xsd";

  private final DocumentFormat<XmlIssuanceRequest, IssuanceRequest> format;

  private IssuanceRequestCodec(XmlLimits limits) {
    this.format =
        new DocumentFormat<>(
            "issuance request",
            XmlIssuanceRequest.class,
            IssuanceRequestMapper::toRecord,
            IssuanceRequestMapper::toBinding,
            limits,
            ImmutableMap.of(
                NAMESPACE,
                "",
                XmlNamespaces.CERTIFICATE,
                "c",
                XmlNamespaces.EUCC_CERTIFICATE,
                "eucc"),
            List.of(
                CertificateCodec.EUCC_XSD_RESOURCE, CertificateCodec.XSD_RESOURCE, XSD_RESOURCE));
  }

  /** A codec with {@link XmlLimits#certificateDefaults()}. */
  public static IssuanceRequestCodec create() {
    return create(XmlLimits.certificateDefaults());
  }

  /** A codec with the given limits. */
  public static IssuanceRequestCodec create(XmlLimits limits) {
    return new IssuanceRequestCodec(checkNotNull(limits, "limits"));
  }

  /**
   * Reads an issuance request, validating it against the XSDs as it goes.
   *
   * @throws XmlFormatException if the bytes are not a valid issuance request of this version
   */
  public IssuanceRequest parse(byte[] xml) {
    return format.parse(xml);
  }

  /**
   * Writes an issuance request as a UTF-8 XML document.
   *
   * @throws XmlFormatException {@code XML_NOT_REPRESENTABLE} if it would not read back equal
   */
  public byte[] write(IssuanceRequest request) {
    return format.write(request);
  }

  /**
   * Reads the JSON twin of an issuance request, as strictly as {@link #parse}.
   *
   * @throws XmlFormatException ({@code JSON_*}) if the bytes are not such a document
   */
  public IssuanceRequest parseJson(byte[] json) {
    return format.parseJson(json);
  }

  /**
   * Writes an issuance request as UTF-8 JSON, the twin of {@link #write}.
   *
   * @throws XmlFormatException {@code XML_NOT_REPRESENTABLE} if it would not read back equal
   */
  public byte[] writeJson(IssuanceRequest request) {
    return format.writeJson(request);
  }
}
