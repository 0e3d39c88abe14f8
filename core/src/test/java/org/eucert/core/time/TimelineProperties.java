/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * {@link Timeline} against a naive model: a linear scan over the entries as generated, comparing at
 * microsecond precision (ARCHITECTURE.md 3). Entry instants carry random sub-microsecond nanos that
 * the time line must truncate; query instants are random and also placed exactly on, just before
 * and just after every entry.
 */
class TimelineProperties {
  /** A status type with no meaning, so nothing here depends on certificate semantics. */
  enum Light {
    RED,
    AMBER,
    GREEN
  }

  /** One generated entry as given, before normalisation. */
  record Raw(Light status, Instant at) {}

  private static final Instant EARLIEST = Instant.parse("2020-01-01T00:00:00Z");

  // ---- generators

  /** Strictly increasing at microsecond precision, each with 0..999 extra nanoseconds. */
  @Provide
  Arbitrary<List<Raw>> histories() {
    Arbitrary<Long> gapsMicros =
        Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.just(1L)),
            Tuple.of(3, Arbitraries.longs().between(1, 1_000)),
            Tuple.of(4, Arbitraries.longs().between(1_000_000, 400L * 24 * 3600 * 1_000_000)));
    Arbitrary<Step> steps =
        Combinators.combine(
                Arbitraries.of(Light.class), gapsMicros, Arbitraries.integers().between(0, 999))
            .as(Step::new);
    Arbitrary<Long> startMicros = Arbitraries.longs().between(0, 10L * 365 * 24 * 3600 * 1_000_000);
    return Combinators.combine(startMicros, steps.list().ofMaxSize(12))
        .as(
            (start, list) -> {
              List<Raw> out = new ArrayList<>();
              Instant onGrid = EARLIEST.plus(start, ChronoUnit.MICROS);
              for (Step s : list) {
                onGrid = onGrid.plus(s.gapMicros(), ChronoUnit.MICROS);
                out.add(new Raw(s.status(), onGrid.plusNanos(s.subMicroNanos())));
              }
              return out;
            });
  }

  /** Random, possibly unordered and colliding instants in a window of 20 microseconds. */
  @Provide
  Arbitrary<List<Raw>> jumbled() {
    return Combinators.combine(
            Arbitraries.of(Light.class),
            Arbitraries.longs().between(0, 20),
            Arbitraries.integers().between(0, 999))
        .as(
            (s, micros, nanos) ->
                new Raw(s, EARLIEST.plus(micros, ChronoUnit.MICROS).plusNanos(nanos)))
        .list()
        .ofMinSize(2)
        .ofMaxSize(6);
  }

  @Provide
  Arbitrary<Instant> anyInstant() {
    return Arbitraries.longs()
        .between(-3600L * 1_000_000_000, 11L * 365 * 24 * 3600 * 1_000_000_000)
        .map(EARLIEST::plusNanos);
  }

  record Step(Light status, long gapMicros, int subMicroNanos) {}

  // ---- the model

  private static Instant micros(Instant t) {
    return t.truncatedTo(ChronoUnit.MICROS);
  }

  /** Linear scan: the last entry at or before {@code t}, at microsecond precision. */
  static <S> Optional<S> naiveAt(List<? extends Raw> raw, Instant t) {
    Optional<S> result = Optional.empty();
    for (Raw e : raw) {
      if (!micros(e.at()).isAfter(micros(t))) {
        @SuppressWarnings("unchecked")
        S s = (S) e.status();
        result = Optional.of(s);
      }
    }
    return result;
  }

  private static Timeline<Light> timelineOf(List<Raw> raw) {
    List<TimelineEntry<Light>> entries = new ArrayList<>();
    raw.forEach(r -> entries.add(TimelineEntry.of(r.status(), r.at())));
    return Timeline.of(entries);
  }

  /** Probes on, just before and just after every entry, the extremes, and the random ones. */
  private static List<Instant> probes(List<Raw> raw, List<Instant> random) {
    List<Instant> out = new ArrayList<>(random);
    out.add(Instant.MIN);
    out.add(Instant.MAX);
    for (Raw r : raw) {
      Instant grid = micros(r.at());
      out.add(r.at());
      out.add(grid);
      out.add(grid.minusNanos(1));
      out.add(grid.plusNanos(999));
      out.add(grid.plusNanos(1_000));
      out.add(grid.minusNanos(1_000));
    }
    return out;
  }

  // ---- properties

  @Property
  void at_agreesWithALinearScan(
      @ForAll("histories") List<Raw> raw,
      @ForAll @Size(max = 8) List<@From("anyInstant") Instant> random) {
    Timeline<Light> line = timelineOf(raw);
    for (Instant t : probes(raw, random)) {
      assertEquals(naiveAt(raw, t), line.at(t), () -> "at(" + t + ") of " + raw);
      Optional<TimelineEntry<Light>> entry = line.entryAt(t);
      assertEquals(line.at(t), entry.map(TimelineEntry::status));
      entry.ifPresent(
          e -> {
            assertEquals(micros(e.from()), e.from(), "stored instants are microseconds");
            assertTrue(!e.from().isAfter(t), "the entry in force started at or before t");
          });
    }
  }

  @Property
  void beforeTheFirstEntry_isNotYetListed(
      @ForAll("histories") List<Raw> raw,
      @ForAll @IntRange(min = 1, max = 1_000_000) int nanosBefore) {
    Timeline<Light> line = timelineOf(raw);
    if (raw.isEmpty()) {
      assertEquals(Optional.empty(), line.at(EARLIEST));
      assertTrue(line.first().isEmpty() && line.latest().isEmpty() && line.isEmpty());
      return;
    }
    Instant firstOnGrid = micros(raw.get(0).at());
    assertEquals(Optional.empty(), line.at(firstOnGrid.minusNanos(nanosBefore)));
    assertEquals(Optional.empty(), line.at(Instant.MIN));
    assertEquals(Optional.of(raw.get(0).status()), line.at(firstOnGrid));
    assertEquals(Optional.of(raw.get(raw.size() - 1).status()), line.at(Instant.MAX));
  }

  @Property
  void then_appendsLikeOf_andNeverRewritesThePast(@ForAll("histories") List<Raw> raw) {
    Timeline<Light> built = Timeline.empty();
    for (Raw r : raw) {
      Timeline<Light> before = built;
      built = built.then(r.status(), r.at());
      assertEquals(before.entries().size() + 1, built.entries().size());
    }
    assertEquals(timelineOf(raw), built);
    assertEquals(timelineOf(raw).hashCode(), built.hashCode());
    if (!raw.isEmpty()) {
      Instant lastOnGrid = micros(raw.get(raw.size() - 1).at());
      Timeline<Light> line = built;
      for (Instant notAfter :
          List.of(
              lastOnGrid,
              lastOnGrid.plusNanos(999),
              lastOnGrid.minusNanos(1),
              lastOnGrid.minus(Duration.ofDays(1)),
              micros(raw.get(0).at()))) {
        assertThrows(IllegalArgumentException.class, () -> line.then(Light.RED, notAfter));
      }
      assertEquals(
          raw.size() + 1, line.then(Light.RED, lastOnGrid.plusNanos(1_000)).entries().size());
    }
  }

  @Property
  void of_acceptsExactlyStrictlyIncreasingMicroseconds(@ForAll("jumbled") List<Raw> raw) {
    boolean increasing = true;
    for (int i = 1; i < raw.size(); i++) {
      increasing &= micros(raw.get(i - 1).at()).isBefore(micros(raw.get(i).at()));
    }
    if (increasing) {
      assertEquals(raw.size(), timelineOf(raw).entries().size());
    } else {
      assertThrows(IllegalArgumentException.class, () -> timelineOf(raw));
    }
  }

  @Property
  void entries_areImmutable_andCopiedIn(@ForAll("histories") List<Raw> raw) {
    List<TimelineEntry<Light>> source = new ArrayList<>();
    raw.forEach(r -> source.add(TimelineEntry.of(r.status(), r.at())));
    Timeline<Light> line = Timeline.of(source);
    List<TimelineEntry<Light>> snapshot = List.copyOf(line.entries());
    source.clear();
    source.add(TimelineEntry.of(Light.RED, Instant.MIN));
    assertEquals(snapshot, line.entries(), "the caller's list is copied in");
    List<TimelineEntry<Light>> out = line.entries();
    TimelineEntry<Light> extra = TimelineEntry.of(Light.GREEN, Instant.MAX);
    assertThrows(UnsupportedOperationException.class, () -> out.add(extra));
    if (!out.isEmpty()) {
      assertThrows(UnsupportedOperationException.class, () -> out.remove(0));
      assertThrows(UnsupportedOperationException.class, () -> out.set(0, extra));
    }
    line.then(Light.GREEN, Instant.MAX);
    assertEquals(snapshot, line.entries(), "then returns a new time line");
  }
}
