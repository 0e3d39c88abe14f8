/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.eucert.certs.sign.SignatureAlgorithm;
import org.eucert.certs.testing.TestPki;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6: a home made by plain {@code eucert init} can issue once a body is enrolled. Everything
 * through the command line, as an operator would do it: enrol an NCCA, a certification body and an
 * ITSEF with their accreditations, notification and authorisation; add the signing keys (held as
 * PKCS#12 files whose chains stop at an intermediate CA, as real ones often do); issue from a
 * request; publish; verify: PASSED.
 */
class OnboardingTest {
  private static final char[] PASSWORD = "onboarding-TEST-ONLY".toCharArray();

  @TempDir Path tmp;

  private Cli.Result run(Path home, String... args) {
    Map<String, String> env = new HashMap<>();
    env.put("USER", "tester");
    env.put("EUCERT_HOME", home.toString());
    env.put("EUCERT_KEY_PASSWORD", new String(PASSWORD));
    return Cli.runWith(env, args);
  }

  private void ok(Path home, String... args) {
    Cli.Result r = run(home, args);
    assertEquals(ExitCode.OK, r.code(), String.join(" ", args) + "\n" + r);
  }

  @Test
  void plainInit_enrolBodiesAndKeys_issuePublishVerify_passes() throws IOException {
    Path home = tmp.resolve("home");
    ok(home, "init");

    ok(home, "body", "add", "NL-NCCA", "--role", "ncca", "--name", "NCCA NL", "--member-state", "NL");
    ok(home, "body", "add", "NL-CB", "--role", "certification-body", "--name", "CB NL",
        "--member-state", "NL", "--supervisor", "NL-NCCA", "--notified-body-number", "3110",
        "--address", "1 Keizersgracht, Amsterdam", "--contact", "cb@onboarding.test");
    ok(home, "body", "add", "NL-ITSEF", "--role", "itsef", "--name", "Lab NL", "--member-state", "NL",
        "--supervisor", "NL-NCCA");
    ok(home, "body", "accredit", "NL-CB", "--reference", "RvA-C-1", "--accreditation-body", "RvA",
        "--standard", "ISO/IEC 17065", "--scheme", "EUCC", "--from", "2026-01-01", "--until", "2030-12-31");
    ok(home, "body", "notify", "NL-CB", "--scheme", "EUCC", "--level", "substantial",
        "--reference", "OJ-NL-1", "--from", "2026-01-01");
    ok(home, "body", "accredit", "NL-ITSEF", "--reference", "RvA-L-1", "--accreditation-body", "RvA",
        "--standard", "ISO/IEC 17025", "--scheme", "EUCC", "--from", "2026-01-01", "--until", "2030-12-31");
    ok(home, "body", "authorise", "NL-ITSEF", "--ncca", "NL-NCCA", "--scheme", "EUCC",
        "--reference", "NL-AUTH-1", "--max-ava-van", "AVA_VAN.5",
        "--technical-domain", "SMART_CARDS_AND_SIMILAR_DEVICES", "--from", "2026-01-01",
        "--until", "2030-12-31");

    // keys: a test CA with an intermediate; each body holds its key and chain as PKCS#12
    TestPki pki =
        TestPki.create(Cli.CLOCK)
            .ca("NL Test Root", SignatureAlgorithm.ECDSA_P256_SHA256)
            .intermediate("NL Test Issuing CA", SignatureAlgorithm.ECDSA_P256_SHA256)
            .signer("NL-NCCA", SignatureAlgorithm.ECDSA_P256_SHA256)
            .signer("NL-CB", SignatureAlgorithm.ECDSA_P256_SHA256)
            .signer("EU-OPERATOR", SignatureAlgorithm.ECDSA_P256_SHA256)
            .signer("stray", SignatureAlgorithm.ECDSA_P256_SHA256);
    Path keys = home.resolve("keys");
    Files.createDirectories(keys);
    for (String id : new String[] {"NL-NCCA", "NL-CB", "EU-OPERATOR"}) {
      Path p12 = pki.writePkcs12(id, tmp, PASSWORD);
      Files.move(p12, keys.resolve(id + ".p12"));
    }
    // the NCCA's key signs its trust list only: it need not be a listed signing key
    for (String id : new String[] {"NL-CB"}) {
      Path pem = tmp.resolve(id + ".pem");
      Files.writeString(
          pem,
          "-----BEGIN CERTIFICATE-----\n"
              + Base64.getMimeEncoder(64, new byte[] {'\n'})
                  .encodeToString(pki.certificateDer(id).toByteArray())
              + "\n-----END CERTIFICATE-----\n",
          StandardCharsets.US_ASCII);
      ok(home, "body", "key", "add", id, "--cert", pem.toString());
    }

    Path request = tmp.resolve("request.xml");
    Files.writeString(request, REQUEST, StandardCharsets.UTF_8);
    Path cert = tmp.resolve("nl-cert.p7m");
    ok(home, "issue", "--cab", "NL-CB", "--request", request.toString(), "--out", cert.toString());
    ok(home, "publish");

    Cli.Result verify = run(home, "verify", cert.toString(), "--format", "json");
    assertEquals(ExitCode.OK, verify.code(), verify.toString());
    assertEquals("PASSED", verify.json().getString("indication"), verify.out());
    assertTrue(verify.json().getString("certificateId").startsWith("EUCC-3110-"), verify.out());

    Cli.Result health = run(home, "trust", "health", "--format", "json");
    assertEquals(ExitCode.OK, health.code(), health.toString());

    // a key file whose certificate is not a listed key of its body: refused, one line, no files
    Path stray = pki.writePkcs12("stray", tmp, PASSWORD);
    Files.move(stray, keys.resolve("NL-CB.p12"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    byte[] lotl = Files.readAllBytes(home.resolve("trust/lotl.p7m"));
    Cli.Result refused = run(home, "publish");
    assertEquals(ExitCode.FAILED, refused.code(), refused.toString());
    assertEquals(1, refused.errLines(), refused.err());
    assertTrue(refused.err().contains("not a listed signing key of NL-CB"), refused.err());
    assertTrue(java.util.Arrays.equals(lotl, Files.readAllBytes(home.resolve("trust/lotl.p7m"))));
  }

  private static final String REQUEST =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <issuanceRequest xmlns="urn:eucert:issuance-request:1" xmlns:c="urn:eucert:certificate:1"
          xmlns:eucc="urn:eucert:certificate:eucc:1">
        <scheme>EUCC</scheme>
        <schemeVersion>2025-2462</schemeVersion>
        <issuer>NL-CB</issuer>
        <itsef>NL-ITSEF</itsef>
        <object>
          <c:type>ICT_PRODUCT</c:type>
          <c:name>Onboarding Router (fictitious)</c:name>
          <c:productType>Network device</c:productType>
          <c:version>1.0</c:version>
          <c:toeName>Onboarding Router firmware 1.0</c:toeName>
        </object>
        <holder>
          <c:name>Onboarding Devices B.V. (fictitious)</c:name>
          <c:address>2 Example Street, Utrecht</c:address>
          <c:contact>security@onboarding.test</c:contact>
          <c:supplementaryInfoUrl>https://onboarding.test/security</c:supplementaryInfoUrl>
          <c:vulnerabilityContact>psirt@onboarding.test</c:vulnerabilityContact>
        </holder>
        <legalReference>Commission Implementing Regulation (EU) 2024/482</legalReference>
        <certificationReport>NL-CR-1</certificationReport>
        <assuranceLevel>SUBSTANTIAL</assuranceLevel>
        <evaluationLevel>AVA_VAN.2</evaluationLevel>
        <standard>CC_3_1_R5</standard>
        <standard>CEM_3_1_R5</standard>
        <validUntil>2029-05-31</validUntil>
        <markUrl>https://certification.onboarding.test/certificates/{id}</markUrl>
        <eucc:eucc>
          <eucc:packageKind>EAL_CONFORMANT</eucc:packageKind>
          <eucc:packageName>EAL3</eucc:packageName>
        </eucc:eucc>
      </issuanceRequest>
      """;
}
