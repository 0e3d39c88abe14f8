/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A suspension would last longer than the law allows (EUCC Art 30(1); DOMAIN.md 7.6):
 *
 * <ul>
 *   <li>{@link Limit#SUSPENSION_PERIOD_EXCEEDED}: the certification body's suspension period, which
 *       starts on the day after its decision, lasts at most 42 days;
 *   <li>{@link Limit#SUSPENSION_TOTAL_EXCEEDED}: with the NCCA's extensions the suspension lasts at
 *       most one year in total.
 * </ul>
 *
 * <p>{@link #code()} is the limit's name. Immutable once thrown.
 *
 * @since 0.1
 */
public final class TimeLimitExceededException extends RegistryException {
  private static final long serialVersionUID = 1L;

  /** The limits a suspension can exceed; each constant's name is the exception's code. */
  public enum Limit {
    /** EUCC Art 30(1): the suspension lasts at most 42 days, from the day after the decision. */
    SUSPENSION_PERIOD_EXCEEDED,
    /** EUCC Art 30(1): the NCCA may extend the suspension up to one year in total. */
    SUSPENSION_TOTAL_EXCEEDED
  }

  private final Limit limit;

  /** An exception for {@code limit}, with a message saying by how much and what to do. */
  public TimeLimitExceededException(Limit limit, String message) {
    super(checkNotNull(limit, "limit").name(), message);
    this.limit = limit;
  }

  /** The limit exceeded. */
  public Limit limit() {
    return limit;
  }
}
