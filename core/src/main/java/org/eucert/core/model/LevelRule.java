/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.Sets;
import java.time.Period;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What a scheme says for one assurance level it offers: the conformity routes allowed, who may
 * issue, the maximum validity and the evaluation activities.
 *
 * <p>Law that the constructor enforces, because no scheme may say otherwise: self-assessment only
 * at basic (CSA Art 53(1)); for 'high' only the NCCA, a CAB with prior approval or a CAB under a
 * general delegation issue (CSA Art 56(6)); the evaluation activities include at least those of
 * CSA Art 52(5)-(7) ({@link EvaluationActivity#minimumFor}).
 *
 * <p>Immutable.
 *
 * @param level the assurance level
 * @param routes the conformity routes allowed; never empty
 * @param issuers who may issue certificates; empty only for a self-assessment-only level
 * @param maxValidity the maximum validity period (CSA Art 54(1)(r)); empty where the scheme does
 *     not say (unknown for a candidate scheme)
 * @param activities the evaluation activities required
 * @param authorisationRequired whether an NCCA authorisation is needed beyond accreditation (CSA
 *     Art 60(3); EUCC Art 21-22 for 'high')
 * @since 0.1
 */
public record LevelRule(
    AssuranceLevel level,
    Set<ConformityRoute> routes,
    Set<IssuerKind> issuers,
    Optional<Period> maxValidity,
    Set<EvaluationActivity> activities,
    boolean authorisationRequired) {
  private static final Set<IssuerKind> HIGH_ISSUERS =
      EnumSet.of(
          IssuerKind.NCCA,
          IssuerKind.CAB_WITH_PRIOR_APPROVAL,
          IssuerKind.CAB_WITH_GENERAL_DELEGATION);

  public LevelRule {
    checkNotNull(level, "level");
    checkNotNull(maxValidity, "maxValidity");
    checkArgument(!routes.isEmpty(), "level %s allows no conformity route", level);
    routes = Sets.immutableEnumSet(routes);
    issuers = issuers.isEmpty() ? Set.of() : Sets.immutableEnumSet(issuers);
    activities = activities.isEmpty() ? Set.of() : Sets.immutableEnumSet(activities);
    checkArgument(
        !routes.contains(ConformityRoute.SELF_ASSESSMENT) || level == AssuranceLevel.BASIC,
        "CSA Art 53(1): self-assessment only at level basic, not %s",
        level);
    checkArgument(
        !routes.contains(ConformityRoute.THIRD_PARTY_CERTIFICATION) || !issuers.isEmpty(),
        "level %s allows certification but names no issuer",
        level);
    checkArgument(
        level != AssuranceLevel.HIGH || HIGH_ISSUERS.containsAll(issuers),
        "CSA Art 56(6): 'high' is issued only by the NCCA or a CAB with prior approval or"
            + " delegation, not %s",
        issuers);
    checkArgument(
        activities.containsAll(EvaluationActivity.minimumFor(level)),
        "CSA Art 52: level %s needs at least %s",
        level,
        EvaluationActivity.minimumFor(level));
    maxValidity.ifPresent(
        p ->
            checkArgument(
                !p.isNegative() && !p.isZero(), "maximum validity must be positive: %s", p));
  }

  /** Whether certificates at this level may be issued by third parties. */
  public boolean allowsCertification() {
    return routes.contains(ConformityRoute.THIRD_PARTY_CERTIFICATION);
  }

  /** Whether EU statements of conformity are allowed at this level (CSA Art 53). */
  public boolean allowsSelfAssessment() {
    return routes.contains(ConformityRoute.SELF_ASSESSMENT);
  }
}
