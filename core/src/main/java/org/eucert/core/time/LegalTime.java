/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.time;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The time conventions of eucert, in one place (ARCHITECTURE.md section 3).
 *
 * <ul>
 *   <li>Instants are UTC and kept at <b>microsecond</b> precision: anything finer is truncated, so
 *       that an instant survives a round trip through the XML formats and both databases unchanged
 *       and compares equal afterwards.
 *   <li>Dates of law (a transition date, a validity end, "the day of issue") are calendar dates in
 *       one fixed zone, {@link #LEGAL_ZONE Europe/Brussels}, the same for every Member State, so a
 *       verdict never depends on where the verifier sits (CSA Art 56(10): recognised in all Member
 *       States).
 *   <li>A validity end date is inclusive through that whole day in the legal zone.
 * </ul>
 *
 * <p>Stateless; never reads the clock.
 *
 * @since 0.1
 */
public final class LegalTime {
  /** The one zone in which dates of law are interpreted. */
  public static final ZoneId LEGAL_ZONE = ZoneId.of("Europe/Brussels");

  /** The precision at which instants are stored and compared. */
  public static final ChronoUnit PRECISION = ChronoUnit.MICROS;

  private LegalTime() {}

  /** Truncates an instant to {@link #PRECISION}. */
  public static Instant normalize(Instant instant) {
    return checkNotNull(instant, "instant").truncatedTo(PRECISION);
  }

  /** The first instant of a calendar day in the legal zone. */
  public static Instant startOfDay(LocalDate date) {
    return checkNotNull(date, "date").atStartOfDay(LEGAL_ZONE).toInstant();
  }

  /** The calendar day in the legal zone on which an instant falls ("the day of issue"). */
  public static LocalDate dayOf(Instant instant) {
    return LocalDate.ofInstant(checkNotNull(instant, "instant"), LEGAL_ZONE);
  }

  /**
   * The first instant after an inclusive end date: a validity ending on {@code lastDay} holds at
   * every instant strictly before the returned one.
   */
  public static Instant endExclusive(LocalDate lastDay) {
    return startOfDay(checkNotNull(lastDay, "lastDay").plusDays(1));
  }

  /** Whether {@code instant} falls on or before the inclusive end date {@code lastDay}. */
  public static boolean onOrBefore(Instant instant, LocalDate lastDay) {
    return checkNotNull(instant, "instant").isBefore(endExclusive(lastDay));
  }

  /**
   * Whether {@code instant} falls within the days {@code firstDay} to {@code lastDay}, both
   * inclusive, in the legal zone; an empty {@code lastDay} is open-ended.
   */
  public static boolean withinDays(
      Instant instant, LocalDate firstDay, java.util.Optional<LocalDate> lastDay) {
    checkNotNull(instant, "instant");
    checkNotNull(lastDay, "lastDay");
    return !instant.isBefore(startOfDay(firstDay))
        && lastDay.map(d -> onOrBefore(instant, d)).orElse(true);
  }

  /**
   * Parses an instant as written on the command line and in documents: either ISO-8601 with an
   * offset ({@code 2026-05-01T10:00:00Z}) or a date ({@code 2026-05-01}), meaning the start of that
   * day in the legal zone.
   *
   * @throws IllegalArgumentException if the text is neither
   */
  public static Instant parseInstant(String text) {
    checkNotNull(text, "text");
    String t = text.trim();
    checkArgument(!t.isEmpty(), "empty instant: expected 2026-05-01T10:00:00Z or 2026-05-01");
    try {
      if (t.length() == 10) {
        return startOfDay(LocalDate.parse(t));
      }
      return normalize(java.time.OffsetDateTime.parse(t).toInstant());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "not an instant: '" + t + "'; expected 2026-05-01T10:00:00Z or 2026-05-01", e);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("instant out of range: '" + t + "'", e);
    }
  }
}
