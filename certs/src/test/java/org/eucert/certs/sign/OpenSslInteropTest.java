/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.sign;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The independent check of ARCHITECTURE.md section 6: {@code openssl cms -verify -purpose any}
 * accepts every ECDSA and RSA-PSS envelope we produce (OpenSSL 3.0 cannot verify Ed25519 with
 * signed attributes; {@link EnvelopeCodecTest} cross-checks Ed25519 with BC's CMS classes). Skipped,
 * with a message, where no openssl binary is installed.
 */
class OpenSslInteropTest {
  private static boolean openssl;

  @TempDir Path dir;

  @BeforeAll
  static void findOpenssl() {
    try {
      Process p = new ProcessBuilder("openssl", "version").redirectErrorStream(true).start();
      openssl = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      openssl = false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      openssl = false;
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = SignatureAlgorithm.class,
      names = {"ECDSA_P256_SHA256", "ECDSA_P384_SHA384", "RSA_PSS_SHA256"})
  void opensslCmsVerify_acceptsOurEnvelope(SignatureAlgorithm algorithm) throws Exception {
    byte[] envelope = SignFixtures.envelope(algorithm);
    Result result = verify(envelope, SignFixtures.root(algorithm));
    assertEquals(0, result.exit, result.output);
    assertArrayEquals(SignFixtures.XML, result.content, "openssl extracts the content as signed");
  }

  @Test
  void opensslCmsVerify_acceptsAnEnvelopeWithAnIntermediate() throws Exception {
    byte[] envelope =
        EnvelopeCodec.standard()
            .sign(
                SignFixtures.XML,
                SignFixtures.SIGNING_TIME,
                SignFixtures.pki().signerFor(SignFixtures.VIA_SUB));
    Result result = verify(envelope, SignFixtures.RSA_ROOT);
    assertEquals(0, result.exit, result.output);
  }

  @Test
  void opensslCmsVerify_refusesATamperedEnvelope_soTheOracleCanFail() throws Exception {
    byte[] envelope = SignFixtures.envelope(SignatureAlgorithm.ECDSA_P256_SHA256);
    envelope[EnvelopeCodecTest.indexOf(envelope, SignFixtures.XML) + 5] ^= 1;
    Result result = verify(envelope, SignFixtures.ROOT);
    assertNotEquals(0, result.exit, result.output);
  }

  @Test
  void opensslCmsVerify_refusesTheWrongTrustAnchor() throws Exception {
    byte[] envelope = SignFixtures.envelope(SignatureAlgorithm.ECDSA_P256_SHA256);
    Result result = verify(envelope, SignFixtures.RSA_ROOT);
    assertNotEquals(0, result.exit, result.output);
  }

  private record Result(int exit, String output, byte[] content) {}

  private Result verify(byte[] envelope, String root) throws Exception {
    assumeTrue(openssl, "openssl is not installed: the OpenSSL interop check is skipped");
    Path in = Files.write(dir.resolve("envelope.p7m"), envelope);
    Path ca = SignFixtures.pki().writeCertificatePem(root, dir);
    Path out = dir.resolve("content.xml");
    Files.deleteIfExists(out);
    List<String> command = new ArrayList<>(List.of(
        "openssl", "cms", "-verify", "-purpose", "any", "-binary", "-inform", "DER",
        "-in", in.toString(), "-CAfile", ca.toString(), "-out", out.toString(),
        // the test PKI's certificates are valid around the fixed signing time, not the wall clock
        "-attime", Long.toString(SignFixtures.SIGNING_TIME.getEpochSecond())));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] output = p.getInputStream().readAllBytes();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("openssl did not finish");
    }
    byte[] content = Files.exists(out) ? Files.readAllBytes(out) : new byte[0];
    return new Result(p.exitValue(), new String(output, StandardCharsets.UTF_8), content);
  }
}
