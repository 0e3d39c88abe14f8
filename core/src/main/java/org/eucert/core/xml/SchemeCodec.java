/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.xml;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Map;
import org.eucert.core.model.SchemeVersion;
import org.eucert.core.xml.bind.scheme.SchemeMapper;
import org.eucert.core.xml.bind.XmlNamespaces;
import org.eucert.core.xml.bind.scheme.XmlScheme;

/**
 * Reads and writes scheme documents ({@code scheme.xsd}, namespace {@value #NAMESPACE}) as XML and
 * as their JSON twin ({@value #JSON_MEDIA_TYPE}), to and from {@link SchemeVersion}.
 *
 * <p>Guarantees: {@link #parse} and {@link #parseJson} read untrusted bytes securely (no DOCTYPE,
 * no external access, {@link XmlLimits} enforced), accept only documents valid against the XSD
 * that the model accepts, and throw nothing but {@link XmlFormatException} for bad input (and
 * {@link NullPointerException} for a null argument). {@link #write} and {@link #writeJson} produce
 * UTF-8 with a fixed layout (default namespace, elements in XSD order, sets in the order of their
 * Java constants), valid against the XSD, that reads back equal to the record, or throw {@link
 * XmlFormatException} {@code XML_NOT_REPRESENTABLE}.
 *
 * <p>Immutable and thread-safe. Build once with {@link #create()} and share: it owns its JAXB
 * context and compiled schema.
 *
 * @since 0.1
 */
public final class SchemeCodec {
  /** The namespace of scheme documents, version 1. */
  public static final String NAMESPACE = XmlNamespaces.SCHEME;

  /** The class path resource of the XSD. */
  public static final String XSD_RESOURCE = "org/eucert/xml/scheme.xsd";

  /** The media type of the JSON twin. */
  public static final String JSON_MEDIA_TYPE = "application/json";

  private final DocumentFormat<XmlScheme, SchemeVersion> format;

  private SchemeCodec(XmlLimits limits) {
    this.format =
        new DocumentFormat<>(
            "scheme",
            XmlScheme.class,
            SchemeMapper::toRecord,
            SchemeMapper::toBinding,
            limits,
            Map.of(NAMESPACE, ""),
            List.of(XSD_RESOURCE));
  }

  /** A codec with {@link XmlLimits#schemeDefaults()}. */
  public static SchemeCodec create() {
    return create(XmlLimits.schemeDefaults());
  }

  /** A codec with the given limits. */
  public static SchemeCodec create(XmlLimits limits) {
    return new SchemeCodec(checkNotNull(limits, "limits"));
  }

  /** The limits this codec enforces. */
  public XmlLimits limits() {
    return format.limits();
  }

  /**
   * Reads a scheme document, validating it against the XSD as it goes.
   *
   * @throws XmlFormatException if the bytes are not a valid scheme document of this version
   */
  public SchemeVersion parse(byte[] xml) {
    return format.parse(xml);
  }

  /**
   * Writes a scheme version as a UTF-8 XML document.
   *
   * @throws XmlFormatException {@code XML_NOT_REPRESENTABLE} if it would not read back equal
   */
  public byte[] write(SchemeVersion scheme) {
    return format.write(scheme);
  }

  /**
   * Reads the JSON twin of a scheme document, as strictly as {@link #parse}.
   *
   * @throws XmlFormatException ({@code JSON_*}) if the bytes are not such a document
   */
  public SchemeVersion parseJson(byte[] json) {
    return format.parseJson(json);
  }

  /**
   * Writes a scheme version as UTF-8 JSON, the twin of {@link #write}.
   *
   * @throws XmlFormatException {@code XML_NOT_REPRESENTABLE} if it would not read back equal
   */
  public byte[] writeJson(SchemeVersion scheme) {
    return format.writeJson(scheme);
  }
}
