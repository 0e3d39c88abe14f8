/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.regex.Pattern;

/**
 * Identifies a scheme, e.g. {@code EUCC}, {@code EUCS}. Upper-case letters, digits, '-' and '_'.
 *
 * <p>Immutable; compared by value.
 *
 * @since 0.1
 */
public record SchemeId(String value) implements Comparable<SchemeId> {
  private static final Pattern SYNTAX = Pattern.compile("[A-Z][A-Z0-9_-]{0,31}");

  public SchemeId {
    checkNotNull(value, "value");
    checkArgument(
        SYNTAX.matcher(value).matches(), "not a valid SchemeId: '%s' (expected %s)", value, SYNTAX);
  }

  /** The identifier {@code value}. */
  public static SchemeId of(String value) {
    return new SchemeId(value);
  }

  @Override
  public int compareTo(SchemeId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
