/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.sign;

import java.util.Arrays;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.x509.Certificate;

/**
 * Strict DER checks done before Bouncy Castle sees any byte: every length definite, minimal, and
 * within its parent; nesting bounded; no trailing bytes. Only then is the input handed to the
 * ASN.1 parser, which can then neither recurse deeply nor allocate more than the input's size.
 *
 * <p>Stateless; package-private.
 */
final class Der {
  /** Deeper than any certificate or envelope we produce (about 12 levels), with a wide margin. */
  static final int MAX_DEPTH = 40;

  private Der() {}

  /**
   * Checks that {@code in} is exactly one DER TLV with well-formed definite lengths all the way
   * down (constructed encodings are walked; primitive contents are not interpreted).
   */
  static void checkTlv(byte[] in, String what) throws EnvelopeFormatException {
    if (in.length == 0) {
      throw new EnvelopeFormatException(EnvelopeFailure.TRUNCATED, what + " is empty");
    }
    int end = walk(in, 0, in.length, 0, what);
    if (end != in.length) {
      throw new EnvelopeFormatException(
          EnvelopeFailure.NOT_DER,
          what + " has " + (in.length - end) + " bytes after its end at offset " + end);
    }
  }

  /** Walks one TLV at {@code pos}; returns the offset after it. Iterative over siblings. */
  private static int walk(byte[] in, int pos, int limit, int depth, String what)
      throws EnvelopeFormatException {
    if (depth > MAX_DEPTH) {
      throw new EnvelopeFormatException(
          EnvelopeFailure.TOO_DEEP, what + " is nested deeper than " + MAX_DEPTH + " levels");
    }
    if (pos >= limit) {
      throw truncated(what, pos);
    }
    int tag = in[pos] & 0xff;
    int p = pos + 1;
    if ((tag & 0x1f) == 0x1f) {
      // high tag number form: we produce none
      throw new EnvelopeFormatException(
          EnvelopeFailure.UNEXPECTED_STRUCTURE, what + " has a high-number tag at offset " + pos);
    }
    if (p >= limit) {
      throw truncated(what, p);
    }
    int first = in[p++] & 0xff;
    long length;
    if (first < 0x80) {
      length = first;
    } else if (first == 0x80) {
      throw new EnvelopeFormatException(
          EnvelopeFailure.NOT_DER, what + " has an indefinite length (BER) at offset " + pos);
    } else {
      int count = first & 0x7f;
      if (count > 4) {
        throw new EnvelopeFormatException(
            EnvelopeFailure.TOO_LARGE, what + " declares a length of " + count + " bytes at offset " + pos);
      }
      if (p + count > limit) {
        throw truncated(what, p);
      }
      if (in[p] == 0) {
        throw new EnvelopeFormatException(
            EnvelopeFailure.NOT_DER, what + " has a length with a leading zero at offset " + pos);
      }
      length = 0;
      for (int i = 0; i < count; i++) {
        length = (length << 8) | (in[p++] & 0xff);
      }
      if (length < 0x80) {
        throw new EnvelopeFormatException(
            EnvelopeFailure.NOT_DER, what + " has a long-form length below 128 at offset " + pos);
      }
    }
    if (length > limit - p) {
      throw truncated(what, p);
    }
    int end = p + (int) length;
    if ((tag & 0x20) != 0) {
      int child = p;
      while (child < end) {
        child = walk(in, child, end, depth + 1, what);
      }
    }
    return end;
  }

  private static EnvelopeFormatException truncated(String what, int at) {
    return new EnvelopeFormatException(
        EnvelopeFailure.TRUNCATED, what + " ends before its encoded length, at offset " + at);
  }

  /**
   * Parses {@code in} after {@link #checkTlv}, then checks that its DER re-encoding is {@code in}
   * byte for byte (set order, minimal integers, boolean and bit-string encodings).
   */
  static ASN1Primitive parse(byte[] in, String what) throws EnvelopeFormatException {
    checkTlv(in, what);
    ASN1Primitive primitive;
    try (ASN1InputStream asn1 = new ASN1InputStream(in)) {
      primitive = asn1.readObject();
    } catch (Exception | StackOverflowError | OutOfMemoryError e) {
      throw new EnvelopeFormatException(
          EnvelopeFailure.NOT_DER, what + " is not valid ASN.1: " + e.getMessage(), e);
    }
    byte[] again;
    try {
      again = primitive.getEncoded(ASN1Encoding.DER);
    } catch (Exception | StackOverflowError | OutOfMemoryError e) {
      throw new EnvelopeFormatException(
          EnvelopeFailure.NOT_DER, what + " cannot be re-encoded: " + e.getMessage(), e);
    }
    if (!Arrays.equals(in, again)) {
      throw new EnvelopeFormatException(
          EnvelopeFailure.NOT_DER, what + " is BER, not DER (its DER re-encoding differs)");
    }
    return primitive;
  }

  /** A DER X.509 certificate's structure (not its signature). */
  static Certificate certificate(byte[] der) throws EnvelopeFormatException {
    ASN1Primitive primitive = parse(der, "the certificate");
    try {
      return Certificate.getInstance(primitive);
    } catch (RuntimeException e) {
      throw new EnvelopeFormatException(
          EnvelopeFailure.BAD_CERTIFICATE, "not an X.509 certificate: " + e.getMessage(), e);
    }
  }
}
