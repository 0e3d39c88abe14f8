/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.sign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.BERSequence;
import org.bouncycastle.asn1.BERTaggedObject;
import org.bouncycastle.asn1.DERGeneralizedTime;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.junit.jupiter.api.Test;

/**
 * Hostile and malformed envelopes: each is refused with {@link EnvelopeFormatException} and the
 * expected code, never another exception. Where a variant could be signed correctly, it is re-signed
 * with the real key, so the refusal comes from the structure, not from a broken signature.
 */
class EnvelopeHostileInputTest {
  private static final SignatureAlgorithm ALG = SignatureAlgorithm.ECDSA_P256_SHA256;
  private final EnvelopeCodec codec = EnvelopeCodec.standard();

  private static byte[] good() throws Exception {
    return SignFixtures.envelope(ALG);
  }

  private EnvelopeFailure failure(byte[] envelope) {
    return assertThrows(EnvelopeFormatException.class, () -> codec.parse(envelope)).failure();
  }

  @Test
  void empty_isTruncated() {
    assertEquals(EnvelopeFailure.TRUNCATED, failure(new byte[0]));
  }

  @Test
  void refusal_isAnUncheckedEucertExceptionWithTheFailureAsCode() {
    // STYLE.md 4: one unchecked root with a stable code()
    EnvelopeFormatException e =
        assertThrows(EnvelopeFormatException.class, () -> codec.parse(new byte[] {0x30, 0x03}));
    assertInstanceOf(org.eucert.core.EucertException.class, e);
    assertEquals(e.failure().name(), e.code());
    assertEquals(SigningException.SIGNING_FAILED, new SigningException("x").code());
  }

  @Test
  void everyTruncation_isRefused() throws Exception {
    byte[] good = good();
    for (int length = 0; length < good.length; length++) {
      byte[] cut = Arrays.copyOf(good, length);
      assertThrows(EnvelopeFormatException.class, () -> codec.parse(cut), "length " + length);
    }
  }

  @Test
  void trailingBytes_areNotDer() throws Exception {
    byte[] good = good();
    assertEquals(EnvelopeFailure.NOT_DER, failure(Arrays.copyOf(good, good.length + 1)));
  }

