/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.issue;

import static com.google.common.base.Preconditions.checkNotNull;

import java.security.cert.CertificateEncodingException;
import java.time.Instant;
import org.eucert.certs.sign.EnvelopeCodec;
import org.eucert.certs.sign.Signer;
import org.eucert.certs.sign.SigningException;
import org.eucert.core.model.Bytes;

/**
 * The one thing issuance needs from signing: the signer's certificate (to find its key in the
 * registry) and an envelope around content at a signing time. Package-private seam between this
 * package and {@code org.eucert.certs.sign}.
 */
interface ContentSigner {
  /** The DER of the signer's certificate. */
  Bytes certificateDer();

  /**
   * The signed envelope of {@code content} with {@code signingTime}.
   *
   * @throws IssuanceSigningException if signing failed
   */
  byte[] sign(byte[] content, Instant signingTime);

  /**
   * Signs with {@code codec} and {@code signer}; the signer's certificate is encoded once, here.
   *
   * @throws IllegalArgumentException if the signer's certificate cannot be encoded
   */
  static ContentSigner of(EnvelopeCodec codec, Signer signer) {
    checkNotNull(codec, "codec");
    checkNotNull(signer, "signer");
    Bytes der;
    try {
      der = Bytes.copyOf(checkNotNull(signer.certificate(), "signer certificate").getEncoded());
    } catch (CertificateEncodingException e) {
      throw new IllegalArgumentException("the signer's certificate cannot be encoded", e);
    }
    Signer verifiable = Signer.withVerifiableChain(signer);
    return new ContentSigner() {
      @Override
      public Bytes certificateDer() {
        return der;
      }

      @Override
      public byte[] sign(byte[] content, Instant signingTime) {
        try {
          return codec.sign(content, signingTime, verifiable);
        } catch (SigningException e) {
          throw new IssuanceSigningException(
              "signing failed with " + signer.algorithm() + ": " + e.getMessage(), e);
        }
      }
    };
  }
}
