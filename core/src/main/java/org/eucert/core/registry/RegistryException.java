/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry;

import org.eucert.core.EucertException;

/**
 * Root of the registry's failures: a refused command (the state machine or a time limit forbids
 * it, a duplicate, a missing record), a concurrent change, a schema the library cannot use, or the
 * database failing. Each subclass has a stable {@link #code()}; tests and callers match on it,
 * never on the message.
 *
 * <p>Immutable once thrown. Provider and JDBC exceptions never leave the registry untranslated;
 * the original is kept as the cause.
 *
 * @since 0.1
 */
public abstract class RegistryException extends EucertException {
  private static final long serialVersionUID = 1L;

  protected RegistryException(String code, String message, Throwable cause) {
    super(code, message, cause);
  }

  protected RegistryException(String code, String message) {
    super(code, message);
  }
}
