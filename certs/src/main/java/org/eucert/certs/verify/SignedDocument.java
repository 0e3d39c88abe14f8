/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.verify;

import com.google.common.hash.Hashing;
import java.time.Instant;
import org.eucert.certs.sign.SignatureAlgorithm;
import org.eucert.core.model.Bytes;

/**
 * A strictly parsed envelope as the verification pipeline sees it: the content exactly as signed,
 * the signed attributes it needs, and a way to check the signature with the envelope's own
 * certificate when the signer is not listed. Adapts the signing module's parsed envelope, so that
 * the steps can be tested on their own.
 */
interface SignedDocument {
  /** The encapsulated content exactly as signed. */
  byte[] content();

  /**
   * The SHA-256 of the content in lower-case hex: the digest a status list registers (ARCHITECTURE.md
   * section 7).
   */
  default String contentSha256Hex() {
    return Hashing.sha256().hashBytes(content()).toString();
  }

  /** The signing-time signed attribute. */
  Instant signingTime();

  /** The signature algorithm. */
  SignatureAlgorithm algorithm();

  /** The signer's certificate, DER. */
  Bytes signerCertificateDer();

  /** Checks digest and signature with the key of the envelope's own signer certificate. */
  SignatureOutcome verifyWithOwnKey();

  /** The size of the envelope's own signer key, in bits (decodes it). */
  int ownKeyBits();

  /** The envelope's own signer certificate's subject, for messages and self-declared checks. */
  String signerSubject();

  /** The envelope's own signer certificate's validity start. */
  Instant signerNotBefore();

  /** The envelope's own signer certificate's validity end. */
  Instant signerNotAfter();

  /** The outcome of a signature check. */
  enum SignatureOutcome {
    VALID,
    HASH_FAILURE,
    SIG_CRYPTO_FAILURE
  }
}
