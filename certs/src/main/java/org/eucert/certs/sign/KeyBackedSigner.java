/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.sign;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * What the signers over a JCA key share: everything is the {@link KeySigner}'s, which checked the
 * key, the certificate and the algorithm once; a subclass only says where the key came from.
 * Immutable and thread-safe.
 */
abstract class KeyBackedSigner implements Signer {
  private final KeySigner signer;
  private final String kind;

  KeyBackedSigner(KeySigner signer, String kind) {
    this.signer = signer;
    this.kind = kind;
  }

  @Override
  public final SignatureAlgorithm algorithm() {
    return signer.algorithm();
  }

  @Override
  public final X509Certificate certificate() {
    return signer.certificate();
  }

  @Override
  public final List<X509Certificate> chain() {
    return signer.chain();
  }

  @Override
  public final byte[] sign(byte[] data) {
    return signer.sign(data);
  }

  /** The kind of signer, the algorithm, the certificate's subject (and provider); never the key. */
  @Override
  public final String toString() {
    return signer.describe(kind);
  }
}
