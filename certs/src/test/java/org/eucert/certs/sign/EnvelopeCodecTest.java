/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.sign;

import static org.eucert.certs.sign.SignFixtures.SIGNING_TIME;
import static org.eucert.certs.sign.SignFixtures.XML;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1UTCTime;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.eucert.certs.testing.TestPki;
import org.eucert.core.model.Bytes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Signing and strict parsing of envelopes, through the public API only. */
class EnvelopeCodecTest {
  private final EnvelopeCodec codec = EnvelopeCodec.standard();

  @ParameterizedTest
  @EnumSource(SignatureAlgorithm.class)
  void sign_thenParse_roundTripsEveryPart(SignatureAlgorithm algorithm) throws Exception {
    Signer signer = SignFixtures.signer(algorithm);
    byte[] envelope = codec.sign(XML, SIGNING_TIME, signer);

    ParsedEnvelope parsed = codec.parse(envelope);

    assertArrayEquals(XML, parsed.content());
    assertEquals(SIGNING_TIME, parsed.signingTime());
    assertEquals(algorithm, parsed.algorithm());
    assertEquals(Bytes.copyOf(signer.certificate().getEncoded()), parsed.signerCertificateDer());
    assertEquals(signer.certificate(), parsed.signerCertificate());
    assertEquals(1, parsed.chainDer().size());
    assertArrayEquals(algorithm.digest().digest(XML), parsed.contentDigest());
    assertEquals(SignatureCheck.VALID, parsed.verify());
    VerificationKey key = VerificationKey.of(parsed.signerCertificateDer());
    assertEquals(algorithm, key.algorithm());
    assertEquals(SignatureCheck.VALID, parsed.verify(key));
    VerificationKey root =
        VerificationKey.of(SignFixtures.pki().certificateDer(SignFixtures.root(algorithm)));
    assertEquals(SignatureCheck.VALID, parsed.verifyChain(root));
    assertEquals(SignatureCheck.SIG_CRYPTO_FAILURE, parsed.verifyChain(key));
  }

