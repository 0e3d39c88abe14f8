/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.sign;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.ASN1UTCTime;
import org.bouncycastle.asn1.BERTags;
import org.bouncycastle.asn1.DERGeneralizedTime;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.DERUTCTime;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.eucert.core.model.Bytes;

/**
 * The one layout of our envelopes, written by {@link #envelope} and read by {@link #parse}. The
 * parser extracts the free parts (content, time, certificates, digest, signature), rebuilds the
 * envelope with the writer and requires byte equality: a single definition of the format.
 *
 * <p>Stateless; package-private.
 */
final class EnvelopeLayout {
  static final Instant MIN_TIME = Instant.parse("1950-01-01T00:00:00Z");
  static final Instant END_TIME = LocalDateTime.of(10000, 1, 1, 0, 0).toInstant(ZoneOffset.UTC);
  private static final Instant UTC_TIME_END = Instant.parse("2050-01-01T00:00:00Z");

  private static final ASN1ObjectIdentifier SIGNING_CERTIFICATE_V2 =
      PKCSObjectIdentifiers.id_aa_signingCertificateV2;
  private static final ASN1Integer V1 = new ASN1Integer(1);

  private static final DateTimeFormatter UTC_TIME =
      DateTimeFormatter.ofPattern("uuMMddHHmmss'Z'", Locale.ROOT)
          .withZone(ZoneOffset.UTC)
          .withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter GENERALIZED_TIME =
      DateTimeFormatter.ofPattern("uuuuMMddHHmmss'Z'", Locale.ROOT)
          .withZone(ZoneOffset.UTC)
          .withResolverStyle(ResolverStyle.STRICT);

  private EnvelopeLayout() {}

  /** The DER of the signed attributes as signed: a SET OF Attribute (tag 0x31). */
  static byte[] signedAttributes(Instant signingTime, byte[] messageDigest, Certificate signer) {
    ASN1EncodableVector attributes = new ASN1EncodableVector(4);
    attributes.add(attribute(CMSAttributes.contentType, CMSObjectIdentifiers.data));
    attributes.add(attribute(CMSAttributes.messageDigest, new DEROctetString(messageDigest)));
    attributes.add(attribute(CMSAttributes.signingTime, time(signingTime)));
    attributes.add(attribute(SIGNING_CERTIFICATE_V2, signingCertificateV2(signer)));
    return encode(new DERSet(attributes));
  }

  private static DERSequence attribute(ASN1ObjectIdentifier type, ASN1Encodable value) {
    return new DERSequence(new ASN1Encodable[] {type, new DERSet(value)});
  }

  /** UTCTime for 1950 to 2049, GeneralizedTime otherwise (RFC 5652 section 11.3), whole seconds. */
  static ASN1Primitive time(Instant t) {
    return t.isBefore(UTC_TIME_END)
        ? new DERUTCTime(UTC_TIME.format(t))
        : new DERGeneralizedTime(GENERALIZED_TIME.format(t));
  }

  /** SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2 } with one ESSCertIDv2. */
  private static DERSequence signingCertificateV2(Certificate signer) {
    // ESSCertIDv2: hashAlgorithm omitted (DEFAULT id-sha256, so DER omits it), certHash, issuerSerial
    DERSequence issuerSerial =
        new DERSequence(
            new ASN1Encodable[] {
              new GeneralNames(new GeneralName(signer.getIssuer())), signer.getSerialNumber()
            });
    DERSequence essCertIdV2 =
        new DERSequence(
            new ASN1Encodable[] {
              new DEROctetString(DigestAlgorithm.SHA256.digest(encode(signer))), issuerSerial
            });
    return new DERSequence(new DERSequence(essCertIdV2));
  }

