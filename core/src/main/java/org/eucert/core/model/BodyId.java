/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.regex.Pattern;

/**
 * Identifies a body (NCCA, certification body, ITSEF) within eucert, e.g. {@code NL-TRUSTCB} or a notified-body number. Letters, digits, '.', '-' and '_'.
 *
 * <p>Immutable; compared by value.
 *
 * @since 0.1
 */
public record BodyId(String value) implements Comparable<BodyId> {
  private static final Pattern SYNTAX = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  public BodyId {
    checkNotNull(value, "value");
    checkArgument(
        SYNTAX.matcher(value).matches(), "not a valid BodyId: '%s' (expected %s)", value, SYNTAX);
  }

  /** The identifier {@code value}. */
  public static BodyId of(String value) {
    return new BodyId(value);
  }

  @Override
  public int compareTo(BodyId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
