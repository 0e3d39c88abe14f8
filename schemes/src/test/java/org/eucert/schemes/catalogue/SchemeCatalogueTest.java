/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.schemes.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eucert.core.model.AssuranceLevel;
import org.eucert.core.model.ConformityRoute;
import org.eucert.core.model.EvaluationLevel;
import org.eucert.core.model.IssuerKind;
import org.eucert.core.model.SchemeElement;
import org.eucert.core.model.SchemeId;
import org.eucert.core.model.SchemeStatus;
import org.eucert.core.model.SchemeVersion;
import org.eucert.core.xml.SchemeCodec;
import org.eucert.core.xml.XmlFormatException;
import org.junit.jupiter.api.Test;

/** The built-in catalogue as data: loaded through the validating codec, and what it says. */
class SchemeCatalogueTest {
  private static final SchemeCatalogue CATALOGUE = SchemeCatalogue.builtIn();
  private static final SchemeId EUCC = SchemeId.of("EUCC");

  private static SchemeVersion eucc() {
    return CATALOGUE.find(EUCC).orElseThrow();
  }

  @Test
  void builtIn_loadsEuccAndTheCandidates_withoutProblems() {
    assertEquals(
        List.of("EU5G", "EUCC", "EUCS", "EUMSS"),
        CATALOGUE.ids().stream().map(SchemeId::value).toList());
    assertEquals(List.of(), CATALOGUE.problems());
    assertTrue(CATALOGUE.profile(EUCC).isPresent(), "EUCC's profile is found by ServiceLoader");
  }

  @Test
  void eucc_isAdoptedAndComplete_csaArt54_1() {
    SchemeVersion s = eucc();
    assertEquals(SchemeStatus.ADOPTED, s.statusAt(Instant.parse("2026-01-01T00:00:00Z")).orElseThrow());
    assertEquals(Optional.empty(), s.statusAt(Instant.parse("2024-01-01T00:00:00Z")));
    assertTrue(s.isComplete(), "EUCC lacks " + s.missingElements());
    assertTrue(SchemeCheck.of(s).isComplete());
    assertEquals(Optional.of(LocalDate.of(2025, 2, 27)), s.applicableFrom());
  }

  @Test
  void eucc_offersSubstantialAndHighOnly_noSelfAssessment_euccArt4And6() {
    SchemeVersion s = eucc();
    assertEquals(EnumSet.of(AssuranceLevel.SUBSTANTIAL, AssuranceLevel.HIGH), s.levels().keySet());
    assertFalse(s.allowsSelfAssessment());
    s.levels()
        .values()
        .forEach(r -> assertEquals(Set.of(ConformityRoute.THIRD_PARTY_CERTIFICATION), r.routes()));
    assertEquals(
        EnumSet.of(
            IssuerKind.NCCA,
            IssuerKind.CAB_WITH_PRIOR_APPROVAL,
            IssuerKind.CAB_WITH_GENERAL_DELEGATION),
        s.level(AssuranceLevel.HIGH).orElseThrow().issuers());
    assertTrue(s.level(AssuranceLevel.HIGH).orElseThrow().authorisationRequired());
    assertEquals(
        Optional.of(Period.ofYears(5)), s.level(AssuranceLevel.SUBSTANTIAL).orElseThrow().maxValidity());
  }

  @Test
  void eucc_avaVanMapping_euccArt4_2_and_4_3() {
    SchemeVersion s = eucc();
    assertEquals(5, s.evaluationLevels().size());
    for (EvaluationLevel e : s.evaluationLevels()) {
      AssuranceLevel expected = e.rank() <= 2 ? AssuranceLevel.SUBSTANTIAL : AssuranceLevel.HIGH;
      assertEquals("AVA_VAN." + e.rank(), e.code());
      assertEquals(expected, e.assuranceLevel(), e.code());
      assertEquals(e.rank() >= 4, e.restricted(), e.code() + " restricted (EUCC Art 7(3))");
    }
  }

  @Test
  void eucc_cc31R5UntilEnd2027_euccArt3_2() {
    SchemeVersion s = eucc();
    assertTrue(s.standard("CC_3_1_R5").orElseThrow().applicableOn(LocalDate.of(2027, 12, 31)));
    assertFalse(s.standard("CC_3_1_R5").orElseThrow().applicableOn(LocalDate.of(2028, 1, 1)));
    assertTrue(s.standard("CC_2022").orElseThrow().applicableOn(LocalDate.of(2040, 1, 1)));
  }

  @Test
  void candidates_areNotAdopted_andLackElements() {
    for (String id : List.of("EUCS", "EU5G", "EUMSS")) {
      SchemeVersion s = CATALOGUE.find(SchemeId.of(id)).orElseThrow();
      assertTrue(s.currentStatus() != SchemeStatus.ADOPTED, id);
      assertFalse(s.isComplete(), id + " must not pretend to be complete");
      assertFalse(SchemeCheck.of(s).warnings().isEmpty(), id);
    }
    SchemeVersion eu5g = CATALOGUE.find(SchemeId.of("EU5G")).orElseThrow();
    assertTrue(eu5g.levels().isEmpty(), "EU5G levels are unknown, not invented");
  }

  @Test
  void builtInResources_roundTripThroughTheCodec() {
    SchemeCodec codec = SchemeCodec.create();
    for (SchemeVersion s : CATALOGUE.schemes()) {
      assertEquals(s, codec.parse(codec.write(s)), s.schemeId().value());
    }
  }

  @Test
  void userScheme_loadsThroughTheSamePath_andCheckListsMissingElements() {
    String xml =
        "<scheme xmlns=\"urn:eucert:scheme:1\" id=\"PILOT-IOT\" version=\"0.1\">"
            + "<title>A national pilot</title>"
            + "<status from=\"2026-01-01T00:00:00Z\">CANDIDATE</status>"
            + "<elements><element name=\"A_SUBJECT_MATTER_AND_SCOPE\">IoT devices</element>"
            + "<element name=\"R_MAXIMUM_VALIDITY\">3 years</element></elements>"
            + "<levels><level name=\"BASIC\"><route>SELF_ASSESSMENT</route>"
            + "<activity>TECHNICAL_DOCUMENTATION_REVIEW</activity></level></levels>"
            + "</scheme>";
    SchemeVersion s = CATALOGUE.parse(xml.getBytes(StandardCharsets.UTF_8));
    SchemeCheck check = SchemeCheck.of(s);
    assertFalse(check.isComplete());
    assertEquals(20, check.missingElements().size());
    assertFalse(check.missingElements().contains(SchemeElement.A_SUBJECT_MATTER_AND_SCOPE));
    assertTrue(check.missingElements().contains(SchemeElement.E_SELF_ASSESSMENT));
    SchemeCatalogue extended = CATALOGUE.with(s);
    assertEquals(Optional.of(s), extended.find(SchemeId.of("PILOT-IOT")));
    assertThrows(IllegalArgumentException.class, () -> extended.with(s));
  }

  @Test
  void userScheme_invalid_isRefusedWithItsCode() {
    XmlFormatException e =
        assertThrows(
            XmlFormatException.class,
            () -> CATALOGUE.parse("<scheme xmlns=\"urn:eucert:scheme:1\"/>".getBytes(StandardCharsets.UTF_8)));
    assertEquals("XML_SCHEMA_INVALID", e.code());
  }
}
