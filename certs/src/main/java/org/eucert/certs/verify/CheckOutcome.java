/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.verify;

/**
 * The outcome of one {@link Check}.
 *
 * @since 0.1
 */
public enum CheckOutcome {
  /** The check passed. */
  PASSED,
  /** The check passed with a warning the relying party should read. */
  WARNING,
  /** The check proved the certificate not valid. */
  FAILED,
  /** The check could not decide. */
  INDETERMINATE
}
