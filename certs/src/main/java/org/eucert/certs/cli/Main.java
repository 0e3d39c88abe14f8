/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.eucert.core.internal.SuppressForbidden;
import picocli.CommandLine;

/**
 * Entry point of the {@code eucert} command line. The only place that reads the wall clock and
 * writes to the process's standard streams.
 *
 * @since 0.1
 */
public final class Main {
  private Main() {}

  /** Runs the command line and exits with its code. */
  @SuppressForbidden(reason = "the command line is where the process's streams and clock are read")
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code = run(args, out, err, Clock.systemUTC());
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs the command line in-process, for tests and embedders.
   *
   * @return the exit code (see {@link ExitCode})
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err, Clock clock) {
    EucertCommand root = new EucertCommand(clock);
    CommandLine cl = new CommandLine(root);
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          err.println("eucert: " + ex.getMessage());
          CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
          err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
          return ExitCode.USAGE;
        });
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          boolean verbose = root.verbose();
          if (ex instanceof CliException c) {
            err.println("eucert: " + c.getMessage());
            if (verbose) {
              ex.printStackTrace(err);
            }
            return c.exitCode();
          }
          err.println(
              "eucert: internal error: "
                  + ex.getClass().getSimpleName()
                  + (ex.getMessage() == null ? "" : ": " + ex.getMessage())
                  + (verbose ? "" : " (--verbose shows the stack trace)"));
          if (verbose) {
            ex.printStackTrace(err);
          }
          return ExitCode.SOFTWARE;
        });
    return cl.execute(args);
  }
}
