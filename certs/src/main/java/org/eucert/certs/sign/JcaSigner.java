/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.sign;

import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A signer over a private key held by any JCA provider, such as a PKCS#11 HSM through
 * SunPKCS11: the key never leaves the provider. At construction the key is checked against the
 * certificate (a challenge signed and verified) and the algorithm against ARCHITECTURE.md section 6
 * (P-256, P-384, Ed25519, RSA of at least 3072 bits with PSS).
 *
 * <p>Thread-safe if the provider is. Never logs, prints or serialises the key.
 *
 * @since 0.1
 */
public final class JcaSigner extends KeyBackedSigner {
  private JcaSigner(KeySigner signer) {
    super(signer, "JcaSigner");
  }

  /**
   * A signer over {@code key}, whose certificate is the first of {@code chain}, signing with {@code
   * provider}.
   *
   * @throws SigningException if the key does not match the certificate, the algorithm is not
   *     accepted, or the provider cannot sign
   */
  public static JcaSigner of(PrivateKey key, List<X509Certificate> chain, Provider provider)
      throws SigningException {
    return new JcaSigner(KeySigner.of(key, chain, provider));
  }
}
