/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link LegalTime} against {@link java.time.ZonedDateTime} arithmetic in an explicitly named
 * Europe/Brussels zone, over instants from 1990 to 2100 (many DST transitions) with nanoseconds.
 */
class LegalTimeProperties {
  private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

  @Provide
  Arbitrary<Instant> instants() {
    long from = Instant.parse("1990-01-01T00:00:00Z").getEpochSecond();
    long to = Instant.parse("2100-01-01T00:00:00Z").getEpochSecond();
    return Arbitraries.longs()
        .between(from, to)
        .flatMap(
            s ->
                Arbitraries.integers()
                    .between(0, 999_999_999)
                    .map(n -> Instant.ofEpochSecond(s, n)));
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.longs()
        .between(LocalDate.of(1990, 1, 1).toEpochDay(), LocalDate.of(2100, 1, 1).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  @Property
  void dayOf_isTheCalendarDayInBrussels(@ForAll("instants") Instant t) {
    assertEquals(t.atZone(BRUSSELS).toLocalDate(), LegalTime.dayOf(t));
  }

  @Property
  void onOrBefore_isDayOfNotAfterTheLastDay(
      @ForAll("instants") Instant t, @ForAll("dates") LocalDate lastDay) {
    boolean expected = !t.atZone(BRUSSELS).toLocalDate().isAfter(lastDay);
    assertEquals(expected, LegalTime.onOrBefore(t, lastDay));
  }

  @Property
  void everyInstant_isOnOrBeforeItsOwnDay_andNotTheDayBefore(@ForAll("instants") Instant t) {
    LocalDate day = LegalTime.dayOf(t);
    assertTrue(LegalTime.onOrBefore(t, day));
    assertFalse(LegalTime.onOrBefore(t, day.minusDays(1)));
    assertFalse(t.isBefore(LegalTime.startOfDay(day)));
    assertTrue(t.isBefore(LegalTime.endExclusive(day)));
  }

  @Property
  void dayBoundaries_roundTrip(@ForAll("dates") LocalDate day) {
    Instant start = LegalTime.startOfDay(day);
    Instant end = LegalTime.endExclusive(day);
    assertEquals(day, LegalTime.dayOf(start));
    assertEquals(day, LegalTime.dayOf(end.minus(1, ChronoUnit.MICROS)));
    assertEquals(day.plusDays(1), LegalTime.dayOf(end));
    assertEquals(LegalTime.startOfDay(day.plusDays(1)), end);
    long hours = ChronoUnit.HOURS.between(start, end);
    assertTrue(hours == 23 || hours == 24 || hours == 25, () -> day + " has " + hours + " hours");
  }

  @Property
  void normalize_isIdempotentTruncation(@ForAll("instants") Instant t) {
    Instant n = LegalTime.normalize(t);
    assertEquals(0, n.getNano() % 1_000);
    assertEquals(n, LegalTime.normalize(n));
    assertTrue(!n.isAfter(t) && t.toEpochMilli() - n.toEpochMilli() <= 1);
    assertTrue(ChronoUnit.NANOS.between(n, t) < 1_000);
  }

  @Property
  void parseInstant_readsWhatIsoWrites(@ForAll("instants") Instant t) {
    assertEquals(LegalTime.normalize(t), LegalTime.parseInstant(t.toString()));
    assertEquals(
        LegalTime.normalize(t),
        LegalTime.parseInstant(t.atZone(BRUSSELS).toOffsetDateTime().toString()));
    LocalDate day = LegalTime.dayOf(t);
    assertEquals(LegalTime.startOfDay(day), LegalTime.parseInstant(day.toString()));
  }
}
