/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo home end to end through the command line: {@code init --demo}, then every sample of
 * {@code manifest.json} gives its expected verdict and exit code, and {@code issue}, {@code
 * publish}, {@code verify}, {@code trust health}, {@code show} and {@code demo} behave as their
 * help says, including their error exits.
 */
class DemoHomeCommandsTest {
  @TempDir static Path dir;
  static Path home;
  static JsonObject manifest;

  @BeforeAll
  static void makeDemoHome() throws IOException {
    home = dir.resolve("demo");
    Cli.Result r = Cli.run(null, "--home", home.toString(), "init", "--demo");
    assertEquals(ExitCode.OK, r.code(), r.toString());
    try (JsonReader reader =
        Json.createReader(
            new StringReader(Files.readString(home.resolve("samples/manifest.json"), StandardCharsets.UTF_8)))) {
      manifest = reader.readObject();
    }
  }

  private static Cli.Result run(String... args) {
    return Cli.run(home, args);
  }

  private static Path sample(String file) {
    return home.resolve("samples").resolve(file);
  }

  @Test
  void everySampleOfTheManifestGivesItsExpectedVerdictAndExitCode() {
    List<JsonObject> samples = manifest.getJsonArray("samples").getValuesAs(JsonObject.class);
    assertTrue(samples.size() >= 5, manifest.toString());
    for (JsonObject s : samples) {
      Cli.Result r = run("verify", sample(s.getString("file")).toString(), "--format", "json");
      assertEquals(s.getInt("expectedExitCode"), r.code(), s + "\n" + r);
      JsonObject report = r.json();
      assertEquals(s.getString("expectedIndication"), report.getString("indication"), r.toString());
      JsonValue expectedSub = s.get("expectedSubIndication");
      if (expectedSub.getValueType() == JsonValue.ValueType.NULL) {
        assertTrue(report.isNull("subIndication"), r.toString());
      } else {
        assertEquals(s.getString("expectedSubIndication"), report.getString("subIndication"), r.toString());
      }
      assertEquals(s.getString("certificateId"), report.getString("certificateId"));
      assertFalse(report.getJsonArray("checks").isEmpty());
    }
  }

  @Test
  void aFolderVerifiesEveryFileOneJsonLineEachAndTheWorstVerdictWins() {
    Cli.Result r = run("verify", home.resolve("samples").toString(), "--format", "json");
    long p7m = manifest.getJsonArray("samples").size();
    assertEquals(p7m, r.out().lines().count(), r.toString());
    assertEquals(ExitCode.FAILED, r.code(), "a withdrawn and an expired sample FAIL");
  }

  @Test
  void bytesThatAreNotAnEnvelopeAreAFailedVerificationNotAUsageError() throws IOException {
    Path junk = dir.resolve("junk.p7m");
    Files.writeString(junk, "this is not CMS", StandardCharsets.UTF_8);
    Cli.Result r = run("verify", junk.toString(), "--format", "json");
    assertEquals(ExitCode.FAILED, r.code(), r.toString());
    assertEquals("FORMAT_FAILURE", r.json().getString("subIndication"));
  }

  @Test
  void aMissingFileIs66AndWinsOverAFailure() {
    Cli.Result r =
        run("verify", dir.resolve("absent.p7m").toString(), sample("eucc-substantial-withdrawn.p7m").toString());
    assertEquals(ExitCode.NO_INPUT, r.code(), r.toString());
    assertTrue(r.err().contains("absent.p7m"), r.err());
  }

  @Test
  void anUnreadableFileIs66WithOneLineOnStderr() {
    // a file that exists but cannot be read, even by root (the tests may run as root, who
    // reads any file whatever its permissions): reading /proc/self/mem from offset 0 fails
    Path unreadable = Path.of("/proc/self/mem");
    assumeTrue(Files.exists(unreadable), "Linux /proc");
    Cli.Result r = run("verify", unreadable.toString(), sample("eucc-high-in-force.p7m").toString());
    assertEquals(ExitCode.NO_INPUT, r.code(), r.toString());
    assertTrue(r.err().contains("/proc/self/mem"), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
  }

  @Test
  void manyFilesShowProgressOnATerminalAndNothingWhenPiped() throws IOException {
    Path many = dir.resolve("many");
    Files.createDirectories(many);
    byte[] sample = Files.readAllBytes(sample("eucc-high-in-force.p7m"));
    for (int i = 0; i < 150; i++) {
      Files.write(many.resolve(String.format("c%03d.p7m", i)), sample);
    }
    for (boolean terminal : new boolean[] {true, false}) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code =
          Main.run(
              new String[] {"verify", many.toString(), "--format", "json"},
              InputStream.nullInputStream(),
              terminal,
              new PrintWriter(out, true),
              new PrintWriter(err, true),
              Cli.CLOCK,
              Map.of("EUCERT_HOME", home.toString()));
      assertEquals(ExitCode.OK, code, err.toString());
      assertEquals(150, out.toString().lines().count(), "one JSON line per file, progress or not");
      if (terminal) {
        assertTrue(err.toString().contains("\rverified 150 of 150 files"), err.toString());
        assertTrue(err.toString().indexOf("\rverified ") < err.toString().lastIndexOf("\rverified "),
            "updated along the way: " + err);
      } else {
        assertEquals("", err.toString());
      }
    }
  }

