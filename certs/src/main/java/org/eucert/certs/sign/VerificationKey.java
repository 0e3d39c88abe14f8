/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.sign;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigInteger;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.engines.RSABlindedEngine;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.crypto.signers.PSSSigner;
import org.bouncycastle.crypto.signers.StandardDSAEncoding;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.eucert.core.model.Bytes;

/**
 * A public key decoded once (for example when a trust list is loaded) and reused for every
 * verification (ARCHITECTURE.md section 11: decoding a key per call costs as much as the verify).
 * Verification uses Bouncy Castle's lightweight API: one signature verification per call, no JCA
 * provider look-up, no certificate decoding.
 *
 * <p>Immutable and thread-safe. Holds public material only.
 *
 * @since 0.1
 */
public final class VerificationKey {
  private final SignatureAlgorithm algorithm;
  private final AsymmetricKeyParameter key;
  private final int keySizeBits;

  private VerificationKey(SignatureAlgorithm algorithm, AsymmetricKeyParameter key, int bits) {
    this.algorithm = algorithm;
    this.key = key;
    this.keySizeBits = bits;
  }

  /**
   * The key of a DER X.509 certificate.
   *
   * @throws EnvelopeFormatException BAD_CERTIFICATE if the bytes are not a DER certificate,
   *     UNSUPPORTED_ALGORITHM if its key is outside ARCHITECTURE.md section 6
   */
  public static VerificationKey of(Bytes certificateDer) throws EnvelopeFormatException {
    checkNotNull(certificateDer, "certificateDer");
    Certificate certificate = Der.certificate(certificateDer.toByteArray());
    return fromSubjectPublicKeyInfo(certificate.getSubjectPublicKeyInfo());
  }

  /** The key of a certificate. */
  public static VerificationKey of(X509Certificate certificate) throws EnvelopeFormatException {
    checkNotNull(certificate, "certificate");
    try {
      return of(Bytes.copyOf(certificate.getEncoded()));
    } catch (CertificateEncodingException e) {
      throw new EnvelopeFormatException(
          EnvelopeFailure.BAD_CERTIFICATE, "the certificate cannot be encoded: " + e.getMessage(), e);
    }
  }

  static VerificationKey fromSubjectPublicKeyInfo(SubjectPublicKeyInfo spki)
      throws EnvelopeFormatException {
    SignatureAlgorithm algorithm = algorithmOf(spki);
    AsymmetricKeyParameter key;
    try {
      key = PublicKeyFactory.createKey(spki);
    } catch (Exception | StackOverflowError | OutOfMemoryError e) {
      throw new EnvelopeFormatException(
          EnvelopeFailure.BAD_CERTIFICATE,
          "the " + algorithm + " public key cannot be decoded: " + e.getClass().getSimpleName(),
          e);
    }
    int bits;
    if (key instanceof RSAKeyParameters rsa) {
      bits = rsa.getModulus().bitLength();
      if (bits < SignatureAlgorithm.MIN_RSA_BITS) {
        throw new EnvelopeFormatException(
            EnvelopeFailure.UNSUPPORTED_ALGORITHM,
            "RSA key of " + bits + " bits; at least " + SignatureAlgorithm.MIN_RSA_BITS + " needed");
      }
      if (!rsa.getExponent().testBit(0) || rsa.getExponent().compareTo(BigInteger.ONE) <= 0) {
        throw new EnvelopeFormatException(
            EnvelopeFailure.BAD_CERTIFICATE, "RSA public exponent is not an odd number above 1");
      }
    } else if (key instanceof ECPublicKeyParameters ec) {
      bits = ec.getParameters().getCurve().getFieldSize();
    } else if (key instanceof Ed25519PublicKeyParameters) {
      bits = 256;
    } else {
      throw new EnvelopeFormatException(
          EnvelopeFailure.UNSUPPORTED_ALGORITHM, "unexpected key " + key.getClass().getSimpleName());
    }
    if (key.isPrivate()) {
      throw new AssertionError("a public key factory returned a private key");
    }
    return new VerificationKey(algorithm, key, bits);
  }

  /** The algorithm the key is for, from its type and curve. */
  static SignatureAlgorithm algorithmOf(SubjectPublicKeyInfo spki) throws EnvelopeFormatException {
    ASN1ObjectIdentifier type = spki.getAlgorithm().getAlgorithm();
    if (X9ObjectIdentifiers.id_ecPublicKey.equals(type)) {
      Object curve = spki.getAlgorithm().getParameters();
      if (SECObjectIdentifiers.secp256r1.equals(curve)) {
        return SignatureAlgorithm.ECDSA_P256_SHA256;
      }
      if (SECObjectIdentifiers.secp384r1.equals(curve)) {
        return SignatureAlgorithm.ECDSA_P384_SHA384;
      }
      throw new EnvelopeFormatException(
          EnvelopeFailure.UNSUPPORTED_ALGORITHM,
          "EC key on curve " + curve + "; only named curves P-256 and P-384 are accepted");
    }
    if (EdECObjectIdentifiers.id_Ed25519.equals(type) && spki.getAlgorithm().getParameters() == null) {
      return SignatureAlgorithm.ED25519;
    }
    if (PKCSObjectIdentifiers.rsaEncryption.equals(type)) {
      return SignatureAlgorithm.RSA_PSS_SHA256;
    }
    throw new EnvelopeFormatException(
        EnvelopeFailure.UNSUPPORTED_ALGORITHM, "key type " + type + " is not accepted");
  }

  /** The algorithm this key verifies. */
  public SignatureAlgorithm algorithm() {
    return algorithm;
  }

  /** The key size: the curve's field size, 256 for Ed25519, the RSA modulus length. */
  public int keySizeBits() {
    return keySizeBits;
  }

  /**
   * Whether {@code signature} is a valid signature over {@code data} with {@code algorithm}: false
   * for any malformed signature or an algorithm this key is not for. Never throws.
   */
  public boolean verify(SignatureAlgorithm algorithm, byte[] data, byte[] signature) {
    checkNotNull(algorithm, "algorithm");
    checkNotNull(data, "data");
    checkNotNull(signature, "signature");
    if (algorithm != this.algorithm) {
      return false;
    }
    try {
      switch (algorithm) {
        case ECDSA_P256_SHA256:
        case ECDSA_P384_SHA384:
          ECPublicKeyParameters ec = (ECPublicKeyParameters) key;
          BigInteger n = ec.getParameters().getN();
          BigInteger[] rs = StandardDSAEncoding.INSTANCE.decode(n, signature);
          ECDSASigner ecdsa = new ECDSASigner();
          ecdsa.init(false, ec);
          return ecdsa.verifySignature(algorithm.digest().digest(data), rs[0], rs[1]);
        case ED25519:
          Ed25519Signer ed = new Ed25519Signer();
          ed.init(false, key);
          ed.update(data, 0, data.length);
          return ed.verifySignature(signature);
        case RSA_PSS_SHA256:
          PSSSigner pss =
              new PSSSigner(new RSABlindedEngine(), new SHA256Digest(), new SHA256Digest(), 32);
          pss.init(false, key);
          pss.update(data, 0, data.length);
          return pss.verifySignature(signature);
        default:
          return false;
      }
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      return false;
    } catch (java.io.IOException e) {
      return false;
    }
  }

  @Override
  public String toString() {
    return "VerificationKey[" + algorithm + ", " + keySizeBits + " bits]";
  }
}
