/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.time.LocalDate;
import org.eucert.core.time.LegalTime;

/**
 * A certification body's decision to suspend a certificate (EUCC Art 30(1)): the suspension
 * starts on the day after the decision (Europe/Brussels) and lasts at most 42 days, through
 * {@code until} inclusive. The validity clock keeps running (EUCC Art 30(1)); the registry refuses
 * a longer period with {@link TimeLimitExceededException}.
 *
 * <p>Immutable.
 *
 * @param decidedAt the instant of the decision
 * @param until the planned last day of the suspension, inclusive
 * @param reason the reasons, as notified to the holder and the NCCA (EUCC Art 30(2))
 * @since 0.1
 */
public record Suspension(Instant decidedAt, LocalDate until, String reason) {
  /** EUCC Art 30(1): a suspension period lasts at most 42 days. */
  public static final int MAX_PERIOD_DAYS = 42;

  public Suspension {
    decidedAt = LegalTime.normalize(decidedAt);
    checkNotNull(until, "until");
    Texts.text(reason, "reason");
  }

  /** The first day of the suspension: the day after the decision. */
  public LocalDate startDay() {
    return LegalTime.dayOf(decidedAt).plusDays(1);
  }

  /** The first instant of the suspension: the start of {@link #startDay()}. */
  public Instant startsAt() {
    return LegalTime.startOfDay(startDay());
  }
}
