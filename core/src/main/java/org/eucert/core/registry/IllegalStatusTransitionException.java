/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry;

/**
 * The certificate state machine (DOMAIN.md 7.5; EUCC Art 13, 14, 30) does not allow the change from the certificate's status at that instant: for example reinstating a certificate that is not suspended, suspending one that is already suspended, expired or withdrawn, or anything at all after a withdrawal (EUCC Art 14: withdrawal is terminal).
 *
 * <p>Code {@code ILLEGAL_STATUS_TRANSITION}. Immutable once thrown.
 *
 * @since 0.1
 */
public final class IllegalStatusTransitionException extends RegistryException {
  private static final long serialVersionUID = 1L;

  /** The stable code of this exception. */
  public static final String CODE = "ILLEGAL_STATUS_TRANSITION";

  /** An exception with a message saying what was refused and what to do. */
  public IllegalStatusTransitionException(String message) {
    super(CODE, message);
  }

  /** An exception with a message and the underlying cause. */
  public IllegalStatusTransitionException(String message, Throwable cause) {
    super(CODE, message, cause);
  }
}
