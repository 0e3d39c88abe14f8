/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.eucert.core.model.ApprovalKind;
import org.eucert.core.model.AssuranceLevel;
import org.eucert.core.model.BodyId;
import org.eucert.core.model.NotificationStatus;
import org.eucert.core.model.SigningKey;
import org.eucert.core.registry.jpa.JpaRegistry;
import org.eucert.core.time.LegalTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eucert body ...} in-process: every subcommand's success path and its refusals. */
class BodyCommandTest {
  @TempDir static Path shared;
  private static Path template;

  @TempDir Path tmp;
  private Path home;

  @BeforeAll
  static void initTemplate() {
    template = shared.resolve("template");
    Cli.Result r = Cli.run(template, "init");
    assertEquals(0, r.code(), r.toString());
  }

  @BeforeEach
  void freshHome() throws IOException {
    home = Cli.copy(template, tmp.resolve("home"));
  }

  private Cli.Result run(String... args) {
    return Cli.run(home, args);
  }

  private void ok(String... args) {
    Cli.Result r = run(args);
    assertEquals(0, r.code(), String.join(" ", args) + "\n" + r);
    assertEquals("", r.err(), "nothing on stderr on success");
  }

  private void fails(int code, String... args) {
    Cli.Result r = run(args);
    assertEquals(code, r.code(), String.join(" ", args) + "\n" + r);
    assertEquals(1, r.errLines(), "one line on stderr: " + r.err());
    assertTrue(r.err().startsWith("eucert: "), r.err());
  }

  private void enrolNlBodies() {
    ok("body", "add", "NL-NCCA", "--role", "ncca", "--name", "NCCA NL", "--member-state", "NL");
    ok("body", "add", "NL-CB", "--role", "certification-body", "--name", "CB NL", "--member-state", "nl",
        "--supervisor", "NL-NCCA", "--notified-body-number", "3110", "--contact", "cb@example.nl");
    ok("body", "add", "NL-ITSEF", "--role", "itsef", "--name", "Lab NL", "--member-state", "NL",
        "--supervisor", "NL-NCCA");
  }

  @Test
  void add_list_show_roundTripThroughJson() {
    enrolNlBodies();
    Cli.Result list = run("body", "list", "--format", "json");
    assertEquals(0, list.code(), list.toString());
    JsonArray a = list.jsonArray();
    assertEquals(3, a.size());
    JsonObject cb = a.getJsonObject(0);
    assertEquals("NL-CB", cb.getString("id"));
    assertEquals("CERTIFICATION_BODY", cb.getString("role"));
    assertEquals("NL-NCCA", cb.getString("supervisingNcca"));
    assertEquals("3110", cb.getString("notifiedBodyNumber"));
    assertFalse(cb.getBoolean("publicBody"));
    assertEquals("NL-ITSEF", a.getJsonObject(1).getString("id"), "ordered by id");
    JsonObject ncca = a.getJsonObject(2);
    assertEquals("NL-NCCA", ncca.getString("id"));
    assertTrue(ncca.getBoolean("publicBody"), "an NCCA is a public body");
    assertTrue(ncca.isNull("supervisingNcca"));

    Cli.Result filtered = run("body", "list", "--role", "ncca", "--format", "json");
    assertEquals(1, filtered.jsonArray().size());
    Cli.Result text = run("body", "list");
    assertTrue(text.out().contains("certification-body"), text.out());

    Cli.Result show = run("body", "show", "NL-CB", "--format", "json");
    assertEquals(0, show.code(), show.toString());
    assertEquals("CB NL", show.json().getJsonObject("body").getString("name"));
    assertTrue(show.json().getJsonArray("notifications").isEmpty());
  }

