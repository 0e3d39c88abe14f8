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
import org.eucert.core.time.Timeline;
import org.junit.jupiter.api.Test;

/** CSA Art 60: accreditation in force between its dates (inclusive, Brussels) and while active. */
class AccreditationTest {
  private static final LocalDate FROM = LocalDate.of(2025, 3, 1);
  private static final LocalDate UNTIL = LocalDate.of(2029, 2, 28);

  private static Accreditation accreditation(Timeline<AccreditationStatus> status) {
    return TestBodies.accreditation(TestBodies.CAB, FROM, UNTIL, status, Set.of());
  }

  private static Accreditation active() {
    return accreditation(
        Timeline.starting(AccreditationStatus.ACTIVE, brussels("2025-03-01T00:00")));
  }

  @Test
  void inForceAt_fromTheFirstDayThroughTheLastDay_CSA_60_4() {
    Accreditation a = active();
    assertFalse(a.inForceAt(brussels("2025-02-28T23:59:59.999999")));
    assertTrue(a.inForceAt(brussels("2025-03-01T00:00")));
    assertTrue(a.inForceAt(brussels("2029-02-28T23:59:59.999999")));
    assertFalse(a.inForceAt(brussels("2029-03-01T00:00")));
  }

  @Test
  void inForceAt_suspendedOrRevoked_notInForce_restricted_inForce() {
    Accreditation a =
        accreditation(
            Timeline.starting(AccreditationStatus.ACTIVE, brussels("2025-03-01T00:00"))
                .then(AccreditationStatus.SUSPENDED, brussels("2026-01-10T12:00"))
                .then(AccreditationStatus.ACTIVE, brussels("2026-02-10T12:00"))
                .then(AccreditationStatus.RESTRICTED, brussels("2026-06-01T00:00"))
                .then(AccreditationStatus.REVOKED, brussels("2027-01-01T00:00")));
    assertTrue(a.inForceAt(brussels("2026-01-10T11:59:59.999999")));
    assertFalse(a.inForceAt(brussels("2026-01-10T12:00")));
    assertTrue(a.inForceAt(brussels("2026-02-10T12:00")));
    assertTrue(a.inForceAt(brussels("2026-06-01T00:00")), "a restriction keeps it in force");
    assertFalse(a.inForceAt(brussels("2027-01-01T00:00")));
    assertFalse(a.inForceAt(brussels("2028-01-01T00:00")));
  }

  @Test
  void inForceAt_statusNotYetListed_notInForce() {
    Accreditation a =
        accreditation(Timeline.starting(AccreditationStatus.ACTIVE, brussels("2025-04-01T00:00")));
    assertFalse(a.inForceAt(brussels("2025-03-15T00:00")));
    assertFalse(accreditation(Timeline.empty()).inForceAt(brussels("2026-01-01T00:00")));
  }

  @Test
  void covers_schemeAndCategory() {
    Accreditation all = active();
    assertTrue(all.covers(GenericTestScheme.ID, Optional.empty()));
    assertTrue(all.covers(GenericTestScheme.ID, Optional.of("anything")));
    assertFalse(all.covers(SchemeId.of("EUCC"), Optional.empty()));
    Accreditation routers =
        TestBodies.accreditation(
            TestBodies.CAB,
            FROM,
            UNTIL,
            Timeline.starting(AccreditationStatus.ACTIVE, brussels("2025-03-01T00:00")),
            Set.of("routers"));
    assertTrue(routers.covers(GenericTestScheme.ID, Optional.of("routers")));
    assertFalse(routers.covers(GenericTestScheme.ID, Optional.of("smartcards")));
    assertFalse(routers.covers(GenericTestScheme.ID, Optional.empty()));
  }

  @Test
  void endingBeforeItStarts_refused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> TestBodies.accreditation(TestBodies.CAB, UNTIL, FROM, Timeline.empty(), Set.of()));
  }
}
