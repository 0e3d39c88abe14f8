/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.sign;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A private key behind a small interface (STYLE.md section 6): a PKCS#12 file, a PEM key or any JCA
 * provider (PKCS#11 HSM) sign the same way. Implementations never expose, log, print or serialise
 * the private key; {@code toString} shows the algorithm and the certificate subject only.
 *
 * <p>Implementations in this package are thread-safe.
 *
 * @since 0.1
 */
public interface Signer extends AutoCloseable {
  /** The signature algorithm, fixed by the key (ARCHITECTURE.md section 6). */
  SignatureAlgorithm algorithm();

  /** The signer's certificate. */
  X509Certificate certificate();

  /** The signer's certificate first, then its CAs up to (not necessarily including) the root. */
  List<X509Certificate> chain();

  /**
   * The raw signature over {@code data} in the form CMS carries it (ECDSA: DER {@code
   * ECDSA-Sig-Value}; Ed25519: 64 bytes; RSA-PSS: the modulus-sized value).
   */
  byte[] sign(byte[] data) throws SigningException;

  /** Releases the key (an HSM session); does nothing by default. */
  @Override
  default void close() {}

  /**
   * {@code signer} with its chain cut to what a verifier can check inside the envelope: the whole
   * chain when it ends at a self-signed root, else the signer's certificate alone (a PKCS#12 file
   * or an HSM often holds the signer's certificate and its intermediates, not the root). For
   * documents whose signer's certificate a trust list pins (certificates, statements, status
   * lists): the verifier refuses CA certificates that it cannot check up to a root, since their
   * bytes would otherwise be free to change (ARCHITECTURE.md section 8). Closing the result does
   * not close {@code signer}.
   */
  static Signer withVerifiableChain(Signer signer) {
    List<X509Certificate> chain = signer.chain();
    if (chain == null || chain.size() <= 1) {
      return signer;
    }
    X509Certificate last = chain.get(chain.size() - 1);
    if (last.getSubjectX500Principal().equals(last.getIssuerX500Principal())) {
      return signer;
    }
    List<X509Certificate> leaf = List.of(signer.certificate());
    return new Signer() {
      @Override
      public SignatureAlgorithm algorithm() {
        return signer.algorithm();
      }

      @Override
      public X509Certificate certificate() {
        return signer.certificate();
      }

      @Override
      public List<X509Certificate> chain() {
        return leaf;
      }

      @Override
      public byte[] sign(byte[] data) {
        return signer.sign(data);
      }
    };
  }
}
