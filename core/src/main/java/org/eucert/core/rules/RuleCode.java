/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.regex.Pattern;

/**
 * The stable code of a rule, e.g. {@code EUCC-R1-LEVEL-AVA-VAN} or {@code CSA-56-6-HIGH-ISSUER}.
 * Codes never change once released: reports, tests and users match on them.
 *
 * <p>Immutable.
 *
 * @since 0.1
 */
public record RuleCode(String value) {
  private static final Pattern SYNTAX = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+");

  public RuleCode {
    checkNotNull(value, "value");
    checkArgument(SYNTAX.matcher(value).matches(), "not a rule code: '%s'", value);
  }

  /** The code {@code value}. */
  public static RuleCode of(String value) {
    return new RuleCode(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
