/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eucert.core.testing.GenericTestScheme;
import org.eucert.core.testing.TestClocks;
import org.eucert.core.time.Timeline;
import org.junit.jupiter.api.Test;

class SchemeVersionTest {
  /** A complete scheme offering only BASIC and SUBSTANTIAL, so HIGH is not offered. */
  private static SchemeVersion.Builder withoutHigh() {
    SchemeVersion.Builder b =
        SchemeVersion.builder()
            .schemeId(GenericTestScheme.ID)
            .version("no-high")
            .title("Generic test scheme without high")
            .statusHistory(GenericTestScheme.status())
            .addLevel(GenericTestScheme.basic())
            .addLevel(GenericTestScheme.substantial());
    for (SchemeElement e : SchemeElement.values()) {
      b.element(e, "text");
    }
    return b;
  }

  @Test
  void genericTestScheme_isCompleteAndConsistent() {
    SchemeVersion s = GenericTestScheme.scheme();
    assertTrue(s.isComplete());
    assertEquals(Set.of(), s.missingElements());
    assertEquals(
        List.of(AssuranceLevel.BASIC, AssuranceLevel.SUBSTANTIAL, AssuranceLevel.HIGH),
        List.copyOf(s.levels().keySet()));
    assertTrue(s.allowsSelfAssessment());
    assertEquals(SchemeStatus.ADOPTED, s.currentStatus());
    assertEquals(
        Optional.of(SchemeStatus.CANDIDATE),
        s.statusAt(TestClocks.SCHEME_ADOPTED.minusNanos(1_000)));
    assertEquals(Optional.empty(), s.statusAt(TestClocks.SCHEME_CANDIDATE.minusNanos(1_000)));
    assertEquals(
        Optional.of(AssuranceLevel.HIGH),
        s.evaluationLevel(GenericTestScheme.EVAL_HIGH).map(EvaluationLevel::assuranceLevel));
    assertEquals(Optional.empty(), s.evaluationLevel("nope"));
    assertEquals(
        Optional.of(GenericTestScheme.LEGACY_LAST_DAY),
        s.standard(GenericTestScheme.LEGACY_STANDARD).flatMap(StandardReference::lastIssueDate));
    assertEquals(Optional.empty(), s.standard("nope"));
  }

