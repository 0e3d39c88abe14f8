/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.issue;

import org.eucert.core.EucertException;

/**
 * Signing failed while issuing (the key or token refused, the provider failed); nothing was
 * recorded. Not a refusal of the request: the same request may succeed once the key is available.
 *
 * @since 0.1
 */
public final class IssuanceSigningException extends EucertException {
  private static final long serialVersionUID = 1L;

  /** The code of this exception. */
  public static final String CODE = "ISSUANCE_SIGNING_FAILED";

  IssuanceSigningException(String message, Throwable cause) {
    super(CODE, message, cause);
  }
}
