/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.eucert.core.time.LegalTime;

/**
 * Fixed instants and clocks for tests, so that no test reads the wall clock (STYLE.md 5, 11).
 *
 * <p>The instants sit around one default issuing day, Friday 1 May 2026, when Brussels is on summer
 * time (UTC+2): {@link #ISSUE} is 10:00 UTC, noon in Brussels. The test bodies' records ({@link
 * TestBodies}) hold from {@link #RECORDS_FROM} to {@link #RECORDS_UNTIL}; the generic test scheme
 * ({@link GenericTestScheme}) is a candidate from {@link #SCHEME_CANDIDATE} and adopted from {@link
 * #SCHEME_ADOPTED}.
 *
 * <p>Constants only; thread-safe.
 */
public final class TestClocks {
  /** First day of the test bodies' accreditations, notifications, authorisations, delegations. */
  public static final LocalDate RECORDS_FROM = LocalDate.of(2025, 1, 1);

  /** The start of {@link #RECORDS_FROM} in Brussels: when the test bodies' records are listed. */
  public static final Instant RECORDS_LISTED = LegalTime.startOfDay(RECORDS_FROM);

  /** Last day (inclusive) of the test bodies' accreditations and authorisations. */
  public static final LocalDate RECORDS_UNTIL = LocalDate.of(2029, 12, 31);

  /** The generic test scheme is a candidate from the start of 1 June 2025, Brussels. */
  public static final Instant SCHEME_CANDIDATE = LegalTime.startOfDay(LocalDate.of(2025, 6, 1));

  /** The generic test scheme is adopted from the start of 1 January 2026, Brussels. */
  public static final Instant SCHEME_ADOPTED = LegalTime.startOfDay(LocalDate.of(2026, 1, 1));

  /** The default issue instant: 2026-05-01T10:00:00Z, 12:00 in Brussels. */
  public static final Instant ISSUE = Instant.parse("2026-05-01T10:00:00Z");

  /** The day of {@link #ISSUE} in Brussels. */
  public static final LocalDate ISSUE_DAY = LocalDate.of(2026, 5, 1);

  /** Thirty days before {@link #ISSUE}. */
  public static final Instant BEFORE_ISSUE = ISSUE.minus(Duration.ofDays(30));

  /** Thirty days after {@link #ISSUE}. */
  public static final Instant AFTER_ISSUE = ISSUE.plus(Duration.ofDays(30));

  private TestClocks() {}

  /** A clock fixed at {@link #ISSUE}, in UTC. */
  public static Clock atIssue() {
    return fixed(ISSUE);
  }

  /** A clock fixed at {@code instant}, in UTC. */
  public static Clock fixed(Instant instant) {
    return Clock.fixed(instant, ZoneOffset.UTC);
  }

  /**
   * The instant of a wall-clock time in Brussels, e.g. {@code brussels("2026-05-01T23:30")}; for
   * times in a DST gap or overlap, the earlier offset (as {@link java.time.ZonedDateTime} does).
   */
  public static Instant brussels(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(LegalTime.LEGAL_ZONE).toInstant();
  }
}
