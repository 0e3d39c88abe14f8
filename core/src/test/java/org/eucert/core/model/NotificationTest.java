/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.model;

import static org.eucert.core.testing.TestClocks.brussels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.eucert.core.testing.GenericTestScheme;
import org.eucert.core.testing.TestBodies;
import org.eucert.core.testing.TestClocks;
import org.eucert.core.time.Timeline;
import org.junit.jupiter.api.Test;

/** CSA Art 61(1): notified for a scheme at given levels; CIR 2024/3143: suspension, withdrawal. */
class NotificationTest {
  private static final SchemeId GTS = GenericTestScheme.ID;
  private static final String V = GenericTestScheme.VERSION;
  private static final Instant T = TestClocks.ISSUE;

  @Test
  void covers_schemeVersionLevelAndStatusAtTheInstant() {
    Notification n = TestBodies.notification(TestBodies.CAB);
    for (AssuranceLevel level : AssuranceLevel.values()) {
      assertTrue(n.covers(GTS, V, level, T));
      assertTrue(n.covers(GTS, "any-other-version", level, T), "not limited to a version");
    }
    assertFalse(n.covers(SchemeId.of("EUCC"), V, AssuranceLevel.BASIC, T));
    assertFalse(n.covers(GTS, V, AssuranceLevel.BASIC, TestClocks.RECORDS_LISTED.minusNanos(1)));
  }

  @Test
  void covers_limitedToOneSchemeVersion() {
    Notification n =
        TestBodies.notification(
            TestBodies.CAB,
            Optional.of(V),
            EnumSet.allOf(AssuranceLevel.class),
            Timeline.starting(NotificationStatus.NOTIFIED, TestClocks.RECORDS_LISTED));
    assertTrue(n.covers(GTS, V, AssuranceLevel.BASIC, T));
    assertFalse(n.covers(GTS, "2.0", AssuranceLevel.BASIC, T));
  }

  @Test
  void covers_onlyTheNotifiedLevels_CSA_61_1() {
    Notification n =
        TestBodies.notification(
            TestBodies.CAB,
            Optional.empty(),
            EnumSet.of(AssuranceLevel.BASIC, AssuranceLevel.SUBSTANTIAL),
            Timeline.starting(NotificationStatus.NOTIFIED, TestClocks.RECORDS_LISTED));
    assertTrue(n.covers(GTS, V, AssuranceLevel.SUBSTANTIAL, T));
    assertFalse(n.covers(GTS, V, AssuranceLevel.HIGH, T));
  }

  @Test
  void covers_notWhileSuspended_norAfterWithdrawal() {
    Notification n =
        TestBodies.notification(
            TestBodies.CAB,
            Optional.empty(),
            EnumSet.allOf(AssuranceLevel.class),
            Timeline.starting(NotificationStatus.NOTIFIED, TestClocks.RECORDS_LISTED)
                .then(NotificationStatus.SUSPENDED, brussels("2026-02-01T00:00"))
                .then(NotificationStatus.NOTIFIED, brussels("2026-03-01T00:00"))
                .then(NotificationStatus.WITHDRAWN, brussels("2026-06-01T00:00")));
    assertTrue(n.covers(GTS, V, AssuranceLevel.BASIC, brussels("2026-01-31T23:59:59.999999")));
    assertFalse(n.covers(GTS, V, AssuranceLevel.BASIC, brussels("2026-02-01T00:00")));
    assertTrue(n.covers(GTS, V, AssuranceLevel.BASIC, brussels("2026-03-01T00:00")));
    assertTrue(n.covers(GTS, V, AssuranceLevel.BASIC, brussels("2026-05-31T23:59:59.999999")));
    assertFalse(n.covers(GTS, V, AssuranceLevel.BASIC, brussels("2026-06-01T00:00")));
  }

  @Test
  void noLevel_refused_andLevelsCopied() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            TestBodies.notification(TestBodies.CAB, Optional.empty(), Set.of(), Timeline.empty()));
    Set<AssuranceLevel> levels = new HashSet<>(Set.of(AssuranceLevel.BASIC));
    Notification n =
        TestBodies.notification(TestBodies.CAB, Optional.empty(), levels, Timeline.empty());
    levels.add(AssuranceLevel.HIGH);
    assertEquals(Set.of(AssuranceLevel.BASIC), n.levels());
  }
}