  @Test
  void notify_accredit_authorise_delegate_approve_areRecordedAsGiven() {
    enrolNlBodies();
    ok("body", "accredit", "NL-CB", "--reference", "RvA-C-1", "--accreditation-body", "RvA",
        "--standard", "ISO/IEC 17065", "--scheme", "EUCC", "--category", "smartcards",
        "--from", "2026-01-01", "--until", "2030-12-31");
    ok("body", "notify", "NL-CB", "--scheme", "eucc", "--level", "substantial,high", "--reference", "OJ-1",
        "--from", "2026-01-01", "--until", "2027-12-31");
    ok("body", "authorise", "NL-CB", "--ncca", "NL-NCCA", "--scheme", "EUCC", "--reference", "NL-AUTH-7",
        "--max-ava-van", "AVA_VAN.5", "--technical-domain", "SMART_CARDS_AND_SIMILAR_DEVICES",
        "--protection-profile", "BSI-CC-PP-0084", "--category", "smartcards",
        "--from", "2026-01-01", "--until", "2030-12-31");
    ok("body", "delegate", "NL-CB", "--ncca", "NL-NCCA", "--scheme", "EUCC", "--reference", "NL-DEL-1",
        "--from", "2026-01-01");
    ok("body", "approve", "NL-CB", "--ncca", "NL-NCCA", "--kind", "prior-approval-high", "--scheme", "EUCC",
        "--reference", "PA-1", "--certificate", "EUCC-3110-2026-05-0001");
    ok("body", "approve", "NL-CB", "--ncca", "NL-NCCA", "--kind", "validity-extension", "--scheme", "EUCC",
        "--reference", "VE-1", "--max-valid-until", "2033-12-31");
    ok("body", "approve", "NL-CB", "--ncca", "NL-NCCA", "--kind", "ava-van-exception", "--scheme", "EUCC",
        "--reference", "AV-1", "--evaluation-level", "AVA_VAN.5");
    ok("body", "approve", "NL-CB", "--ncca", "NL-NCCA", "--kind", "PROTECTION_PROFILE_PRIOR_APPROVAL",
        "--scheme", "EUCC", "--reference", "PP-1");

    try (JpaRegistry reg = Cli.registry(home)) {
      BodyId cb = BodyId.of("NL-CB");
      var n = reg.notifications(cb).get(0);
      assertEquals(java.util.Set.of(AssuranceLevel.SUBSTANTIAL, AssuranceLevel.HIGH), n.levels());
      assertEquals(Optional.of("OJ-1"), n.reference());
      assertEquals(Optional.of(NotificationStatus.NOTIFIED), n.status().at(Cli.NOW));
      assertEquals(
          Optional.of(NotificationStatus.WITHDRAWN),
          n.status().at(LegalTime.startOfDay(java.time.LocalDate.of(2028, 1, 1))),
          "--until is the last day in force");
      var auth = reg.authorisations(cb).get(0);
      assertEquals(Optional.of("AVA_VAN.5"), auth.highestEvaluationLevel());
      assertEquals(java.util.Set.of("BSI-CC-PP-0084"), auth.protectionProfiles());
      assertTrue(auth.inForceAt(Cli.NOW));
      assertEquals(BodyId.of("NL-NCCA"), reg.delegations(cb).get(0).ncca());
      assertEquals(4, reg.approvals(cb).size());
      assertTrue(reg.approvals(cb).stream().anyMatch(x -> x.kind() == ApprovalKind.VALIDITY_EXTENSION
          && x.maxValidUntil().equals(Optional.of(java.time.LocalDate.of(2033, 12, 31)))));
      assertEquals("RvA-C-1", reg.accreditations(cb).get(0).reference());
    }

    Cli.Result show = run("body", "show", "NL-CB", "--format", "json");
    JsonObject j = show.json();
    assertEquals("NOTIFIED", j.getJsonArray("notifications").getJsonObject(0).getString("statusNow"));
    assertEquals(2, j.getJsonArray("notifications").getJsonObject(0).getJsonArray("status").size());
    assertTrue(j.getJsonArray("authorisations").getJsonObject(0).getBoolean("inForceNow"));
    assertEquals(4, j.getJsonArray("approvals").size());
    assertEquals(1, j.getJsonArray("delegations").size());
    assertEquals(1, j.getJsonArray("accreditations").size());
    Cli.Result text = run("body", "show", "NL-CB");
    assertTrue(text.out().contains("validity-extension"), text.out());
  }

