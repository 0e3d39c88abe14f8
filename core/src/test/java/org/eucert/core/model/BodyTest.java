/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.eucert.core.testing.TestBodies;
import org.junit.jupiter.api.Test;

class BodyTest {
  private static Body body(BodyRole role, Optional<BodyId> supervisor, boolean publicBody) {
    return new Body(
        BodyId.of("X-1"),
        role,
        "Some body",
        MemberState.BE,
        Optional.empty(),
        supervisor,
        publicBody,
        Optional.empty(),
        Optional.empty());
  }

  @Test
  void fixtures_areValid() {
    assertTrue(TestBodies.ncca().isNcca());
    assertFalse(TestBodies.cab().isNcca());
    assertFalse(TestBodies.itsef().isNcca());
  }

  @Test
  void ncca_supervisedByAnotherNcca_refused_CSA_58() {
    assertThrows(
        IllegalArgumentException.class,
        () -> body(BodyRole.NCCA, Optional.of(TestBodies.NCCA), true));
  }

  @Test
  void ncca_notAPublicBody_refused_CSA_58() {
    assertThrows(
        IllegalArgumentException.class, () -> body(BodyRole.NCCA, Optional.empty(), false));
  }

  @Test
  void certificationBody_withoutSupervisingNcca_refused_CSA_58_7() {
    assertThrows(
        IllegalArgumentException.class,
        () -> body(BodyRole.CERTIFICATION_BODY, Optional.empty(), false));
  }

  @Test
  void itsef_withoutSupervisingNcca_refused_CSA_58_7() {
    assertThrows(
        IllegalArgumentException.class, () -> body(BodyRole.ITSEF, Optional.empty(), false));
  }

  @Test
  void supervisedCabs_publicOrNot_accepted_CSA_56_5() {
    assertTrue(body(BodyRole.CERTIFICATION_BODY, Optional.of(TestBodies.NCCA), true).publicBody());
    assertFalse(body(BodyRole.ITSEF, Optional.of(TestBodies.NCCA), false).publicBody());
  }

  @Test
  void blankName_refused() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Body(
                BodyId.of("X-1"),
                BodyRole.NCCA,
                "  ",
                MemberState.BE,
                Optional.empty(),
                Optional.empty(),
                true,
                Optional.empty(),
                Optional.empty()));
  }
}
