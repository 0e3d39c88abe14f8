/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.sign;

import static com.google.common.base.Preconditions.checkNotNull;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHA384Digest;
import org.bouncycastle.crypto.digests.SHA512Digest;

/**
 * The message digests of signed envelopes (ARCHITECTURE.md section 6; RFC 5754 for SHA-2 in CMS,
 * RFC 8419 for SHA-512 with Ed25519).
 *
 * <p>Immutable and thread-safe: each call uses its own digest state.
 *
 * @since 0.1
 */
public enum DigestAlgorithm {
  /** SHA-256 (FIPS 180-4). */
  SHA256(NISTObjectIdentifiers.id_sha256, 32),
  /** SHA-384 (FIPS 180-4). */
  SHA384(NISTObjectIdentifiers.id_sha384, 48),
  /** SHA-512 (FIPS 180-4). */
  SHA512(NISTObjectIdentifiers.id_sha512, 64);

  private final ASN1ObjectIdentifier oid;
  private final int length;

  DigestAlgorithm(ASN1ObjectIdentifier oid, int length) {
    this.oid = oid;
    this.length = length;
  }

  /** The digest of {@code data}. */
  public byte[] digest(byte[] data) {
    checkNotNull(data, "data");
    return digest(data, 0, data.length);
  }

  /** The digest of {@code length} bytes of {@code data} from {@code offset}. */
  public byte[] digest(byte[] data, int offset, int length) {
    checkNotNull(data, "data");
    Digest d = newDigest();
    d.update(data, offset, length);
    byte[] out = new byte[d.getDigestSize()];
    d.doFinal(out, 0);
    return out;
  }

  /** The length of a digest in bytes. */
  public int length() {
    return length;
  }

  ASN1ObjectIdentifier oid() {
    return oid;
  }

  Digest newDigest() {
    switch (this) {
      case SHA256:
        return new SHA256Digest();
      case SHA384:
        return new SHA384Digest();
      case SHA512:
        return new SHA512Digest();
      default:
        throw new AssertionError(this);
    }
  }
}
