/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.model;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.EnumSet;
import java.util.Set;

/**
 * The minimum evaluation activities of CSA Art 52 (or equivalent substitute activities).
 *
 * @since 0.1
 */
public enum EvaluationActivity {
  /** Art 52(5): review of technical documentation (basic). */
  TECHNICAL_DOCUMENTATION_REVIEW,
  /** Art 52(6)(i), 52(7)(i): review showing absence of publicly known vulnerabilities. */
  PUBLICLY_KNOWN_VULNERABILITY_REVIEW,
  /** Art 52(6)(ii): testing that security functionalities are correctly implemented. */
  FUNCTIONAL_TESTING,
  /** Art 52(7)(ii): functional testing at the state of the art. */
  STATE_OF_THE_ART_FUNCTIONAL_TESTING,
  /** Art 52(7)(iii): resistance to skilled attackers, by penetration testing. */
  PENETRATION_TESTING;

  /** The activities CSA Art 52(5)-(7) require at least for a level. */
  public static Set<EvaluationActivity> minimumFor(AssuranceLevel level) {
    switch (checkNotNull(level, "level")) {
      case BASIC:
        return EnumSet.of(TECHNICAL_DOCUMENTATION_REVIEW);
      case SUBSTANTIAL:
        return EnumSet.of(PUBLICLY_KNOWN_VULNERABILITY_REVIEW, FUNCTIONAL_TESTING);
      case HIGH:
        return EnumSet.of(
            PUBLICLY_KNOWN_VULNERABILITY_REVIEW,
            STATE_OF_THE_ART_FUNCTIONAL_TESTING,
            PENETRATION_TESTING);
      default:
        throw new AssertionError(level);
    }
  }
}
