/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.eucert.core.model.CertificateId;
import org.eucert.core.model.CertificateStatus;
import org.eucert.core.registry.CertificateEventKind;
import org.eucert.core.registry.Fixtures;
import org.eucert.core.registry.WithdrawalReason;
import org.eucert.core.registry.jpa.JpaRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eucert status ...} in-process: the state machine and time limits are the registry's, the
 * command line maps its refusals to exit 1 and allows {@code --at} in sandbox homes only.
 */
class StatusCommandTest {
  static final String CERT = "EUCC-3110-2026-03-0001";
  static final String CERT2 = "EUCC-3110-2026-03-0002";

  @TempDir static Path shared;
  private static Path template;

  @TempDir Path tmp;
  private Path home;

  /** A home with NL and DE bodies and two certificates of NL-CB in force since 2026-03-02. */
  @BeforeAll
  static void initTemplate() {
    template = shared.resolve("template");
    assertEquals(0, Cli.run(template, "init", "--sandbox").code());
    try (JpaRegistry reg = Cli.registry(template)) {
      Fixtures.enrolBodies(reg);
      reg.recordIssued(Fixtures.simple(CERT), Fixtures.ACTOR);
      reg.recordIssued(Fixtures.simple(CERT2), Fixtures.ACTOR);
    }
  }

  @BeforeEach
  void freshHome() throws IOException {
    home = Cli.copy(template, tmp.resolve("home"));
  }

  private Cli.Result run(String... args) {
    return Cli.run(home, args);
  }

  private JsonObject ok(String... args) {
    Cli.Result r = run(args);
    assertEquals(0, r.code(), String.join(" ", args) + "\n" + r);
    assertEquals("", r.err());
    return r.json();
  }

  private Cli.Result fails(int code, String... args) {
    Cli.Result r = run(args);
    assertEquals(code, r.code(), String.join(" ", args) + "\n" + r);
    assertEquals(1, r.errLines(), r.err());
    return r;
  }

  @Test
  void suspend_extend_reinstate_withdraw_fullCycle() {
    JsonObject s = ok("status", "suspend", CERT, "--reason", "non-conformity", "--until", "2026-06-20", "--format", "json");
    assertEquals("SUSPENDED", s.getString("event"));
    assertEquals("2026-06-01T22:00:00Z", s.getString("effectiveAt"), "from the start of the next day, Brussels");
    assertEquals("2026-06-20", s.getString("plannedUntil"));
    assertEquals("IN_FORCE", s.getString("statusAtDecision"));

    JsonObject x = ok("status", "extend", CERT, "--reason", "NL-NCCA-2026-44", "--until", "2026-08-01",
        "--at", "2026-06-10T09:00:00Z", "--format", "json");
    assertEquals("SUSPENSION_EXTENDED", x.getString("event"));
    assertEquals("2026-08-01", x.getString("plannedUntil"));

    JsonObject r = ok("status", "reinstate", CERT, "--reason", "remedy accepted", "--at", "2026-06-15", "--format", "json");
    assertEquals("IN_FORCE", r.getString("status"));
    assertEquals("2026-06-14T22:00:00Z", r.getString("effectiveAt"), "a date means the start of that day, Brussels");

    Cli.Result w = run("status", "withdraw", CERT, "--reason", "holder asked", "--reason-code", "holder-request",
        "--at", "2026-06-16T12:00:00Z");
    assertEquals(0, w.code(), w.toString());
    assertTrue(w.out().startsWith(CERT + ": WITHDRAWN"), w.out());

    try (JpaRegistry reg = Cli.registry(home)) {
      var rec = reg.certificate(CertificateId.of(CERT)).orElseThrow();
      assertEquals(5, rec.events().size());
      assertEquals(CertificateEventKind.WITHDRAWN, rec.latestEvent().kind());
      assertEquals(Optional.of(WithdrawalReason.HOLDER_REQUEST), rec.latestEvent().reason());
      assertEquals("cli:tester", rec.latestEvent().actor().name());
      assertEquals(Optional.of(CertificateStatus.WITHDRAWN), rec.statusAt(java.time.Instant.parse("2026-07-01T00:00:00Z")));
    }
    Cli.Result again = fails(ExitCode.FAILED, "status", "withdraw", CERT, "--reason", "again", "--at", "2026-06-17");
    assertTrue(again.err().contains("ILLEGAL_STATUS_TRANSITION"), again.err());
  }

  @Test
  void suspend_beyond42Days_exits1WithTheRegistryCode() {
    Cli.Result r = fails(ExitCode.FAILED, "status", "suspend", CERT, "--reason", "x", "--until", "2026-09-01");
    assertTrue(r.err().contains("SUSPENSION_PERIOD_EXCEEDED"), r.err());
    try (JpaRegistry reg = Cli.registry(home)) {
      assertEquals(1, reg.certificate(CertificateId.of(CERT)).orElseThrow().events().size(), "nothing written");
    }
  }

  @Test
  void reinstate_whenNotSuspended_exits1() {
    Cli.Result r = fails(ExitCode.FAILED, "status", "reinstate", CERT2, "--reason", "x");
    assertTrue(r.err().contains("ILLEGAL_STATUS_TRANSITION"), r.err());
  }

  @Test
  void at_isRefusedOutsideASandboxHome() throws IOException {
    Cli.sandbox(home, false);
    Cli.Result r = fails(ExitCode.USAGE, "status", "suspend", CERT, "--reason", "x", "--until", "2026-06-20", "--at", "2026-06-02");
    assertTrue(r.err().contains("sandbox"), r.err());
    ok("status", "suspend", CERT, "--reason", "x", "--until", "2026-06-20", "--format", "json");
  }

  @Test
  void badValues_areUsageErrors_unknownCertificateIsRefused() {
    fails(ExitCode.USAGE, "status", "suspend", CERT, "--reason", " ", "--until", "2026-06-20");
    fails(ExitCode.USAGE, "status", "suspend", CERT, "--reason", "x", "--until", "2026-06-20", "--at", "noon");
    fails(ExitCode.USAGE, "status", "suspend", CERT, "--reason", "x");
    fails(ExitCode.USAGE, "status", "withdraw", CERT, "--reason", "x", "--reason-code", "boredom");
    fails(ExitCode.USAGE, "status", "withdraw", CERT, "--reason", "x", "--reason-code", "replaced-by-review");
    fails(ExitCode.USAGE, "status", "withdraw", "not an id", "--reason", "x");
    Cli.Result r = fails(ExitCode.FAILED, "status", "withdraw", "EUCC-9999-2026-01-0001", "--reason", "x");
    assertTrue(r.err().contains("RECORD_NOT_FOUND"), r.err());
  }
}
