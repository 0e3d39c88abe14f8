/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Whatever the arguments, the command line ends with one of the contract's exit codes, never an
 * internal error (70), and says what is wrong in one line on stderr (unless --verbose).
 */
class CommandLineProperties {
  private static final Set<Integer> CODES = Set.of(0, 1, 2, 64, 65, 66);
  private static Path dir;
  private static Path home;

  @BeforeContainer
  static void home() throws IOException {
    dir = Files.createTempDirectory("eucert-props");
    home = dir.resolve("home");
    assertEquals(0, Cli.run(home, "init", "--sandbox").code());
    assertEquals(0, Cli.run(home, "body", "add", "NL-NCCA", "--role", "ncca", "--name", "N", "--member-state", "NL").code());
    assertEquals(0, Cli.run(home, "body", "add", "NL-CB", "--role", "cb", "--name", "C", "--member-state", "NL",
        "--supervisor", "NL-NCCA").code());
  }

  @AfterContainer
  static void cleanUp() throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  @Provide
  Arbitrary<List<String>> argLists() {
    // no --home, --out or init with a path: the arguments must not write outside the test home
    Arbitrary<String> words =
        Arbitraries.of(
            "body", "add", "accredit", "notify", "authorise", "delegate", "approve", "key", "compromise",
            "list", "show", "status", "suspend", "extend", "reinstate", "withdraw", "registry", "audit",
            "export", "schemes", "completion", "init",
            "--role", "ncca", "cb", "itsef", "--name", "--member-state", "NL", "XX", "--supervisor",
            "--scheme", "EUCC", "NOPE", "--level", "high", "basic", "--from", "--until", "--at", "--reason",
            "--reason-code", "other", "--kind", "validity-extension", "--ncca", "--reference", "R1",
            "--max-ava-van", "AVA_VAN.5", "--format", "json", "xml", "csv", "--cert", "missing.pem",
            "--certificate", "EUCC-3110-2026-03-0001", "--verbose", "--help", "-h", "--public",
            "2026-06-01", "2026-13-45", "2026-06-01T10:00:00Z", "NL-CB", "NL-NCCA", "", " ", "--",
            "--evaluation-level", "--max-valid-until", "--technical-domain", "--actor", "\n");
    Arbitrary<String> junk = Arbitraries.strings().ofMaxLength(12).filter(s -> !s.startsWith("--home") && !s.startsWith("--out"));
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(9, words), net.jqwik.api.Tuple.of(1, junk))
        .list()
        .ofMaxSize(9);
  }

  @Property(tries = 60)
  void anyArguments_contractExitCode_noInternalError_oneErrorLine(@ForAll("argLists") List<String> args) {
    Cli.Result r = Cli.run(home, args.toArray(String[]::new));
    assertTrue(CODES.contains(r.code()), args + " -> " + r);
    assertNotEquals(ExitCode.SOFTWARE, r.code(), args + " -> " + r);
    if (!args.contains("--verbose")) {
      assertTrue(r.errLines() <= 1, args + " -> " + r);
    }
    if (r.code() != 0) {
      assertTrue(r.errLines() >= 1, "a failure says why: " + args + " -> " + r);
    }
  }
}