  @Test
  void change_appendsToTimeLines_andRefusesOutOfOrder() {
    enrolNlBodies();
    ok("body", "notify", "NL-CB", "--scheme", "EUCC", "--level", "high", "--from", "2026-01-01");
    ok("body", "accredit", "NL-CB", "--reference", "ACC", "--accreditation-body", "RvA", "--standard", "ISO/IEC 17065",
        "--scheme", "EUCC", "--from", "2026-01-01", "--until", "2030-12-31");
    ok("body", "authorise", "NL-CB", "--ncca", "NL-NCCA", "--scheme", "EUCC", "--reference", "AUT",
        "--from", "2026-01-01", "--until", "2030-12-31");
    ok("body", "delegate", "NL-CB", "--ncca", "NL-NCCA", "--scheme", "EUCC", "--reference", "DEL", "--from", "2026-01-01");
    ok("body", "approve", "NL-CB", "--ncca", "NL-NCCA", "--kind", "prior-approval-high", "--scheme", "EUCC",
        "--reference", "APP", "--from", "2026-01-01");

    ok("body", "change", "notification", "NL-CB", "--scheme", "EUCC", "--to", "suspended", "--from", "2026-05-01");
    ok("body", "change", "accreditation", "NL-CB", "--reference", "ACC", "--to", "restricted", "--from", "2026-05-01");
    ok("body", "change", "authorisation", "NL-NCCA", "--reference", "AUT", "--to", "withdrawn", "--from", "2026-05-01");
    ok("body", "change", "delegation", "NL-NCCA", "--reference", "DEL", "--to", "revoked", "--from", "2026-05-01");
    ok("body", "change", "approval", "NL-NCCA", "--reference", "APP", "--to", "revoked");

    JsonObject j = run("body", "show", "NL-CB", "--format", "json").json();
    assertEquals("SUSPENDED", j.getJsonArray("notifications").getJsonObject(0).getString("statusNow"));
    assertTrue(j.getJsonArray("accreditations").getJsonObject(0).getBoolean("inForceNow"), "restricted stays in force");
    assertFalse(j.getJsonArray("authorisations").getJsonObject(0).getBoolean("inForceNow"));
    assertEquals(2, j.getJsonArray("delegations").getJsonObject(0).getJsonArray("status").size());
    assertFalse(j.getJsonArray("approvals").getJsonObject(0).getBoolean("grantedNow"));

    fails(ExitCode.FAILED, "body", "change", "notification", "NL-CB", "--scheme", "EUCC", "--to", "notified", "--from", "2026-04-01");
    fails(ExitCode.FAILED, "body", "change", "approval", "NL-NCCA", "--reference", "NOPE", "--to", "revoked");
    fails(ExitCode.USAGE, "body", "change", "approval", "NL-NCCA", "--reference", "APP", "--to", "withdrawn");
    fails(ExitCode.USAGE, "body", "change", "notification", "NL-CB", "--reference", "X", "--to", "withdrawn");
    fails(ExitCode.USAGE, "body", "change", "delegation", "NL-NCCA", "--scheme", "EUCC", "--to", "revoked");
    fails(ExitCode.USAGE, "body", "change", "licence", "NL-NCCA", "--reference", "X", "--to", "revoked");
  }