  @SuppressWarnings("unchecked") // BC's SignerId is a raw Selector
  @ParameterizedTest
  @EnumSource(SignatureAlgorithm.class)
  void envelope_isAcceptedByBouncyCastlesHighLevelCmsVerifier(SignatureAlgorithm algorithm)
      throws Exception {
    // the second, independent path (ARCHITECTURE.md 6): BC's CMS classes and JCA verifier
    byte[] envelope = SignFixtures.envelope(algorithm);
    CMSSignedData cms = new CMSSignedData(envelope);
    Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
    assertEquals(1, signers.size());
    SignerInformation info = signers.iterator().next();
    X509CertificateHolder certificate =
        (X509CertificateHolder) cms.getCertificates().getMatches(info.getSID()).iterator().next();
    assertTrue(
        info.verify(
            new JcaSimpleSignerInfoVerifierBuilder()
                .setProvider(TestPki.provider())
                .build(certificate)));
    assertArrayEquals(XML, (byte[]) cms.getSignedContent().getContent());
    assertEquals(1, cms.getVersion());
    assertEquals(1, info.getVersion());
    assertTrue(cms.getCRLs().getMatches(null).isEmpty());
    assertEquals(null, info.getUnsignedAttributes());

    AttributeTable attributes = info.getSignedAttributes();
    assertEquals(4, attributes.size());
    ASN1Encodable time = attributes.get(CMSAttributes.signingTime).getAttrValues().getObjectAt(0);
    assertEquals("260501100000Z", ((ASN1UTCTime) time).getTime().replace("GMT+00:00", "Z"));
    SigningCertificateV2 essV2 =
        SigningCertificateV2.getInstance(
            attributes
                .get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)
                .getAttrValues()
                .getObjectAt(0));
    ESSCertIDv2 id = essV2.getCerts()[0];
    assertArrayEquals(
        DigestAlgorithm.SHA256.digest(certificate.getEncoded()), id.getCertHash());
    assertEquals(certificate.getSerialNumber(), id.getIssuerSerial().getSerial().getValue());
    assertArrayEquals(
        algorithm.digest().digest(XML),
        ((ASN1OctetString)
                attributes.get(CMSAttributes.messageDigest).getAttrValues().getObjectAt(0))
            .getOctets());
  }

  @Test
  void sign_isDeterministicForEd25519_soTheEncodingIsOneFunctionOfItsInputs() throws Exception {
    assertArrayEquals(
        SignFixtures.envelope(SignatureAlgorithm.ED25519),
        SignFixtures.envelope(SignatureAlgorithm.ED25519));
  }

  @Test
  void verify_tamperedContent_failsWithHashFailure() throws Exception {
    byte[] envelope = SignFixtures.envelope(SignatureAlgorithm.ECDSA_P256_SHA256);
    byte[] tampered = envelope.clone();
    int at = indexOf(tampered, XML) + 10;
    tampered[at] ^= 1;

    ParsedEnvelope parsed = codec.parse(tampered);

    assertEquals(SignatureCheck.HASH_FAILURE, parsed.verify());
  }

  @Test
  void verify_withAnotherSignersKey_failsWithSigCryptoFailure() throws Exception {
    ParsedEnvelope parsed = codec.parse(SignFixtures.envelope(SignatureAlgorithm.ECDSA_P256_SHA256));
    VerificationKey other =
        VerificationKey.of(SignFixtures.pki().certificateDer(SignFixtures.VIA_SUB));
    VerificationKey otherAlgorithm =
        VerificationKey.of(
            SignFixtures.pki().certificateDer(SignFixtures.name(SignatureAlgorithm.ED25519)));

    assertEquals(SignatureCheck.SIG_CRYPTO_FAILURE, parsed.verify(other));
    assertEquals(SignatureCheck.SIG_CRYPTO_FAILURE, parsed.verify(otherAlgorithm));
  }

  @Test
  void envelope_withIntermediate_carriesChainSignerFirst_andChainLinksVerify() throws Exception {
    Signer signer = SignFixtures.pki().signerFor(SignFixtures.VIA_SUB);
    ParsedEnvelope parsed = codec.parse(codec.sign(XML, SIGNING_TIME, signer));

    assertEquals(
        List.of(
            Bytes.copyOf(signer.chain().get(0).getEncoded()),
            Bytes.copyOf(signer.chain().get(1).getEncoded())),
        parsed.chainDer());
    assertEquals(SignatureCheck.VALID, parsed.verify());
    VerificationKey root =
        VerificationKey.of(SignFixtures.pki().certificateDer(SignFixtures.RSA_ROOT));
    VerificationKey otherRoot =
        VerificationKey.of(SignFixtures.pki().certificateDer(SignFixtures.ROOT));
    assertEquals(SignatureCheck.VALID, parsed.verifyChain(root));
    assertEquals(SignatureCheck.SIG_CRYPTO_FAILURE, parsed.verifyChain(otherRoot));
  }

  @Test
  void sign_subSecondInstant_isRefusedNotTruncated() {
    Signer signer = SignFixtures.signer(SignatureAlgorithm.ECDSA_P256_SHA256);
    assertThrows(
        IllegalArgumentException.class,
        () -> codec.sign(XML, SIGNING_TIME.plusMillis(1), signer));
  }

  @Test
  void signingTime_from2050_isGeneralizedTime_andRoundTrips() throws Exception {
    Instant late = Instant.parse("2050-01-01T00:00:00Z");
    Instant early = Instant.parse("1950-01-01T00:00:00Z");
    Instant last = Instant.parse("2049-12-31T23:59:59Z");
    Signer signer = SignFixtures.signer(SignatureAlgorithm.ED25519);
    for (Instant t : List.of(late, early, last)) {
      byte[] envelope = codec.sign(XML, t, signer);
      ParsedEnvelope parsed = codec.parse(envelope);
      assertEquals(t, parsed.signingTime());
      assertEquals(SignatureCheck.VALID, parsed.verify());
    }
    assertThrows(
        IllegalArgumentException.class,
        () -> codec.sign(XML, Instant.parse("1949-12-31T23:59:59Z"), signer));
  }

  @Test
  void emptyAndLargeContent_roundTrip() throws Exception {
    Signer signer = SignFixtures.signer(SignatureAlgorithm.ECDSA_P256_SHA256);
    byte[] large = new byte[1 << 20];
    for (int i = 0; i < large.length; i++) {
      large[i] = (byte) (i * 31);
    }
    for (byte[] content : List.of(new byte[0], large)) {
      ParsedEnvelope parsed = codec.parse(codec.sign(content, SIGNING_TIME, signer));
      assertArrayEquals(content, parsed.content());
      assertEquals(SignatureCheck.VALID, parsed.verify());
    }
  }

  @Test
  void parsedEnvelope_returnsCopies() throws Exception {
    ParsedEnvelope parsed = codec.parse(SignFixtures.envelope(SignatureAlgorithm.ED25519));
    parsed.content()[0] ^= 1;
    parsed.contentDigest()[0] ^= 1;
    assertArrayEquals(XML, parsed.content());
    assertEquals(SignatureCheck.VALID, parsed.verify());
    assertFalse(parsed.toString().contains("certificate xmlns"));
  }

  @Test
  void verificationKey_reportsItsSize() throws Exception {
    assertEquals(
        3072,
        VerificationKey.of(
                SignFixtures.pki()
                    .certificateDer(SignFixtures.name(SignatureAlgorithm.RSA_PSS_SHA256)))
            .keySizeBits());
    assertEquals(
        384,
        VerificationKey.of(
                SignFixtures.pki()
                    .certificateDer(SignFixtures.name(SignatureAlgorithm.ECDSA_P384_SHA384)))
            .keySizeBits());
  }

  @Test
  void verificationKey_ofGarbage_isBadCertificate() {
    EnvelopeFormatException e =
        assertThrows(
            EnvelopeFormatException.class,
            () -> VerificationKey.of(Bytes.copyOf(new byte[] {0x30, 0x03, 0x02, 0x01, 0x01})));
    assertEquals(EnvelopeFailure.BAD_CERTIFICATE, e.failure());
  }

  static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError("not found");
  }
}
