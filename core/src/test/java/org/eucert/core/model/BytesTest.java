/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class BytesTest {
  @Test
  void copiesIn() {
    byte[] source = {1, 2, 3};
    Bytes b = Bytes.copyOf(source);
    source[0] = 9;
    assertArrayEquals(new byte[] {1, 2, 3}, b.toByteArray());
  }

  @Test
  void copiesOut() {
    Bytes b = Bytes.copyOf(new byte[] {1, 2, 3});
    byte[] out = b.toByteArray();
    out[0] = 9;
    assertArrayEquals(new byte[] {1, 2, 3}, b.toByteArray());
    assertNotSame(b.toByteArray(), b.toByteArray());
  }

  @Test
  void hexSizeAndAToStringThatDoesNotLeak() {
    Bytes b = Bytes.copyOf(new byte[] {0x00, (byte) 0xAB, 0x7F});
    assertEquals("00ab7f", b.toHex());
    assertEquals(3, b.size());
    assertFalse(b.toString().contains("ab"), b.toString());
    assertEquals(0, Bytes.copyOf(new byte[0]).size());
  }

  @Test
  void equalityByContent() {
    new EqualsTester()
        .addEqualityGroup(Bytes.copyOf(new byte[] {1, 2}), Bytes.copyOf(new byte[] {1, 2}))
        .addEqualityGroup(Bytes.copyOf(new byte[] {2, 1}))
        .addEqualityGroup(Bytes.copyOf(new byte[] {1, 2, 0}))
        .addEqualityGroup(Bytes.copyOf(new byte[0]))
        .testEquals();
  }

  @Test
  void null_refused() {
    assertThrows(NullPointerException.class, () -> Bytes.copyOf(null));
  }
}
