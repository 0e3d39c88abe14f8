/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.sign;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Certificate;
import org.eucert.core.model.Bytes;

/**
 * An envelope that passed {@link EnvelopeCodec#parse}: its content, signing time, algorithm and
 * certificates, and the means to check its signature. Parsing does not verify; {@link
 * #verify(VerificationKey)} does, with a key decoded once (ARCHITECTURE.md section 11).
 *
 * <p>Immutable and thread-safe (the signer's {@link X509Certificate} is decoded on first use).
 *
 * @since 0.1
 */
public final class ParsedEnvelope {
  private final byte[] content;
  private final Instant signingTime;
  private final SignatureAlgorithm algorithm;
  private final List<Bytes> chainDer;
  private final Certificate signer;
  private final byte[] messageDigest;
  private final byte[] signedAttributes;
  private final byte[] signature;
  private volatile X509Certificate signerCertificate;

  ParsedEnvelope(
      byte[] content,
      Instant signingTime,
      SignatureAlgorithm algorithm,
      List<Bytes> chainDer,
      Certificate signer,
      byte[] messageDigest,
      byte[] signedAttributes,
      byte[] signature) {
    this.content = content;
    this.signingTime = signingTime;
    this.algorithm = algorithm;
    this.chainDer = List.copyOf(chainDer);
    this.signer = signer;
    this.messageDigest = messageDigest;
    this.signedAttributes = signedAttributes;
    this.signature = signature;
  }

  /** The encapsulated content exactly as signed (a copy). */
  public byte[] content() {
    return content.clone();
  }

  /** The number of content bytes (no copy). */
  public int contentLength() {
    return content.length;
  }

  /** The signing-time signed attribute, whole seconds. */
  public Instant signingTime() {
    return signingTime;
  }

  /** The signature algorithm. */
  public SignatureAlgorithm algorithm() {
    return algorithm;
  }

  /** The signer's certificate, DER. */
  public Bytes signerCertificateDer() {
    return chainDer.get(0);
  }

  /**
   * The signer's certificate, decoded by the JDK on first call.
   *
   * @throws IllegalStateException if the JDK cannot decode a certificate the strict parser accepted
   */
  public X509Certificate signerCertificate() {
    X509Certificate c = signerCertificate;
    if (c == null) {
      try {
        c =
            (X509Certificate)
                CertificateFactoryHolder.get()
                    .generateCertificate(new ByteArrayInputStream(chainDer.get(0).toByteArray()));
      } catch (CertificateException | RuntimeException e) {
        throw new IllegalStateException("the signer's certificate cannot be decoded: " + e.getMessage(), e);
      }
      signerCertificate = c;
    }
    return c;
  }

  /** The certificates: the signer's first, then each one's issuer. */
  public List<Bytes> chainDer() {
    return chainDer;
  }

  /** The message-digest signed attribute (a copy). */
  public byte[] contentDigest() {
    return messageDigest.clone();
  }

  /**
   * Checks the message digest against the content, then the signature over the signed attributes
   * with {@code key}: one digest of the content and one signature verification, no certificate
   * decoding. Does not check the CA certificates in {@link #chainDer()}; the trust layer matches
   * them against trusted ones (see {@link #verifyChain(VerificationKey)}).
   */
  public SignatureCheck verify(VerificationKey key) {
    checkNotNull(key, "key");
    if (!MessageDigest.isEqual(algorithm.digest().digest(content), messageDigest)) {
      return SignatureCheck.HASH_FAILURE;
    }
    return key.verify(algorithm, signedAttributes, signature)
        ? SignatureCheck.VALID
        : SignatureCheck.SIG_CRYPTO_FAILURE;
  }

  /**
   * Convenience for one-off checks: decodes the signer certificate's key, then {@link
   * #verify(VerificationKey)}. A key that cannot be decoded gives {@link
   * SignatureCheck#SIG_CRYPTO_FAILURE}.
   */
  public SignatureCheck verify() {
    VerificationKey key;
    try {
      key = VerificationKey.fromSubjectPublicKeyInfo(signer.getSubjectPublicKeyInfo());
    } catch (EnvelopeFormatException e) {
      return SignatureCheck.SIG_CRYPTO_FAILURE;
    }
    return verify(key);
  }

  /**
   * Checks that each certificate of {@link #chainDer()} is signed by the next one's key, and the
   * last one by {@code issuerOfLast} (the trust anchor's key, decoded once). Together with {@link
   * #verify(VerificationKey)} every byte of the envelope is then covered by a signature. Costs one
   * signature verification per certificate: not for the hot path, where the trust layer caches
   * chain verdicts.
   */
  public SignatureCheck verifyChain(VerificationKey issuerOfLast) {
    checkNotNull(issuerOfLast, "issuerOfLast");
    try {
      for (int i = 0; i < chainDer.size(); i++) {
        Certificate child = i == 0 ? signer : Der.certificate(chainDer.get(i).toByteArray());
        boolean valid;
        if (i + 1 < chainDer.size()) {
          Certificate issuer = Der.certificate(chainDer.get(i + 1).toByteArray());
          valid =
              child.getIssuer().equals(issuer.getSubject())
                  && signedBy(
                      child,
                      VerificationKey.fromSubjectPublicKeyInfo(issuer.getSubjectPublicKeyInfo()));
        } else {
          valid = signedBy(child, issuerOfLast);
        }
        if (!valid) {
          return SignatureCheck.SIG_CRYPTO_FAILURE;
        }
      }
      return SignatureCheck.VALID;
    } catch (RuntimeException e) { // EnvelopeFormatException included
      return SignatureCheck.SIG_CRYPTO_FAILURE;
    }
  }

  static boolean signedBy(Certificate child, VerificationKey issuerKey) {
    AlgorithmIdentifier id = child.getSignatureAlgorithm();
    if (!id.equals(child.getTBSCertificate().getSignature())) {
      return false;
    }
    Optional<SignatureAlgorithm> algorithm = SignatureAlgorithm.fromIdentifier(id);
    if (algorithm.isEmpty() || child.getSignature().getPadBits() != 0) {
      return false;
    }
    return issuerKey.verify(
        algorithm.get(),
        EnvelopeLayout.encode(child.getTBSCertificate()),
        child.getSignature().getOctets());
  }

  @Override
  public String toString() {
    return "ParsedEnvelope["
        + algorithm
        + ", signed "
        + signingTime
        + ", "
        + content.length
        + " content bytes, "
        + chainDer.size()
        + " certificate(s)]";
  }

  /** One X.509 certificate factory per thread, created once (not per call). */
  private static final class CertificateFactoryHolder {
    private static final ThreadLocal<CertificateFactory> FACTORY =
        ThreadLocal.withInitial(
            () -> {
              try {
                return CertificateFactory.getInstance("X.509");
              } catch (CertificateException e) {
                throw new IllegalStateException("the JDK has no X.509 certificate factory", e);
              }
            });

    static CertificateFactory get() {
      return FACTORY.get();
    }
  }
}
