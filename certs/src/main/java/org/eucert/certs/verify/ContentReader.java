/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.verify;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import java.util.Optional;
import org.eucert.core.model.Attestation;
import org.eucert.core.xml.CertificateCodec;
import org.eucert.core.xml.StatementCodec;
import org.eucert.core.xml.XmlFormatException;

/** Reads the signed content strictly into an attestation. Thread-safe. */
interface ContentReader {
  /**
   * The attestation.
   *
   * @throws XmlFormatException for anything the XSD refuses
   */
  Attestation read(byte[] xml);

  /** The attestation, or empty if the content is not one. */
  default Optional<Attestation> tryRead(byte[] xml) {
    try {
      return Optional.of(read(xml));
    } catch (XmlFormatException e) {
      return Optional.empty();
    }
  }

  /** Reads certificates with {@code codec}. */
  static ContentReader certificates(CertificateCodec codec) {
    checkNotNull(codec, "codec");
    return codec::parse;
  }

  /**
   * Reads certificates with {@code certificates} and, for content in another namespace, EU
   * statements of conformity with the codec {@code statements} gives (asked for on the first
   * statement only: its JAXB context costs start-up time that certificates do not need). A
   * document neither reads gets the refusal of the reader whose namespace it is in, else the
   * certificate reader's.
   */
  static ContentReader attestations(
      CertificateCodec certificates, Supplier<StatementCodec> statements) {
    checkNotNull(certificates, "certificates");
    Supplier<StatementCodec> codec = Suppliers.memoize(checkNotNull(statements, "statements")::get);
    return xml -> {
      try {
        return certificates.parse(xml);
      } catch (XmlFormatException asCertificate) {
        if (!XmlFormatException.XML_UNKNOWN_NAMESPACE.equals(asCertificate.code())) {
          throw asCertificate;
        }
        try {
          return codec.get().parse(xml);
        } catch (XmlFormatException asStatement) {
          throw XmlFormatException.XML_UNKNOWN_NAMESPACE.equals(asStatement.code())
              ? asCertificate
              : asStatement;
        }
      }
    };
  }
}
