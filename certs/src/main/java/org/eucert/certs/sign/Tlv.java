/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.sign;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One DER element inside a byte array, by offsets: no copy, no object tree. Read only after {@link
 * Der#checkTlv} accepted the whole input, so every length is definite, minimal and in bounds; the
 * bounds are checked again anyway. Package-private.
 */
final class Tlv {
  final byte[] in;
  final int tag;
  final int start;
  final int valueStart;
  final int end;

  private Tlv(byte[] in, int tag, int start, int valueStart, int end) {
    this.in = in;
    this.tag = tag;
    this.start = start;
    this.valueStart = valueStart;
    this.end = end;
  }

  /** The element starting at {@code pos}, which must end by {@code limit}. */
  static Tlv read(byte[] in, int pos, int limit) throws EnvelopeFormatException {
    if (pos + 2 > limit) {
      throw truncated();
    }
    int tag = in[pos] & 0xff;
    int p = pos + 1;
    int first = in[p++] & 0xff;
    long length;
    if (first < 0x80) {
      length = first;
    } else {
      int count = first & 0x7f;
      if (count == 0 || count > 4 || p + count > limit) {
        throw truncated();
      }
      length = 0;
      for (int i = 0; i < count; i++) {
        length = (length << 8) | (in[p++] & 0xff);
      }
    }
    if (length > limit - p) {
      throw truncated();
    }
    return new Tlv(in, tag, pos, p, p + (int) length);
  }

  private static EnvelopeFormatException truncated() {
    return new EnvelopeFormatException(EnvelopeFailure.TRUNCATED, "an element ends past its parent");
  }

  /** The elements inside this constructed one. */
  List<Tlv> children() throws EnvelopeFormatException {
    List<Tlv> children = new ArrayList<>(6);
    int p = valueStart;
    while (p < end) {
      Tlv child = read(in, p, end);
      children.add(child);
      p = child.end;
    }
    return children;
  }

  /** The whole element (tag, length, value), copied. */
  byte[] bytes() {
    return Arrays.copyOfRange(in, start, end);
  }

  /** The value, copied. */
  byte[] value() {
    return Arrays.copyOfRange(in, valueStart, end);
  }

  int valueLength() {
    return end - valueStart;
  }

  /** Whether the whole element is exactly {@code der}. */
  boolean is(byte[] der) {
    return Arrays.equals(in, start, end, der, 0, der.length);
  }
}
