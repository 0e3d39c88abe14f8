/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.cli;

/**
 * The exit codes of every {@code eucert} command (ARCHITECTURE.md section 10). With several files,
 * 64 and 66 win, then 1, then 2.
 *
 * @since 0.1
 */
public final class ExitCode {
  /** Success; every verification PASSED. */
  public static final int OK = 0;
  /** A verification FAILED, or an operation refused by the rules (e.g. an incomplete scheme). */
  public static final int FAILED = 1;
  /** A verification INDETERMINATE and nothing FAILED. */
  public static final int INDETERMINATE = 2;
  /** Usage error (picocli's own code remapped). */
  public static final int USAGE = 64;
  /** Malformed input data for a command other than verify. */
  public static final int DATA = 65;
  /** An input file missing or unreadable. */
  public static final int NO_INPUT = 66;
  /** Internal error. */
  public static final int SOFTWARE = 70;

  private ExitCode() {}
}
