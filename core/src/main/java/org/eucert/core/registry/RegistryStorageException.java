/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry;

/**
 * The database failed in a way the registry does not classify further (a constraint it does not expect, a data error, a provider failure). Nothing of the command was written; the cause tells the detail.
 *
 * <p>Code {@code STORAGE_FAILURE}. Immutable once thrown.
 *
 * @since 0.1
 */
public final class RegistryStorageException extends RegistryException {
  private static final long serialVersionUID = 1L;

  /** The stable code of this exception. */
  public static final String CODE = "STORAGE_FAILURE";

  /** An exception with a message saying what was refused and what to do. */
  public RegistryStorageException(String message) {
    super(CODE, message);
  }

  /** An exception with a message and the underlying cause. */
  public RegistryStorageException(String message, Throwable cause) {
    super(CODE, message, cause);
  }
}
