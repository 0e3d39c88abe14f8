/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.sign;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.eucert.core.model.Bytes;

/**
 * The one layout of our envelopes, written by {@link #envelope} and read by {@link #parse}. The
 * parser walks the input by offsets, extracts the free parts (content, time, certificates, digest,
 * signature), rebuilds the envelope with the writer and requires byte equality: a single definition
 * of the format, and a parse that costs a few array copies beside the certificate checks (which are
 * memoised).
 *
 * <p>Stateless; package-private.
 */
final class EnvelopeLayout {
  static final Instant MIN_TIME = Instant.parse("1950-01-01T00:00:00Z");
  static final Instant END_TIME = LocalDateTime.of(10000, 1, 1, 0, 0).toInstant(ZoneOffset.UTC);
  private static final Instant UTC_TIME_END = Instant.parse("2050-01-01T00:00:00Z");

  private static final byte[] V1 = {0x02, 0x01, 0x01};
  private static final byte[] OID_DATA = encode(CMSObjectIdentifiers.data);
  private static final byte[] OID_SIGNED_DATA = encode(CMSObjectIdentifiers.signedData);
  private static final byte[] OID_CONTENT_TYPE = encode(CMSAttributes.contentType);
  private static final byte[] OID_MESSAGE_DIGEST = encode(CMSAttributes.messageDigest);
  private static final byte[] OID_SIGNING_TIME = encode(CMSAttributes.signingTime);
  private static final byte[] OID_SIGNING_CERTIFICATE_V2 =
      encode(PKCSObjectIdentifiers.id_aa_signingCertificateV2);

  private EnvelopeLayout() {}

  // ---------------------------------------------------------------------------------------------
  // writing

  /** The DER of the signed attributes as signed: a SET OF Attribute (tag 0x31). */
  static byte[] signedAttributes(Instant signingTime, byte[] messageDigest, CertificateInfo signer) {
    return DerWriter.setOf(
        attribute(OID_CONTENT_TYPE, OID_DATA),
        attribute(OID_MESSAGE_DIGEST, DerWriter.tlv(0x04, messageDigest)),
        attribute(OID_SIGNING_TIME, time(signingTime)),
        attribute(OID_SIGNING_CERTIFICATE_V2, signer.signingCertificateV2));
  }

  private static byte[] attribute(byte[] type, byte[] value) {
    return DerWriter.tlv(0x30, type, DerWriter.tlv(0x31, value));
  }

  /** UTCTime for 1950 to 2049, GeneralizedTime otherwise (RFC 5652 section 11.3), whole seconds. */
  static byte[] time(Instant t) {
    LocalDateTime d = LocalDateTime.ofEpochSecond(t.getEpochSecond(), 0, ZoneOffset.UTC);
    boolean utc = t.isBefore(UTC_TIME_END);
    StringBuilder s = new StringBuilder(15);
    if (utc) {
      two(s, d.getYear() % 100);
    } else {
      two(s, d.getYear() / 100);
      two(s, d.getYear() % 100);
    }
    two(s, d.getMonthValue());
    two(s, d.getDayOfMonth());
    two(s, d.getHour());
    two(s, d.getMinute());
    two(s, d.getSecond());
    s.append('Z');
    return DerWriter.tlv(utc ? 0x17 : 0x18, s.toString().getBytes(StandardCharsets.US_ASCII));
  }

  private static void two(StringBuilder s, int value) {
    s.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
  }