  /** The ContentInfo holding the SignedData. */
  static DERSequence envelope(
      SignatureAlgorithm algorithm,
      byte[] content,
      byte[] signedAttributes,
      List<Certificate> chain,
      byte[] signature) {
    Certificate signer = chain.get(0);
    ASN1Set attributes = (ASN1Set) parseDer(signedAttributes);
    DERSequence signerInfo =
        new DERSequence(
            new ASN1Encodable[] {
              V1,
              new DERSequence(new ASN1Encodable[] {signer.getIssuer(), signer.getSerialNumber()}),
              algorithm.digestIdentifier(),
              new DERTaggedObject(false, 0, attributes),
              algorithm.algorithmIdentifier(),
              new DEROctetString(signature)
            });
    DERSequence encapsulated =
        new DERSequence(
            new ASN1Encodable[] {
              CMSObjectIdentifiers.data, new DERTaggedObject(true, 0, new DEROctetString(content))
            });
    DERSequence signedData =
        new DERSequence(
            new ASN1Encodable[] {
              V1,
              new DERSet(algorithm.digestIdentifier()),
              encapsulated,
              new DERTaggedObject(false, 0, new DERSet(chain.toArray(new ASN1Encodable[0]))),
              new DERSet(signerInfo)
            });
    return new DERSequence(
        new ASN1Encodable[] {
          CMSObjectIdentifiers.signedData, new DERTaggedObject(true, 0, signedData)
        });
  }

  static byte[] encode(ASN1Encodable value) {
    try {
      return value.toASN1Primitive().getEncoded(ASN1Encoding.DER);
    } catch (IOException e) {
      throw new IllegalStateException("DER encoding failed", e);
    }
  }

