/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.cli;

/**
 * An error a command reports as one line on stderr with a given exit code.
 *
 * @since 0.1
 */
final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;

  CliException(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  CliException(int exitCode, String message) {
    this(exitCode, message, null);
  }

  int exitCode() {
    return exitCode;
  }
}