  @Test
  void refusals_areOneLineWithTheRightCode() {
    enrolNlBodies();
    fails(ExitCode.FAILED, "body", "add", "NL-NCCA", "--role", "ncca", "--name", "again", "--member-state", "NL");
    fails(ExitCode.USAGE, "body", "add", "X-CB", "--role", "cb", "--name", "x", "--member-state", "NL");
    fails(ExitCode.FAILED, "body", "add", "X-CB", "--role", "cb", "--name", "x", "--member-state", "NL", "--supervisor", "NL-CB");
    fails(ExitCode.FAILED, "body", "add", "X-CB", "--role", "cb", "--name", "x", "--member-state", "NL", "--supervisor", "NOBODY");
    fails(ExitCode.USAGE, "body", "add", "X-CB", "--role", "cb", "--name", "x", "--member-state", "US", "--supervisor", "NL-NCCA");
    fails(ExitCode.USAGE, "body", "add", "bad id!", "--role", "ncca", "--name", "x", "--member-state", "NL");
    fails(ExitCode.USAGE, "body", "add", "X", "--role", "auditor", "--name", "x", "--member-state", "NL");
    fails(ExitCode.USAGE, "body", "add", "X", "--role", "ncca", "--name", " ", "--member-state", "NL");
    fails(ExitCode.USAGE, "body", "notify", "NL-CB", "--scheme", "EUCC", "--level", "basic");
    fails(ExitCode.USAGE, "body", "notify", "NL-CB", "--scheme", "NOPE", "--level", "high");
    fails(ExitCode.USAGE, "body", "notify", "NL-CB", "--scheme", "EUCC", "--scheme-version", "9", "--level", "high");
    fails(ExitCode.USAGE, "body", "notify", "NL-CB", "--scheme", "EUCC", "--level", "high", "--from", "2026-05-01", "--until", "2026-01-01");
    fails(ExitCode.FAILED, "body", "notify", "NOBODY", "--scheme", "EUCC", "--level", "high");
    fails(ExitCode.FAILED, "body", "authorise", "NL-CB", "--ncca", "NL-ITSEF", "--scheme", "EUCC", "--reference", "A",
        "--from", "2026-01-01", "--until", "2027-01-01");
    fails(ExitCode.FAILED, "body", "authorise", "NL-NCCA", "--ncca", "NL-NCCA", "--scheme", "EUCC", "--reference", "A",
        "--from", "2026-01-01", "--until", "2027-01-01");
    fails(ExitCode.USAGE, "body", "authorise", "NL-CB", "--ncca", "NL-NCCA", "--scheme", "EUCC", "--reference", "A",
        "--max-ava-van", "AVA_VAN.9", "--from", "2026-01-01", "--until", "2027-01-01");
    fails(ExitCode.USAGE, "body", "authorise", "NL-CB", "--ncca", "NL-NCCA", "--scheme", "EUCC", "--reference", "A",
        "--technical-domain", "TOASTERS", "--from", "2026-01-01", "--until", "2027-01-01");
    fails(ExitCode.USAGE, "body", "authorise", "NL-CB", "--ncca", "NL-NCCA", "--scheme", "EUCC", "--reference", "A",
        "--from", "2027-01-01", "--until", "2026-01-01");
    fails(ExitCode.FAILED, "body", "delegate", "NL-ITSEF", "--ncca", "NL-NCCA", "--scheme", "EUCC", "--reference", "D",
        "--from", "2026-01-01");
    fails(ExitCode.USAGE, "body", "approve", "NL-CB", "--ncca", "NL-NCCA", "--kind", "validity-extension", "--scheme", "EUCC",
        "--reference", "V");
    fails(ExitCode.USAGE, "body", "approve", "NL-CB", "--ncca", "NL-NCCA", "--kind", "prior-approval-high", "--scheme", "EUCC",
        "--reference", "V", "--evaluation-level", "AVA_VAN.5");
    fails(ExitCode.USAGE, "body", "approve", "NL-CB", "--ncca", "NL-NCCA", "--kind", "blessing", "--scheme", "EUCC",
        "--reference", "V");
    ok("body", "approve", "NL-CB", "--ncca", "NL-NCCA", "--kind", "prior-approval-high", "--scheme", "EUCC", "--reference", "V");
    fails(ExitCode.FAILED, "body", "approve", "NL-CB", "--ncca", "NL-NCCA", "--kind", "prior-approval-high", "--scheme", "EUCC",
        "--reference", "V");
    fails(ExitCode.FAILED, "body", "show", "NOBODY");
    fails(ExitCode.USAGE, "body", "show", "NL-CB", "--format", "xml");
    try (JpaRegistry reg = Cli.registry(home)) {
      assertEquals(3, reg.bodies(org.eucert.core.registry.PageRequest.first(10)).items().size(), "nothing refused was written");
      assertTrue(reg.notifications(BodyId.of("NL-CB")).isEmpty());
      assertTrue(reg.authorisations(BodyId.of("NL-CB")).isEmpty());
    }
  }

