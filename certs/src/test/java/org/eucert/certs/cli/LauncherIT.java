/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real launcher {@code certs/target/eucert/bin/eucert} as a process: exit codes and one-line
 * errors reach the shell, and nothing else (no logging noise) is printed. An integration test
 * (failsafe): it runs after the package phase has built the application folder, so {@code mvn
 * verify} always runs it on the jars just built.
 */
class LauncherIT {
  private static final Path LAUNCHER = Path.of("target", "eucert", "bin", "eucert");

  @TempDir Path tmp;

  private record Proc(int code, String out, String err) {}

  private Proc eucert(Path home, String... args) throws IOException, InterruptedException {
    return eucertAt(LAUNCHER, home, args);
  }

  @Test
  void launcher_initAddAuditAndErrors() throws Exception {
    assumeTrue(Files.isExecutable(LAUNCHER), "the application folder is not built");
    Path home = tmp.resolve("home");

    Proc missing = eucert(home, "registry", "audit");
    assertEquals(ExitCode.NO_INPUT, missing.code(), missing.err());
    assertEquals(1, missing.err().lines().count(), "one line, no logging noise: " + missing.err());

    Proc init = eucert(home, "init");
    assertEquals(0, init.code(), init.err());
    assertEquals("", init.err());

    Proc add = eucert(home, "body", "add", "NL-NCCA", "--role", "ncca", "--name", "NCCA NL", "--member-state", "NL");
    assertEquals(0, add.code(), add.err());

    Proc dup = eucert(home, "body", "add", "NL-NCCA", "--role", "ncca", "--name", "NCCA NL", "--member-state", "NL");
    assertEquals(ExitCode.FAILED, dup.code());
    assertEquals(1, dup.err().lines().count(), dup.err());

    Proc audit = eucert(home, "--home", home.toString(), "registry", "audit");
    assertEquals(0, audit.code(), audit.err());
    assertTrue(audit.out().startsWith("audit chain intact"), audit.out());

    Proc usage = eucert(home, "body", "add");
    assertEquals(ExitCode.USAGE, usage.code());
    assertEquals(1, usage.err().lines().count(), usage.err());
  }

  @Test
  void launcher_registryInUseByAnotherProcess_exits70WithOneLine() throws Exception {
    assumeTrue(Files.isExecutable(LAUNCHER), "the application folder is not built");
    Path home = tmp.resolve("home");
    assertEquals(0, Cli.run(home, "init").code());
    // this JVM holds the embedded H2 database: another process cannot open it
    try (org.eucert.core.registry.jpa.JpaRegistry held = Cli.registry(home)) {
      assertTrue(held.verifyAudit().intact());
      Proc p = eucert(home, "body", "list");
      assertEquals(ExitCode.SOFTWARE, p.code(), p.err());
      assertEquals(1, p.err().lines().count(), p.err());
      assertTrue(p.err().contains("REGISTRY_UNAVAILABLE"), p.err());
    }
  }

  @Test
  void launcher_classDataArchiveMovedOrDamaged_ignoredSilently() throws Exception {
    assumeTrue(Files.isExecutable(LAUNCHER), "the application folder is not built");
    Path app = LAUNCHER.getParent().getParent();
    assumeTrue(Files.isRegularFile(app.resolve("lib/eucert.jsa")), "built without the CDS archive");
    Path home = tmp.resolve("home");

    Proc here = eucert(home, "schemes", "list");
    assertEquals(0, here.code(), here.err());
    assertEquals("", here.err());
    assertTrue(here.out().startsWith("ID "), here.out());

    // moved: the archive names another class path; damaged: it is no archive at all. Either way
    // the JVM drops it, and says nothing on stdout (where it would break --format json) or stderr
    Path moved = tmp.resolve("moved");
    copyTree(app, moved);
    for (boolean damage : new boolean[] {false, true}) {
      if (damage) {
        Path jsa = moved.resolve("lib/eucert.jsa");
        jsa.toFile().setWritable(true);
        Files.write(jsa, "not an archive".getBytes(StandardCharsets.US_ASCII));
      }
      Proc p = eucertAt(moved.resolve("bin/eucert"), home, "schemes", "list");
      assertEquals(0, p.code(), p.err());
      assertEquals("", p.err(), "damaged " + damage);
      assertEquals(here.out(), p.out(), "damaged " + damage);
    }
  }

  private Proc eucertAt(Path launcher, Path home, String... args)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(launcher.toAbsolutePath().toString());
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().put("EUCERT_HOME", home.toString());
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    pb.environment().put("EUCERT_ACTOR", "launcher-test");
    pb.redirectOutput(tmp.resolve("out.txt").toFile());
    pb.redirectError(tmp.resolve("err.txt").toFile());
    Process p = pb.start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "eucert finished");
    return new Proc(
        p.exitValue(),
        Files.readString(tmp.resolve("out.txt"), StandardCharsets.UTF_8),
        Files.readString(tmp.resolve("err.txt"), StandardCharsets.UTF_8));
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (var paths = Files.walk(from)) {
      for (Path p : (Iterable<Path>) paths::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }
}
