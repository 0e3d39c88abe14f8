/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.issue;

import java.time.Instant;
import org.eucert.certs.sign.EnvelopeCodec;
import org.eucert.certs.sign.SignatureAlgorithm;
import org.eucert.certs.sign.Signer;
import org.eucert.certs.testing.TestPki;
import org.eucert.core.model.Bytes;

/**
 * A body's (or a manufacturer's) signing for issuance tests: an ECDSA P-256 key from {@link
 * TestPki}, generated at test time, its certificate issued by a test CA and valid 2020 to 2040,
 * signing real envelopes with {@link EnvelopeCodec#standard()}.
 */
final class TestSigning {
  private static final Instant FROM = Instant.parse("2020-01-01T00:00:00Z");
  private static final Instant UNTIL = Instant.parse("2040-01-01T00:00:00Z");

  private final Signer signer;
  private final Bytes certificate;

  private TestSigning(Signer signer, Bytes certificate) {
    this.signer = signer;
    this.certificate = certificate;
  }

  static TestSigning create() {
    return create("cab");
  }

  /** A signer with a key and certificate of its own. */
  static TestSigning create(String name) {
    TestPki pki =
        TestPki.create(java.time.Clock.fixed(FROM, java.time.ZoneOffset.UTC))
            .ca(name + " CA", SignatureAlgorithm.ECDSA_P256_SHA256, FROM, UNTIL)
            // as a PKCS#12 file often holds it: the signer's certificate and an intermediate
            .intermediate(name + " sub-CA", SignatureAlgorithm.ECDSA_P256_SHA256)
            .signer(name, SignatureAlgorithm.ECDSA_P256_SHA256, FROM, UNTIL);
    return new TestSigning(pki.signerFor(name), pki.certificateDer(name));
  }

  Signer signer() {
    return signer;
  }

  Bytes certificateDer() {
    return certificate;
  }

  ContentSigner contentSigner() {
    return ContentSigner.of(EnvelopeCodec.standard(), signer);
  }
}
