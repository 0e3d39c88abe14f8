/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.xml;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import org.eucert.core.trust.StatusList;
import org.eucert.core.xml.bind.XmlNamespaces;
import org.eucert.core.xml.bind.status.StatusListMapper;
import org.eucert.core.xml.bind.status.XmlStatusList;

/**
 * Reads and writes an issuing body's status list ({@code status-list.xsd}, namespace {@value #NAMESPACE}) as XML and as its
 * JSON twin ({@value #JSON_MEDIA_TYPE}), to and from {@link StatusList} (ARCHITECTURE.md sections 5 and
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
public final class StatusListCodec {
  /** The namespace, version 1. */
  public static final String NAMESPACE = XmlNamespaces.STATUS_LIST;

  /** The class path resource of the XSD. */
  public static final String XSD_RESOURCE = "org/eucert/xml/status-list.xsd";

  /** The media type of the JSON twin. */
  public static final String JSON_MEDIA_TYPE = "application/json";

  private final DocumentFormat<XmlStatusList, StatusList> format;

  private StatusListCodec(XmlLimits limits) {
    this.format =
        new DocumentFormat<>(
            "status list",
            XmlStatusList.class,
            StatusListMapper::toRecord,
            StatusListMapper::toBinding,
            limits,
            ImmutableMap.of(NAMESPACE, ""),
            List.of(XSD_RESOURCE));
  }

  /** A codec with {@link XmlLimits#trustDataDefaults()}. */
  public static StatusListCodec create() {
    return create(XmlLimits.trustDataDefaults());
  }

  /** A codec with the given limits. */
  public static StatusListCodec create(XmlLimits limits) {
    return new StatusListCodec(checkNotNull(limits, "limits"));
  }

  /** The limits this codec enforces. */
  public XmlLimits limits() {
    return format.limits();
  }

  /**
   * Reads a status list, validating it against the XSD as it goes.
   *
   * @throws XmlFormatException if the bytes are not a valid status list of this version
   */
  public StatusList parse(byte[] xml) {
    return format.parse(xml);
  }

  /**
   * Writes a status list as a UTF-8 XML document: the bytes its issuer signs.
   *
   * @throws XmlFormatException {@code XML_NOT_REPRESENTABLE} if it would not read back equal
   */
  public byte[] write(StatusList list) {
    return format.write(list);
  }

  /**
   * Reads the JSON twin of a status list, as strictly as {@link #parse}.
   *
   * @throws XmlFormatException ({@code JSON_*}) if the bytes are not such a document
   */
  public StatusList parseJson(byte[] json) {
    return format.parseJson(json);
  }

  /**
   * Writes a status list as UTF-8 JSON, the twin of {@link #write}.
   *
   * @throws XmlFormatException {@code XML_NOT_REPRESENTABLE} if it would not read back equal
   */
  public byte[] writeJson(StatusList list) {
    return format.writeJson(list);
  }
}
