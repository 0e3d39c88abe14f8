/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.xml;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import org.eucert.core.model.StatementOfConformity;
import org.eucert.core.xml.bind.XmlNamespaces;
import org.eucert.core.xml.bind.statement.StatementMapper;
import org.eucert.core.xml.bind.statement.XmlStatement;

/**
 * Reads and writes EU statements of conformity ({@code statement.xsd}, namespace {@value
 * #NAMESPACE}; CSA Art 53), in XML and its JSON twin: the document a manufacturer signs.
 *
 * <p>Parsing is hardened and validating like every codec's: no DOCTYPE, no external entities, the
 * size and depth limits of {@link XmlLimits}, the XSD checked as the document streams in; a
 * refusal is an {@link XmlFormatException} with a stable code.
 *
 * <p>Immutable and thread-safe: build once and share.
 *
 * @since 0.1
 */
public final class StatementCodec {
  /** The namespace of statements of conformity, version 1. */
  public static final String NAMESPACE = XmlNamespaces.STATEMENT;

  /** The class path resource of the statement XSD. */
  public static final String XSD_RESOURCE = "org/eucert/xml/statement.xsd";

  private final DocumentFormat<XmlStatement, StatementOfConformity> format;

  private StatementCodec(XmlLimits limits) {
    this.format =
        new DocumentFormat<>(
            "statement of conformity",
            XmlStatement.class,
            StatementMapper::toRecord,
            StatementMapper::toBinding,
            limits,
            ImmutableMap.of(NAMESPACE, "", XmlNamespaces.CERTIFICATE, "c"),
            List.of(
                CertificateCodec.EUCC_XSD_RESOURCE, CertificateCodec.XSD_RESOURCE, XSD_RESOURCE));
  }

  /** A codec with {@link XmlLimits#certificateDefaults()}. */
  public static StatementCodec create() {
    return create(XmlLimits.certificateDefaults());
  }

  /** A codec with the given limits. */
  public static StatementCodec create(XmlLimits limits) {
    return new StatementCodec(checkNotNull(limits, "limits"));
  }

  /**
   * Reads a statement, validating it against the XSDs as it goes.
   *
   * @throws XmlFormatException if the bytes are not a valid statement of this version
   */
  public StatementOfConformity parse(byte[] xml) {
    return format.parse(xml);
  }

  /**
   * Writes a statement as a UTF-8 XML document: the bytes a manufacturer signs.
   *
   * @throws XmlFormatException {@code XML_NOT_REPRESENTABLE} if it would not read back equal
   */
  public byte[] write(StatementOfConformity statement) {
    return format.write(statement);
  }

  /**
   * Reads the JSON twin of a statement, as strictly as {@link #parse}.
   *
   * @throws XmlFormatException ({@code JSON_*}) if the bytes are not such a document
   */
  public StatementOfConformity parseJson(byte[] json) {
    return format.parseJson(json);
  }

  /**
   * Writes a statement as UTF-8 JSON, the twin of {@link #write}.
   *
   * @throws XmlFormatException {@code XML_NOT_REPRESENTABLE} if it would not read back equal
   */
  public byte[] writeJson(StatementOfConformity statement) {
    return format.writeJson(statement);
  }
}
