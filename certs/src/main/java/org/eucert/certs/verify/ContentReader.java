/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.verify;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.eucert.core.model.Attestation;
import org.eucert.core.xml.CertificateCodec;
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
}
