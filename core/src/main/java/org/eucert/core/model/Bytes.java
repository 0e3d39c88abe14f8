/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.model;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.io.BaseEncoding;
import java.util.Arrays;

/**
 * An immutable sequence of bytes (DER, digests, signed content): copied in and out, so no caller
 * can change what another holds. Equality is by content.
 *
 * @since 0.1
 */
public final class Bytes {
  private final byte[] data;

  private Bytes(byte[] data) {
    this.data = data;
  }

  /** A copy of {@code data}. */
  public static Bytes copyOf(byte[] data) {
    return new Bytes(checkNotNull(data, "data").clone());
  }

  /** A copy of the bytes. */
  public byte[] toByteArray() {
    return data.clone();
  }

  /** The number of bytes. */
  public int size() {
    return data.length;
  }

  /** Lower-case hexadecimal. */
  public String toHex() {
    return BaseEncoding.base16().lowerCase().encode(data);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Bytes other && Arrays.equals(data, other.data);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(data);
  }

  /** The size only: contents may be large or sensitive. */
  @Override
  public String toString() {
    return "Bytes[" + data.length + "]";
  }
}
