/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.sign;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eucert.certs.testing.TestPki;

/** One test PKI for the sign tests, built once per JVM (RSA key generation is slow). */
final class SignFixtures {
  static final Instant SIGNING_TIME = Instant.parse("2026-05-01T10:00:00Z");
  static final byte[] XML =
      ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
              + "<certificate xmlns=\"urn:eucert:certificate:1\" id=\"EUCC-FR-2026-0001\">"
              + "<issued>2026-05-01T10:00:00Z</issued><level>substantial</level></certificate>\n")
          .getBytes(StandardCharsets.UTF_8);

  static final String ROOT = "EU-TEST-ROOT";
  static final String RSA_ROOT = "EU-TEST-RSA-ROOT";
  static final String SUB = "EU-TEST-SUB-P384";
  static final String VIA_SUB = "FR-CAB-VIA-SUB";

  private SignFixtures() {}

  private static final class Holder {
    static final TestPki PKI =
        TestPki.create(Clock.fixed(SIGNING_TIME, ZoneOffset.UTC))
            .ca(ROOT)
            .signer(name(SignatureAlgorithm.ECDSA_P256_SHA256), SignatureAlgorithm.ECDSA_P256_SHA256)
            .signer(name(SignatureAlgorithm.ECDSA_P384_SHA384), SignatureAlgorithm.ECDSA_P384_SHA384)
            .signer(name(SignatureAlgorithm.ED25519), SignatureAlgorithm.ED25519)
            .ca(RSA_ROOT, SignatureAlgorithm.RSA_PSS_SHA256)
            .signer(name(SignatureAlgorithm.RSA_PSS_SHA256), SignatureAlgorithm.RSA_PSS_SHA256)
            .intermediate(SUB, SignatureAlgorithm.ECDSA_P384_SHA384)
            .signer(VIA_SUB, SignatureAlgorithm.ECDSA_P256_SHA256);
  }

  static TestPki pki() {
    return Holder.PKI;
  }

  /** The signer's name for an algorithm: NCCA, CAB, ITSEF and manufacturer keys. */
  static String name(SignatureAlgorithm algorithm) {
    switch (algorithm) {
      case ECDSA_P256_SHA256:
        return "FR-ANSSI-P256";
      case ECDSA_P384_SHA384:
        return "FR-CAB-1-P384";
      case ED25519:
        return "DE-ITSEF-1-ED25519";
      case RSA_PSS_SHA256:
        return "NL-MANUFACTURER-RSA";
      default:
        throw new AssertionError(algorithm);
    }
  }

  /** The root that issued the signer of {@code algorithm}. */
  static String root(SignatureAlgorithm algorithm) {
    return algorithm == SignatureAlgorithm.RSA_PSS_SHA256 ? RSA_ROOT : ROOT;
  }

  static Signer signer(SignatureAlgorithm algorithm) {
    return pki().signerFor(name(algorithm));
  }

  static byte[] envelope(SignatureAlgorithm algorithm) throws SigningException {
    return EnvelopeCodec.standard().sign(XML, SIGNING_TIME, signer(algorithm));
  }
}
