/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.sign;

import static org.eucert.certs.sign.SignFixtures.SIGNING_TIME;
import static org.eucert.certs.sign.SignFixtures.XML;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.eucert.certs.testing.TestPki;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The PKCS#12, PEM and JCA signers: they sign alike and refuse keys that do not fit. */
class SignersTest {

  @Test
  void withVerifiableChain_keepsChainsUpToARoot_cutsOthersToTheSignersCertificate() throws Exception {
    TestPki pki =
        TestPki.create(java.time.Clock.fixed(SIGNING_TIME, java.time.ZoneOffset.UTC))
            .ca("root", SignatureAlgorithm.ECDSA_P256_SHA256)
            .signer("direct", SignatureAlgorithm.ECDSA_P256_SHA256)
            .intermediate("sub", SignatureAlgorithm.ECDSA_P256_SHA256)
            .signer("below", SignatureAlgorithm.ECDSA_P256_SHA256);
    // the signer's certificate alone: unchanged
    Signer direct = pki.signerFor("direct");
    assertTrue(direct == Signer.withVerifiableChain(direct));
    // signer and intermediate, no root (a usual PKCS#12 file): cut to the signer's certificate
    Signer below = pki.signerFor("below");
    assertEquals(2, below.chain().size());
    Signer cut = Signer.withVerifiableChain(below);
    assertEquals(List.of(below.certificate()), cut.chain());
    assertEquals(below.algorithm(), cut.algorithm());
    ParsedEnvelope parsed =
        EnvelopeCodec.standard().parse(EnvelopeCodec.standard().sign(XML, SIGNING_TIME, cut));
    assertEquals(1, parsed.chainDer().size());
    assertEquals(SignatureCheck.VALID, parsed.verify());
    // up to and including the root: kept whole
    List<X509Certificate> full = new java.util.ArrayList<>(below.chain());
    full.add(pki.entity("root").certificate());
    Signer rooted =
        JcaSigner.of(pki.entity("below").keyPair().getPrivate(), full, TestPki.provider());
    assertTrue(rooted == Signer.withVerifiableChain(rooted));
  }
  private static final char[] PASSWORD = "test-only-password".toCharArray();

  @TempDir Path dir;

  private static void assertSignsVerifiably(Signer signer, SignatureAlgorithm algorithm)
      throws Exception {
    assertEquals(algorithm, signer.algorithm());
    ParsedEnvelope parsed =
        EnvelopeCodec.standard().parse(EnvelopeCodec.standard().sign(XML, SIGNING_TIME, signer));
    assertEquals(SignatureCheck.VALID, parsed.verify());
    assertEquals(signer.certificate(), parsed.signerCertificate());
  }

  @ParameterizedTest
  @EnumSource(SignatureAlgorithm.class)
  void pkcs12Signer_signsEnvelopesThatVerify(SignatureAlgorithm algorithm) throws Exception {
    Path p12 = SignFixtures.pki().writePkcs12(SignFixtures.name(algorithm), dir, PASSWORD);
    try (Pkcs12Signer signer = Pkcs12Signer.open(p12, PASSWORD)) {
      assertSignsVerifiably(signer, algorithm);
      assertTrue(signer.toString().contains(SignFixtures.name(algorithm)), signer.toString());
    }
  }

  @ParameterizedTest
  @EnumSource(SignatureAlgorithm.class)
  void pemSigner_plainAndEncrypted_signEnvelopesThatVerify(SignatureAlgorithm algorithm)
      throws Exception {
    String name = SignFixtures.name(algorithm);
    Path plainDir = Files.createDirectory(dir.resolve("plain"));
    Path encryptedDir = Files.createDirectory(dir.resolve("encrypted"));
    TestPki.PemFiles plain = SignFixtures.pki().writePem(name, plainDir, null);
    TestPki.PemFiles encrypted = SignFixtures.pki().writePem(name, encryptedDir, PASSWORD);
    assertTrue(Files.readString(encrypted.key(), StandardCharsets.US_ASCII).contains("ENCRYPTED PRIVATE KEY"));

    assertSignsVerifiably(PemSigner.load(plain.key(), plain.chain()), algorithm);
    assertSignsVerifiably(PemSigner.load(encrypted.key(), PASSWORD, encrypted.chain()), algorithm);
  }

  @Test
  void pkcs12Signer_wrongPassword_isSigningException() throws Exception {
    Path p12 = SignFixtures.pki().writePkcs12(SignFixtures.name(SignatureAlgorithm.ED25519), dir, PASSWORD);
    SigningException e =
        assertThrows(SigningException.class, () -> Pkcs12Signer.open(p12, "wrong".toCharArray()));
    assertFalse(e.getMessage().contains("test-only-password"));
    assertThrows(SigningException.class, () -> Pkcs12Signer.open(dir.resolve("absent.p12"), PASSWORD));
  }