  @Test
  void key_addFromPem_thenCompromise() throws Exception {
    enrolNlBodies();
    Instant notBefore = Instant.parse("2026-01-01T00:00:00Z");
    Instant notAfter = Instant.parse("2029-01-01T00:00:00Z");
    byte[] der = certificate("CN=NL-CB signing TEST-ONLY", notBefore, notAfter);
    Path pem = tmp.resolve("nl-cb.pem");
    Files.writeString(pem, pem(der), StandardCharsets.US_ASCII);
    ok("body", "key", "add", "NL-CB", "--cert", pem.toString(), "--until", "2028-01-01");
    String keyId = BodyCommand.sha256Hex(der);
    try (JpaRegistry reg = Cli.registry(home)) {
      List<SigningKey> keys = reg.signingKeys(BodyId.of("NL-CB"));
      assertEquals(1, keys.size());
      assertEquals(keyId, keys.get(0).keyId());
      assertEquals(notBefore, keys.get(0).validFrom());
      assertEquals(Optional.of(LegalTime.startOfDay(java.time.LocalDate.of(2028, 1, 1))), keys.get(0).validUntil());
    }
    fails(ExitCode.FAILED, "body", "key", "add", "NL-CB", "--cert", pem.toString());
    fails(ExitCode.USAGE, "body", "key", "add", "NL-NCCA", "--cert", pem.toString(), "--until", "2030-01-01");

    fails(ExitCode.USAGE, "body", "key", "compromise", keyId, "--at", "2027-01-01");
    ok("body", "key", "compromise", keyId.toUpperCase(java.util.Locale.ROOT), "--at", "2026-05-01T10:00:00Z");
    fails(ExitCode.FAILED, "body", "key", "compromise", keyId, "--at", "2026-05-02");
    fails(ExitCode.FAILED, "body", "key", "compromise", "00ff", "--at", "2026-05-02");
    Cli.Result show = run("body", "show", "NL-CB", "--format", "json");
    JsonObject k = show.json().getJsonArray("signingKeys").getJsonObject(0);
    assertEquals("2026-05-01T10:00:00Z", k.getString("compromisedAt"));
    assertFalse(k.getBoolean("usableNow"));
  }

  @Test
  void key_badInputFiles_exit65or66() throws IOException {
    enrolNlBodies();
    Path garbage = tmp.resolve("garbage.pem");
    Files.writeString(garbage, "-----BEGIN CERTIFICATE-----\nnot base64!\n-----END CERTIFICATE-----\n", StandardCharsets.US_ASCII);
    fails(ExitCode.DATA, "body", "key", "add", "NL-CB", "--cert", garbage.toString());
    Path empty = tmp.resolve("empty.pem");
    Files.write(empty, new byte[0]);
    fails(ExitCode.DATA, "body", "key", "add", "NL-CB", "--cert", empty.toString());
    fails(ExitCode.NO_INPUT, "body", "key", "add", "NL-CB", "--cert", tmp.resolve("absent.pem").toString());
    fails(ExitCode.NO_INPUT, "body", "key", "add", "NL-CB", "--cert", tmp.toString());
  }

  @Test
  void key_unreadableFile_exits66() throws Exception {
    Path pem = tmp.resolve("locked.pem");
    Files.writeString(pem, pem(certificate("CN=x", Cli.NOW, Cli.NOW.plusSeconds(86400))), StandardCharsets.US_ASCII);
    try {
      Files.setPosixFilePermissions(pem, java.util.Set.of());
    } catch (UnsupportedOperationException e) {
      org.junit.jupiter.api.Assumptions.abort("no POSIX permissions here");
    }
    org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(pem), "running as a user who reads anything (root)");
    enrolNlBodies();
    fails(ExitCode.NO_INPUT, "body", "key", "add", "NL-CB", "--cert", pem.toString());
  }

  static byte[] certificate(String dn, Instant notBefore, Instant notAfter) throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
    g.initialize(new ECGenParameterSpec("secp256r1"));
    KeyPair kp = g.generateKeyPair();
    X500Name name = new X500Name(dn);
    return new JcaX509v3CertificateBuilder(
            name, BigInteger.ONE, Date.from(notBefore), Date.from(notAfter), name, kp.getPublic())
        .build(new JcaContentSignerBuilder("SHA256withECDSA").build(kp.getPrivate()))
        .getEncoded();
  }

  static String pem(byte[] der) {
    return "-----BEGIN CERTIFICATE-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
        + "\n-----END CERTIFICATE-----\n";
  }
}
