/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.sign;

import static com.google.common.base.Preconditions.checkNotNull;

import org.eucert.core.EucertException;

/**
 * An envelope or certificate that the strict parser refuses, with a stable {@link EnvelopeFailure}
 * code. The message names what was wrong; it never contains the envelope's bytes.
 *
 * @since 0.1
 */
public final class EnvelopeFormatException extends EucertException {
  private static final long serialVersionUID = 1L;

  private final EnvelopeFailure failure;

  /** An exception with the failure code and a message saying what was wrong. */
  public EnvelopeFormatException(EnvelopeFailure failure, String message) {
    this(failure, message, null);
  }

  /** An exception with the failure code, a message and the cause. */
  public EnvelopeFormatException(EnvelopeFailure failure, String message, Throwable cause) {
    super(
        checkNotNull(failure, "failure").name(),
        failure + ": " + checkNotNull(message, "message"),
        cause);
    this.failure = failure;
  }

  /** The stable failure code. */
  public EnvelopeFailure failure() {
    return failure;
  }
}
