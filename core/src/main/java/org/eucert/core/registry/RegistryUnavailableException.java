/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry;

/**
 * The registry database cannot be reached or opened: a connection failure, wrong credentials, or (for the embedded H2 database, which serves one process at a time) a database file already in use by another process.
 *
 * <p>Code {@code REGISTRY_UNAVAILABLE}. Immutable once thrown.
 *
 * @since 0.1
 */
public final class RegistryUnavailableException extends RegistryException {
  private static final long serialVersionUID = 1L;

  /** The stable code of this exception. */
  public static final String CODE = "REGISTRY_UNAVAILABLE";

  /** An exception with a message saying what was refused and what to do. */
  public RegistryUnavailableException(String message) {
    super(CODE, message);
  }

  /** An exception with a message and the underlying cause. */
  public RegistryUnavailableException(String message, Throwable cause) {
    super(CODE, message, cause);
  }
}
