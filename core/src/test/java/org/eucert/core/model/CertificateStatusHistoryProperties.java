/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.eucert.core.time.Timeline;
import org.eucert.core.time.TimelineEntry;

/**
 * {@link CertificateStatusHistory} against a naive model of DOMAIN.md 7.4 R20 and EUCC Art 30(1):
 * before issue nothing; a withdrawal is terminal and wins; after the last day of validity
 * (inclusive, Europe/Brussels) a certificate not withdrawn is expired, suspended or not; otherwise
 * the stored status. The model computes the day with {@link java.time.ZonedDateTime}, not with
 * {@code LegalTime}.
 */
class CertificateStatusHistoryProperties {
  private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
  private static final Instant EARLIEST = Instant.parse("2024-01-01T00:00:00Z");

  record Event(CertificateStatus status, Instant at) {}

  record Case(List<Event> events, LocalDate validUntil) {}

  // ---- generators

  private static Arbitrary<Long> gapsMicros() {
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(1L)),
        Tuple.of(2, Arbitraries.longs().between(1, 86_400L * 1_000_000)),
        Tuple.of(4, Arbitraries.longs().between(86_400L * 1_000_000, 500L * 86_400 * 1_000_000)));
  }

  private static Arbitrary<Case> cases(Arbitrary<List<CertificateStatus>> statuses) {
    Arbitrary<Long> start = Arbitraries.longs().between(0, 4L * 365 * 86_400 * 1_000_000);
    Arbitrary<Integer> nanos = Arbitraries.integers().between(0, 999);
    Arbitrary<Integer> validityDays = Arbitraries.integers().between(-2, 1_500);
    return Combinators.combine(
            start, statuses, gapsMicros().list().ofSize(12), nanos.list().ofSize(12), validityDays)
        .as(
            (s, st, gaps, ns, days) -> {
              List<Event> events = new ArrayList<>();
              Instant grid = EARLIEST.plus(s, ChronoUnit.MICROS);
              for (int i = 0; i < st.size(); i++) {
                if (i > 0) {
                  grid = grid.plus(gaps.get(i), ChronoUnit.MICROS);
                }
                events.add(new Event(st.get(i), grid.plusNanos(ns.get(i))));
              }
              LocalDate issueDay =
                  events.isEmpty() ? LocalDate.of(2026, 1, 1) : day(events.get(0).at());
              return new Case(events, issueDay.plusDays(days));
            });
  }

  /** Valid histories: IN_FORCE, then suspensions and reinstatements, perhaps a final withdrawal. */
  @Provide
  Arbitrary<Case> valid() {
    Arbitrary<List<CertificateStatus>> middle =
        Arbitraries.of(CertificateStatus.IN_FORCE, CertificateStatus.SUSPENDED).list().ofMaxSize(8);
    Arbitrary<Boolean> withdrawn = Arbitraries.of(true, false);
    return cases(
        Combinators.combine(middle, withdrawn)
            .as(
                (m, w) -> {
                  List<CertificateStatus> all = new ArrayList<>();
                  all.add(CertificateStatus.IN_FORCE);
                  all.addAll(m);
                  if (w) {
                    all.add(CertificateStatus.WITHDRAWN);
                  }
                  return all;
                }));
  }

  /** Any sequence of statuses, valid or not. */
  @Provide
  Arbitrary<Case> any() {
    return cases(Arbitraries.of(CertificateStatus.class).list().ofMaxSize(6));
  }

  @Provide
  Arbitrary<Instant> instants() {
    return Arbitraries.longs()
        .between(0, 9L * 365 * 86_400 * 1_000_000_000)
        .map(EARLIEST::plusNanos);
  }

  // ---- the model

  private static LocalDate day(Instant t) {
    return t.atZone(BRUSSELS).toLocalDate();
  }

  private static Instant micros(Instant t) {
    return t.truncatedTo(ChronoUnit.MICROS);
  }

  static boolean naiveValid(List<Event> events) {
    if (events.isEmpty() || events.get(0).status() != CertificateStatus.IN_FORCE) {
      return false;
    }
    for (int i = 0; i < events.size(); i++) {
      CertificateStatus s = events.get(i).status();
      if (s == CertificateStatus.EXPIRED) {
        return false;
      }
      if (s == CertificateStatus.WITHDRAWN && i != events.size() - 1) {
        return false;
      }
    }
    return true;
  }

  static Optional<CertificateStatus> naiveAt(Case c, Instant t) {
    CertificateStatus stored = null;
    for (Event e : c.events()) {
      if (!micros(e.at()).isAfter(micros(t))) {
        stored = e.status();
      }
    }
    if (stored == null) {
      return Optional.empty();
    }
    if (stored == CertificateStatus.WITHDRAWN) {
      return Optional.of(CertificateStatus.WITHDRAWN);
    }
    if (day(t).isAfter(c.validUntil())) {
      return Optional.of(CertificateStatus.EXPIRED);
    }
    return Optional.of(stored);
  }

  private static CertificateStatusHistory historyOf(Case c) {
    List<TimelineEntry<CertificateStatus>> entries = new ArrayList<>();
    c.events().forEach(e -> entries.add(TimelineEntry.of(e.status(), e.at())));
    return new CertificateStatusHistory(Timeline.of(entries), c.validUntil());
  }

  private static List<Instant> probes(Case c, List<Instant> random) {
    List<Instant> out = new ArrayList<>(random);
    for (Event e : c.events()) {
      Instant grid = micros(e.at());
      out.add(e.at());
      out.add(grid.minusNanos(1));
      out.add(grid.plusNanos(999));
      out.add(grid.plusNanos(1_000));
    }
    Instant end = c.validUntil().plusDays(1).atStartOfDay(BRUSSELS).toInstant();
    out.add(end);
    out.add(end.minusNanos(1));
    out.add(end.minusNanos(1_000));
    out.add(end.plusNanos(1_000));
    out.add(Instant.parse("9999-12-31T23:59:59.999999999Z"));
    return out;
  }

  // ---- properties

  @Property
  void at_agreesWithTheNaiveModel(
      @ForAll("valid") Case c, @ForAll @Size(max = 6) List<@From("instants") Instant> random) {
    CertificateStatusHistory h = historyOf(c);
    assertEquals(micros(c.events().get(0).at()), h.issuedAt());
    for (Instant t : probes(c, random)) {
      assertEquals(naiveAt(c, t), h.at(t), () -> "at(" + t + ") of " + c);
    }
  }

  @Property
  void withdrawal_isTerminal_andWinsOverExpiry(
      @ForAll("valid") Case c, @ForAll @IntRange(min = 0, max = 100_000) int daysLater) {
    Event last = c.events().get(c.events().size() - 1);
    if (last.status() != CertificateStatus.WITHDRAWN) {
      return;
    }
    CertificateStatusHistory h = historyOf(c);
    Instant later = micros(last.at()).plus(daysLater, ChronoUnit.DAYS);
    assertEquals(Optional.of(CertificateStatus.WITHDRAWN), h.at(later));
    assertThrows(
        IllegalArgumentException.class,
        () -> h.then(CertificateStatus.IN_FORCE, later.plus(1, ChronoUnit.DAYS)));
  }

  @Property
  void construction_refusesExactlyTheInvalidHistories(@ForAll("any") Case c) {
    if (naiveValid(c.events())) {
      assertEquals(c.validUntil(), historyOf(c).validUntil());
    } else {
      assertThrows(IllegalArgumentException.class, () -> historyOf(c));
    }
  }

  @Property
  void then_refusesWhatConstructionRefuses(
      @ForAll("valid") Case c, @ForAll CertificateStatus next) {
    CertificateStatusHistory h = historyOf(c);
    Instant after = micros(c.events().get(c.events().size() - 1).at()).plusSeconds(1);
    List<Event> extended = new ArrayList<>(c.events());
    extended.add(new Event(next, after));
    if (naiveValid(extended)) {
      assertEquals(Optional.of(next), h.then(next, after).events().at(after));
    } else {
      assertThrows(IllegalArgumentException.class, () -> h.then(next, after));
    }
  }
}
