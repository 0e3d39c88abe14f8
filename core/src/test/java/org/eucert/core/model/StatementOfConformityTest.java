/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eucert.core.testing.GenericTestScheme;
import org.eucert.core.testing.TestClocks;
import org.junit.jupiter.api.Test;

class StatementOfConformityTest {
  private static StatementOfConformity statement(
      AssuranceLevel level,
      Instant issuedAt,
      LocalDate documentationUntil,
      List<String> standards) {
    return new StatementOfConformity(
        CertificateId.of("GTS-SOC-1"),
        GenericTestScheme.ID,
        GenericTestScheme.VERSION,
        GenericTestScheme.object(),
        GenericTestScheme.holder(),
        level,
        standards,
        issuedAt,
        documentationUntil,
        Optional.empty(),
        Optional.empty());
  }

  @Test
  void basic_accepted_CSA_53_1() {
    StatementOfConformity s =
        statement(AssuranceLevel.BASIC, TestClocks.ISSUE, LocalDate.of(2036, 5, 1), List.of());
    assertEquals(ConformityRoute.SELF_ASSESSMENT, s.route());
    assertEquals(GenericTestScheme.holder().name(), s.issuerName());
  }

  @Test
  void substantial_refused_CSA_53_1() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            statement(
                AssuranceLevel.SUBSTANTIAL, TestClocks.ISSUE, LocalDate.of(2036, 5, 1), List.of()));
  }

  @Test
  void high_refused_CSA_53_1() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            statement(AssuranceLevel.HIGH, TestClocks.ISSUE, LocalDate.of(2036, 5, 1), List.of()));
  }

  @Test
  void documentationAvailability_endingBeforeTheDayOfIssue_refused_CSA_53_3() {
    // 22:30 UTC on 30 April is 1 May in Brussels: 30 April is before the day of issue
    Instant issued = Instant.parse("2026-04-30T22:30:00Z");
    assertThrows(
        IllegalArgumentException.class,
        () -> statement(AssuranceLevel.BASIC, issued, LocalDate.of(2026, 4, 30), List.of()));
    statement(AssuranceLevel.BASIC, issued, LocalDate.of(2026, 5, 1), List.of());
  }

  @Test
  void issuedAt_truncatedToMicroseconds_andStandardsCopied() {
    List<String> standards = new ArrayList<>(List.of(GenericTestScheme.STANDARD));
    StatementOfConformity s =
        statement(
            AssuranceLevel.BASIC,
            TestClocks.ISSUE.plusNanos(1_999),
            LocalDate.of(2036, 5, 1),
            standards);
    standards.add("OTHER");
    assertEquals(TestClocks.ISSUE.plusNanos(1_000), s.issuedAt());
    assertEquals(List.of(GenericTestScheme.STANDARD), s.standards());
    assertThrows(UnsupportedOperationException.class, () -> s.standards().add("X"));
  }
}
