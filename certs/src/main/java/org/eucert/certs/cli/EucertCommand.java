/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code eucert} command: global options and the subcommands.
 *
 * @since 0.1
 */
@Command(
    name = "eucert",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "EU cybersecurity certification (Regulation (EU) 2019/881, Title III): schemes, bodies,",
      "signed certificates and their verification."
    },
    footer = {
      "",
      "Examples:",
      "  eucert demo",
      "  eucert --home /tmp/sandbox init --demo",
      "  eucert verify /tmp/sandbox/samples --home /tmp/sandbox",
      "  eucert schemes list",
      "  eucert schemes show EUCC",
      "  eucert schemes check my-scheme.xml",
      "  eucert --home /srv/eucert init",
      "  eucert body add NL-NCCA --role ncca --name 'NCCA NL' --member-state NL",
      "  eucert status suspend EUCC-3110-2026-05-0001 --reason 'vulnerability' --until 2026-07-01",
      "  eucert registry audit",
      "",
      "Exit codes: 0 success, 1 failed or refused, 2 indeterminate, 64 usage error,",
      "65 malformed input, 66 input missing or unreadable, 70 internal error."
    },
    subcommands = {
      SchemesCommand.class,
      InitCommand.class,
      BodyCommand.class,
      StatusCommand.class,
      RegistryCommand.class,
      IssueCommand.class,
      PublishCommand.class,
      VerifyCommand.class,
      TrustCommand.class,
      ShowCommand.class,
      DemoCommand.class,
      CompletionCommand.class
    })
final class EucertCommand implements Runnable {
  private final Clock clock;
  private final Map<String, String> env;
  private final InputStream stdin;
  private final boolean terminal;

  @Option(
      names = "--home",
      scope = ScopeType.INHERIT,
      paramLabel = "DIR",
      description = "the eucert home (default: $EUCERT_HOME, else ~/.eucert)")
  private Path home;

  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "show stack traces of errors")
  private boolean verbose;

  @picocli.CommandLine.Spec private picocli.CommandLine.Model.CommandSpec spec;

  EucertCommand(Clock clock) {
    this(clock, Map.of());
  }

  EucertCommand(Clock clock, Map<String, String> env) {
    this(clock, env, InputStream.nullInputStream(), false);
  }

  EucertCommand(Clock clock, Map<String, String> env, InputStream stdin, boolean terminal) {
    this.clock = clock;
    this.env = Map.copyOf(env);
    this.stdin = stdin;
    this.terminal = terminal;
  }

  /** What {@code -} reads. */
  InputStream stdin() {
    return stdin;
  }

  /** Whether standard error is a terminal (progress is shown there, never when piped). */
  boolean terminal() {
    return terminal;
  }

  /** The process environment as passed to {@link Main#run}. */
  Map<String, String> env() {
    return env;
  }

  /** The home directory: {@code --home}, else {@code $EUCERT_HOME}, else {@code ~/.eucert}. */
  Path homeDir() {
    return Home.locate(home(), env);
  }

  /**
   * Opens the existing home (not yet its registry).
   *
   * @throws CliException 66 if there is none: run {@code eucert init}
   */
  Home openHome() {
    return Home.open(homeDir(), clock);
  }

  Clock clock() {
    return clock;
  }

  boolean verbose() {
    return verbose;
  }

  Optional<Path> home() {
    return Optional.ofNullable(home);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
