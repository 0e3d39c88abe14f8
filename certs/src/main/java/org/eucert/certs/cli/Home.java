/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.cli;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.eucert.core.registry.Registry;
import org.eucert.core.registry.jpa.JpaRegistry;

/**
 * A eucert home (ARCHITECTURE.md section 10): {@code eucert.properties}, {@code keys/}, {@code
 * trust/}, {@code state/}, {@code samples/}, {@code README.txt}, and the registry, opened only when
 * a command first asks for it (verification from a trust bundle never starts a database).
 *
 * <p>A directory is a home when it holds {@code eucert.properties}; {@code eucert init} writes that
 * file last, so a failed init never leaves something that looks like a home.
 *
 * <p>Not thread-safe: one command uses it, then closes it.
 *
 * @since 0.1
 */
final class Home implements AutoCloseable {
  static final String PROPERTIES = "eucert.properties";
  static final String README = "README.txt";

  /** The JDBC URL of the registry; default: the embedded H2 database under {@code HOME/registry}. */
  static final String REGISTRY_URL = "registry.url";
  /** The database user; default empty. */
  static final String REGISTRY_USER = "registry.user";
  /** The database password; default empty. */
  static final String REGISTRY_PASSWORD = "registry.password";
  /** {@code true} in a sandbox home: commands accept {@code --at} to act at another instant. */
  static final String SANDBOX = "sandbox";

  /**
   * Every key {@code eucert.properties} may hold. An unknown key is refused rather than ignored:
   * a misspelt {@code registry.ulr} would otherwise silently fall back to the embedded database.
   */
  static final Set<String> KEYS = ImmutableSet.of(REGISTRY_URL, REGISTRY_USER, REGISTRY_PASSWORD, SANDBOX);

  private final Path dir;
  private final Clock clock;
  private final Properties properties;
  private Registry registry;

  private Home(Path dir, Clock clock, Properties properties) {
    this.dir = dir;
    this.clock = clock;
    this.properties = properties;
  }

  /**
   * The home directory: {@code --home} if given, else {@code $EUCERT_HOME}, else {@code
   * ~/.eucert}.
   */
  static Path locate(Optional<Path> option, Map<String, String> env) {
    if (option.isPresent()) {
      return option.get();
    }
    String fromEnv = env.get("EUCERT_HOME");
    if (fromEnv != null && !fromEnv.isBlank()) {
      return Path.of(fromEnv);
    }
    String userHome = env.get("HOME");
    if (userHome == null || userHome.isBlank()) {
      userHome = System.getProperty("user.home");
    }
    return Path.of(userHome, ".eucert");
  }

  /** Whether {@code dir} is a eucert home (holds {@code eucert.properties}). */
  static boolean exists(Path dir) {
    return Files.isRegularFile(dir.resolve(PROPERTIES));
  }

  /**
   * Opens an existing home; the registry is not opened yet.
   *
   * @throws CliException 66 if {@code dir} is not a home or its properties cannot be read, 65 if
   *     they are malformed
   */
  static Home open(Path dir, Clock clock) {
    checkNotNull(dir, "dir");
    checkNotNull(clock, "clock");
    if (!exists(dir)) {
      throw new CliException(
          ExitCode.NO_INPUT,
          "no eucert home at " + dir + ": run 'eucert init' (or pass --home DIR or set EUCERT_HOME)");
    }
    return new Home(dir, clock, readProperties(dir.resolve(PROPERTIES)));
  }

  private static Properties readProperties(Path file) {
    Properties p = new Properties();
    try (Reader r =
        new InputStreamReader(
            Files.newInputStream(file),
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT))) {
      p.load(r);
    } catch (CharacterCodingException e) {
      throw new CliException(ExitCode.DATA, file + ": not UTF-8 text", e);
    } catch (IllegalArgumentException e) {
      throw new CliException(ExitCode.DATA, file + ": malformed: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new CliException(ExitCode.NO_INPUT, "cannot read " + file + ": " + e.getMessage(), e);
    }
    Set<String> unknown = new TreeSet<>(p.stringPropertyNames());
    unknown.removeAll(KEYS);
    if (!unknown.isEmpty()) {
      throw new CliException(
          ExitCode.DATA,
          file + ": unknown key" + (unknown.size() > 1 ? "s " : " ") + unknown + "; known keys: " + new TreeSet<>(KEYS));
    }
    String sandbox = p.getProperty(SANDBOX);
    if (sandbox != null) {
      String s = sandbox.trim().toLowerCase(Locale.ROOT);
      if (!s.equals("true") && !s.equals("false")) {
        throw new CliException(
            ExitCode.DATA, file + ": " + SANDBOX + " must be true or false, not '" + sandbox + "'");
      }
    }
    String url = p.getProperty(REGISTRY_URL);
    if (url != null && !url.trim().startsWith("jdbc:")) {
      throw new CliException(
          ExitCode.DATA, file + ": " + REGISTRY_URL + " must be a JDBC URL (jdbc:...), not '" + url + "'");
    }
    return p;
  }

  /** The home directory. */
  Path dir() {
    return dir;
  }

  /** Whether this is a sandbox home ({@code sandbox=true}): {@code --at} is accepted. */
  boolean sandbox() {
    return Boolean.parseBoolean(properties.getProperty(SANDBOX, "false").trim());
  }

  /** The registry's JDBC URL as configured (the embedded default if none is). */
  String registryUrl() {
    String url = properties.getProperty(REGISTRY_URL);
    return url == null || url.isBlank() ? JpaRegistry.embeddedUrl(dir) : url.trim();
  }

  /** {@code HOME/keys}. */
  Path keys() {
    return dir.resolve("keys");
  }

  /** {@code HOME/trust}. */
  Path trust() {
    return dir.resolve("trust");
  }

  /** {@code HOME/state}. */
  Path state() {
    return dir.resolve("state");
  }

  /** The registry, opened on first use with the clock of the command line. */
  Registry registry() {
    if (registry == null) {
      registry = openRegistry(registryUrl(), properties, clock);
    }
    return registry;
  }

  static Registry openRegistry(String url, Properties properties, Clock clock) {
    return JpaRegistry.builder()
        .jdbcUrl(url)
        .user(properties.getProperty(REGISTRY_USER, ""))
        .password(properties.getProperty(REGISTRY_PASSWORD, ""))
        .clock(clock)
        .open();
  }

  /** Closes the registry if it was opened. */
  @Override
  public void close() {
    if (registry != null) {
      Registry r = registry;
      registry = null;
      r.close();
    }
  }
}
