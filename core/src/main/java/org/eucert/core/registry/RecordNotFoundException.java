/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry;

/**
 * A command names a record the registry does not hold: an unknown certificate, body, scheme version, accreditation, notification, authorisation, delegation, approval or key.
 *
 * <p>Code {@code RECORD_NOT_FOUND}. Immutable once thrown.
 *
 * @since 0.1
 */
public final class RecordNotFoundException extends RegistryException {
  private static final long serialVersionUID = 1L;

  /** The stable code of this exception. */
  public static final String CODE = "RECORD_NOT_FOUND";

  /** An exception with a message saying what was refused and what to do. */
  public RecordNotFoundException(String message) {
    super(CODE, message);
  }

  /** An exception with a message and the underlying cause. */
  public RecordNotFoundException(String message, Throwable cause) {
    super(CODE, message, cause);
  }
}
