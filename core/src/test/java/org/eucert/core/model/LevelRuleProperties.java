/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Period;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link LevelRule} accepts exactly the combinations the Act allows: self-assessment only at basic
 * (CSA Art 53(1)); 'high' issued only by the NCCA or a CAB with prior approval or delegation (Art
 * 56(6)); at least the Art 52(5)-(7) activities; at least one route, an issuer for certification, a
 * positive maximum validity.
 */
class LevelRuleProperties {
  private static final Set<IssuerKind> HIGH_ISSUERS =
      EnumSet.of(
          IssuerKind.NCCA,
          IssuerKind.CAB_WITH_PRIOR_APPROVAL,
          IssuerKind.CAB_WITH_GENERAL_DELEGATION);

  @Provide
  Arbitrary<Set<ConformityRoute>> routes() {
    return Arbitraries.subsetOf(ConformityRoute.values());
  }

  @Provide
  Arbitrary<Set<IssuerKind>> issuers() {
    return Arbitraries.subsetOf(IssuerKind.values());
  }

  @Provide
  Arbitrary<Set<EvaluationActivity>> activities() {
    return Arbitraries.subsetOf(EvaluationActivity.values());
  }

  @Provide
  Arbitrary<Optional<Period>> maxValidity() {
    return Arbitraries.oneOf(
        Arbitraries.just(Optional.<Period>empty()),
        Arbitraries.integers().between(-2, 2).map(d -> Optional.of(Period.ofDays(d))),
        Arbitraries.integers().between(1, 10).map(y -> Optional.of(Period.ofYears(y))));
  }

  static boolean lawful(
      AssuranceLevel level,
      Set<ConformityRoute> routes,
      Set<IssuerKind> issuers,
      Optional<Period> max,
      Set<EvaluationActivity> activities) {
    return !routes.isEmpty()
        && (!routes.contains(ConformityRoute.SELF_ASSESSMENT) || level == AssuranceLevel.BASIC)
        && (!routes.contains(ConformityRoute.THIRD_PARTY_CERTIFICATION) || !issuers.isEmpty())
        && (level != AssuranceLevel.HIGH || HIGH_ISSUERS.containsAll(issuers))
        && activities.containsAll(EvaluationActivity.minimumFor(level))
        && max.map(p -> p.getDays() > 0 || p.getYears() > 0).orElse(true);
  }

  @Property
  void constructor_acceptsExactlyTheLawfulCombinations(
      @ForAll AssuranceLevel level,
      @ForAll("routes") Set<ConformityRoute> routes,
      @ForAll("issuers") Set<IssuerKind> issuers,
      @ForAll("maxValidity") Optional<Period> max,
      @ForAll("activities") Set<EvaluationActivity> activities,
      @ForAll boolean authorisation) {
    if (lawful(level, routes, issuers, max, activities)) {
      LevelRule r = new LevelRule(level, routes, issuers, max, activities, authorisation);
      assertEquals(routes, r.routes());
      assertEquals(issuers, r.issuers());
      assertEquals(activities, r.activities());
      assertEquals(routes.contains(ConformityRoute.SELF_ASSESSMENT), r.allowsSelfAssessment());
      assertEquals(
          routes.contains(ConformityRoute.THIRD_PARTY_CERTIFICATION), r.allowsCertification());
    } else {
      assertThrows(
          IllegalArgumentException.class,
          () -> new LevelRule(level, routes, issuers, max, activities, authorisation));
    }
  }
}