  @Test
  void pemSigner_encryptedKeyWithoutOrWithWrongPassword_isSigningException() throws Exception {
    TestPki.PemFiles files =
        SignFixtures.pki().writePem(SignFixtures.name(SignatureAlgorithm.ECDSA_P256_SHA256), dir, PASSWORD);
    assertThrows(SigningException.class, () -> PemSigner.load(files.key(), files.chain()));
    assertThrows(
        SigningException.class,
        () -> PemSigner.load(files.key(), "wrong".toCharArray(), files.chain()));
    assertThrows(SigningException.class, () -> PemSigner.load(files.chain(), files.chain()));
  }

  @Test
  void pemSigner_keyOfAnotherCertificate_isRefused() throws Exception {
    Path a = Files.createDirectory(dir.resolve("a"));
    Path b = Files.createDirectory(dir.resolve("b"));
    TestPki.PemFiles p256 =
        SignFixtures.pki().writePem(SignFixtures.name(SignatureAlgorithm.ECDSA_P256_SHA256), a, null);
    TestPki.PemFiles other = SignFixtures.pki().writePem(SignFixtures.VIA_SUB, b, null);
    assertThrows(SigningException.class, () -> PemSigner.load(p256.key(), other.chain()));
  }

  @Test
  void jcaSigner_keyNotMatchingCertificate_isRefused() {
    TestPki.Entity signer = SignFixtures.pki().entity(SignFixtures.name(SignatureAlgorithm.ECDSA_P256_SHA256));
    TestPki.Entity other = SignFixtures.pki().entity(SignFixtures.VIA_SUB);
    SigningException e =
        assertThrows(
            SigningException.class,
            () -> JcaSigner.of(other.keyPair().getPrivate(), signer.chain(), TestPki.provider()));
    assertTrue(e.getMessage().contains("does not match"), e.getMessage());
    // a key of another type altogether
    TestPki.Entity ed = SignFixtures.pki().entity(SignFixtures.name(SignatureAlgorithm.ED25519));
    assertThrows(
        SigningException.class,
        () -> JcaSigner.of(ed.keyPair().getPrivate(), signer.chain(), TestPki.provider()));
    assertThrows(
        SigningException.class,
        () -> JcaSigner.of(ed.keyPair().getPrivate(), List.of(), TestPki.provider()));
  }

  @Test
  void jcaSigner_rsaBelow3072_isRefused() throws Exception {
    KeyPair keys = TestPki.generate(SignatureAlgorithm.RSA_PSS_SHA256, 2048);
    X509Certificate certificate = selfSigned(keys, "SHA256withRSA");
    SigningException e =
        assertThrows(
            SigningException.class,
            () -> JcaSigner.of(keys.getPrivate(), List.of(certificate), TestPki.provider()));
    assertTrue(e.getMessage().contains("2048"), e.getMessage());
  }

  @Test
  void jcaSigner_unknownCurve_isRefused() throws Exception {
    for (String curve : new String[] {"secp521r1", "brainpoolP256r1", "secp256k1"}) {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", TestPki.provider());
      generator.initialize(new ECGenParameterSpec(curve));
      KeyPair keys = generator.generateKeyPair();
      X509Certificate certificate = selfSigned(keys, "SHA256withECDSA");
      assertThrows(
          SigningException.class,
          () -> JcaSigner.of(keys.getPrivate(), List.of(certificate), TestPki.provider()),
          curve);
    }
  }

  @Test
  void signers_neverShowOrSerialiseTheKey() throws Exception {
    TestPki.Entity entity = SignFixtures.pki().entity(SignFixtures.name(SignatureAlgorithm.ED25519));
    Signer signer = JcaSigner.of(entity.keyPair().getPrivate(), entity.chain(), TestPki.provider());
    String encoded = Base64.getEncoder().encodeToString(entity.keyPair().getPrivate().getEncoded());
    String shown = signer.toString();
    assertFalse(shown.contains(encoded.substring(20, 40)), shown);
    assertFalse(shown.toLowerCase(java.util.Locale.ROOT).contains("private"), shown);
    for (Class<?> type : List.of(JcaSigner.class, Pkcs12Signer.class, PemSigner.class)) {
      assertFalse(Serializable.class.isAssignableFrom(type), type.getName());
    }
  }

  private static X509Certificate selfSigned(KeyPair keys, String signatureAlgorithm)
      throws Exception {
    X500Name name = new X500Name("CN=TEST ONLY refused key");
    X509v3CertificateBuilder builder =
        new X509v3CertificateBuilder(
            name,
            BigInteger.ONE,
            Date.from(SIGNING_TIME.minusSeconds(86_400)),
            Date.from(SIGNING_TIME.plusSeconds(86_400)),
            name,
            SubjectPublicKeyInfo.getInstance(keys.getPublic().getEncoded()));
    byte[] der =
        builder
            .build(
                new JcaContentSignerBuilder(signatureAlgorithm)
                    .setProvider(TestPki.provider())
                    .build(keys.getPrivate()))
            .getEncoded();
    return (X509Certificate)
        CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
  }
}
