/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.eucert.core.registry.Fixtures;
import org.eucert.core.registry.jpa.JpaRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eucert registry audit|export} in-process. */
class RegistryCommandTest {
  @TempDir static Path shared;
  private static Path template;

  @TempDir Path tmp;
  private Path home;

  @BeforeAll
  static void initTemplate() {
    template = shared.resolve("template");
    assertEquals(0, Cli.run(template, "init").code());
    try (JpaRegistry reg = Cli.registry(template)) {
      Fixtures.enrolBodies(reg);
      reg.recordIssued(Fixtures.simple("EUCC-3110-2026-03-0001"), Fixtures.ACTOR);
      reg.recordIssued(Fixtures.simple("EUCC-3110-2026-03-0002"), Fixtures.ACTOR);
    }
  }

  @BeforeEach
  void freshHome() throws IOException {
    home = Cli.copy(template, tmp.resolve("home"));
  }

  @Test
  void audit_intact_exits0_textAndJson() {
    Cli.Result t = Cli.run(home, "registry", "audit");
    assertEquals(0, t.code(), t.toString());
    assertTrue(t.out().startsWith("audit chain intact"), t.out());
    Cli.Result j = Cli.run(home, "registry", "audit", "--format", "json");
    JsonObject o = j.json();
    assertTrue(o.getBoolean("intact"));
    assertTrue(o.getJsonNumber("checked").longValue() >= 10, o.toString());
    assertEquals(o.getJsonNumber("checked").longValue(), o.getJsonNumber("headSeq").longValue());
    assertTrue(o.isNull("brokenAt"));
  }

  @Test
  void audit_tamperedEntry_exits1NamingTheFirstBrokenLink() throws SQLException {
    try (Connection c = DriverManager.getConnection(JpaRegistry.embeddedUrl(home));
        Statement s = c.createStatement()) {
      assertEquals(1, s.executeUpdate("UPDATE eu_audit_event SET actor = 'mallory' WHERE seq = 3"));
    }
    Cli.Result r = Cli.run(home, "registry", "audit");
    assertEquals(ExitCode.FAILED, r.code(), r.toString());
    assertEquals(1, r.errLines(), r.err());
    assertTrue(r.err().contains("entry 3: HASH_MISMATCH"), r.err());
    Cli.Result j = Cli.run(home, "registry", "audit", "--format", "json");
    assertEquals(ExitCode.FAILED, j.code());
    assertFalse(j.json().getBoolean("intact"));
    assertEquals(3, j.json().getInt("brokenAt"));
  }

  @Test
  void log_listsTheAuditEntriesInOrder() {
    assertEquals(0, Cli.run(home, "body", "add", "FR-NCCA", "--role", "ncca", "--name", "ANSSI", "--member-state", "FR",
        "--actor", "alice").code());
    Cli.Result j = Cli.run(home, "registry", "log", "--format", "json");
    assertEquals(0, j.code(), j.toString());
    var a = j.jsonArray();
    assertEquals(Cli.run(home, "registry", "audit", "--format", "json").json().getInt("headSeq"), a.size());
    for (int i = 0; i < a.size(); i++) {
      assertEquals(i + 1, a.getJsonObject(i).getInt("seq"));
    }
    JsonObject last = a.getJsonObject(a.size() - 1);
    assertEquals("alice", last.getString("actor"));
    assertEquals("BODY_ENROLLED", last.getString("action"));
    assertEquals("FR-NCCA", last.getString("subjectId"));
    Cli.Result limited = Cli.run(home, "registry", "log", "--limit", "2");
    assertEquals(2, limited.out().lines().count(), limited.out());
    assertEquals(ExitCode.USAGE, Cli.run(home, "registry", "log", "--limit", "0").code());
  }

  @Test
  void export_csv_toStdoutAndToAFile() throws IOException {
    Cli.Result r = Cli.run(home, "registry", "export", "--format", "csv");
    assertEquals(0, r.code(), r.toString());
    List<String> lines = r.out().lines().toList();
    assertEquals(3, lines.size(), r.out());
    assertTrue(lines.get(0).startsWith("\"Category\",\"Name\""), lines.get(0));
    assertTrue(lines.get(1).contains("\"EUCC-3110-2026-03-0001\""), lines.get(1));
    assertTrue(lines.get(1).contains("\"IN_FORCE\""), lines.get(1));

    Path file = tmp.resolve("out.csv");
    Cli.Result f = Cli.run(home, "registry", "export", "--format", "csv", "--out", file.toString());
    assertEquals(0, f.code(), f.toString());
    assertEquals("", f.out());
    assertEquals(r.out().replace("\r\n", "\n"), Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n"));
    try (var s = Files.list(tmp)) {
      assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
    }
  }

  @Test
  void export_intoAMissingDirectory_exits66() {
    Cli.Result r = Cli.run(home, "registry", "export", "--format", "csv", "--out", tmp.resolve("no/such/dir.csv").toString());
    assertEquals(ExitCode.NO_INPUT, r.code(), r.toString());
    assertEquals(1, r.errLines());
  }
}
