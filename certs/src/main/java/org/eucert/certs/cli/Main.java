/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.eucert.core.internal.SuppressForbidden;
import org.eucert.core.registry.RegistryException;
import org.eucert.core.registry.RegistryStorageException;
import org.eucert.core.registry.RegistryUnavailableException;
import org.eucert.core.registry.SchemaTooNewException;
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
    int code =
        run(args, System.in, System.console() != null, out, err, Clock.systemUTC(), System.getenv());
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs the command line in-process with an empty environment (so {@code --home} or the default
   * {@code ~/.eucert} names the home), for tests and embedders.
   *
   * @return the exit code (see {@link ExitCode})
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err, Clock clock) {
    return run(args, out, err, clock, Map.of());
  }

  /**
   * Runs the command line in-process, for tests and embedders.
   *
   * @param env the environment variables the command line reads ({@code EUCERT_HOME}, {@code
   *     HOME}, {@code EUCERT_ACTOR}, {@code USER}); pass a map of your own so nothing depends on
   *     the real environment
   * @return the exit code (see {@link ExitCode})
   */
  public static int run(
      String[] args, PrintWriter out, PrintWriter err, Clock clock, Map<String, String> env) {
    return run(args, InputStream.nullInputStream(), false, out, err, clock, env);
  }

  /**
   * Runs the command line in-process with a standard input ({@code eucert verify -}).
   *
   * @param in what {@code -} reads
   * @param terminal whether standard error is a terminal (long runs show progress there)
   * @return the exit code (see {@link ExitCode})
   */
  public static int run(
      String[] args,
      InputStream in,
      boolean terminal,
      PrintWriter out,
      PrintWriter err,
      Clock clock,
      Map<String, String> env) {
    EucertCommand root = new EucertCommand(clock, env, in, terminal);
    CommandLine cl = new CommandLine(root);
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.registerConverter(Instant.class, new Converters.InstantConverter());
    cl.registerConverter(LocalDate.class, new Converters.DateConverter());
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          // one line, like every other error: the message, picocli's suggestions, where to look
          StringBuilder line = new StringBuilder("eucert: ").append(ex.getMessage());
          if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
            line.append("; did you mean ").append(String.join(" or ", u.getSuggestions())).append('?');
          }
          line.append(" (see '")
              .append(ex.getCommandLine().getCommandSpec().qualifiedName())
              .append(" --help')");
          err.println(oneLine(line.toString()));
          if (root.verbose()) {
            ex.printStackTrace(err);
          }
          return ExitCode.USAGE;
        });
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          boolean verbose = root.verbose();
          if (ex instanceof CliException c) {
            err.println(oneLine("eucert: " + c.getMessage()));
            if (verbose) {
              ex.printStackTrace(err);
            }
            return c.exitCode();
          }
          if (ex instanceof RegistryException r) {
            int code = registryExitCode(r);
            err.println(
                oneLine(
                "eucert: "
                    + (code == ExitCode.FAILED ? "refused" : "registry error")
                    + " ("
                    + r.code()
                    + "): "
                    + r.getMessage()
                    + (r instanceof RegistryUnavailableException
                        ? " (is another eucert process using this home?)"
                        : "")));
            if (verbose) {
              ex.printStackTrace(err);
            }
            return code;
          }
          err.println(
              oneLine(
              "eucert: internal error: "
                  + ex.getClass().getSimpleName()
                  + (ex.getMessage() == null ? "" : ": " + ex.getMessage())
                  + (verbose ? "" : " (--verbose shows the stack trace)")));
          if (verbose) {
            ex.printStackTrace(err);
          }
          return ExitCode.SOFTWARE;
        });
    return cl.execute(args);
  }

  /** Errors are one line on stderr, whatever the message holds. */
  private static String oneLine(String s) {
    return s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
  }

  /**
   * A refusal by the rules or the records (an illegal transition, a time limit, a duplicate or
   * missing record, a concurrent change) is 1; a database that cannot be used is 70.
   */
  private static int registryExitCode(RegistryException e) {
    if (e instanceof RegistryUnavailableException
        || e instanceof RegistryStorageException
        || e instanceof SchemaTooNewException) {
      return ExitCode.SOFTWARE;
    }
    return ExitCode.FAILED;
  }
}
