/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry;

/**
 * A record with the same natural key is already in the registry: a body with the same id, an accreditation with the same reference, a notification of the same body for the same scheme and version, a signing key with the same key id, and so on.
 *
 * <p>Code {@code DUPLICATE_RECORD}. Immutable once thrown.
 *
 * @since 0.1
 */
public final class DuplicateRecordException extends RegistryException {
  private static final long serialVersionUID = 1L;

  /** The stable code of this exception. */
  public static final String CODE = "DUPLICATE_RECORD";

  /** An exception with a message saying what was refused and what to do. */
  public DuplicateRecordException(String message) {
    super(CODE, message);
  }

  /** An exception with a message and the underlying cause. */
  public DuplicateRecordException(String message, Throwable cause) {
    super(CODE, message, cause);
  }
}
