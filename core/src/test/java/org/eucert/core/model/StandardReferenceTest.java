/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** CSA Art 54(1)(c); EUCC Art 3(2): a window of issue dates, both ends inclusive. */
class StandardReferenceTest {
  @Test
  void applicableOn_windowInclusive_EUCC_3_2() {
    StandardReference cc31 =
        new StandardReference(
            "CC_3_1_R5",
            "CC v3.1 R5",
            Optional.of(LocalDate.of(2025, 2, 27)),
            Optional.of(LocalDate.of(2027, 12, 31)),
            Optional.of("EUCC Art 3(2)"));
    assertFalse(cc31.applicableOn(LocalDate.of(2025, 2, 26)));
    assertTrue(cc31.applicableOn(LocalDate.of(2025, 2, 27)));
    assertTrue(cc31.applicableOn(LocalDate.of(2027, 12, 31)));
    assertFalse(cc31.applicableOn(LocalDate.of(2028, 1, 1)));
  }

  @Test
  void applicableOn_unlimited() {
    StandardReference s = StandardReference.of("CC_2022", "ISO/IEC 15408:2022");
    assertTrue(s.applicableOn(LocalDate.MIN));
    assertTrue(s.applicableOn(LocalDate.MAX));
  }

  @Test
  void lastBeforeFirst_orBlankId_refused() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new StandardReference(
                "S",
                "t",
                Optional.of(LocalDate.of(2026, 1, 2)),
                Optional.of(LocalDate.of(2026, 1, 1)),
                Optional.empty()));
    assertThrows(IllegalArgumentException.class, () -> StandardReference.of(" ", "t"));
  }
}
