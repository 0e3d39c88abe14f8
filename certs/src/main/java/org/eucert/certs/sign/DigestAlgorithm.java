/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.sign;

import static com.google.common.base.Preconditions.checkNotNull;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
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
 * <p>{@link #digest} uses the JDK's own SHA-2 ({@code SUN} provider, whatever else is registered),
 * which the JIT compiles to the processor's SHA instructions: some seven times faster than Bouncy
 * Castle's Java code on a certificate's few kilobytes, on the verification hot path
 * (ARCHITECTURE.md section 11). Where the JDK has no such provider, Bouncy Castle's digest serves.
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
  private final MessageDigest prototype;

  DigestAlgorithm(ASN1ObjectIdentifier oid, int length) {
    this.oid = oid;
    this.length = length;
    this.prototype = jdkDigest("SHA-" + (length * 8));
  }

  /** The JDK's digest, cloneable, or null (then Bouncy Castle's serves). */
  private static MessageDigest jdkDigest(String name) {
    try {
      MessageDigest d = MessageDigest.getInstance(name, "SUN");
      d.clone();
      return d;
    } catch (GeneralSecurityException | CloneNotSupportedException e) {
      return null;
    }
  }

  /** The digest of {@code data}. */
  public byte[] digest(byte[] data) {
    checkNotNull(data, "data");
    return digest(data, 0, data.length);
  }

  /** The digest of {@code length} bytes of {@code data} from {@code offset}. */
  public byte[] digest(byte[] data, int offset, int length) {
    checkNotNull(data, "data");
    if (prototype != null) {
      try {
        MessageDigest d = (MessageDigest) prototype.clone();
        d.update(data, offset, length);
        return d.digest();
      } catch (CloneNotSupportedException e) {
        // checked when the prototype was made: cannot happen; Bouncy Castle's below
      }
    }
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
