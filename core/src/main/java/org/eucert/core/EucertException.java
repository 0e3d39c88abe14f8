/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Root of eucert's unchecked exceptions for failures that are not the caller's programming error
 * (those throw JDK exceptions through Guava preconditions). Every subclass has a stable {@link
 * #code()} that callers and tests match on; messages are for people and may change.
 *
 * <p>Expected negative outcomes of checking untrusted data (a refused certificate, a failed
 * verification) are values, not exceptions. Catch specific subclasses, never this root.
 *
 * @since 0.1
 */
public abstract class EucertException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String code;

  protected EucertException(String code, String message, Throwable cause) {
    super(message, cause);
    this.code = checkNotNull(code, "code");
  }

  protected EucertException(String code, String message) {
    this(code, message, null);
  }

  /** A stable, upper-case code such as {@code XML_NOT_WELL_FORMED}. */
  public String code() {
    return code;
  }
}
