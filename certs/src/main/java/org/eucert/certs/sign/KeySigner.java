/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.sign;

import static com.google.common.base.Preconditions.checkNotNull;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.spec.AlgorithmParameterSpec;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/**
 * The shared part of the signers: a private key, its chain and the JCA provider that signs with
 * it. Built only after checking that the key matches the certificate (by signing a challenge and
 * verifying it with the certificate's key) and that the algorithm is one of ARCHITECTURE.md
 * section 6. Never shows the key: no getter, and {@code toString} names the certificate only.
 *
 * <p>Thread-safe: a {@code Signature} per call. Package-private.
 */
final class KeySigner {
  private static final byte[] CHALLENGE =
      "eucert: does this private key match its certificate?".getBytes(StandardCharsets.US_ASCII);

  private final PrivateKey key;
  private final List<X509Certificate> chain;
  private final Provider provider;
  private final SignatureAlgorithm algorithm;

  private KeySigner(
      PrivateKey key, List<X509Certificate> chain, Provider provider, SignatureAlgorithm algorithm) {
    this.key = key;
    this.chain = chain;
    this.provider = provider;
    this.algorithm = algorithm;
  }

  static KeySigner of(PrivateKey key, List<X509Certificate> chain, Provider provider)
      throws SigningException {
    checkNotNull(key, "key");
    checkNotNull(chain, "chain");
    checkNotNull(provider, "provider");
    List<X509Certificate> copy = List.copyOf(chain);
    if (copy.isEmpty()) {
      throw new SigningException("the signer has no certificate");
    }
    X509Certificate certificate = copy.get(0);
    VerificationKey publicKey;
    try {
      publicKey =
          VerificationKey.fromSubjectPublicKeyInfo(
              SubjectPublicKeyInfo.getInstance(certificate.getPublicKey().getEncoded()));
    } catch (RuntimeException e) { // EnvelopeFormatException included
      throw new SigningException(
          "the certificate of " + subject(certificate) + " has a key we do not sign with: " + e.getMessage(), e);
    }
    KeySigner signer = new KeySigner(key, copy, provider, publicKey.algorithm());
    byte[] signature;
    try {
      signature = signer.sign(CHALLENGE);
    } catch (SigningException e) {
      throw new SigningException(
          "the private key cannot sign as " + publicKey.algorithm() + " for " + subject(certificate) + ": " + e.getMessage(), e);
    }
    if (!publicKey.verify(publicKey.algorithm(), CHALLENGE, signature)) {
      throw new SigningException(
          "the private key does not match the certificate of " + subject(certificate));
    }
    return signer;
  }

  SignatureAlgorithm algorithm() {
    return algorithm;
  }

  X509Certificate certificate() {
    return chain.get(0);
  }

  List<X509Certificate> chain() {
    return chain;
  }

  byte[] sign(byte[] data) throws SigningException {
    checkNotNull(data, "data");
    try {
      Signature signature = Signature.getInstance(algorithm.jcaName(), provider);
      Optional<AlgorithmParameterSpec> parameters = algorithm.jcaParameters();
      if (parameters.isPresent()) {
        signature.setParameter(parameters.get());
      }
      signature.initSign(key);
      signature.update(data);
      return signature.sign();
    } catch (GeneralSecurityException | RuntimeException e) {
      // the message names the algorithm and provider, never the key
      throw new SigningException(
          algorithm + " signing with provider " + provider.getName() + " failed: " + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
    }
  }

  static String subject(X509Certificate certificate) {
    return certificate.getSubjectX500Principal().getName();
  }

  String describe(String type) {
    return type + "[" + algorithm + ", " + subject(certificate()) + ", provider " + provider.getName() + "]";
  }
}
