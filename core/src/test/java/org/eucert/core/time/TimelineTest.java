/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimelineTest {
  private static final Instant T0 = Instant.parse("2026-05-01T10:00:00Z");
  private static final Instant T1 = Instant.parse("2026-06-01T10:00:00Z");

  @Test
  void at_examples_notYetListed_thenEachStatusFromItsInstant() {
    Timeline<String> line = Timeline.starting("A", T0).then("B", T1);
    assertEquals(Optional.empty(), line.at(T0.minusNanos(1)));
    assertEquals(Optional.of("A"), line.at(T0));
    assertEquals(Optional.of("A"), line.at(T1.minusNanos(1_000)));
    assertEquals(Optional.of("B"), line.at(T1));
    assertEquals(Optional.of("B"), line.latest().map(TimelineEntry::status));
    assertEquals(Optional.of("A"), line.first().map(TimelineEntry::status));
  }

  @Test
  void at_subMicrosecondQuery_comparesAtMicroseconds() {
    Timeline<String> line = Timeline.starting("A", T0.plusNanos(1_000));
    // 999 ns after T0 is in the microsecond before the entry
    assertEquals(Optional.empty(), line.at(T0.plusNanos(999)));
    // 1999 ns after T0 truncates to the entry's microsecond
    assertEquals(Optional.of("A"), line.at(T0.plusNanos(1_999)));
  }

  @Test
  void entry_truncatesToMicroseconds() {
    assertEquals(T0.plusNanos(1_000), TimelineEntry.of("A", T0.plusNanos(1_999)).from());
  }

  @Test
  void then_sameMicrosecond_refused() {
    Timeline<String> line = Timeline.starting("A", T0.plusNanos(100));
    assertThrows(IllegalArgumentException.class, () -> line.then("B", T0.plusNanos(900)));
  }

  @Test
  void of_unordered_refused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Timeline.of(List.of(TimelineEntry.of("B", T1), TimelineEntry.of("A", T0))));
    assertThrows(
        IllegalArgumentException.class,
        () -> Timeline.of(List.of(TimelineEntry.of("A", T0), TimelineEntry.of("B", T0))));
  }

  @Test
  void empty_isSharedAndNotYetListedEverywhere() {
    assertSame(Timeline.empty(), Timeline.<String>empty());
    assertEquals(Optional.empty(), Timeline.<String>empty().at(Instant.MAX));
    assertEquals(Timeline.empty(), Timeline.of(List.of()));
  }

  @Test
  void equality_byEntries() {
    new EqualsTester()
        .addEqualityGroup(
            Timeline.starting("A", T0),
            Timeline.starting("A", T0.plusNanos(999)),
            Timeline.of(List.of(TimelineEntry.of("A", T0))))
        .addEqualityGroup(Timeline.starting("A", T0).then("B", T1))
        .addEqualityGroup(Timeline.starting("B", T0))
        .addEqualityGroup(Timeline.empty())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(TimelineEntry.of("A", T0), new TimelineEntry<>("A", T0.plusNanos(1)))
        .addEqualityGroup(TimelineEntry.of("A", T1))
        .addEqualityGroup(TimelineEntry.of("B", T0))
        .testEquals();
  }

  @Test
  void nulls_refused() {
    NullPointerTester npt = new NullPointerTester().setDefault(Instant.class, T0);
    npt.testAllPublicStaticMethods(Timeline.class);
    npt.testAllPublicInstanceMethods(Timeline.starting("A", T0));
    npt.testAllPublicStaticMethods(TimelineEntry.class);
    npt.testAllPublicConstructors(TimelineEntry.class);
    npt.testAllPublicStaticMethods(LegalTime.class);
  }
}
