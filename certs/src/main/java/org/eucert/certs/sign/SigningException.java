/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.sign;

import org.eucert.core.EucertException;

/**
 * Signing failed or a signer could not be built: unreadable key file, wrong password, key not
 * matching its certificate, an algorithm outside ARCHITECTURE.md section 6, an HSM error. Messages
 * never contain key material or passwords.
 *
 * @since 0.1
 */
public class SigningException extends EucertException {
  private static final long serialVersionUID = 1L;

  /** The code of every signing failure. */
  public static final String SIGNING_FAILED = "SIGNING_FAILED";

  /** An exception with a message saying what failed. */
  public SigningException(String message) {
    super(SIGNING_FAILED, message);
  }

  /** An exception with a message and its cause. */
  public SigningException(String message, Throwable cause) {
    super(SIGNING_FAILED, message, cause);
  }
}