  @Test
  void garbage_isRefused() {
    byte[] garbage = new byte[4096];
    new java.util.Random(42).nextBytes(garbage);
    assertThrows(EnvelopeFormatException.class, () -> codec.parse(garbage));
    assertThrows(EnvelopeFormatException.class, () -> codec.parse("<xml/>".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
  }

  @Test
  void oversized_isTooLarge_beforeAnyParsing() throws Exception {
    assertEquals(
        EnvelopeFailure.TOO_LARGE, failure(new byte[EnvelopeCodec.DEFAULT_MAX_SIZE + 1]));
    byte[] good = good();
    EnvelopeFormatException e =
        assertThrows(
            EnvelopeFormatException.class,
            () -> EnvelopeCodec.withMaxSize(good.length - 1).parse(good));
    assertEquals(EnvelopeFailure.TOO_LARGE, e.failure());
  }

  @Test
  void hugeDeclaredLength_isRefusedWithoutAllocating() {
    // SEQUENCE claiming 2 GiB, and one claiming a 5-byte length
    assertEquals(
        EnvelopeFailure.TRUNCATED,
        failure(new byte[] {0x30, (byte) 0x84, 0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x01}));
    assertEquals(
        EnvelopeFailure.TOO_LARGE,
        failure(new byte[] {0x30, (byte) 0x85, 0x01, 0x00, 0x00, 0x00, 0x00, 0x01}));
  }

  @Test
  void indefiniteLengthBer_isNotDer() throws Exception {
    ASN1Sequence contentInfo = ASN1Sequence.getInstance(good());
    byte[] ber =
        new BERSequence(
                new ASN1Encodable[] {
                  contentInfo.getObjectAt(0),
                  new BERTaggedObject(true, 0, contentInfo.getObjectAt(1).toASN1Primitive() instanceof ASN1TaggedObject t ? t.getExplicitBaseObject() : null)
                })
            .getEncoded("BER");
    assertEquals(EnvelopeFailure.NOT_DER, failure(ber));
  }

  @Test
  void constructedOctetStringContent_isNotDer() throws Exception {
    // eContent as a definite-length constructed OCTET STRING (BER, not DER): encode a SEQUENCE
    // holding the OCTET STRING, then turn the SEQUENCE tag 0x30 into constructed OCTET STRING 0x24
    byte[] envelope =
        editSignedData(
            good(),
            f -> {
              f[2] =
                  new DERSequence(
                      new ASN1Encodable[] {
                        CMSObjectIdentifiers.data,
                        new DERTaggedObject(
                            true, 0, new DERSequence(new DEROctetString(SignFixtures.XML)))
                      });
              return f;
            });
    int content = EnvelopeCodecTest.indexOf(envelope, SignFixtures.XML);
    int sequence = content - 3 - 3; // both lengths are 128..255: 0x81 nn
    assertEquals(0x30, envelope[sequence] & 0xff);
    envelope[sequence] = 0x24;
    assertEquals(EnvelopeFailure.NOT_DER, failure(envelope));
  }

  @Test
  void nonMinimalLength_isNotDer() throws Exception {
    byte[] good = good();
    // re-encode the outer length with one more length byte than needed
    int headerLength = 2 + (good[1] & 0x7f);
    int length = good.length - headerLength;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(0x30);
    out.write(0x84);
    out.write(length >>> 24);
    out.write(length >>> 16);
    out.write(length >>> 8);
    out.write(length);
    out.write(good, headerLength, length);
    assertEquals(EnvelopeFailure.NOT_DER, failure(out.toByteArray()));
  }

  @Test
  void deepNesting_isTooDeep_withoutStackOverflow() {
    int depth = 100_000;
    byte[] nested = new byte[depth * 6];
    int remaining = nested.length;
    for (int i = 0; i < depth; i++) {
      int at = i * 6;
      remaining -= 6;
      nested[at] = 0x30;
      nested[at + 1] = (byte) 0x84;
      nested[at + 2] = (byte) (remaining >>> 24);
      nested[at + 3] = (byte) (remaining >>> 16);
      nested[at + 4] = (byte) (remaining >>> 8);
      nested[at + 5] = (byte) remaining;
    }
    assertThrows(EnvelopeFormatException.class, () -> codec.parse(nested));
    byte[] shallow = new byte[2 * 60];
    for (int i = 0; i < 60; i++) {
      shallow[2 * i] = 0x30;
      shallow[2 * i + 1] = (byte) (shallow.length - 2 * i - 2);
    }
    assertEquals(EnvelopeFailure.TOO_DEEP, failure(shallow));
  }

  @Test
  void twoSignerInfos_areRefused() throws Exception {
    byte[] envelope =
        editSignedData(
            good(),
            f -> {
              ASN1Set infos = (ASN1Set) f[4];
              ASN1Sequence info = (ASN1Sequence) infos.getObjectAt(0);
              ASN1Encodable[] copy = info.toArray();
              copy[5] = new DEROctetString(new byte[] {1, 2, 3});
              f[4] = new DERSet(new ASN1Encodable[] {info, new DERSequence(copy)});
              return f;
            });
    assertEquals(EnvelopeFailure.SIGNER_INFO_COUNT, failure(envelope));
  }

  @Test
  void noSignerInfo_isRefused() throws Exception {
    byte[] envelope =
        editSignedData(
            good(),
            f -> {
              f[4] = new DERSet();
              return f;
            });
    assertEquals(EnvelopeFailure.SIGNER_INFO_COUNT, failure(envelope));
  }

  @Test
  void extraCertificate_isRefused() throws Exception {
    byte[] extra =
        SignFixtures.pki().certificateDer(SignFixtures.name(SignatureAlgorithm.ED25519)).toByteArray();
    byte[] envelope =
        editSignedData(
            good(),
            f -> {
              ASN1Set certificates = ASN1Set.getInstance((ASN1TaggedObject) f[3], false);
              ASN1EncodableVector v = new ASN1EncodableVector();
              certificates.forEach(v::add);
              v.add(org.bouncycastle.asn1.x509.Certificate.getInstance(extra));
              f[3] = new DERTaggedObject(false, 0, new DERSet(v));
              return f;
            });
    assertEquals(EnvelopeFailure.UNEXPECTED_CERTIFICATES, failure(envelope));
  }

  @Test
  void duplicatedCertificate_isRefused() throws Exception {
    byte[] envelope =
        editSignedData(
            good(),
            f -> {
              ASN1Set certificates = ASN1Set.getInstance((ASN1TaggedObject) f[3], false);
              ASN1EncodableVector v = new ASN1EncodableVector();
              certificates.forEach(v::add);
              certificates.forEach(v::add);
              f[3] = new DERTaggedObject(false, 0, new DERSet(v));
              return f;
            });
    assertEquals(EnvelopeFailure.UNEXPECTED_CERTIFICATES, failure(envelope));
  }

  @Test
  void noCertificates_areRefused() throws Exception {
    byte[] envelope =
        editSignedData(good(), f -> new ASN1Encodable[] {f[0], f[1], f[2], f[4]});
    assertEquals(EnvelopeFailure.UNEXPECTED_CERTIFICATES, failure(envelope));
  }

  @Test
  void crls_areRefused() throws Exception {
    byte[] envelope =
        editSignedData(
            good(),
            f ->
                new ASN1Encodable[] {
                  f[0], f[1], f[2], f[3], new DERTaggedObject(false, 1, new DERSet()), f[4]
                });
    assertEquals(EnvelopeFailure.UNEXPECTED_CRLS, failure(envelope));
  }

  @Test
  void unsignedAttributes_areRefused() throws Exception {
    byte[] envelope =
        editSignerInfo(
            good(),
            f -> {
              ASN1Encodable[] g = Arrays.copyOf(f, 7);
              g[6] =
                  new DERTaggedObject(
                      false,
                      1,
                      new DERSet(
                          new DERSequence(
                              new ASN1Encodable[] {
                                new ASN1ObjectIdentifier("1.2.840.113549.1.9.16.2.14"),
                                new DERSet(new DEROctetString(new byte[8]))
                              })));
              return g;
            });
    assertEquals(EnvelopeFailure.UNSIGNED_ATTRIBUTES, failure(envelope));
  }

  @Test
  void extraSignedAttribute_isRefused_evenWhenCorrectlySigned() throws Exception {
    byte[] envelope =
        resignWithAttributes(
            attributes -> {
              ASN1EncodableVector v = new ASN1EncodableVector();
              attributes.forEach(v::add);
              v.add(
                  new DERSequence(
                      new ASN1Encodable[] {
                        new ASN1ObjectIdentifier("1.2.840.113549.1.9.16.2.2"),
                        new DERSet(new DERUTF8String("x"))
                      }));
              return new DERSet(v);
            });
    assertEquals(EnvelopeFailure.UNEXPECTED_SIGNED_ATTRIBUTES, failure(envelope));
  }

  @Test
  void missingSigningTime_isRefused_evenWhenCorrectlySigned() throws Exception {
    byte[] envelope =
        resignWithAttributes(
            attributes -> {
              ASN1EncodableVector v = new ASN1EncodableVector();
              for (ASN1Encodable a : attributes) {
                if (!((ASN1Sequence) a).getObjectAt(0).equals(CMSAttributes.signingTime)) {
                  v.add(a);
                }
              }
              return new DERSet(v);
            });
    assertEquals(EnvelopeFailure.UNEXPECTED_SIGNED_ATTRIBUTES, failure(envelope));
  }

  @Test
  void fractionalOrGeneralizedSigningTime_isRefused_evenWhenCorrectlySigned() throws Exception {
    for (String time : new String[] {"20260501100000.5Z", "20260501100000Z"}) {
      byte[] envelope =
          resignWithAttributes(
              attributes -> {
                ASN1EncodableVector v = new ASN1EncodableVector();
                for (ASN1Encodable a : attributes) {
                  if (((ASN1Sequence) a).getObjectAt(0).equals(CMSAttributes.signingTime)) {
                    v.add(
                        new DERSequence(
                            new ASN1Encodable[] {
                              CMSAttributes.signingTime, new DERSet(new DERGeneralizedTime(time))
                            }));
                  } else {
                    v.add(a);
                  }
                }
                return new DERSet(v);
              });
      assertEquals(EnvelopeFailure.UNEXPECTED_SIGNED_ATTRIBUTES, failure(envelope), time);
    }
  }

  @Test
  void signingCertificateOfAnotherCertificate_isRefused_evenWhenCorrectlySigned() throws Exception {
    byte[] otherCertificate =
        SignFixtures.pki().certificateDer(SignFixtures.VIA_SUB).toByteArray();
    byte[] otherValue = CertificateInfo.of(otherCertificate).signingCertificateV2;
    byte[] envelope =
        resignWithAttributes(
            attributes -> {
              ASN1EncodableVector v = new ASN1EncodableVector();
              for (ASN1Encodable a : attributes) {
                ASN1Sequence attribute = (ASN1Sequence) a;
                if (attribute
                    .getObjectAt(0)
                    .equals(org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers.id_aa_signingCertificateV2)) {
                  v.add(
                      new DERSequence(
                          new ASN1Encodable[] {
                            attribute.getObjectAt(0),
                            new DERSet(org.bouncycastle.asn1.ASN1Sequence.getInstance(otherValue))
                          }));
                } else {
                  v.add(a);
                }
              }
              return new DERSet(v);
            });
    assertEquals(EnvelopeFailure.SIGNER_CERTIFICATE_MISMATCH, failure(envelope));
  }

  @Test
  void unsortedSignedAttributes_areRefused_evenWhenCorrectlySigned() throws Exception {
    // [0] IMPLICIT over a SEQUENCE encodes exactly as an unsorted SET would
    Signer signer = SignFixtures.signer(ALG);
    byte[] envelope =
        editSignerInfo(
            good(),
            f -> {
              ASN1Set attributes = ASN1Set.getInstance((ASN1TaggedObject) f[3], false);
              ASN1EncodableVector v = new ASN1EncodableVector();
              for (int i = attributes.size() - 1; i >= 0; i--) {
                v.add(attributes.getObjectAt(i));
              }
              try {
                byte[] signed = new DERSequence(v).getEncoded("DER");
                signed[0] = 0x31;
                f[3] = new DERTaggedObject(false, 0, new DERSequence(v));
                f[5] = new DEROctetString(signer.sign(signed));
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
              return f;
            });
    assertEquals(EnvelopeFailure.UNEXPECTED_SIGNED_ATTRIBUTES, failure(envelope));
  }

  @Test
  void detachedContent_isRefused() throws Exception {
    byte[] envelope =
        editSignedData(
            good(),
            f -> {
              f[2] = new DERSequence(CMSObjectIdentifiers.data);
              return f;
            });
    assertEquals(EnvelopeFailure.UNEXPECTED_STRUCTURE, failure(envelope));
  }

  @Test
  void otherContentType_isRefused() throws Exception {
    byte[] envelope =
        editSignedData(
            good(),
            f -> {
              f[2] =
                  new DERSequence(
                      new ASN1Encodable[] {
                        CMSObjectIdentifiers.compressedData,
                        new DERTaggedObject(true, 0, new DEROctetString(SignFixtures.XML))
                      });
              return f;
            });
    assertEquals(EnvelopeFailure.UNEXPECTED_STRUCTURE, failure(envelope));
  }

  @Test
  void otherVersion_isRefused() throws Exception {
    byte[] envelope =
        editSignedData(
            good(),
            f -> {
              f[0] = new ASN1Integer(3);
              return f;
            });
    assertEquals(EnvelopeFailure.UNEXPECTED_STRUCTURE, failure(envelope));
  }

  @Test
  void otherDigestAlgorithms_areRefused() throws Exception {
    byte[] withTwo =
        editSignedData(
            good(),
            f -> {
              f[1] =
                  new DERSet(
                      new ASN1Encodable[] {
                        new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256),
                        new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha512)
                      });
              return f;
            });
    assertEquals(EnvelopeFailure.UNEXPECTED_STRUCTURE, failure(withTwo));
    byte[] withNullParameters =
        editSignerInfo(
            good(),
            f -> {
              f[2] =
                  new AlgorithmIdentifier(
                      NISTObjectIdentifiers.id_sha256, org.bouncycastle.asn1.DERNull.INSTANCE);
              return f;
            });
    assertEquals(EnvelopeFailure.UNSUPPORTED_ALGORITHM, failure(withNullParameters));
  }

  @Test
  void unknownSignatureAlgorithm_isUnsupported() throws Exception {
    byte[] envelope =
        editSignerInfo(
            good(),
            f -> {
              f[4] = new AlgorithmIdentifier(new ASN1ObjectIdentifier("1.2.840.10045.4.3.4"));
              return f;
            });
    assertEquals(EnvelopeFailure.UNSUPPORTED_ALGORITHM, failure(envelope));
  }

  @Test
  void signatureAlgorithmNotMatchingTheKey_isUnsupported() throws Exception {
    byte[] envelope =
        editSignerInfo(
            good(),
            f -> {
              f[4] =
                  org.bouncycastle.asn1.x509.AlgorithmIdentifier.getInstance(
                      SignatureAlgorithm.ECDSA_P384_SHA384.algorithmIdentifierDer().toByteArray());
              f[2] = new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha384);
              return f;
            });
    assertThrows(EnvelopeFormatException.class, () -> codec.parse(envelope));
  }

