/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.model;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The assurance levels a scheme may specify, ordered {@code BASIC < SUBSTANTIAL < HIGH}.
 *
 * <p>CSA Art 52(1): a scheme may specify one or more of basic, substantial, high, matching the
 * risk of the intended use. CSA Art 52(5)-(7) set the minimum evaluation for each level (see
 * {@link EvaluationActivity#minimumFor}). An assurance level says at what level the object was
 * evaluated, not how secure it is (CSA Art 2(21)).
 *
 * @since 0.1
 */
public enum AssuranceLevel {
  /** CSA Art 52(5): known basic risks; at least a review of technical documentation. */
  BASIC,
  /** CSA Art 52(6): known risks and attacks by actors with limited skills and resources. */
  SUBSTANTIAL,
  /** CSA Art 52(7): state-of-the-art attacks by actors with significant skills and resources. */
  HIGH;

  /** Whether this level is {@code other} or above it. */
  public boolean isAtLeast(AssuranceLevel other) {
    return compareTo(checkNotNull(other, "other")) >= 0;
  }
}
