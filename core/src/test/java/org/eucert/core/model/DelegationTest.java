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

/** CSA Art 56(6)(b): a general delegation of the issuing of 'high' certificates. */
class DelegationTest {
  private static final SchemeId GTS = GenericTestScheme.ID;

  private static Delegation delegation(
      Set<String> categories, Optional<LocalDate> until, Timeline<DelegationStatus> status) {
    return new Delegation(
        TestBodies.NCCA,
        TestBodies.CAB,
        GTS,
        "DEL-1",
        categories,
        LocalDate.of(2025, 3, 1),
        until,
        status);
  }

  private static Timeline<DelegationStatus> activeFromStart() {
    return Timeline.starting(DelegationStatus.ACTIVE, brussels("2025-03-01T00:00"));
  }

  @Test
  void covers_withinItsDatesInclusive_CSA_56_6_b() {
    Delegation d = delegation(Set.of(), Optional.of(LocalDate.of(2027, 2, 28)), activeFromStart());
    assertFalse(d.covers(GTS, Optional.empty(), brussels("2025-02-28T23:59:59.999999")));
    assertTrue(d.covers(GTS, Optional.empty(), brussels("2025-03-01T00:00")));
    assertTrue(d.covers(GTS, Optional.of("x"), brussels("2027-02-28T23:59:59.999999")));
    assertFalse(d.covers(GTS, Optional.empty(), brussels("2027-03-01T00:00")));
  }

  @Test
  void covers_openEnded() {
    Delegation d = delegation(Set.of(), Optional.empty(), activeFromStart());
    assertTrue(d.covers(GTS, Optional.empty(), brussels("2090-01-01T00:00")));
  }

  @Test
  void covers_onlyItsScheme_andItsCategories() {
    Delegation d = delegation(Set.of("routers"), Optional.empty(), activeFromStart());
    assertTrue(d.covers(GTS, Optional.of("routers"), TestClocks.ISSUE));
    assertFalse(d.covers(GTS, Optional.of("smartcards"), TestClocks.ISSUE));
    assertFalse(d.covers(GTS, Optional.empty(), TestClocks.ISSUE));
    assertFalse(d.covers(SchemeId.of("EUCC"), Optional.of("routers"), TestClocks.ISSUE));
  }

  @Test
  void covers_notWhileSuspended_norAfterRevocation() {
    Delegation d =
        delegation(
            Set.of(),
            Optional.empty(),
            activeFromStart()
                .then(DelegationStatus.SUSPENDED, brussels("2026-01-01T00:00"))
                .then(DelegationStatus.ACTIVE, brussels("2026-02-01T00:00"))
                .then(DelegationStatus.REVOKED, brussels("2026-06-01T00:00")));
    assertFalse(d.covers(GTS, Optional.empty(), brussels("2026-01-15T00:00")));
    assertTrue(d.covers(GTS, Optional.empty(), brussels("2026-05-31T23:59:59.999999")));
    assertFalse(d.covers(GTS, Optional.empty(), brussels("2026-06-01T00:00")));
  }

  @Test
  void endingBeforeItStarts_refused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> delegation(Set.of(), Optional.of(LocalDate.of(2025, 2, 28)), activeFromStart()));
  }
}
