/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.xml;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import org.eucert.core.trust.TrustList;
import org.eucert.core.xml.bind.XmlNamespaces;
import org.eucert.core.xml.bind.trust.TrustListMapper;
import org.eucert.core.xml.bind.trust.XmlTrustList;

/**
 * Reads and writes a Member State's trust list ({@code trust-list.xsd}, namespace {@value #NAMESPACE}) as XML and as its
 * JSON twin ({@value #JSON_MEDIA_TYPE}), to and from {@link TrustList} (ARCHITECTURE.md sections 5 and
 * 7).
 *
 * <p>Guarantees: {@link #parse} and {@link #parseJson} read untrusted bytes securely (no DOCTYPE,
 * no external access, {@link XmlLimits} enforced), accept only documents valid against the XSD
 * that the model accepts, refuse a namespace major version they do not know, and throw nothing but
 * {@link XmlFormatException} for bad input (and {@link NullPointerException} for a null
 * argument). {@link #write} and {@link #writeJson} produce UTF-8 with a fixed layout (default
 * namespace, elements in XSD order), valid against the XSD, that reads back equal to the record,
 * or throw {@link XmlFormatException} {@code XML_NOT_REPRESENTABLE}.
 *
 * <p>Immutable and thread-safe. Build once with {@link #create()} and share: it owns its JAXB
 * context and compiled schema.
 *
 * @since 0.1
 */
public final class TrustListCodec {
  /** The namespace, version 1. */
  public static final String NAMESPACE = XmlNamespaces.TRUST_LIST;

  /** The class path resource of the XSD. */
  public static final String XSD_RESOURCE = "org/eucert/xml/trust-list.xsd";

  /** The media type of the JSON twin. */
  public static final String JSON_MEDIA_TYPE = "application/json";

  private final DocumentFormat<XmlTrustList, TrustList> format;

  private TrustListCodec(XmlLimits limits) {
    this.format =
        new DocumentFormat<>(
            "trust list",
            XmlTrustList.class,
            TrustListMapper::toRecord,
            TrustListMapper::toBinding,
            limits,
            ImmutableMap.of(NAMESPACE, ""),
            List.of(XSD_RESOURCE));
  }

  /** A codec with {@link XmlLimits#trustDataDefaults()}. */
  public static TrustListCodec create() {
    return create(XmlLimits.trustDataDefaults());
  }

  /** A codec with the given limits. */
  public static TrustListCodec create(XmlLimits limits) {
    return new TrustListCodec(checkNotNull(limits, "limits"));
  }

  /** The limits this codec enforces. */
  public XmlLimits limits() {
    return format.limits();
  }

  /**
   * Reads a trust list, validating it against the XSD as it goes.
   *
   * @throws XmlFormatException if the bytes are not a valid trust list of this version
   */
  public TrustList parse(byte[] xml) {
    return format.parse(xml);
  }

  /**
   * Writes a trust list as a UTF-8 XML document: the bytes its issuer signs.
   *
   * @throws XmlFormatException {@code XML_NOT_REPRESENTABLE} if it would not read back equal
   */
  public byte[] write(TrustList list) {
    return format.write(list);
  }

  /**
   * Reads the JSON twin of a trust list, as strictly as {@link #parse}.
   *
   * @throws XmlFormatException ({@code JSON_*}) if the bytes are not such a document
   */
  public TrustList parseJson(byte[] json) {
    return format.parseJson(json);
  }

  /**
   * Writes a trust list as UTF-8 JSON, the twin of {@link #write}.
   *
   * @throws XmlFormatException {@code XML_NOT_REPRESENTABLE} if it would not read back equal
   */
  public byte[] writeJson(TrustList list) {
    return format.writeJson(list);
  }
}
