/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.schemes.eucc;

import java.util.List;
import java.util.Set;
import org.eucert.core.model.SchemeId;
import org.eucert.core.rules.GenericRules;
import org.eucert.core.rules.Rule;
import org.eucert.core.rules.RuleCode;
import org.eucert.core.rules.spi.SchemeProfile;

/**
 * The scheme profile of EUCC (Commission Implementing Regulation (EU) 2024/482 as amended by
 * 2024/3144 and 2025/2462): the {@link EuccRules} and the generic rules they replace. Found by
 * {@link java.util.ServiceLoader} for scheme {@code EUCC}.
 *
 * <p>Replaced generic rules, each by the EUCC rule that checks the same under the EUCC article, so
 * that a problem is reported once: {@code CSA-52-LEVEL-OFFERED} and {@code
 * CSA-52-8-EVALUATION-LEVEL} by R1 (EUCC Art 4), {@code CSA-53-SELF-ASSESSMENT} by R3 (EUCC Art 6),
 * {@code CSA-60-3-AUTHORISATION} by R4 (EUCC Art 21-22), {@code CSA-60-ISSUER-ACCREDITED} by R5
 * (EUCC Art 9(1)(a)), {@code CSA-54-1-R-MAX-VALIDITY} by R7 (EUCC Art 12), {@code
 * CSA-54-1-C-STANDARDS} by R8 (EUCC Art 3) and {@code CSA-54-1-P-MANDATORY-FIELDS} by R10 (EUCC
 * Annex VII). Who may issue 'high' at all stays the generic {@code CSA-56-6-HIGH-ISSUER} (CSA Art
 * 56(6)).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class EuccProfile implements SchemeProfile {
  /** The scheme this profile belongs to: EUCC, EUCC Art 1. */
  public static final SchemeId SCHEME_ID = SchemeId.of("EUCC");

  private static final Set<RuleCode> SUPERSEDES =
      Set.of(
          RuleCode.of(GenericRules.LEVEL_OFFERED),
          RuleCode.of(GenericRules.EVALUATION_LEVEL),
          RuleCode.of(GenericRules.SELF_ASSESSMENT),
          RuleCode.of(GenericRules.AUTHORISATION),
          RuleCode.of(GenericRules.ISSUER_ACCREDITED),
          RuleCode.of(GenericRules.MAX_VALIDITY),
          RuleCode.of(GenericRules.STANDARDS),
          RuleCode.of(GenericRules.MANDATORY_FIELDS));

  /** For {@link java.util.ServiceLoader}; the profile holds no state. */
  public EuccProfile() {}

  @Override
  public SchemeId schemeId() {
    return SCHEME_ID;
  }

  @Override
  public List<Rule> rules() {
    return EuccRules.all();
  }

  @Override
  public Set<RuleCode> supersedes() {
    return SUPERSEDES;
  }
}
