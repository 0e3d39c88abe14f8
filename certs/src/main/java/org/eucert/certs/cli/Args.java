/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.eucert.core.model.BodyId;
import org.eucert.core.model.CertificateId;
import org.eucert.core.model.SchemeId;
import org.eucert.core.registry.Actor;
import org.eucert.core.time.LegalTime;
import picocli.CommandLine.Option;

/**
 * Turning command-line values into model values, with one-line errors: a value the model refuses
 * is a usage error (64), a file that cannot be read is 66.
 *
 * @since 0.1
 */
final class Args {
  /** The largest input file the command line reads (a certificate, a request). */
  static final long MAX_FILE = 16L * 1024 * 1024;

  private Args() {}

  /**
   * Builds a model value; an {@link IllegalArgumentException} from its checks becomes a usage
   * error naming {@code what}.
   */
  static <T> T value(String what, Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException e) {
      throw new CliException(ExitCode.USAGE, what + ": " + e.getMessage(), e);
    }
  }

  /**
   * Parses an enum constant by name, case-insensitively, with '-' for '_' ({@code
   * certification-body}).
   */
  static <E extends Enum<E>> E choice(String option, Class<E> type, String v) {
    String n = v.trim().replace('-', '_').toUpperCase(Locale.ROOT);
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(n)) {
        return e;
      }
    }
    throw new CliException(
        ExitCode.USAGE,
        option
            + ": '"
            + v
            + "' is not one of "
            + java.util.Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .collect(java.util.stream.Collectors.joining(", ")));
  }

  static BodyId bodyId(String option, String v) {
    return value(option, () -> BodyId.of(v));
  }

  static SchemeId schemeId(String option, String v) {
    return value(option, () -> SchemeId.of(v.toUpperCase(Locale.ROOT)));
  }

  static CertificateId certificateId(String option, String v) {
    return value(option, () -> CertificateId.of(v));
  }

  /** A free text: 1 to 1000 characters. */
  static String text(String option, String v) {
    if (v == null || v.isBlank() || v.length() > 1000) {
      throw new CliException(ExitCode.USAGE, option + " must be 1 to 1000 characters");
    }
    return v;
  }

  /**
   * Reads an input file whole.
   *
   * @throws CliException 66 if it is missing, unreadable or larger than {@link #MAX_FILE}
   */
  static byte[] read(Path file) {
    try {
      if (Files.isDirectory(file)) {
        throw new CliException(ExitCode.NO_INPUT, file + " is a directory, not a file");
      }
      if (Files.size(file) > MAX_FILE) {
        throw new CliException(
            ExitCode.NO_INPUT, file + " is larger than " + MAX_FILE / (1024 * 1024) + " MB");
      }
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new CliException(ExitCode.NO_INPUT, "no such file: " + file, e);
    } catch (AccessDeniedException e) {
      throw new CliException(ExitCode.NO_INPUT, "cannot read " + file + ": permission denied", e);
    } catch (IOException e) {
      throw new CliException(ExitCode.NO_INPUT, "cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * The instant a command acts at: {@code --at} in a sandbox home, else the clock. Outside a
   * sandbox, {@code --at} is refused: a registry of record takes its decision times from the clock,
   * not from the operator.
   *
   * @throws CliException 64 if {@code --at} is given in a home that is not a sandbox
   */
  static Instant actingAt(Home home, Optional<Instant> at, Clock clock) {
    if (at.isPresent() && !home.sandbox()) {
      throw new CliException(
          ExitCode.USAGE,
          "--at is accepted only in a sandbox home (sandbox=true in "
              + home.dir().resolve(Home.PROPERTIES)
              + ")");
    }
    return LegalTime.normalize(at.orElseGet(clock::instant));
  }

  /** Who the audit log names: {@code --actor}, else {@code $EUCERT_ACTOR}, else {@code cli:$USER}. */
  static final class ActorOption {
    @Option(
        names = "--actor",
        paramLabel = "NAME",
        description = "who makes the change, for the audit log (default: $EUCERT_ACTOR, else cli:$USER)")
    String actor;

    Actor actor(Map<String, String> env) {
      String name = actor;
      if (name == null) {
        name = env.get("EUCERT_ACTOR");
      }
      if (name == null || name.isBlank()) {
        String user = env.getOrDefault("USER", env.getOrDefault("USERNAME", "unknown"));
        name = "cli:" + (user.isBlank() ? "unknown" : user);
      }
      String n = name;
      return value("--actor", () -> Actor.of(n));
    }
  }
}
