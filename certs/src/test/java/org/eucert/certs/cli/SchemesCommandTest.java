/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line in-process: every schemes command, its output and its exit codes. */
class SchemesCommandTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneOffset.UTC);

  private record Result(int code, String out, String err) {}

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), CLOCK);
    return new Result(code, out.toString(), err.toString());
  }

  @Test
  void list_showsEuccAdoptedAndTheCandidates() {
    Result r = run("schemes", "list");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().lines().anyMatch(l -> l.startsWith("EUCC ") && l.contains("ADOPTED")), r.out());
    assertTrue(r.out().lines().anyMatch(l -> l.startsWith("EUCS ") && l.contains("CANDIDATE")), r.out());
    assertEquals("", r.err());
  }

  @Test
  void list_json_parsesBack() {
    Result r = run("schemes", "list", "--format", "json");
    assertEquals(0, r.code(), r.err());
    try (JsonReader reader = Json.createReader(new StringReader(r.out()))) {
      JsonArray a = reader.readArray();
      JsonObject eucc =
          a.getValuesAs(JsonObject.class).stream()
              .filter(o -> o.getString("id").equals("EUCC"))
              .findFirst()
              .orElseThrow();
      assertEquals("ADOPTED", eucc.getString("status"));
      assertEquals(2, eucc.getJsonArray("levels").size());
      assertTrue(eucc.getBoolean("complete"));
    }
  }

  @Test
  void show_eucc_listsLevelsAvaVanRulesAndMandatoryFields() {
    Result r = run("schemes", "show", "EUCC");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("AVA_VAN.3 -> HIGH"), r.out());
    assertTrue(r.out().contains("EUCC-R1-LEVEL-AVA-VAN"), r.out());
    assertTrue(r.out().contains("CSA-56-6-HIGH-ISSUER"), r.out());
    assertTrue(r.out().contains("HOLDER_SUPPLEMENTARY_INFO_URL"), r.out());
    assertTrue(r.out().contains("all 22 elements"), r.out());
  }

  @Test
  void show_xml_isTheSchemeDocument() {
    Result r = run("schemes", "show", "eucc", "--format", "xml");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("urn:eucert:scheme:1"), r.out());
  }

  @Test
  void show_unknownScheme_isUsageError() {
    Result r = run("schemes", "show", "NOPE");
    assertEquals(ExitCode.USAGE, r.code());
    assertEquals(1, r.err().lines().count(), r.err());
  }

  @Test
  void unknownOption_isUsageError64() {
    assertEquals(ExitCode.USAGE, run("schemes", "list", "--frobnicate").code());
    assertEquals(ExitCode.USAGE, run("nonsense").code());
  }

  @Test
  void home_isAcceptedBeforeAndAfterTheSubcommand(@TempDir Path home) {
    assertEquals(0, run("--home", home.toString(), "schemes", "list").code());
    assertEquals(0, run("schemes", "list", "--home", home.toString()).code());
  }

  @Test
  void version_andHelp_succeed() {
    Result v = run("--version");
    assertEquals(0, v.code());
    assertTrue(v.out().startsWith("eucert "), v.out());
    Result h = run("schemes", "check", "--help");
    assertEquals(0, h.code());
    assertTrue(h.out().contains("Example"), h.out());
  }

  @Test
  void check_completeScheme_exits0(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("eucc.xml");
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("org/eucert/schemes/eucc.xml")) {
      Files.write(f, in.readAllBytes());
    }
    Result r = run("schemes", "check", f.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("complete"), r.out());
  }

  @Test
  void check_incompleteScheme_exits1AndListsMissingElements(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("pilot.xml");
    Files.writeString(
        f,
        "<scheme xmlns=\"urn:eucert:scheme:1\" id=\"PILOT\" version=\"1\"><title>Pilot</title>"
            + "<status from=\"2026-01-01T00:00:00Z\">CANDIDATE</status></scheme>",
        StandardCharsets.UTF_8);
    Result r = run("schemes", "check", f.toString());
    assertEquals(ExitCode.FAILED, r.code());
    assertTrue(r.out().contains("lacks 22 of the 22"), r.out());
    assertTrue(r.out().contains("(r) maximum validity period"), r.out());
  }

  @Test
  void check_malformedXml_exits65(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("bad.xml");
    Files.writeString(f, "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>", StandardCharsets.UTF_8);
    Result r = run("schemes", "check", f.toString());
    assertEquals(ExitCode.DATA, r.code());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(!r.err().contains("root:"), "no file content leaks");
  }

  @Test
  void check_missingFile_exits66(@TempDir Path dir) {
    Result r = run("schemes", "check", dir.resolve("absent.xml").toString());
    assertEquals(ExitCode.NO_INPUT, r.code());
    assertEquals(1, r.err().lines().count(), r.err());
  }
}
