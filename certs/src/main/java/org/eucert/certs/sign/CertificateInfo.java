/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.sign;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.asn1.x509.Certificate;
import org.eucert.core.model.Bytes;

/**
 * A certificate checked once (DER all the way down, an X.509 structure) with the parts an envelope
 * refers to, pre-encoded: issuer, serial, subject, and the signing-certificate-v2 attribute value.
 * Immutable. Package-private.
 */
final class CertificateInfo {
  final byte[] der;
  final Certificate certificate;
  final byte[] issuer;
  final byte[] serial;
  final byte[] subject;
  /** The key's algorithm, or null if the key is outside ARCHITECTURE.md section 6. */
  final SignatureAlgorithm keyAlgorithm;
  final String keyProblem;
  /** SigningCertificateV2 ::= SEQUENCE { SEQUENCE { ESSCertIDv2 } }, DER. */
  final byte[] signingCertificateV2;

  private CertificateInfo(byte[] der) throws EnvelopeFormatException {
    this.der = der;
    this.certificate = Der.certificate(der);
    this.issuer = EnvelopeLayout.encode(certificate.getIssuer());
    this.serial = EnvelopeLayout.encode(certificate.getSerialNumber());
    this.subject = EnvelopeLayout.encode(certificate.getSubject());
    SignatureAlgorithm algorithm = null;
    String problem = null;
    try {
      algorithm = VerificationKey.algorithmOf(certificate.getSubjectPublicKeyInfo());
    } catch (EnvelopeFormatException e) {
      problem = e.getMessage();
    }
    this.keyAlgorithm = algorithm;
    this.keyProblem = problem;
    // ESSCertIDv2: hashAlgorithm omitted (DEFAULT id-sha256), certHash, issuerSerial
    byte[] generalNames = DerWriter.tlv(0x30, DerWriter.tlv(0xa4, issuer));
    byte[] issuerSerial = DerWriter.tlv(0x30, generalNames, serial);
    byte[] essCertIdV2 =
        DerWriter.tlv(0x30, DerWriter.tlv(0x04, DigestAlgorithm.SHA256.digest(der)), issuerSerial);
    this.signingCertificateV2 = DerWriter.tlv(0x30, DerWriter.tlv(0x30, essCertIdV2));
  }

  static CertificateInfo of(byte[] der) throws EnvelopeFormatException {
    return new CertificateInfo(der);
  }

  /**
   * A bounded memo of certificates already checked: the same signers sign many documents, and
   * checking a certificate costs as much as the rest of a parse. Keyed by the full DER, so a hit is
   * the very same bytes. Thread-safe.
   */
  static final class Cache {
    private static final int MAX_ENTRIES = 1024;
    private final ConcurrentHashMap<Bytes, CertificateInfo> entries = new ConcurrentHashMap<>();

    CertificateInfo get(Tlv element) throws EnvelopeFormatException {
      byte[] der = element.bytes();
      Bytes key = Bytes.copyOf(der);
      CertificateInfo info = entries.get(key);
      if (info == null) {
        info = of(der);
        if (entries.size() >= MAX_ENTRIES) {
          entries.clear();
        }
        entries.put(key, info);
      }
      return info;
    }
  }

  boolean issuedBy(CertificateInfo other) {
    return Arrays.equals(issuer, other.subject);
  }

  boolean selfIssued() {
    return Arrays.equals(issuer, subject);
  }
}
