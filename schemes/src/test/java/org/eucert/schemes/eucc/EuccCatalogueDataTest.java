/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.schemes.eucc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eucert.core.model.CertificateContent;
import org.eucert.core.model.SchemeVersion;
import org.eucert.core.rules.RuleEngine;
import org.eucert.core.rules.RuleInput;
import org.eucert.core.rules.Severity;
import org.eucert.schemes.catalogue.SchemeCatalogue;
import org.junit.jupiter.api.Test;

/**
 * The EUCC rules against the EUCC scheme as shipped (the XML data of the catalogue, not the test
 * fixture): what the fixture proves of the rules holds for the real data too.
 */
class EuccCatalogueDataTest {
  private static final SchemeCatalogue CATALOGUE = SchemeCatalogue.builtIn();
  private static final SchemeVersion SHIPPED = CATALOGUE.find(EuccFixture.EUCC).orElseThrow();
  private static final RuleEngine ENGINE = CATALOGUE.rules(EuccFixture.EUCC);

  private static Set<String> errors(CertificateContent cert, EuccFixture.ContextParts context) {
    CertificateContent c = cert.toBuilder().scheme(EuccFixture.EUCC, SHIPPED.version()).build();
    return ENGINE.evaluate(new RuleInput(SHIPPED, c, context.build())).findings().stream()
        .filter(f -> f.severity() == Severity.ERROR)
        .map(f -> f.code().value())
        .collect(Collectors.toSet());
  }

  @Test
  void validCertificates_haveNoErrors_underTheShippedData() {
    assertEquals(Set.of(), errors(EuccFixture.SUBSTANTIAL, EuccFixture.cbContext()));
    assertEquals(Set.of(), errors(EuccFixture.HIGH, EuccFixture.cbContext()));
    assertEquals(Set.of(), errors(EuccFixture.PROTECTION_PROFILE, EuccFixture.nccaContext()));
  }

  @Test
  void cc31R5_afterEnd2027_refused_euccArt3_2() {
    CertificateContent late =
        EuccFixture.HIGH.toBuilder()
            .id(org.eucert.core.model.CertificateId.of("EUCC-3110-2028-01-0001"))
            .issuedAt(Instant.parse("2028-01-05T10:00:00Z"))
            .validUntil(LocalDate.of(2030, 1, 5))
            .build();
    assertEquals(Set.of(EuccRules.R8_STANDARDS), errors(late, EuccFixture.cbContext()));
  }

  @Test
  void beforeEuccApplies_refused_euccArt50() {
    CertificateContent early =
        EuccFixture.SUBSTANTIAL.toBuilder()
            .id(org.eucert.core.model.CertificateId.of("EUCC-3110-2025-01-0001"))
            .issuedAt(Instant.parse("2025-01-20T10:00:00Z"))
            .validUntil(LocalDate.of(2027, 1, 20))
            .build();
    Set<String> codes = errors(early, EuccFixture.cbContext());
    assertEquals(true, codes.contains("CSA-49-SCHEME-ADOPTED"), codes.toString());
  }

  @Test
  void shippedData_hasTheFixturesEvaluationLevelsAndHighIssuers() {
    assertEquals(shape(EuccFixture.SCHEME), shape(SHIPPED));
    assertEquals(
        EuccFixture.SCHEME.level(org.eucert.core.model.AssuranceLevel.HIGH).orElseThrow().issuers(),
        SHIPPED.level(org.eucert.core.model.AssuranceLevel.HIGH).orElseThrow().issuers());
    assertEquals(List.of(), CATALOGUE.problems());
  }

  /** Code, rank, level and restriction of each evaluation level (EUCC Art 4, 7(3)). */
  private static List<String> shape(SchemeVersion s) {
    return s.evaluationLevels().stream()
        .map(e -> e.code() + "/" + e.rank() + "/" + e.assuranceLevel() + "/" + e.restricted())
        .collect(Collectors.toList());
  }
}
