/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.model;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;

/**
 * The Member States of the Union, by ISO 3166-1 alpha-2 code. {@link #parse} also accepts the EU's
 * own code {@code EL} for Greece.
 *
 * @since 0.1
 */
public enum MemberState {
  AT, BE, BG, CY, CZ, DE, DK, EE, ES, FI, FR, GR, HR, HU, IE, IT, LT, LU, LV, MT, NL, PL, PT, RO,
  SE, SI, SK;

  /**
   * Parses a two-letter code, case-insensitively; {@code EL} means {@link #GR}.
   *
   * @throws IllegalArgumentException if the code names no Member State
   */
  public static MemberState parse(String code) {
    String c = checkNotNull(code, "code").trim().toUpperCase(Locale.ROOT);
    if (c.equals("EL")) {
      return GR;
    }
    for (MemberState ms : values()) {
      if (ms.name().equals(c)) {
        return ms;
      }
    }
    throw new IllegalArgumentException("not a Member State code: '" + code + "'");
  }
}