  @Test
  void notSignedData_isRefused() throws Exception {
    byte[] envelope =
        new DERSequence(
                new ASN1Encodable[] {
                  CMSObjectIdentifiers.data,
                  new DERTaggedObject(true, 0, new DEROctetString(SignFixtures.XML))
                })
            .getEncoded("DER");
    assertEquals(EnvelopeFailure.UNEXPECTED_STRUCTURE, failure(envelope));
  }

  @Test
  void envelopeFromAnotherSigner_withSwappedCertificate_isRefused() throws Exception {
    // the envelope claims the Ed25519 signer's certificate but keeps the P-256 signer's sid
    byte[] other =
        SignFixtures.pki().certificateDer(SignFixtures.name(SignatureAlgorithm.ED25519)).toByteArray();
    byte[] envelope =
        editSignedData(
            good(),
            f -> {
              f[3] =
                  new DERTaggedObject(
                      false, 0, new DERSet(org.bouncycastle.asn1.x509.Certificate.getInstance(other)));
              return f;
            });
    assertEquals(EnvelopeFailure.UNEXPECTED_CERTIFICATES, failure(envelope));
  }

  // -------------------------------------------------------------------------------------------

  static byte[] editSignedData(byte[] envelope, UnaryOperator<ASN1Encodable[]> edit)
      throws Exception {
    return editSignedData(envelope, edit, "DER");
  }