  /** The ContentInfo holding the SignedData, DER. */
  static byte[] envelope(
      SignatureAlgorithm algorithm,
      byte[] content,
      byte[] signedAttributes,
      List<CertificateInfo> chain,
      byte[] signature) {
    CertificateInfo signer = chain.get(0);
    byte[] attributesImplicit = signedAttributes.clone();
    attributesImplicit[0] = (byte) 0xa0; // [0] IMPLICIT SET OF Attribute
    byte[] signerInfo =
        DerWriter.tlv(
            0x30,
            V1,
            DerWriter.tlv(0x30, signer.issuer, signer.serial),
            algorithm.digestIdentifierDer(),
            attributesImplicit,
            algorithm.algorithmIdentifierDerShared(),
            DerWriter.tlv(0x04, signature));
    byte[] encapsulated =
        DerWriter.tlv(0x30, OID_DATA, DerWriter.tlv(0xa0, DerWriter.tlv(0x04, content)));
    byte[][] certificates = new byte[chain.size()][];
    for (int i = 0; i < certificates.length; i++) {
      certificates[i] = chain.get(i).der;
    }
    byte[] certificateSet = DerWriter.setOf(certificates);
    certificateSet[0] = (byte) 0xa0; // [0] IMPLICIT CertificateSet
    byte[] signedData =
        DerWriter.tlv(
            0x30,
            V1,
            DerWriter.tlv(0x31, algorithm.digestIdentifierDer()),
            encapsulated,
            certificateSet,
            DerWriter.tlv(0x31, signerInfo));
    return DerWriter.tlv(0x30, OID_SIGNED_DATA, DerWriter.tlv(0xa0, signedData));
  }

