/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Dates of law in Europe/Brussels, whatever the platform zone: the build runs tests in
 * Pacific/Chatham (UTC+13:45 in May) with a Hindi locale, so any use of the default zone or locale
 * moves these days.
 */
class LegalTimeTest {
  private static final Duration MICRO = Duration.ofNanos(1_000);

  @Test
  void startOfDay_isMidnightBrussels_summerAndWinter() {
    assertEquals(
        Instant.parse("2026-04-30T22:00:00Z"), LegalTime.startOfDay(LocalDate.of(2026, 5, 1)));
    assertEquals(
        Instant.parse("2026-01-14T23:00:00Z"), LegalTime.startOfDay(LocalDate.of(2026, 1, 15)));
  }

  @Test
  void springForward_2026_03_29_isA23HourDay() {
    LocalDate day = LocalDate.of(2026, 3, 29);
    assertEquals(Instant.parse("2026-03-28T23:00:00Z"), LegalTime.startOfDay(day));
    assertEquals(Instant.parse("2026-03-29T22:00:00Z"), LegalTime.endExclusive(day));
    assertEquals(
        Duration.ofHours(23),
        Duration.between(LegalTime.startOfDay(day), LegalTime.endExclusive(day)));
    // 01:00 UTC is 02:00 CET becoming 03:00 CEST: still the same day either side
    assertEquals(day, LegalTime.dayOf(Instant.parse("2026-03-29T00:59:59.999999Z")));
    assertEquals(day, LegalTime.dayOf(Instant.parse("2026-03-29T01:00:00Z")));
    assertEquals(day, LegalTime.dayOf(Instant.parse("2026-03-29T21:59:59.999999Z")));
    assertEquals(day.plusDays(1), LegalTime.dayOf(Instant.parse("2026-03-29T22:00:00Z")));
  }

  @Test
  void fallBack_2026_10_25_isA25HourDay() {
    LocalDate day = LocalDate.of(2026, 10, 25);
    assertEquals(Instant.parse("2026-10-24T22:00:00Z"), LegalTime.startOfDay(day));
    assertEquals(Instant.parse("2026-10-25T23:00:00Z"), LegalTime.endExclusive(day));
    assertEquals(
        Duration.ofHours(25),
        Duration.between(LegalTime.startOfDay(day), LegalTime.endExclusive(day)));
    // 22:30 UTC is 23:30 CET, still the 25th; in summer time it would already be the 26th
    assertEquals(day, LegalTime.dayOf(Instant.parse("2026-10-25T22:30:00Z")));
    assertEquals(day.plusDays(1), LegalTime.dayOf(Instant.parse("2026-10-25T23:00:00Z")));
  }

  @Test
  void endExclusive_andOnOrBefore_atTheLastMicrosecondAndTheFirstOfTheNextDay() {
    LocalDate lastDay = LocalDate.of(2029, 4, 30);
    Instant next = LegalTime.endExclusive(lastDay);
    assertEquals(Instant.parse("2029-04-30T22:00:00Z"), next);
    assertEquals(LegalTime.startOfDay(lastDay.plusDays(1)), next);
    assertTrue(LegalTime.onOrBefore(next.minus(MICRO), lastDay), "last microsecond");
    assertTrue(LegalTime.onOrBefore(next.minusNanos(1), lastDay), "last nanosecond");
    assertFalse(LegalTime.onOrBefore(next, lastDay), "first microsecond of the next day");
    assertTrue(LegalTime.onOrBefore(LegalTime.startOfDay(lastDay), lastDay));
    assertTrue(LegalTime.onOrBefore(Instant.MIN, lastDay));
    assertEquals(lastDay, LegalTime.dayOf(next.minus(MICRO)));
    assertEquals(lastDay.plusDays(1), LegalTime.dayOf(next));
  }

  @Test
  void dayOf_nearMidnightUtc_isTheBrusselsDay() {
    // 23:30 UTC on 30 April is 01:30 on 1 May in Brussels (and 13:15 on 1 May in Chatham)
    assertEquals(LocalDate.of(2026, 5, 1), LegalTime.dayOf(Instant.parse("2026-04-30T23:30:00Z")));
    // 21:59 UTC on 1 May is 23:59 in Brussels, still 1 May (but 2 May in Chatham)
    assertEquals(
        LocalDate.of(2026, 5, 1), LegalTime.dayOf(Instant.parse("2026-05-01T21:59:59.999999Z")));
    assertEquals(LocalDate.of(2026, 5, 2), LegalTime.dayOf(Instant.parse("2026-05-01T22:00:00Z")));
    // winter: 23:00 UTC is midnight
    assertEquals(
        LocalDate.of(2026, 1, 15), LegalTime.dayOf(Instant.parse("2026-01-15T22:59:59.999999Z")));
    assertEquals(LocalDate.of(2026, 1, 16), LegalTime.dayOf(Instant.parse("2026-01-15T23:00:00Z")));
  }

  @Test
  void normalize_truncatesToMicroseconds() {
    assertEquals(
        Instant.parse("2026-05-01T10:00:00.123456Z"),
        LegalTime.normalize(Instant.parse("2026-05-01T10:00:00.123456999Z")));
    assertEquals(
        Instant.parse("1969-12-31T23:59:59.999999Z"),
        LegalTime.normalize(Instant.parse("1969-12-31T23:59:59.999999001Z")));
  }

  @Test
  void parseInstant_utc() {
    assertEquals(
        Instant.parse("2026-05-01T10:00:00Z"), LegalTime.parseInstant("2026-05-01T10:00:00Z"));
  }

  @Test
  void parseInstant_offset() {
    assertEquals(
        Instant.parse("2026-05-01T10:00:00Z"), LegalTime.parseInstant("2026-05-01T12:00:00+02:00"));
  }

  @Test
  void parseInstant_date_isTheStartOfThatDayInBrussels() {
    assertEquals(Instant.parse("2026-04-30T22:00:00Z"), LegalTime.parseInstant("2026-05-01"));
    assertEquals(Instant.parse("2026-01-14T23:00:00Z"), LegalTime.parseInstant("2026-01-15"));
    assertEquals(Instant.parse("2026-04-30T22:00:00Z"), LegalTime.parseInstant(" 2026-05-01 "));
  }

  @Test
  void parseInstant_truncatesToMicroseconds() {
    assertEquals(
        Instant.parse("2026-05-01T10:00:00.123456Z"),
        LegalTime.parseInstant("2026-05-01T10:00:00.123456789Z"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "yesterday",
        "2026-05-01T10:00:00",
        "2026-13-01",
        "2026-02-30",
        "2026-05-01T25:00:00Z",
        "1714557600",
        "01/05/2026",
        "2026-5-1",
        "२०२६-०५-०१",
        "2026-05-01T10:00:00Z garbage",
        "2026-05-01T10:00:00+25:00"
      })
  void parseInstant_garbage_refusedWithIllegalArgument(String text) {
    assertThrows(IllegalArgumentException.class, () -> LegalTime.parseInstant(text));
  }

  @Test
  void parseInstant_null_refused() {
    assertThrows(NullPointerException.class, () -> LegalTime.parseInstant(null));
  }
}
