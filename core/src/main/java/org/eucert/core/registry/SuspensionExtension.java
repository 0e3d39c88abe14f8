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
 * The NCCA's extension of a suspension (EUCC Art 30(1)): the suspension now lasts through {@code
 * until}; from its first day to {@code until} it lasts at most one year in total, else the
 * registry refuses with {@link TimeLimitExceededException}.
 *
 * <p>Immutable.
 *
 * @param decidedAt the instant of the NCCA's decision
 * @param until the new planned last day, inclusive
 * @param nccaReference the NCCA's reference of the decision
 * @since 0.1
 */
public record SuspensionExtension(Instant decidedAt, LocalDate until, String nccaReference) {
  public SuspensionExtension {
    decidedAt = LegalTime.normalize(decidedAt);
    checkNotNull(until, "until");
    Texts.text(nccaReference, "nccaReference");
  }
}
