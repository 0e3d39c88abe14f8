/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eucert.certs.cli.Main;
import org.eucert.certs.issue.IssuedEnvelope;
import org.eucert.certs.issue.Issuer;
import org.eucert.certs.sign.Pkcs12Signer;
import org.eucert.certs.sign.Signer;
import org.eucert.certs.trust.Anchors;
import org.eucert.certs.trust.InMemorySeenSequenceStore;
import org.eucert.certs.trust.TrustBundle;
import org.eucert.certs.trust.TrustSnapshot;
import org.eucert.certs.verify.Indication;
import org.eucert.certs.verify.VerificationPolicy;
import org.eucert.certs.verify.VerificationReport;
import org.eucert.certs.verify.Verifier;
import org.eucert.core.model.IssuanceRequest;
import org.eucert.core.registry.Actor;
import org.eucert.core.registry.Registry;
import org.eucert.core.registry.jpa.JpaRegistry;
import org.eucert.core.xml.IssuanceRequestCodec;
import org.eucert.schemes.catalogue.SchemeCatalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two Java examples of README.md, compiled and run here against a demo home; a test checks
 * that the README shows exactly these lines, so it cannot go stale.
 */
class ReadmeExamplesTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  static VerificationReport verifyExample(Path bundle, Path certificate, Clock clock)
      throws IOException {
    // README:verify:begin
    TrustSnapshot trust =
        TrustBundle.load(
            bundle,
            Anchors.fromPem(Files.readAllBytes(bundle.resolve("anchors.pem"))),
            new InMemorySeenSequenceStore(),
            clock);
    Verifier verifier =
        Verifier.builder()
            .trustSnapshot(trust) // load once, verify many: the verifier is thread-safe
            .clock(clock)
            .policy(VerificationPolicy.defaults())
            .catalogue(SchemeCatalogue.builtIn())
            .build();
    VerificationReport report = verifier.verify(Files.readAllBytes(certificate));
    // report.indication(): PASSED, FAILED or INDETERMINATE; report.checks(): every step
    // README:verify:end
    return report;
  }

  static IssuedEnvelope issueExample(
      Path home, Path requestFile, char[] password, Clock clock) throws Exception {
    // README:issue:begin
    try (Registry registry = JpaRegistry.builder().embedded(home).clock(clock).open();
        Signer signer = Pkcs12Signer.open(home.resolve("keys/FR-CB-2-TEST-ONLY.p12"), password)) {
      Issuer issuer =
          Issuer.builder()
              .registry(registry)
              .catalogue(SchemeCatalogue.builtIn())
              .clock(clock)
              .signer(signer)
              .actor(Actor.of("example"))
              .build();
      IssuanceRequest request = IssuanceRequestCodec.create().parse(Files.readAllBytes(requestFile));
      return issuer.issue(request); // IssuanceRefusedException lists every finding; nothing recorded
    }
    // README:issue:end
  }

  private Path demoHome() {
    Path home = dir.resolve("home");
    StringWriter out = new StringWriter();
    int code =
        Main.run(
            new String[] {"--home", home.toString(), "init", "--demo"},
            new PrintWriter(out, true),
            new PrintWriter(out, true),
            CLOCK,
            Map.of("USER", "tester"));
    assertEquals(0, code, out.toString());
    return home;
  }

  @Test
  void theVerifyingExampleVerifiesADemoSample() throws IOException {
    Path home = demoHome();
    VerificationReport report =
        verifyExample(home.resolve("trust"), home.resolve("samples/eucc-high-in-force.p7m"), CLOCK);
    assertEquals(Indication.PASSED, report.indication(), report.reason());
  }

  @Test
  void theIssuingExampleIssuesFromTheDemoRequest() throws Exception {
    Path home = demoHome();
    IssuedEnvelope issued =
        issueExample(
            home,
            home.resolve("samples/request-eucc-substantial.xml"),
            "eucert-sandbox-TEST-ONLY".toCharArray(),
            CLOCK);
    assertTrue(issued.envelope().size() > 500);
  }

  @Test
  void theReadmeShowsExactlyTheseExamples() throws IOException {
    String source =
        Files.readString(
            Path.of("src/test/java/org/eucert/certs/ReadmeExamplesTest.java"), StandardCharsets.UTF_8);
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    for (String name : List.of("verify", "issue")) {
      String snippet = between(source, "// README:" + name + ":begin\n", "    // README:" + name + ":end");
      String block = between(readme, "<!-- example:" + name + " -->\n```java\n", "```");
      assertEquals(dedent(snippet), block, "README example '" + name + "' differs from the test");
    }
  }

  private static String between(String text, String begin, String end) {
    int a = text.indexOf(begin);
    assertTrue(a >= 0, "missing " + begin.trim());
    int b = text.indexOf(end, a + begin.length());
    assertTrue(b >= 0, "missing " + end.trim());
    return text.substring(a + begin.length(), b);
  }

  private static String dedent(String s) {
    int indent =
        s.lines()
            .filter(l -> !l.isBlank())
            .mapToInt(l -> l.length() - l.stripLeading().length())
            .min()
            .orElse(0);
    return s.lines()
            .map(l -> l.length() >= indent ? l.substring(indent) : l.strip())
            .collect(Collectors.joining("\n"))
        + "\n";
  }
}
