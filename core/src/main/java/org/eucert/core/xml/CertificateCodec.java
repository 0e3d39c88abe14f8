/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.xml;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import org.eucert.core.model.CertificateContent;
import org.eucert.core.xml.bind.certificate.CertificateFastReader;
import org.eucert.core.xml.bind.certificate.CertificateMapper;
import org.eucert.core.xml.bind.certificate.XmlCertificate;
import org.eucert.core.xml.bind.XmlNamespaces;

/**
 * Reads and writes certificate content ({@code certificate.xsd}, namespace {@value #NAMESPACE};
 * the EUCC part in {@value #EUCC_NAMESPACE}, {@code eucc-certificate.xsd}) as XML and as its JSON
 * twin ({@value #JSON_MEDIA_TYPE}), to and from {@link CertificateContent}.
 *
 * <p>Guarantees: {@link #parse} and {@link #parseJson} read untrusted bytes securely (no DOCTYPE,
 * no external access, {@link XmlLimits} enforced), accept only documents valid against the XSDs
 * that the model accepts, and throw nothing but {@link XmlFormatException} for bad input (and
 * {@link NullPointerException} for a null argument). {@link #parse} validates and binds in one pass
 * and builds no factory, schema or JAXB context per call, so it suits the verification hot path.
 * {@link #write} and {@link #writeJson} produce UTF-8 with a fixed layout (default namespace for the
 * certificate, prefix {@code eucc} for the EUCC part, elements in XSD order), valid against the
 * XSDs, that reads back equal to the record, or throw {@link XmlFormatException} {@code
 * XML_NOT_REPRESENTABLE}.
 *
 * <p>Immutable and thread-safe. Build once with {@link #create()} and share: it owns its JAXB
 * context and compiled schema, built on the first call that needs them (writing, JSON, or a
 * document outside the common form).
 *
 * @since 0.1
 */
public final class CertificateCodec {
  /** The namespace of certificate content, version 1. */
  public static final String NAMESPACE = XmlNamespaces.CERTIFICATE;

  /** The namespace of the EUCC-specific part, version 1. */
  public static final String EUCC_NAMESPACE = XmlNamespaces.EUCC_CERTIFICATE;

  /** The class path resource of the certificate XSD. */
  public static final String XSD_RESOURCE = "org/eucert/xml/certificate.xsd";

  /** The class path resource of the EUCC part's XSD, imported by {@link #XSD_RESOURCE}. */
  public static final String EUCC_XSD_RESOURCE = "org/eucert/xml/eucc-certificate.xsd";

  /** The media type of the JSON twin. */
  public static final String JSON_MEDIA_TYPE = "application/json";

  private final XmlLimits limits;
  // built on first use: reading the common form needs neither JAXB nor the XSDs, and building
  // them is most of a one-shot command's start-up (ARCHITECTURE.md section 11)
  private final Supplier<DocumentFormat<XmlCertificate, CertificateContent>> format;

  private CertificateCodec(XmlLimits limits) {
    this.limits = limits;
    this.format =
        Suppliers.memoize(
            () ->
                new DocumentFormat<>(
                    "certificate",
                    XmlCertificate.class,
                    CertificateMapper::toRecord,
                    CertificateMapper::toBinding,
                    limits,
                    ImmutableMap.of(NAMESPACE, "", EUCC_NAMESPACE, "eucc"),
                    List.of(EUCC_XSD_RESOURCE, XSD_RESOURCE)));
  }

  /** A codec with {@link XmlLimits#certificateDefaults()}. */
  public static CertificateCodec create() {
    return create(XmlLimits.certificateDefaults());
  }

  /** A codec with the given limits. */
  public static CertificateCodec create(XmlLimits limits) {
    return new CertificateCodec(checkNotNull(limits, "limits"));
  }

  /** The limits this codec enforces. */
  public XmlLimits limits() {
    return limits;
  }

  /**
   * Reads certificate content, validating it against the XSDs as it goes.
   *
   * <p>A document in the common form (UTF-8, namespaces declared on the root, no comments, CDATA
   * or processing instructions) is read by a dedicated reader that checks everything the XSDs
   * say; anything else, and anything that reader does not accept, goes through the general
   * reader (secure parser, XSD validator, MOXy), which alone refuses and explains. Both give the
   * same content for every document the dedicated reader accepts.
   *
   * @throws XmlFormatException if the bytes are not valid certificate content of this version
   */
  public CertificateContent parse(byte[] xml) {
    checkNotNull(xml, "xml");
    XmlLimits l = limits;
    if (xml.length <= l.maxBytes()) {
      XmlCertificate binding =
          CertificateFastReader.read(xml, l.maxDepth(), l.maxElements(), l.maxAttributes());
      if (binding != null) {
        try {
          return CertificateMapper.toRecord(binding);
        } catch (RuntimeException e) {
          // the model refuses it: the general reader reports why, in its own terms
        }
      }
    }
    return format.get().parse(xml);
  }

  /**
   * Reads certificate content with the general reader only (secure parser, XSD validator, MOXy),
   * never the dedicated one: the reference that {@link #parse} is tested against. For tests.
   *
   * @throws XmlFormatException if the bytes are not valid certificate content of this version
   */
  CertificateContent parseGeneral(byte[] xml) {
    return format.get().parse(xml);
  }

  /**
   * Writes certificate content as a UTF-8 XML document: the bytes an issuer signs.
   *
   * @throws XmlFormatException {@code XML_NOT_REPRESENTABLE} if it would not read back equal
   */
  public byte[] write(CertificateContent content) {
    return format.get().write(content);
  }

  /**
   * Reads the JSON twin of certificate content, as strictly as {@link #parse}.
   *
   * @throws XmlFormatException ({@code JSON_*}) if the bytes are not such a document
   */
  public CertificateContent parseJson(byte[] json) {
    return format.get().parseJson(json);
  }

  /**
   * Writes certificate content as UTF-8 JSON, the twin of {@link #write}.
   *
   * @throws XmlFormatException {@code XML_NOT_REPRESENTABLE} if it would not read back equal
   */
  public byte[] writeJson(CertificateContent content) {
    return format.get().writeJson(content);
  }
}
