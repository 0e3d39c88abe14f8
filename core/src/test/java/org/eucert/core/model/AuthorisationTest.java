/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.model;

import static org.eucert.core.testing.TestClocks.brussels;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.eucert.core.testing.GenericTestScheme;
import org.eucert.core.testing.TestBodies;
import org.eucert.core.testing.TestClocks;
import org.eucert.core.time.Timeline;
import org.junit.jupiter.api.Test;

/**
 * CSA Art 60(3), EUCC Art 21-22: an NCCA authorisation in force between its dates and while active.
 */
class AuthorisationTest {
  @Test
  void inForceAt_throughTheLastDay_andWhileActiveOrRestricted() {
    Authorisation a =
        TestBodies.authorisation(
            TestBodies.CAB,
            LocalDate.of(2027, 6, 30),
            Set.of(),
            Timeline.starting(AuthorisationStatus.ACTIVE, TestClocks.RECORDS_LISTED)
                .then(AuthorisationStatus.RESTRICTED, brussels("2026-01-01T00:00"))
                .then(AuthorisationStatus.SUSPENDED, brussels("2026-03-01T00:00"))
                .then(AuthorisationStatus.ACTIVE, brussels("2026-04-01T00:00")));
    assertFalse(a.inForceAt(TestClocks.RECORDS_LISTED.minusNanos(1)));
    assertTrue(a.inForceAt(TestClocks.RECORDS_LISTED));
    assertTrue(a.inForceAt(brussels("2026-02-01T00:00")));
    assertFalse(a.inForceAt(brussels("2026-03-15T00:00")));
    assertTrue(a.inForceAt(brussels("2027-06-30T23:59:59.999999")));
    assertFalse(a.inForceAt(brussels("2027-07-01T00:00")));
  }

  @Test
  void withdrawn_notInForce() {
    Authorisation a =
        TestBodies.authorisation(
            TestBodies.CAB,
            TestClocks.RECORDS_UNTIL,
            Set.of(),
            Timeline.starting(AuthorisationStatus.ACTIVE, TestClocks.RECORDS_LISTED)
                .then(AuthorisationStatus.WITHDRAWN, brussels("2026-01-01T00:00")));
    assertFalse(a.inForceAt(brussels("2026-01-01T00:00")));
  }

  @Test
  void endingBeforeItStarts_orBlankReference_refused() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            TestBodies.authorisation(
                TestBodies.CAB, TestClocks.RECORDS_FROM.minusDays(1), Set.of(), Timeline.empty()));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Authorisation(
                TestBodies.CAB,
                TestBodies.NCCA,
                GenericTestScheme.ID,
                " ",
                Set.of(),
                Set.of(),
                Optional.empty(),
                Set.of(),
                TestClocks.RECORDS_FROM,
                TestClocks.RECORDS_UNTIL,
                Timeline.empty()));
  }
}