  @Test
  void levelDefinedTwice_refused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> GenericTestScheme.builder().addLevel(GenericTestScheme.substantial()).build());
  }

  @Test
  void evaluationLevelMappedToALevelNotOffered_refused_CSA_52_8() {
    SchemeVersion.Builder b =
        withoutHigh()
            .addEvaluationLevel(
                GenericTestScheme.evaluationLevel("E-HIGH", 1, AssuranceLevel.HIGH));
    assertThrows(IllegalArgumentException.class, b::build);
    withoutHigh()
        .addEvaluationLevel(
            GenericTestScheme.evaluationLevel("E-SUB", 1, AssuranceLevel.SUBSTANTIAL))
        .build();
  }

  @Test
  void evaluationLevelCodeOrRankTwice_refused() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            GenericTestScheme.builder()
                .addEvaluationLevel(
                    GenericTestScheme.evaluationLevel(
                        GenericTestScheme.EVAL_BASIC, 9, AssuranceLevel.BASIC))
                .build());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            GenericTestScheme.builder()
                .addEvaluationLevel(
                    GenericTestScheme.evaluationLevel("E9", 1, AssuranceLevel.BASIC))
                .build());
  }

  @Test
  void requirementCitingAnUnknownStandard_refused_CSA_54_1_c() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            GenericTestScheme.builder()
                .addRequirement(
                    new Requirement(
                        "R-X", "text", List.of("NO-SUCH-STD"), EnumSet.of(AssuranceLevel.BASIC)))
                .build());
  }

  @Test
  void requirementAtALevelNotOffered_refused_CSA_52_3() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            withoutHigh()
                .addRequirement(
                    new Requirement("R-X", "text", List.of(), EnumSet.of(AssuranceLevel.HIGH)))
                .build());
  }

  @Test
  void duplicates_refused() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            GenericTestScheme.builder()
                .addStandard(StandardReference.of(GenericTestScheme.STANDARD, "again"))
                .build());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            GenericTestScheme.builder()
                .addRequirement(
                    new Requirement(
                        "GTS-REQ-1", "again", List.of(), EnumSet.of(AssuranceLevel.BASIC)))
                .build());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            GenericTestScheme.builder()
                .addTechnicalDomain(new TechnicalDomain("TD", "d", List.of()))
                .addTechnicalDomain(new TechnicalDomain("TD", "d", List.of()))
                .build());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            GenericTestScheme.builder()
                .addProtectionProfile(
                    new ProtectionProfileReference("PP", "p", "Annex II", Optional.empty()))
                .addProtectionProfile(
                    new ProtectionProfileReference("PP", "p", "Annex III", Optional.empty()))
                .build());
  }

  @Test
  void badVersionTitleOrStatus_refused() {
    assertThrows(
        IllegalArgumentException.class, () -> GenericTestScheme.builder().version("1 0").build());
    assertThrows(
        IllegalArgumentException.class, () -> GenericTestScheme.builder().version("").build());
    assertThrows(
        IllegalArgumentException.class, () -> GenericTestScheme.builder().title(" ").build());
    assertThrows(
        IllegalArgumentException.class,
        () -> GenericTestScheme.builder().statusHistory(Timeline.empty()).build());
    assertThrows(
        NullPointerException.class, () -> GenericTestScheme.builder().statusHistory(null).build());
    assertThrows(
        NullPointerException.class, () -> GenericTestScheme.builder().schemeId(null).build());
  }

  @Test
  void blankElementText_countsAsMissing_CSA_54_1() {
    SchemeVersion s =
        GenericTestScheme.builder()
            .element(SchemeElement.R_MAXIMUM_VALIDITY, "  ")
            .element(SchemeElement.E_SELF_ASSESSMENT, " Allowed at basic. ")
            .build();
    assertEquals(EnumSet.of(SchemeElement.R_MAXIMUM_VALIDITY), s.missingElements());
    assertFalse(s.isComplete());
    assertEquals("Allowed at basic.", s.elements().get(SchemeElement.E_SELF_ASSESSMENT));
  }

  @Test
  void schemeWithoutSelfAssessment_saysSo_CSA_54_1_e() {
    assertFalse(withoutHigh().build().level(AssuranceLevel.HIGH).isPresent());
    SchemeVersion noSelf =
        SchemeVersion.builder()
            .schemeId(GenericTestScheme.ID)
            .version("x")
            .title("t")
            .statusHistory(GenericTestScheme.status())
            .addLevel(GenericTestScheme.substantial())
            .build();
    assertFalse(noSelf.allowsSelfAssessment());
  }

  @Test
  void collections_areImmutable() {
    SchemeVersion s = GenericTestScheme.scheme();
    assertThrows(UnsupportedOperationException.class, () -> s.standards().clear());
    assertThrows(UnsupportedOperationException.class, () -> s.levels().clear());
    assertThrows(UnsupportedOperationException.class, () -> s.elements().clear());
    assertThrows(
        UnsupportedOperationException.class, () -> s.mandatoryFields().add(CertificateField.SCOPE));
    assertThrows(
        UnsupportedOperationException.class,
        () -> s.missingElements().add(SchemeElement.A_SUBJECT_MATTER_AND_SCOPE));
  }

  @Test
  void toBuilder_roundTrips_andEqualityIsByValue() {
    SchemeVersion s = GenericTestScheme.scheme();
    new EqualsTester()
        .addEqualityGroup(s, s.toBuilder().build(), GenericTestScheme.scheme())
        .addEqualityGroup(s.toBuilder().version("1.1").build())
        .addEqualityGroup(s.toBuilder().addNote("UNVERIFIED: something").build())
        .addEqualityGroup(
            s.toBuilder().applicableFrom(Optional.of(LocalDate.of(2027, 1, 1))).build())
        .addEqualityGroup(withoutHigh().build())
        .testEquals();
  }
}
