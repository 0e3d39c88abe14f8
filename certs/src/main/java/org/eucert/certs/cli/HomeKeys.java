/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eucert.certs.demo.SandboxHome;
import org.eucert.certs.sign.Pkcs12Signer;
import org.eucert.certs.sign.SigningException;
import org.eucert.core.model.BodyId;

/**
 * The signing keys of a home: PKCS#12 files {@code HOME/keys/<body-id>.p12} (or {@code
 * <body-id>-TEST-ONLY.p12} in a sandbox), opened with the password in {@code
 * $EUCERT_KEY_PASSWORD}; a sandbox home's test-only keys default to the sandbox password written in
 * its README.txt. The password is never printed.
 *
 * @since 0.1
 */
final class HomeKeys {
  static final String PASSWORD_ENV = "EUCERT_KEY_PASSWORD";
  private static final String TEST_ONLY = "-TEST-ONLY";

  private final Home home;
  private final Map<String, String> env;

  HomeKeys(Home home, Map<String, String> env) {
    this.home = home;
    this.env = env;
  }

  /** Every key file of the home by body id, in id order. */
  Map<BodyId, Path> files() {
    Map<BodyId, Path> files = new TreeMap<>(java.util.Comparator.comparing(BodyId::value));
    if (!Files.isDirectory(home.keys())) {
      return files;
    }
    try (Stream<Path> s = Files.list(home.keys())) {
      s.filter(p -> p.getFileName().toString().endsWith(".p12"))
          .forEach(
              p -> {
                String name = p.getFileName().toString();
                name = name.substring(0, name.length() - ".p12".length());
                if (name.endsWith(TEST_ONLY)) {
                  name = name.substring(0, name.length() - TEST_ONLY.length());
                }
                try {
                  files.put(BodyId.of(name), p);
                } catch (IllegalArgumentException e) {
                  // not named after a body: not a key of ours
                }
              });
    } catch (IOException e) {
      throw new CliException(ExitCode.NO_INPUT, "cannot list " + home.keys() + ": " + e.getMessage(), e);
    }
    return files;
  }

  /** The key file of {@code body}, if the home holds one. */
  Optional<Path> file(BodyId body) {
    return Optional.ofNullable(files().get(body));
  }

  /**
   * Opens {@code body}'s signing key.
   *
   * @throws CliException 66 if the home holds no key for it, 64 if no password is set, 65 if the
   *     file cannot be opened with it
   */
  Pkcs12Signer open(BodyId body) {
    Path file =
        file(body)
            .orElseThrow(
                () ->
                    new CliException(
                        ExitCode.NO_INPUT,
                        "no signing key for "
                            + body
                            + " in "
                            + home.keys()
                            + " (expected "
                            + body.value()
                            + ".p12)"));
    return open(file);
  }

  Pkcs12Signer open(Path file) {
    try {
      return Pkcs12Signer.open(file, password(file));
    } catch (SigningException e) {
      throw new CliException(ExitCode.DATA, "cannot open the signing key " + file + ": " + e.getMessage(), e);
    }
  }

  private char[] password(Path file) {
    String p = env.get(PASSWORD_ENV);
    if (p != null && !p.isEmpty()) {
      return p.toCharArray();
    }
    if (home.sandbox() && file.getFileName().toString().endsWith(TEST_ONLY + ".p12")) {
      return SandboxHome.KEY_PASSWORD.toCharArray();
    }
    throw new CliException(
        ExitCode.USAGE, "set " + PASSWORD_ENV + " to the password of " + file.getFileName());
  }
}
