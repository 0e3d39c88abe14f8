/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * An evaluation level of a scheme, mapped to exactly one assurance level (CSA Art 52(8)); EUCC uses
 * the AVA_VAN levels (EUCC Art 4(2)-(3): substantial = AVA_VAN.1 or .2, high = AVA_VAN.3 to .5).
 *
 * <p>Immutable.
 *
 * @param code the level as written in certificates, e.g. {@code AVA_VAN.3}
 * @param rank its order among the scheme's evaluation levels (1 = lowest)
 * @param assuranceLevel the one assurance level it maps to
 * @param restricted whether the scheme allows it only under extra conditions (EUCC Art 7(3):
 *     AVA_VAN.4 and .5 need a technical domain, an Annex II protection profile or NCCA approval)
 * @param attackPotential the attack potential it resists, where the scheme names one
 * @since 0.1
 */
public record EvaluationLevel(
    String code,
    int rank,
    AssuranceLevel assuranceLevel,
    boolean restricted,
    Optional<String> attackPotential) {
  public EvaluationLevel {
    checkNotNull(code, "code");
    checkNotNull(assuranceLevel, "assuranceLevel");
    checkNotNull(attackPotential, "attackPotential");
    checkArgument(!code.isBlank(), "evaluation level code is blank");
    checkArgument(rank >= 1, "evaluation level rank must be >= 1, got %s", rank);
  }
}