  static byte[] editSignedData(
      byte[] envelope, UnaryOperator<ASN1Encodable[]> edit, String encoding) throws Exception {
    ASN1Sequence contentInfo = ASN1Sequence.getInstance(envelope);
    ASN1Sequence signedData =
        ASN1Sequence.getInstance(
            ((ASN1TaggedObject) contentInfo.getObjectAt(1)).getExplicitBaseObject());
    ASN1Encodable[] fields = edit.apply(signedData.toArray());
    return new DERSequence(
            new ASN1Encodable[] {
              contentInfo.getObjectAt(0), new DERTaggedObject(true, 0, new DERSequence(fields))
            })
        .getEncoded(encoding);
  }

  static byte[] editSignerInfo(byte[] envelope, UnaryOperator<ASN1Encodable[]> edit)
      throws Exception {
    return editSignedData(
        envelope,
        f -> {
          ASN1Sequence info = (ASN1Sequence) ((ASN1Set) f[4]).getObjectAt(0);
          f[4] = new DERSet(new DERSequence(edit.apply(info.toArray())));
          return f;
        });
  }

  /** Replaces the signed attributes and signs them with the real key. */
  private static byte[] resignWithAttributes(UnaryOperator<ASN1Set> edit) throws Exception {
    Signer signer = SignFixtures.signer(ALG);
    return editSignerInfo(
        good(),
        f -> {
          ASN1Set attributes = ASN1Set.getInstance((ASN1TaggedObject) f[3], false);
          ASN1Set edited = edit.apply(attributes);
          try {
            f[3] = new DERTaggedObject(false, 0, edited);
            byte[] signed = edited.getEncoded(edited instanceof DERSet ? "DER" : "BER");
            f[5] = new DEROctetString(signer.sign(signed));
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
          return f;
        });
  }
}
