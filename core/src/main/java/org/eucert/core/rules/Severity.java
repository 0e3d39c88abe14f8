/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.rules;

/**
 * How much a finding weighs. An {@link #ERROR} refuses issuance and fails verification; a {@link
 * #WARNING} is reported and does not refuse; {@link #INFO} only informs.
 *
 * @since 0.1
 */
public enum Severity {
  ERROR,
  WARNING,
  INFO
}
