/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry;

/**
 * The registry database was migrated by a newer eucert than this one: its schema has migrations this library does not know, so this library refuses to read or write it rather than misinterpret it. Upgrade the library (or open a copy made before the upgrade).
 *
 * <p>Code {@code SCHEMA_TOO_NEW}. Immutable once thrown.
 *
 * @since 0.1
 */
public final class SchemaTooNewException extends RegistryException {
  private static final long serialVersionUID = 1L;

  /** The stable code of this exception. */
  public static final String CODE = "SCHEMA_TOO_NEW";

  /** An exception with a message saying what was refused and what to do. */
  public SchemaTooNewException(String message) {
    super(CODE, message);
  }

  /** An exception with a message and the underlying cause. */
  public SchemaTooNewException(String message, Throwable cause) {
    super(CODE, message, cause);
  }
}
