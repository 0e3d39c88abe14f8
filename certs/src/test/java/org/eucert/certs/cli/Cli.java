/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.cli;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eucert.core.registry.jpa.JpaRegistry;

/** Runs the command line in-process with a fixed clock and an environment of the test's own. */
final class Cli {
  static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  private Cli() {}

  record Result(int code, String out, String err) {
    JsonObject json() {
      try (JsonReader r = Json.createReader(new StringReader(out))) {
        return r.readObject();
      }
    }

    JsonArray jsonArray() {
      try (JsonReader r = Json.createReader(new StringReader(out))) {
        return r.readArray();
      }
    }

    long errLines() {
      return err.lines().count();
    }

    @Override
    public String toString() {
      return "exit " + code + "\nstdout:\n" + out + "\nstderr:\n" + err;
    }
  }

  /** Runs with {@code EUCERT_HOME=home} (none if null) and a fixed user. */
  static Result run(Path home, String... args) {
    Map<String, String> env = new HashMap<>();
    env.put("USER", "tester");
    if (home != null) {
      env.put("EUCERT_HOME", home.toString());
    }
    return runWith(env, args);
  }

  static Result runWith(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), CLOCK, env);
    return new Result(code, out.toString(), err.toString());
  }

  /** Copies a home (an initialised template) to {@code target}, so tests do not repeat init. */
  static Path copy(Path template, Path target) throws IOException {
    List<Path> all;
    try (Stream<Path> s = Files.walk(template)) {
      all = new ArrayList<>(s.toList());
    }
    for (Path p : all) {
      Path t = target.resolve(template.relativize(p).toString());
      if (Files.isDirectory(p)) {
        Files.createDirectories(t);
      } else {
        Files.copy(p, t);
      }
    }
    return target;
  }

  /** Sets {@code sandbox} in a home's properties. */
  static void sandbox(Path home, boolean on) throws IOException {
    Path p = home.resolve("eucert.properties");
    String s = Files.readString(p, StandardCharsets.UTF_8);
    s = s.replaceAll("(?m)^sandbox=.*$", "sandbox=" + on);
    Files.writeString(p, s, StandardCharsets.UTF_8);
  }

  /** Opens the home's embedded registry directly (tests seed and inspect it). */
  static JpaRegistry registry(Path home) {
    return JpaRegistry.builder().embedded(home).clock(CLOCK).open();
  }
}
