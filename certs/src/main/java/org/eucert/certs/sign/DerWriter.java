/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.sign;

import java.util.Arrays;

/**
 * Writes DER by concatenation: a tag, the minimal definite length, the parts. Used for the
 * envelope's fixed layout, where every part is already DER. Package-private.
 */
final class DerWriter {
  private DerWriter() {}

  static byte[] tlv(int tag, byte[]... parts) {
    long length = 0;
    for (byte[] p : parts) {
      length += p.length;
    }
    if (length > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException("element too large: " + length);
    }
    int n = (int) length;
    int header = n < 0x80 ? 2 : n < 0x100 ? 3 : n < 0x10000 ? 4 : n < 0x1000000 ? 5 : 6;
    byte[] out = new byte[header + n];
    out[0] = (byte) tag;
    if (n < 0x80) {
      out[1] = (byte) n;
    } else {
      int count = header - 2;
      out[1] = (byte) (0x80 | count);
      for (int i = 0; i < count; i++) {
        out[2 + i] = (byte) (n >>> (8 * (count - 1 - i)));
      }
    }
    int p = header;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, out, p, part.length);
      p += part.length;
    }
    return out;
  }

  /** A DER SET OF: the elements sorted as X.690 11.6 requires (unsigned octet order). */
  static byte[] setOf(byte[]... elements) {
    byte[][] sorted = elements.clone();
    Arrays.sort(sorted, Arrays::compareUnsigned);
    return tlv(0x31, sorted);
  }
}