  static byte[] encode(ASN1Encodable value) {
    try {
      return value.toASN1Primitive().getEncoded(ASN1Encoding.DER);
    } catch (IOException e) {
      throw new IllegalStateException("DER encoding failed", e);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // parsing

  static ParsedEnvelope parse(byte[] envelope, CertificateInfo.Cache cache)
      throws EnvelopeFormatException {
    Der.checkTlv(envelope, "the envelope");
    Tlv root = Tlv.read(envelope, 0, envelope.length);
    List<Tlv> contentInfo = children(root, 0x30, "ContentInfo");
    expectSize(contentInfo, 2, "ContentInfo");
    if (!contentInfo.get(0).is(OID_SIGNED_DATA)) {
      throw structure("ContentInfo contentType is not id-signedData");
    }
    List<Tlv> wrapper = children(contentInfo.get(1), 0xa0, "ContentInfo content");
    expectSize(wrapper, 1, "ContentInfo [0]");
    List<Tlv> signedData = children(wrapper.get(0), 0x30, "SignedData");

    // SignedData ::= version, digestAlgorithms, encapContentInfo, [0] certificates, [1] crls, signerInfos
    for (Tlv t : signedData) {
      if (t.tag == 0xa1 || t.tag == 0x81) {
        throw new EnvelopeFormatException(EnvelopeFailure.UNEXPECTED_CRLS, "the SignedData carries CRLs");
      }
    }
    int n = signedData.size();
    if (n == 4 && signedData.get(3).tag == 0x31) {
      throw new EnvelopeFormatException(
          EnvelopeFailure.UNEXPECTED_CERTIFICATES, "the SignedData carries no certificates");
    }
    expectSize(signedData, 5, "SignedData");
    if (!signedData.get(0).is(V1)) {
      throw structure("SignedData version is not 1");
    }
    List<Tlv> signerInfos = children(signedData.get(4), 0x31, "SignerInfos");
    if (signerInfos.size() != 1) {
      throw new EnvelopeFormatException(
          EnvelopeFailure.SIGNER_INFO_COUNT,
          "the SignedData has " + signerInfos.size() + " SignerInfos; exactly one expected");
    }
    List<Tlv> signerInfo = children(signerInfos.get(0), 0x30, "SignerInfo");
    if (signerInfo.size() == 7 && signerInfo.get(6).tag == 0xa1) {
      throw new EnvelopeFormatException(
          EnvelopeFailure.UNSIGNED_ATTRIBUTES, "the SignerInfo carries unsigned attributes");
    }
    expectSize(signerInfo, 6, "SignerInfo");
    if (!signerInfo.get(0).is(V1)) {
      throw structure("SignerInfo version is not 1");
    }
    SignatureAlgorithm algorithm = null;
    for (SignatureAlgorithm a : SignatureAlgorithm.values()) {
      if (signerInfo.get(4).is(a.algorithmIdentifierDerShared())) {
        algorithm = a;
      }
    }
    if (algorithm == null) {
      throw new EnvelopeFormatException(
          EnvelopeFailure.UNSUPPORTED_ALGORITHM,
          "the signature algorithm is none of ECDSA P-256/SHA-256, P-384/SHA-384, Ed25519, RSA-PSS/SHA-256 with our exact parameters");
    }
    if (!signerInfo.get(2).is(algorithm.digestIdentifierDer())) {
      throw new EnvelopeFormatException(
          EnvelopeFailure.UNSUPPORTED_ALGORITHM,
          "the digest algorithm is not " + algorithm.digest() + " (absent parameters) as " + algorithm + " needs");
    }
    if (!signedData.get(1).is(DerWriter.tlv(0x31, algorithm.digestIdentifierDer()))) {
      throw structure("digestAlgorithms is not exactly the signer's digest algorithm");
    }

    // encapContentInfo ::= SEQUENCE { id-data, [0] EXPLICIT OCTET STRING }
    List<Tlv> encapsulated = children(signedData.get(2), 0x30, "EncapsulatedContentInfo");
    if (encapsulated.size() == 1) {
      throw structure("the content is detached; it must be encapsulated");
    }
    expectSize(encapsulated, 2, "EncapsulatedContentInfo");
    if (!encapsulated.get(0).is(OID_DATA)) {
      throw structure("eContentType is not id-data");
    }
    List<Tlv> eContent = children(encapsulated.get(1), 0xa0, "eContent");
    expectSize(eContent, 1, "eContent");
    if (eContent.get(0).tag != 0x04) {
      throw new EnvelopeFormatException(
          EnvelopeFailure.NOT_DER, "eContent is not a primitive OCTET STRING");
    }
    byte[] content = eContent.get(0).value();

    // certificates [0] IMPLICIT SET OF Certificate
    Tlv certificatesField = signedData.get(3);
    if (certificatesField.tag != 0xa0) {
      throw new EnvelopeFormatException(
          EnvelopeFailure.UNEXPECTED_CERTIFICATES, "the SignedData carries no certificates");
    }
    List<CertificateInfo> certificates = new ArrayList<>(2);
    for (Tlv c : certificatesField.children()) {
      if (c.tag != 0x30) {
        throw new EnvelopeFormatException(
            EnvelopeFailure.UNEXPECTED_CERTIFICATES, "certificates holds something other than an X.509 certificate");
      }
      try {
        certificates.add(cache.get(c));
      } catch (EnvelopeFormatException e) {
        throw new EnvelopeFormatException(
            EnvelopeFailure.BAD_CERTIFICATE, "a certificate is not a DER X.509 certificate: " + e.getMessage(), e);
      }
    }

    // sid ::= IssuerAndSerialNumber
    List<Tlv> sid = children(signerInfo.get(1), 0x30, "IssuerAndSerialNumber");
    expectSize(sid, 2, "IssuerAndSerialNumber");
    CertificateInfo signer = null;
    for (CertificateInfo c : certificates) {
      if (sid.get(0).is(c.issuer) && sid.get(1).is(c.serial)) {
        signer = c;
        break;
      }
    }
    if (signer == null) {
      throw new EnvelopeFormatException(
          EnvelopeFailure.UNEXPECTED_CERTIFICATES, "the signer's certificate is not among the certificates");
    }
    List<CertificateInfo> chain = chain(signer, certificates);
    if (signer.keyAlgorithm != algorithm) {
      throw new EnvelopeFormatException(
          EnvelopeFailure.UNSUPPORTED_ALGORITHM,
          signer.keyAlgorithm == null
              ? "the signer's key is not accepted: " + signer.keyProblem
              : "the signer's key is for " + signer.keyAlgorithm + ", the signature is " + algorithm);
    }

    // signed attributes
    Tlv attributesField = signerInfo.get(3);
    if (attributesField.tag != 0xa0) {
      throw new EnvelopeFormatException(
          EnvelopeFailure.UNEXPECTED_SIGNED_ATTRIBUTES, "the SignerInfo has no signed attributes");
    }
    List<Tlv> attributes = attributesField.children();
    if (attributes.size() != 4) {
      throw attributesFailure("there are " + attributes.size() + " signed attributes; 4 expected");
    }
    byte[] messageDigest = null;
    Instant signingTime = null;
    for (Tlv a : attributes) {
      List<Tlv> attribute = children(a, 0x30, "Attribute");
      expectSize(attribute, 2, "Attribute");
      List<Tlv> values = children(attribute.get(1), 0x31, "attribute values");
      if (values.size() != 1) {
        throw attributesFailure("an attribute has " + values.size() + " values; 1 expected");
      }
      Tlv type = attribute.get(0);
      Tlv value = values.get(0);
      if (type.is(OID_MESSAGE_DIGEST) && messageDigest == null) {
        if (value.tag != 0x04 || value.valueLength() != algorithm.digest().length()) {
          throw attributesFailure("message-digest is not a " + algorithm.digest() + " OCTET STRING");
        }
        messageDigest = value.value();
      } else if (type.is(OID_SIGNING_TIME) && signingTime == null) {
        signingTime = time(value);
      } else if (type.is(OID_SIGNING_CERTIFICATE_V2)) {
        if (!value.is(signer.signingCertificateV2)) {
          throw new EnvelopeFormatException(
              EnvelopeFailure.SIGNER_CERTIFICATE_MISMATCH,
              "signing-certificate-v2 is not the ESSCertIDv2 (SHA-256, issuer and serial) of the signer's certificate");
        }
      } else if (type.is(OID_CONTENT_TYPE)) {
        if (!value.is(OID_DATA)) {
          throw attributesFailure("content-type is not id-data");
        }
      } else {
        throw attributesFailure("unexpected or repeated signed attribute");
      }
    }
    if (messageDigest == null || signingTime == null) {
      throw attributesFailure("message-digest or signing-time is missing");
    }
    byte[] signedAttributes = signedAttributes(signingTime, messageDigest, signer);
    if (attributesField.end - attributesField.start != signedAttributes.length
        || !Arrays.equals(
            envelope, attributesField.start + 1, attributesField.end,
            signedAttributes, 1, signedAttributes.length)) {
      throw new EnvelopeFormatException(
          EnvelopeFailure.UNEXPECTED_SIGNED_ATTRIBUTES,
          "the signed attributes are not exactly content-type id-data, the message digest, the signing time "
              + "and the signing-certificate-v2 of the signer's certificate, in DER order");
    }
    Tlv signatureField = signerInfo.get(5);
    if (signatureField.tag != 0x04) {
      throw structure("the signature is not an OCTET STRING");
    }
    byte[] signature = signatureField.value();

    byte[] rebuilt = envelope(algorithm, content, signedAttributes, chain, signature);
    if (!Arrays.equals(rebuilt, envelope)) {
      throw new EnvelopeFormatException(
          EnvelopeFailure.NOT_DER,
          "the envelope differs from the canonical DER of its own parts at offset "
              + Arrays.mismatch(rebuilt, envelope));
    }
    List<Bytes> chainDer = new ArrayList<>(chain.size());
    for (CertificateInfo c : chain) {
      chainDer.add(Bytes.copyOf(c.der));
    }
    return new ParsedEnvelope(
        content,
        signingTime,
        algorithm,
        chainDer,
        signer.certificate,
        messageDigest,
        signedAttributes,
        signature);
  }

  /** The chain from the signer: each next certificate is the previous one's issuer; all used. */
  private static List<CertificateInfo> chain(
      CertificateInfo signer, List<CertificateInfo> certificates) throws EnvelopeFormatException {
    List<CertificateInfo> remaining = new ArrayList<>(certificates);
    remaining.remove(signer);
    List<CertificateInfo> chain = new ArrayList<>(certificates.size());
    chain.add(signer);
    CertificateInfo current = signer;
    while (!remaining.isEmpty() && !current.selfIssued()) {
      CertificateInfo next = null;
      for (CertificateInfo c : remaining) {
        if (current.issuedBy(c)) {
          next = c;
          break;
        }
      }
      if (next == null) {
        break;
      }
      remaining.remove(next);
      chain.add(next);
      current = next;
    }
    if (!remaining.isEmpty()) {
      throw new EnvelopeFormatException(
          EnvelopeFailure.UNEXPECTED_CERTIFICATES,
          remaining.size() + " certificate(s) are not part of the signer's chain");
    }
    return chain;
  }

  /** The signing time; its canonical re-encoding must be the input (checked by the caller's rebuild). */
  private static Instant time(Tlv value) throws EnvelopeFormatException {
    int length = value.valueLength();
    boolean utc = value.tag == 0x17 && length == 13;
    boolean generalized = value.tag == 0x18 && length == 15;
    if (!utc && !generalized) {
      throw attributesFailure("signing-time is not YYMMDDhhmmssZ (UTCTime) or YYYYMMDDhhmmssZ (GeneralizedTime)");
    }
    byte[] in = value.in;
    int p = value.valueStart;
    if (in[value.end - 1] != 'Z') {
      throw attributesFailure("signing-time does not end in Z");
    }
    int[] digits = new int[length - 1];
    for (int i = 0; i < digits.length; i++) {
      int d = in[p + i] - '0';
      if (d < 0 || d > 9) {
        throw attributesFailure("signing-time has a non-digit");
      }
      digits[i] = d;
    }
    int i = 0;
    int year;
    if (utc) {
      int yy = digits[0] * 10 + digits[1];
      year = yy >= 50 ? 1900 + yy : 2000 + yy; // RFC 5280 4.1.2.5.1
      i = 2;
    } else {
      year = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3];
      i = 4;
    }
    try {
      Instant t =
          LocalDateTime.of(
                  year,
                  digits[i] * 10 + digits[i + 1],
                  digits[i + 2] * 10 + digits[i + 3],
                  digits[i + 4] * 10 + digits[i + 5],
                  digits[i + 6] * 10 + digits[i + 7],
                  digits[i + 8] * 10 + digits[i + 9])
              .toInstant(ZoneOffset.UTC);
      if (t.isBefore(MIN_TIME) || !value.is(time(t))) {
        throw attributesFailure("signing-time is not in its canonical form (UTCTime for 1950 to 2049)");
      }
      return t;
    } catch (DateTimeException e) {
      throw attributesFailure("signing-time is not a valid time");
    }
  }

  private static List<Tlv> children(Tlv t, int tag, String what) throws EnvelopeFormatException {
    if (t.tag != tag) {
      throw structure(what + " has tag 0x" + Integer.toHexString(t.tag) + "; 0x" + Integer.toHexString(tag) + " expected");
    }
    return t.children();
  }

  private static void expectSize(List<Tlv> s, int size, String what) throws EnvelopeFormatException {
    if (s.size() != size) {
      throw structure(what + " has " + s.size() + " fields; " + size + " expected");
    }
  }

  private static EnvelopeFormatException structure(String message) {
    return new EnvelopeFormatException(EnvelopeFailure.UNEXPECTED_STRUCTURE, message);
  }

  private static EnvelopeFormatException attributesFailure(String message) {
    return new EnvelopeFormatException(EnvelopeFailure.UNEXPECTED_SIGNED_ATTRIBUTES, message);
  }
}
