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
}