  private static ASN1Primitive parseDer(byte[] der) {
    try (ASN1InputStream in = new ASN1InputStream(der)) {
      return in.readObject();
    } catch (IOException e) {
      throw new IllegalStateException("our own DER does not parse", e);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // parsing

  static ParsedEnvelope parse(byte[] envelope) throws EnvelopeFormatException {
    Der.checkTlv(envelope, "the envelope");
    ASN1Primitive root;
    try (ASN1InputStream in = new ASN1InputStream(envelope)) {
      root = in.readObject();
    } catch (IOException | RuntimeException e) {
      throw new EnvelopeFormatException(
          EnvelopeFailure.NOT_DER, "the envelope is not valid ASN.1: " + e.getMessage(), e);
    }

    ASN1Sequence contentInfo = sequence(root, "ContentInfo");
    expectSize(contentInfo, 2, "ContentInfo");
    expectOid(contentInfo.getObjectAt(0), CMSObjectIdentifiers.signedData, "ContentInfo contentType");
    ASN1Sequence signedData = sequence(explicit0(contentInfo.getObjectAt(1), "ContentInfo content"), "SignedData");

    // SignedData ::= version, digestAlgorithms, encapContentInfo, [0] certificates, [1] crls, signerInfos
    int n = signedData.size();
    for (int i = 3; i < n; i++) {
      ASN1Encodable e = signedData.getObjectAt(i);
      if (e instanceof ASN1TaggedObject t && t.getTagClass() == BERTags.CONTEXT_SPECIFIC && t.getTagNo() == 1) {
        throw new EnvelopeFormatException(EnvelopeFailure.UNEXPECTED_CRLS, "the SignedData carries CRLs");
      }
    }
    if (n != 5) {
      if (n == 4) {
        throw new EnvelopeFormatException(
            EnvelopeFailure.UNEXPECTED_CERTIFICATES, "the SignedData carries no certificates");
      }
      throw structure("SignedData has " + n + " fields; 5 expected");
    }
    expectInteger(signedData.getObjectAt(0), 1, "SignedData version");
    ASN1Set signerInfos = set(signedData.getObjectAt(4), "SignerInfos");
    if (signerInfos.size() != 1) {
      throw new EnvelopeFormatException(
          EnvelopeFailure.SIGNER_INFO_COUNT,
          "the SignedData has " + signerInfos.size() + " SignerInfos; exactly one expected");
    }
    ASN1Sequence signerInfo = sequence(signerInfos.getObjectAt(0), "SignerInfo");
    if (signerInfo.size() == 7) {
      throw new EnvelopeFormatException(
          EnvelopeFailure.UNSIGNED_ATTRIBUTES, "the SignerInfo carries unsigned attributes");
    }
    expectSize(signerInfo, 6, "SignerInfo");
    expectInteger(signerInfo.getObjectAt(0), 1, "SignerInfo version");

    AlgorithmIdentifier signatureId = algorithmIdentifier(signerInfo.getObjectAt(4), "signatureAlgorithm");
    SignatureAlgorithm algorithm =
        SignatureAlgorithm.fromIdentifier(signatureId)
            .orElseThrow(
                () ->
                    new EnvelopeFormatException(
                        EnvelopeFailure.UNSUPPORTED_ALGORITHM,
                        "signature algorithm " + signatureId.getAlgorithm() + " with these parameters is not accepted"));
    AlgorithmIdentifier digestId = algorithmIdentifier(signerInfo.getObjectAt(2), "digestAlgorithm");
    if (!digestId.equals(algorithm.digestIdentifier())) {
      throw new EnvelopeFormatException(
          EnvelopeFailure.UNSUPPORTED_ALGORITHM,
          "digest algorithm " + digestId.getAlgorithm() + " does not go with " + algorithm);
    }
    ASN1Set digestAlgorithms = set(signedData.getObjectAt(1), "digestAlgorithms");
    if (digestAlgorithms.size() != 1
        || !algorithm.digestIdentifier().equals(digestAlgorithms.getObjectAt(0).toASN1Primitive())) {
      throw structure("digestAlgorithms is not exactly the signer's digest algorithm");
    }

    // encapContentInfo ::= SEQUENCE { id-data, [0] EXPLICIT OCTET STRING }
    ASN1Sequence encapsulated = sequence(signedData.getObjectAt(2), "EncapsulatedContentInfo");
    if (encapsulated.size() == 1) {
      throw structure("the content is detached; it must be encapsulated");
    }
    expectSize(encapsulated, 2, "EncapsulatedContentInfo");
    expectOid(encapsulated.getObjectAt(0), CMSObjectIdentifiers.data, "eContentType");
    byte[] content = octets(explicit0(encapsulated.getObjectAt(1), "eContent"), "eContent");

    // certificates
    ASN1Encodable certificatesField = signedData.getObjectAt(3);
    if (!(certificatesField instanceof ASN1TaggedObject certificatesTag)
        || certificatesTag.getTagClass() != BERTags.CONTEXT_SPECIFIC
        || certificatesTag.getTagNo() != 0) {
      throw new EnvelopeFormatException(
          EnvelopeFailure.UNEXPECTED_CERTIFICATES, "the SignedData carries no certificates");
    }
    ASN1Set certificateSet;
    try {
      certificateSet = ASN1Set.getInstance(certificatesTag, false);
    } catch (RuntimeException e) {
      throw new EnvelopeFormatException(
          EnvelopeFailure.UNEXPECTED_CERTIFICATES, "certificates is not a SET OF Certificate", e);
    }
    List<Certificate> certificates = new ArrayList<>(certificateSet.size());
    for (ASN1Encodable e : certificateSet) {
      if (!(e instanceof ASN1Sequence)) {
        throw new EnvelopeFormatException(
            EnvelopeFailure.UNEXPECTED_CERTIFICATES, "certificates holds something other than an X.509 certificate");
      }
      try {
        certificates.add(Certificate.getInstance(e));
      } catch (RuntimeException ex) {
        throw new EnvelopeFormatException(
            EnvelopeFailure.BAD_CERTIFICATE, "a certificate cannot be decoded: " + ex.getMessage(), ex);
      }
    }

    // sid ::= IssuerAndSerialNumber
    ASN1Sequence sid = sequence(signerInfo.getObjectAt(1), "SignerIdentifier");
    expectSize(sid, 2, "IssuerAndSerialNumber");
    Certificate signer = null;
    for (Certificate c : certificates) {
      if (c.getIssuer().toASN1Primitive().equals(sid.getObjectAt(0).toASN1Primitive())
          && c.getSerialNumber().toASN1Primitive().equals(sid.getObjectAt(1).toASN1Primitive())) {
        signer = c;
        break;
      }
    }
    if (signer == null) {
      throw new EnvelopeFormatException(
          EnvelopeFailure.UNEXPECTED_CERTIFICATES, "the signer's certificate is not among the certificates");
    }
    List<Certificate> chain = chain(signer, certificates);
    SignatureAlgorithm keyAlgorithm =
        VerificationKey.algorithmOf(signer.getSubjectPublicKeyInfo());
    if (keyAlgorithm != algorithm) {
      throw new EnvelopeFormatException(
          EnvelopeFailure.UNSUPPORTED_ALGORITHM,
          "the signer's key is for " + keyAlgorithm + ", the signature is " + algorithm);
    }

    // signed attributes
    ASN1Encodable attributesField = signerInfo.getObjectAt(3);
    if (!(attributesField instanceof ASN1TaggedObject attributesTag)
        || attributesTag.getTagClass() != BERTags.CONTEXT_SPECIFIC
        || attributesTag.getTagNo() != 0) {
      throw new EnvelopeFormatException(
          EnvelopeFailure.UNEXPECTED_SIGNED_ATTRIBUTES, "the SignerInfo has no signed attributes");
    }
    ASN1Set attributes;
    try {
      attributes = ASN1Set.getInstance(attributesTag, false);
    } catch (RuntimeException e) {
      throw new EnvelopeFormatException(
          EnvelopeFailure.UNEXPECTED_SIGNED_ATTRIBUTES, "signed attributes are not a SET", e);
    }
    byte[] messageDigest = null;
    Instant signingTime = null;
    boolean contentType = false;
    boolean signingCertificate = false;
    if (attributes.size() != 4) {
      throw attributesFailure("there are " + attributes.size() + " signed attributes; 4 expected");
    }
    for (ASN1Encodable a : attributes) {
      ASN1Sequence attribute = sequence(a, "Attribute");
      expectSize(attribute, 2, "Attribute");
      if (!(attribute.getObjectAt(0) instanceof ASN1ObjectIdentifier type)) {
        throw attributesFailure("an attribute type is not an OID");
      }
      ASN1Set values = set(attribute.getObjectAt(1), "attribute values");
      if (values.size() != 1) {
        throw attributesFailure("attribute " + type + " has " + values.size() + " values; 1 expected");
      }
      ASN1Encodable value = values.getObjectAt(0);
      if (type.equals(CMSAttributes.contentType) && !contentType) {
        expectOid(value, CMSObjectIdentifiers.data, "content-type attribute");
        contentType = true;
      } else if (type.equals(CMSAttributes.messageDigest) && messageDigest == null) {
        messageDigest = octets(value, "message-digest attribute");
        if (messageDigest.length != algorithm.digest().length()) {
          throw attributesFailure(
              "message digest of " + messageDigest.length + " bytes; " + algorithm.digest() + " has " + algorithm.digest().length());
        }
      } else if (type.equals(CMSAttributes.signingTime) && signingTime == null) {
        signingTime = time(value);
      } else if (type.equals(SIGNING_CERTIFICATE_V2) && !signingCertificate) {
        signingCertificate = true;
      } else {
        throw attributesFailure("unexpected or repeated signed attribute " + type);
      }
    }
    if (!contentType || messageDigest == null || signingTime == null || !signingCertificate) {
      throw attributesFailure("a signed attribute is missing");
    }
    byte[] signedAttributes = signedAttributes(signingTime, messageDigest, signer);
    byte[] signedAttributesRead = encode(attributes);
    if (!Arrays.equals(signedAttributes, signedAttributesRead)) {
      throw new EnvelopeFormatException(
          EnvelopeFailure.SIGNER_CERTIFICATE_MISMATCH,
          "the signing-certificate-v2 attribute is not the ESSCertIDv2 of the signer's certificate, or the attributes are not in canonical form");
    }
    byte[] signature = octets(signerInfo.getObjectAt(5), "signature");

    byte[] rebuilt = encode(envelope(algorithm, content, signedAttributes, chain, signature));
    if (!Arrays.equals(rebuilt, envelope)) {
      throw new EnvelopeFormatException(
          EnvelopeFailure.NOT_DER,
          "the envelope differs from the canonical DER of its own parts at offset " + Arrays.mismatch(rebuilt, envelope));
    }
    List<Bytes> chainDer = new ArrayList<>(chain.size());
    for (Certificate c : chain) {
      chainDer.add(Bytes.copyOf(encode(c)));
    }
    return new ParsedEnvelope(
        content, signingTime, algorithm, chainDer, signer, messageDigest, signedAttributes, signature);
  }

  /** The chain from the signer: each next certificate is the previous one's issuer; all used. */
  private static List<Certificate> chain(Certificate signer, List<Certificate> certificates)
      throws EnvelopeFormatException {
    List<Certificate> remaining = new ArrayList<>(certificates);
    remaining.remove(signer);
    List<Certificate> chain = new ArrayList<>(certificates.size());
    chain.add(signer);
    Certificate current = signer;
    while (!remaining.isEmpty() && !current.getIssuer().equals(current.getSubject())) {
      Certificate next = null;
      for (Certificate c : remaining) {
        if (c.getSubject().equals(current.getIssuer())) {
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

  private static Instant time(ASN1Encodable value) throws EnvelopeFormatException {
    String text;
    DateTimeFormatter format;
    if (value instanceof ASN1UTCTime) {
      format = UTC_TIME;
    } else if (value instanceof ASN1GeneralizedTime) {
      format = GENERALIZED_TIME;
    } else {
      throw attributesFailure("signing-time is neither UTCTime nor GeneralizedTime");
    }
    byte[] der = encode(value);
    // short form length: a valid time is under 128 bytes
    if (der.length < 2 || der[1] < 0 || der[1] + 2 != der.length) {
      throw attributesFailure("signing-time has an unexpected length");
    }
    text = new String(der, 2, der.length - 2, StandardCharsets.US_ASCII);
    Instant t;
    try {
      if (format == UTC_TIME) {
        // RFC 5280 4.1.2.5.1 pivot: YY >= 50 is 19YY, otherwise 20YY
        if (text.length() != 13) {
          throw attributesFailure("signing-time UTCTime is not YYMMDDhhmmssZ");
        }
        int yy = Integer.parseInt(text.substring(0, 2));
        String full = (yy >= 50 ? "19" : "20") + text;
        t = LocalDateTime.parse(full, GENERALIZED_TIME).toInstant(ZoneOffset.UTC);
      } else {
        if (text.length() != 15) {
          throw attributesFailure("signing-time GeneralizedTime is not YYYYMMDDhhmmssZ");
        }
        t = LocalDateTime.parse(text, GENERALIZED_TIME).toInstant(ZoneOffset.UTC);
      }
    } catch (DateTimeParseException | NumberFormatException e) {
      throw attributesFailure("signing-time is not a valid time");
    }
    if (t.isBefore(MIN_TIME) || !t.isBefore(END_TIME) || !Arrays.equals(encode(time(t)), der)) {
      throw attributesFailure("signing-time is not in its canonical form (UTCTime for 1950 to 2049)");
    }
    return t;
  }

  private static ASN1Sequence sequence(ASN1Encodable e, String what) throws EnvelopeFormatException {
    if (e instanceof ASN1Sequence s) {
      return s;
    }
    throw structure(what + " is not a SEQUENCE");
  }

  private static ASN1Set set(ASN1Encodable e, String what) throws EnvelopeFormatException {
    if (e instanceof ASN1Set s) {
      return s;
    }
    throw structure(what + " is not a SET");
  }

  private static ASN1Primitive explicit0(ASN1Encodable e, String what) throws EnvelopeFormatException {
    if (e instanceof ASN1TaggedObject t
        && t.getTagClass() == BERTags.CONTEXT_SPECIFIC
        && t.getTagNo() == 0
        && t.isExplicit()) {
      return t.getExplicitBaseObject().toASN1Primitive();
    }
    throw structure(what + " is not an explicit [0]");
  }

  private static byte[] octets(ASN1Encodable e, String what) throws EnvelopeFormatException {
    if (e instanceof ASN1OctetString s) {
      return s.getOctets();
    }
    throw structure(what + " is not an OCTET STRING");
  }

  private static AlgorithmIdentifier algorithmIdentifier(ASN1Encodable e, String what)
      throws EnvelopeFormatException {
    ASN1Sequence s = sequence(e, what);
    if (s.size() < 1 || s.size() > 2 || !(s.getObjectAt(0) instanceof ASN1ObjectIdentifier)) {
      throw structure(what + " is not an AlgorithmIdentifier");
    }
    return AlgorithmIdentifier.getInstance(s);
  }

  private static void expectSize(ASN1Sequence s, int size, String what) throws EnvelopeFormatException {
    if (s.size() != size) {
      throw structure(what + " has " + s.size() + " fields; " + size + " expected");
    }
  }

  private static void expectOid(ASN1Encodable e, ASN1ObjectIdentifier oid, String what)
      throws EnvelopeFormatException {
    if (!oid.equals(e)) {
      throw structure(what + " is not " + oid);
    }
  }

  private static void expectInteger(ASN1Encodable e, int value, String what)
      throws EnvelopeFormatException {
    if (!(e instanceof ASN1Integer i) || !i.hasValue(value)) {
      throw structure(what + " is not " + value);
    }
  }

  private static EnvelopeFormatException structure(String message) {
    return new EnvelopeFormatException(EnvelopeFailure.UNEXPECTED_STRUCTURE, message);
  }

  private static EnvelopeFormatException attributesFailure(String message) {
    return new EnvelopeFormatException(EnvelopeFailure.UNEXPECTED_SIGNED_ATTRIBUTES, message);
  }
}
