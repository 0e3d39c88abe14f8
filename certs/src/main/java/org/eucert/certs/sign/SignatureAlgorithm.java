/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.sign;

import java.security.spec.AlgorithmParameterSpec;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSASSAPSSparams;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.eucert.core.model.Bytes;

/**
 * The signature algorithms of signed envelopes (ARCHITECTURE.md section 6). Each fixes its key type,
 * curve or minimum size, digest and parameters as a combination (STYLE.md section 6); which of them
 * a verifier accepts is its policy's decision.
 *
 * <p>Immutable.
 *
 * @since 0.1
 */
public enum SignatureAlgorithm {
  /** ECDSA on NIST P-256 with SHA-256 (FIPS 186-5; RFC 5753); the default. */
  ECDSA_P256_SHA256(DigestAlgorithm.SHA256, "SHA256withECDSA", 256),
  /** ECDSA on NIST P-384 with SHA-384 (FIPS 186-5; RFC 5753). */
  ECDSA_P384_SHA384(DigestAlgorithm.SHA384, "SHA384withECDSA", 384),
  /** Ed25519 (RFC 8032; in CMS RFC 8419: SHA-512 message digest, PureEdDSA over the attributes). */
  ED25519(DigestAlgorithm.SHA512, "Ed25519", 256),
  /** RSASSA-PSS (RFC 8017; RFC 4056) with SHA-256, MGF1-SHA-256, salt 32, key of 3072 bits or more. */
  RSA_PSS_SHA256(DigestAlgorithm.SHA256, "RSASSA-PSS", 3072);

  /** The smallest accepted RSA modulus. */
  public static final int MIN_RSA_BITS = 3072;

  private final DigestAlgorithm digest;
  private final String jcaName;
  private final int minKeyBits;
  private final AlgorithmIdentifier algorithmIdentifier;
  private final byte[] algorithmIdentifierDer;
  private final byte[] digestIdentifierDer;

  SignatureAlgorithm(DigestAlgorithm digest, String jcaName, int minKeyBits) {
    this.digest = digest;
    this.jcaName = jcaName;
    this.minKeyBits = minKeyBits;
    this.algorithmIdentifier = identifier(name());
    this.algorithmIdentifierDer = EnvelopeLayout.encode(algorithmIdentifier);
    this.digestIdentifierDer = EnvelopeLayout.encode(new AlgorithmIdentifier(digest.oid()));
  }

  /** The digest of the content and of the signed attributes. */
  public DigestAlgorithm digest() {
    return digest;
  }

  /** The JCA signature name, used with {@link #jcaParameters()}. */
  public String jcaName() {
    return jcaName;
  }

  /** The JCA parameters to set on the {@code Signature}, if any (RSA-PSS). */
  public Optional<AlgorithmParameterSpec> jcaParameters() {
    return this == RSA_PSS_SHA256
        ? Optional.of(
            new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1))
        : Optional.empty();
  }

  /** The key size in bits this algorithm needs (for RSA: at least). */
  public int minKeyBits() {
    return minKeyBits;
  }

  /**
   * The DER AlgorithmIdentifier we write and accept for this algorithm, in CMS and in X.509
   * certificates (RSA-PSS: explicit SHA-256, MGF1-SHA-256, salt 32, trailer omitted).
   */
  public Bytes algorithmIdentifierDer() {
    return Bytes.copyOf(algorithmIdentifierDer);
  }

  /** {@link #algorithmIdentifierDer()} without a copy: callers must not change it. */
  byte[] algorithmIdentifierDerShared() {
    return algorithmIdentifierDer;
  }

  /** The DER of {@link #digestIdentifier()}, shared: callers must not change it. */
  byte[] digestIdentifierDer() {
    return digestIdentifierDer;
  }

  /** The exact signatureAlgorithm identifier we write and accept (a shared immutable value). */
  AlgorithmIdentifier algorithmIdentifier() {
    return algorithmIdentifier;
  }

  /** The exact digestAlgorithm identifier we write and accept: SHA-2 with absent parameters (RFC 5754). */
  AlgorithmIdentifier digestIdentifier() {
    return new AlgorithmIdentifier(digest.oid());
  }

  private static AlgorithmIdentifier identifier(String name) {
    switch (name) {
      case "ECDSA_P256_SHA256":
        return new AlgorithmIdentifier(X9ObjectIdentifiers.ecdsa_with_SHA256);
      case "ECDSA_P384_SHA384":
        return new AlgorithmIdentifier(X9ObjectIdentifiers.ecdsa_with_SHA384);
      case "ED25519":
        return new AlgorithmIdentifier(EdECObjectIdentifiers.id_Ed25519);
      case "RSA_PSS_SHA256":
        AlgorithmIdentifier sha256 =
            new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256, DERNull.INSTANCE);
        return new AlgorithmIdentifier(
            PKCSObjectIdentifiers.id_RSASSA_PSS,
            new RSASSAPSSparams(
                sha256,
                new AlgorithmIdentifier(PKCSObjectIdentifiers.id_mgf1, sha256),
                new ASN1Integer(32),
                RSASSAPSSparams.DEFAULT_TRAILER_FIELD));
      default:
        throw new AssertionError(name);
    }
  }

  /** The algorithm whose identifier is exactly {@code id}, if any. */
  static Optional<SignatureAlgorithm> fromIdentifier(AlgorithmIdentifier id) {
    for (SignatureAlgorithm a : values()) {
      if (a.algorithmIdentifier.equals(id)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }
}
