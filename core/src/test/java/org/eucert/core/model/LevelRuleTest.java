/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.model;

import static org.eucert.core.model.AssuranceLevel.BASIC;
import static org.eucert.core.model.AssuranceLevel.HIGH;
import static org.eucert.core.model.AssuranceLevel.SUBSTANTIAL;
import static org.eucert.core.model.ConformityRoute.SELF_ASSESSMENT;
import static org.eucert.core.model.ConformityRoute.THIRD_PARTY_CERTIFICATION;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.time.Period;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LevelRuleTest {
  private static LevelRule rule(
      AssuranceLevel level, Set<ConformityRoute> routes, Set<IssuerKind> issuers) {
    return new LevelRule(
        level,
        routes,
        issuers,
        Optional.of(Period.ofYears(5)),
        EvaluationActivity.minimumFor(level),
        false);
  }

  private static LevelRule withActivities(AssuranceLevel level, Set<EvaluationActivity> a) {
    return new LevelRule(
        level,
        EnumSet.of(THIRD_PARTY_CERTIFICATION),
        EnumSet.of(IssuerKind.NCCA),
        Optional.empty(),
        a,
        false);
  }

  @Test
  void selfAssessment_atBasic_accepted_CSA_53_1() {
    LevelRule r = rule(BASIC, EnumSet.of(SELF_ASSESSMENT), Set.of());
    assertTrue(r.allowsSelfAssessment());
    assertEquals(Set.of(), r.issuers());
  }

  @Test
  void selfAssessment_atSubstantial_refused_CSA_53_1() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            rule(
                SUBSTANTIAL,
                EnumSet.of(SELF_ASSESSMENT, THIRD_PARTY_CERTIFICATION),
                EnumSet.of(IssuerKind.ACCREDITED_CAB)));
  }

  @Test
  void selfAssessment_atHigh_refused_CSA_53_1() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            rule(
                HIGH,
                EnumSet.of(SELF_ASSESSMENT, THIRD_PARTY_CERTIFICATION),
                EnumSet.of(IssuerKind.NCCA)));
  }

  @Test
  void highIssuers_nccaPriorApprovalDelegation_accepted_CSA_56_6() {
    assertDoesNotThrow(
        () ->
            rule(
                HIGH,
                EnumSet.of(THIRD_PARTY_CERTIFICATION),
                EnumSet.of(
                    IssuerKind.NCCA,
                    IssuerKind.CAB_WITH_PRIOR_APPROVAL,
                    IssuerKind.CAB_WITH_GENERAL_DELEGATION)));
  }

  @Test
  void highIssuer_accreditedCab_refused_CSA_56_6() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            rule(
                HIGH,
                EnumSet.of(THIRD_PARTY_CERTIFICATION),
                EnumSet.of(IssuerKind.NCCA, IssuerKind.ACCREDITED_CAB)));
  }

  @Test
  void highIssuer_publicBodyCab_refused_CSA_56_6() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            rule(
                HIGH,
                EnumSet.of(THIRD_PARTY_CERTIFICATION),
                EnumSet.of(IssuerKind.PUBLIC_BODY_CAB)));
  }

  @Test
  void substantialIssuers_anyKind_accepted_CSA_56_4_5() {
    assertDoesNotThrow(
        () ->
            rule(
                SUBSTANTIAL,
                EnumSet.of(THIRD_PARTY_CERTIFICATION),
                EnumSet.allOf(IssuerKind.class)));
  }

  @Test
  void basicWithoutDocumentationReview_refused_CSA_52_5() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            withActivities(
                BASIC,
                EnumSet.complementOf(
                    EnumSet.of(EvaluationActivity.TECHNICAL_DOCUMENTATION_REVIEW))));
  }

  @Test
  void substantialWithoutFunctionalTesting_refused_CSA_52_6() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            withActivities(
                SUBSTANTIAL, EnumSet.of(EvaluationActivity.PUBLICLY_KNOWN_VULNERABILITY_REVIEW)));
  }

  @Test
  void substantialWithoutVulnerabilityReview_refused_CSA_52_6() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            withActivities(
                SUBSTANTIAL,
                EnumSet.of(
                    EvaluationActivity.FUNCTIONAL_TESTING,
                    EvaluationActivity.STATE_OF_THE_ART_FUNCTIONAL_TESTING,
                    EvaluationActivity.PENETRATION_TESTING)));
  }

  @Test
  void highWithoutPenetrationTesting_refused_CSA_52_7() {
    Set<EvaluationActivity> a = EnumSet.allOf(EvaluationActivity.class);
    a.remove(EvaluationActivity.PENETRATION_TESTING);
    assertThrows(IllegalArgumentException.class, () -> withActivities(HIGH, a));
  }

  @Test
  void highWithOnlyPlainFunctionalTesting_refused_CSA_52_7() {
    Set<EvaluationActivity> a = EnumSet.allOf(EvaluationActivity.class);
    a.remove(EvaluationActivity.STATE_OF_THE_ART_FUNCTIONAL_TESTING);
    assertThrows(IllegalArgumentException.class, () -> withActivities(HIGH, a));
  }

  @Test
  void moreThanTheMinimum_accepted() {
    assertDoesNotThrow(() -> withActivities(BASIC, EnumSet.allOf(EvaluationActivity.class)));
  }

  @Test
  void noRoute_refused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> rule(BASIC, Set.of(), EnumSet.of(IssuerKind.ACCREDITED_CAB)));
  }

  @Test
  void certificationWithoutIssuer_refused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> rule(SUBSTANTIAL, EnumSet.of(THIRD_PARTY_CERTIFICATION), Set.of()));
  }

  @Test
  void zeroOrNegativeMaximumValidity_refused_CSA_54_1_r() {
    for (Period p : new Period[] {Period.ZERO, Period.ofDays(-1), Period.ofYears(-5)}) {
      assertThrows(
          IllegalArgumentException.class,
          () ->
              new LevelRule(
                  BASIC,
                  EnumSet.of(THIRD_PARTY_CERTIFICATION),
                  EnumSet.of(IssuerKind.ACCREDITED_CAB),
                  Optional.of(p),
                  EvaluationActivity.minimumFor(BASIC),
                  false),
          p::toString);
    }
  }

  @Test
  void sets_areCopiedAndImmutable() {
    Set<IssuerKind> issuers = new HashSet<>(Set.of(IssuerKind.ACCREDITED_CAB));
    LevelRule r = rule(SUBSTANTIAL, EnumSet.of(THIRD_PARTY_CERTIFICATION), issuers);
    issuers.add(IssuerKind.NCCA);
    assertEquals(Set.of(IssuerKind.ACCREDITED_CAB), r.issuers());
    assertThrows(UnsupportedOperationException.class, () -> r.issuers().add(IssuerKind.NCCA));
    assertThrows(UnsupportedOperationException.class, () -> r.routes().clear());
    assertThrows(UnsupportedOperationException.class, () -> r.activities().clear());
  }

  @Test
  void equality_byValue() {
    new EqualsTester()
        .addEqualityGroup(
            rule(
                SUBSTANTIAL,
                EnumSet.of(THIRD_PARTY_CERTIFICATION),
                EnumSet.of(IssuerKind.ACCREDITED_CAB)),
            rule(SUBSTANTIAL, Set.of(THIRD_PARTY_CERTIFICATION), Set.of(IssuerKind.ACCREDITED_CAB)))
        .addEqualityGroup(
            rule(SUBSTANTIAL, EnumSet.of(THIRD_PARTY_CERTIFICATION), EnumSet.of(IssuerKind.NCCA)))
        .addEqualityGroup(
            rule(
                BASIC,
                EnumSet.of(THIRD_PARTY_CERTIFICATION),
                EnumSet.of(IssuerKind.ACCREDITED_CAB)))
        .testEquals();
  }
}
