/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.cli;

import org.eucert.certs.verify.VerificationReportCodec;

/**
 * Minimal JSON writing for the command line's own small outputs: string quoting and an object
 * builder that keeps keys in the order given. Not thread-safe.
 */
final class Json {
  private Json() {}

  /** A new JSON object. */
  static Obj object() {
    return new Obj();
  }

  /** A JSON array of already-encoded JSON values. */
  static String array(java.util.Collection<String> encoded) {
    return "[" + String.join(",", encoded) + "]";
  }

  /** A JSON array of strings. */
  static String strings(java.util.Collection<?> values) {
    return array(values.stream().map(v -> quote(String.valueOf(v))).toList());
  }

  /** A JSON object under construction. */
  static final class Obj {
    private final StringBuilder b = new StringBuilder("{");

    private Obj key(String k) {
      if (b.length() > 1) {
        b.append(',');
      }
      b.append(quote(k)).append(':');
      return this;
    }

    /** A string member; {@code null} writes JSON null. */
    Obj put(String k, Object v) {
      key(k);
      b.append(v == null ? "null" : quote(String.valueOf(v)));
      return this;
    }

    /** A string member if present, else JSON null. */
    Obj put(String k, java.util.Optional<?> v) {
      return put(k, v.orElse(null));
    }

    /** A number member. */
    Obj put(String k, long v) {
      key(k).b.append(v);
      return this;
    }

    /** A boolean member. */
    Obj put(String k, boolean v) {
      key(k).b.append(v);
      return this;
    }

    /** A member whose value is already-encoded JSON. */
    Obj raw(String k, String json) {
      key(k).b.append(json);
      return this;
    }

    @Override
    public String toString() {
      return b + "}";
    }
  }

  /** A JSON string literal, escaped as the verification reports are. */
  static String quote(String s) {
    return VerificationReportCodec.jsonString(s);
  }
}
