/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import org.eucert.certs.trust.ListHealth;
import org.eucert.core.model.CertificateContent;
import org.eucert.core.model.MemberState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hostile input never makes the verifier throw: truncated, oversized, garbage and deeply nested
 * envelopes, an XML bomb inside a validly signed envelope, a replayed older status list. Each is
 * FAILED or INDETERMINATE with a message saying what was wrong.
 */
class VerifierHostileInputTest {
  private static VerifyWorld world;
  private static Verifier verifier;
  private static byte[] valid;

  @BeforeAll
  static void world() {
    world = new VerifyWorld();
    valid = world.issue(world.content(MemberState.NL, VerifyWorld.ISSUED)).envelope();
    verifier = world.verifier();
  }

  private static VerificationReport verify(byte[] envelope) {
    VerificationReport r = verifier.verify(envelope, VerifyWorld.NOW);
    assertFalse(r.isPassed(), () -> VerificationReportCodec.text(Optional.empty(), r));
    assertFalse(r.reason().isBlank());
    return r;
  }

  @Test
  void verify_valid_passes() {
    assertTrue(verifier.verify(valid, VerifyWorld.NOW).isPassed());
  }

  @Test
  void verify_empty_formatFailure() {
    assertTrue(verify(new byte[0]).has(SubIndication.FORMAT_FAILURE));
  }

  @Test
  void verify_everyTruncation_formatFailure() {
    for (int n = 0; n < valid.length; n += Math.max(1, n / 8)) {
      VerificationReport r = verify(Arrays.copyOf(valid, n));
      assertTrue(r.has(SubIndication.FORMAT_FAILURE), n + ": " + r.reason());
    }
  }

  @Test
  void verify_trailingBytes_formatFailure() {
    byte[] longer = Arrays.copyOf(valid, valid.length + 1);
    assertTrue(verify(longer).has(SubIndication.FORMAT_FAILURE));
  }

  @Test
  void verify_oversized_formatFailureNamingTheSize() {
    byte[] huge = new byte[5 * 1024 * 1024];
    System.arraycopy(valid, 0, huge, 0, valid.length);
    VerificationReport r = verify(huge);
    assertTrue(r.has(SubIndication.FORMAT_FAILURE));
    assertTrue(r.reason().contains("TOO_LARGE"), r.reason());
  }

  @Test
  void verify_garbage_formatFailure() {
    Random random = new Random(20261128L);
    for (int i = 0; i < 200; i++) {
      byte[] g = new byte[random.nextInt(4096)];
      random.nextBytes(g);
      if (g.length > 0 && random.nextBoolean()) {
        g[0] = 0x30; // looks like a SEQUENCE
      }
      assertTrue(verify(g).has(SubIndication.FORMAT_FAILURE));
    }
  }

  @Test
  void verify_deeplyNestedAsn1_formatFailure() {
    // 200,000 nested indefinite-length SEQUENCEs, then 200,000 definite ones
    ByteArrayOutputStream indefinite = new ByteArrayOutputStream();
    for (int i = 0; i < 200_000; i++) {
      indefinite.write(0x30);
      indefinite.write(0x80);
    }
    assertTrue(verify(indefinite.toByteArray()).has(SubIndication.FORMAT_FAILURE));
    byte[] nested = new byte[0];
    for (int i = 0; i < 20_000; i++) {
      byte[] next = new byte[nested.length + 6];
      next[0] = 0x30;
      next[1] = (byte) 0x84;
      int len = nested.length;
      next[2] = (byte) (len >>> 24);
      next[3] = (byte) (len >>> 16);
      next[4] = (byte) (len >>> 8);
      next[5] = (byte) len;
      System.arraycopy(nested, 0, next, 6, len);
      nested = next;
    }
    assertTrue(verify(nested).has(SubIndication.FORMAT_FAILURE));
  }

  @Test
  void verify_xmlBombInsideValidlySignedEnvelope_formatFailureAtContent() {
    String bomb =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
            + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
            + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
            + "<certificate xmlns=\"urn:eucert:certificate:1\">&lol3;</certificate>";
    CertificateContent c = world.content(MemberState.NL, VerifyWorld.ISSUED);
    byte[] env =
        world
            .sign(c, bomb.getBytes(StandardCharsets.UTF_8), c.issuedAt(),
                VerifyWorld.key("NL-CB").signer(), false)
            .envelope();
    VerificationReport r = verify(env);
    assertTrue(r.has(SubIndication.FORMAT_FAILURE), r.reason());
    assertEquals(Check.CONTENT, r.checks().get(r.checks().size() - 1).check());
    assertTrue(r.result(Check.SIGNATURE).orElseThrow().isPassed());
  }

  @Test
  void verify_externalEntityInsideValidlySignedEnvelope_formatFailure() {
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE c [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<certificate xmlns=\"urn:eucert:certificate:1\">&x;</certificate>";
    CertificateContent c = world.content(MemberState.NL, VerifyWorld.ISSUED);
    byte[] env =
        world
            .sign(c, xxe.getBytes(StandardCharsets.UTF_8), c.issuedAt(),
                VerifyWorld.key("NL-CB").signer(), false)
            .envelope();
    VerificationReport r = verify(env);
    assertTrue(r.has(SubIndication.FORMAT_FAILURE));
    assertFalse(r.reason().contains("root:"), r.reason());
  }

  @Test
  void verify_nonXmlContentValidlySigned_formatFailure() {
    CertificateContent c = world.content(MemberState.NL, VerifyWorld.ISSUED);
    byte[] env =
        world
            .sign(c, new byte[] {0, 1, 2, (byte) 0xff}, c.issuedAt(),
                VerifyWorld.key("NL-CB").signer(), false)
            .envelope();
    assertTrue(verify(env).has(SubIndication.FORMAT_FAILURE));
  }

  @Test
  void verify_replayedOlderStatusList_trustDataStale() {
    // a loader that has seen sequence 4 of the status list reports the replayed sequence 3 as
    // ROLLED_BACK; the certificate withdrawn in sequence 4 must not pass on sequence 3
    VerifyWorld w = new VerifyWorld();
    CertificateContent c = w.content(MemberState.DE, VerifyWorld.ISSUED);
    byte[] env = w.issue(c).envelope();
    w.statusMeta.get(VerifyWorld.cb(MemberState.DE)).health = ListHealth.ROLLED_BACK;
    w.statusMeta.get(VerifyWorld.cb(MemberState.DE)).message = "sequence 3 after 4 was seen";
    VerificationReport r = w.verifier().verify(env, VerifyWorld.NOW);
    assertTrue(r.has(SubIndication.TRUST_DATA_STALE), r.reason());
    assertTrue(r.reason().contains("rolled back"), r.reason());
  }
}
