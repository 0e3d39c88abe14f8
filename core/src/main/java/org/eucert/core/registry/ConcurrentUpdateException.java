/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry;

/**
 * Another transaction changed the same record first (optimistic locking on a version column, a unique event sequence, a lock time-out, a serialization failure or deadlock): nothing of this command was written. Read the record again and retry the command if it still applies.
 *
 * <p>Code {@code CONCURRENT_UPDATE}. Immutable once thrown.
 *
 * @since 0.1
 */
public final class ConcurrentUpdateException extends RegistryException {
  private static final long serialVersionUID = 1L;

  /** The stable code of this exception. */
  public static final String CODE = "CONCURRENT_UPDATE";

  /** An exception with a message saying what was refused and what to do. */
  public ConcurrentUpdateException(String message) {
    super(CODE, message);
  }

  /** An exception with a message and the underlying cause. */
  public ConcurrentUpdateException(String message, Throwable cause) {
    super(CODE, message, cause);
  }
}
