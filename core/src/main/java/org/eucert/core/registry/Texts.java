/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/** Checks on free texts of commands. */
final class Texts {
  static final int MAX_TEXT = 1000;

  private Texts() {}

  static String text(String value, String name) {
    checkNotNull(value, name);
    checkArgument(
        !value.isBlank() && value.length() <= MAX_TEXT,
        "%s must be 1 to %s characters, got %s",
        name,
        MAX_TEXT,
        value.length());
    return value;
  }
}
