/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.issue;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.eucert.certs.sign.EnvelopeCodec;
import org.eucert.certs.sign.JcaSigner;
import org.eucert.certs.sign.Signer;
import org.eucert.core.model.Bytes;

/**
 * A body's signing for issuance tests: an ECDSA P-256 key generated at test time with a
 * self-signed certificate (test only, valid 2020 to 2040), signing real envelopes with {@link
 * EnvelopeCodec#standard()}.
 */
final class TestSigning {
  static final BouncyCastleProvider BC = new BouncyCastleProvider();

  private final Signer signer;
  private final Bytes certificate;

  private TestSigning(Signer signer, Bytes certificate) {
    this.signer = signer;
    this.certificate = certificate;
  }

  static TestSigning create() {
    return create("cab");
  }

  /** A signer with a key and certificate of its own, named {@code CN=name-TEST-ONLY}. */
  static TestSigning create(String name) {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("EC", BC);
      g.initialize(new ECGenParameterSpec("secp256r1"));
      KeyPair kp = g.generateKeyPair();
      X500Name dn = new X500Name("CN=" + name + "-TEST-ONLY");
      X509Certificate cert =
          new JcaX509CertificateConverter()
              .setProvider(BC)
              .getCertificate(
                  new JcaX509v3CertificateBuilder(
                          dn,
                          BigInteger.valueOf(name.hashCode() & 0x7fffffffL).add(BigInteger.ONE),
                          Date.from(Instant.parse("2020-01-01T00:00:00Z")),
                          Date.from(Instant.parse("2040-01-01T00:00:00Z")),
                          dn,
                          kp.getPublic())
                      .build(
                          new JcaContentSignerBuilder("SHA256withECDSA")
                              .setProvider(BC)
                              .build(kp.getPrivate())));
      Signer s = JcaSigner.of(kp.getPrivate(), List.of(cert), BC);
      return new TestSigning(s, Bytes.copyOf(cert.getEncoded()));
    } catch (Exception e) {
      throw new IllegalStateException("cannot make a test key", e);
    }
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