  @Test
  void publishAfterAKeyCompromise_warnsAndSignsNoStatusListWithThatKey() throws IOException {
    Path own = dir.resolve("compromised");
    assertEquals(ExitCode.OK, Cli.run(null, "--home", own.toString(), "init", "--demo").code());
    Cli.Result show = Cli.run(own, "body", "show", "FR-CB-2", "--format", "json");
    String keyId =
        show.json().getJsonArray("signingKeys").getJsonObject(0).getString("keyId");
    byte[] before = Files.readAllBytes(own.resolve("trust/status/FR-CB-2.p7m"));

    assertEquals(ExitCode.OK, Cli.run(own, "body", "key", "compromise", keyId, "--at", "2026-05-01").code());
    Cli.Result publish = Cli.run(own, "publish");

    assertEquals(ExitCode.OK, publish.code(), publish.toString());
    assertTrue(publish.err().startsWith("warning: no status list for FR-CB-2: "), publish.err());
    assertEquals(1, publish.err().lines().count(), publish.err());
    // the list signed before the compromise stays; the trust list now says compromised
    assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(own.resolve("trust/status/FR-CB-2.p7m"))));
  }

  @Test
  void standardInputIsVerifiedWithDash() throws IOException {
    byte[] bytes = Files.readAllBytes(sample("eucc-high-in-force.p7m"));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new String[] {"verify", "-", "--format", "json"},
            new ByteArrayInputStream(bytes),
            false,
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            Cli.CLOCK,
            Map.of("EUCERT_HOME", home.toString()));
    assertEquals(ExitCode.OK, code, out + "\n" + err);
    assertTrue(out.toString().contains("\"indication\":\"PASSED\""), out.toString());
  }

  @Test
  void beforeItsIssueInstantACertificateIsNotYetValid() {
    Cli.Result r =
        run("verify", sample("eucc-high-in-force.p7m").toString(), "--at", "2020-01-01", "--format", "json");
    assertEquals(ExitCode.FAILED, r.code(), r.toString());
    assertEquals("CERTIFICATE_NOT_YET_VALID", r.json().getString("subIndication"));
  }

  @Test
  void aSuspendedCertificatePassesWithAWarningOnlyWhenThePolicyAcceptsIt() {
    Cli.Result r =
        run("verify", sample("eucc-substantial-suspended.p7m").toString(), "--accept-suspended", "--format", "json");
    assertEquals(ExitCode.OK, r.code(), r.toString());
    assertEquals("PASSED", r.json().getString("indication"));
  }

  @Test
  void xmlOutputIsOneReportDocument() {
    Cli.Result r = run("verify", sample("eucc-high-in-force.p7m").toString(), "--format", "xml");
    assertEquals(ExitCode.OK, r.code(), r.toString());
    assertTrue(r.out().contains("urn:eucert:verification-report:1"), r.out());
    Cli.Result two =
        run("verify", sample("eucc-high-in-force.p7m").toString(), sample("eucc-substantial-in-force.p7m").toString(), "--format", "xml");
    assertEquals(ExitCode.USAGE, two.code(), two.toString());
  }

  @Test
  void issueThenPublishThenTheNewCertificateVerifies() throws IOException {
    Path copy = Cli.copy(home, dir.resolve("issue-home"));
    Path out = dir.resolve("new.p7m");
    Path request = copy.resolve("samples").resolve(manifest.getString("request"));
    Cli.Result issued =
        Cli.run(copy, "issue", "--cab", manifest.getString("requestIssuer"), "--request", request.toString(), "--out", out.toString());
    assertEquals(ExitCode.OK, issued.code(), issued.toString());
    assertTrue(Files.size(out) > 500);
    Cli.Result unlisted = Cli.run(copy, "verify", out.toString(), "--format", "json");
    assertEquals(ExitCode.FAILED, unlisted.code(), "absent from the status list issued before it: " + unlisted);
    Cli.Result published = Cli.run(copy, "publish");
    assertEquals(ExitCode.OK, published.code(), published.toString());
    Cli.Result verified = Cli.run(copy, "verify", out.toString(), "--format", "json");
    assertEquals(ExitCode.OK, verified.code(), verified.toString());
  }

  @Test
  void issueRefusesAMismatchedBodyAndAMalformedRequest() throws IOException {
    Path request = sample(manifest.getString("request"));
    Cli.Result mismatch =
        run("issue", "--cab", "DE-CB-1", "--request", request.toString(), "--out", dir.resolve("x.p7m").toString());
    assertEquals(ExitCode.USAGE, mismatch.code(), mismatch.toString());
    Path bad = dir.resolve("bad-request.xml");
    Files.writeString(bad, "<request/>", StandardCharsets.UTF_8);
    Cli.Result malformed =
        run("issue", "--cab", "FR-CB-2", "--request", bad.toString(), "--out", dir.resolve("y.p7m").toString());
    assertEquals(ExitCode.DATA, malformed.code(), malformed.toString());
    assertEquals(1, malformed.errLines(), malformed.toString());
  }

  @Test
  void issuanceByABodyWhoseNotificationWasWithdrawnIsRefusedWithItsFindings() throws IOException {
    Path copy = Cli.copy(home, dir.resolve("refused-home"));
    String xml =
        Files.readString(copy.resolve("samples").resolve(manifest.getString("request")), StandardCharsets.UTF_8)
            .replace("FR-CB-2", "DE-CB-2")
            .replace("FR-ITSEF-1", "DE-ITSEF-1");
    Path request = dir.resolve("de-cb-2-request.xml");
    Files.writeString(request, xml, StandardCharsets.UTF_8);
    Cli.Result r =
        Cli.run(copy, "issue", "--cab", "DE-CB-2", "--request", request.toString(), "--out", dir.resolve("z.p7m").toString());
    assertEquals(ExitCode.FAILED, r.code(), r.toString());
    assertTrue(r.err().contains("refused"), r.err());
    assertFalse(Files.exists(dir.resolve("z.p7m")));
  }

  @Test
  void trustHealthReportsEveryListAndIsHealthyRightAfterPublishing() {
    Cli.Result r = run("trust", "health", "--format", "json");
    assertEquals(ExitCode.OK, r.code(), r.toString());
    JsonObject h = r.json();
    assertTrue(h.getBoolean("healthy"));
    // the list of lists, three trust lists and at least six issuing bodies' status lists
    assertTrue(h.getJsonArray("lists").size() >= 10, h.toString());
  }

  @Test
  void showDecodesWithoutVerifyingAndSaysSo() throws IOException {
    Cli.Result r = run("show", sample("eucc-high-in-force.p7m").toString());
    assertEquals(ExitCode.OK, r.code(), r.toString());
    assertTrue(r.out().startsWith("UNVERIFIED"), r.out());
    Path junk = dir.resolve("junk-show.p7m");
    Files.writeString(junk, "garbage", StandardCharsets.UTF_8);
    Cli.Result bad = run("show", junk.toString());
    assertEquals(ExitCode.DATA, bad.code(), bad.toString());
  }

  @Test
  void verifyWithoutABundleIs66() {
    Cli.Result r = Cli.run(null, "verify", sample("eucc-high-in-force.p7m").toString(), "--trust", dir.resolve("no-bundle").toString());
    assertEquals(ExitCode.NO_INPUT, r.code(), r.toString());
  }

  @Test
  void openSslAcceptsTheEcdsaSamplesWithTheBundleCertificatesAsTrust() throws Exception {
    assumeTrue(onPath("openssl"), "openssl is not installed");
    Path ca = dir.resolve("bundle-certs.pem");
    StringBuilder pem = new StringBuilder();
    try (Stream<Path> s = Files.list(home.resolve("trust/certs"))) {
      for (Path p : s.sorted().toList()) {
        pem.append(Files.readString(p, StandardCharsets.US_ASCII));
      }
    }
    Files.writeString(ca, pem.toString(), StandardCharsets.US_ASCII);
    for (JsonObject s : manifest.getJsonArray("samples").getValuesAs(JsonObject.class)) {
      Path in = sample(s.getString("file"));
      Process p =
          new ProcessBuilder(
                  "openssl", "cms", "-verify", "-purpose", "any", "-binary", "-inform", "DER",
                  "-in", in.toString(), "-CAfile", ca.toString(), "-out", "/dev/null")
              .redirectErrorStream(true)
              .start();
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(p.waitFor(60, TimeUnit.SECONDS));
      assertEquals(0, p.exitValue(), in + ": " + output);
      assertTrue(output.contains("Verification successful"), output);
    }
  }

  @Test
  void theDemoTellsTheWholeStoryAndEndsAsTheLawSays() {
    Cli.Result r = Cli.run(null, "demo", "--keep", dir.resolve("demo-story").toString());
    assertEquals(ExitCode.OK, r.code(), r.toString());
    List<String> expected =
        new ArrayList<>(
            List.of(
                "PASSED",
                "FAILED / HASH_FAILURE",
                "FAILED / CERTIFICATE_NOT_YET_VALID",
                "INDETERMINATE / CERTIFICATE_SUSPENDED",
                "FAILED / CERTIFICATE_WITHDRAWN"));
    int from = 0;
    for (String e : expected) {
      int at = r.out().indexOf("   " + e, from);
      assertTrue(at >= 0, "missing '" + e + "' after offset " + from + " in\n" + r.out());
      from = at;
    }
    assertFalse(r.out().contains("UNEXPECTED"), r.out());
  }

  private static boolean onPath(String tool) {
    for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(d, tool))) {
        return true;
      }
    }
    return false;
  }
}
