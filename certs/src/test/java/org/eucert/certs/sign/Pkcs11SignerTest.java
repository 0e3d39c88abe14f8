/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.sign;

import static org.eucert.certs.sign.SignFixtures.SIGNING_TIME;
import static org.eucert.certs.sign.SignFixtures.XML;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Security;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real PKCS#11 token: SoftHSM2 with a token created in a temporary directory, a P-256 key
 * generated inside it through the SunPKCS11 provider, and an envelope signed by {@link JcaSigner}
 * with that provider, which then verifies. Skipped, with a message, only when SoftHSM2 is not
 * installed or {@code -Deucert.test.skipHsm=true}. CI installs SoftHSM2.
 */
class Pkcs11SignerTest {
  private static final String PIN = "5678";
  private static final List<Path> LIBRARIES =
      List.of(
          Path.of("/usr/lib/softhsm/libsofthsm2.so"),
          Path.of("/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so"),
          Path.of("/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so"),
          Path.of("/usr/local/lib/softhsm/libsofthsm2.so"),
          Path.of("/opt/homebrew/lib/softhsm/libsofthsm2.so"));

  @TempDir Path dir;

  @Test
  void jcaSigner_withSunPkcs11OverSoftHsm_signsAnEnvelopeThatVerifies() throws Exception {
    assumeFalse(
        Boolean.getBoolean("eucert.test.skipHsm"),
        "-Deucert.test.skipHsm=true: the PKCS#11 test is skipped");
    Optional<Path> library = LIBRARIES.stream().filter(Files::isRegularFile).findFirst();
    assumeTrue(
        library.isPresent(),
        "SoftHSM2 is not installed (no libsofthsm2.so): the PKCS#11 test is skipped; "
            + "install it with apt-get install softhsm2");
    String conf = System.getenv("SOFTHSM2_CONF");
    assertNotNull(
        conf, "SOFTHSM2_CONF is not set: run through Maven, whose surefire configuration sets it");

    // a fresh token in a temporary directory
    Path tokens = Files.createDirectory(dir.resolve("tokens"));
    Path confFile = Path.of(conf);
    Files.createDirectories(confFile.getParent());
    Files.writeString(
        confFile,
        "directories.tokendir = " + tokens + "\nobjectstore.backend = file\nlog.level = ERROR\n",
        StandardCharsets.US_ASCII);
    run(conf, "softhsm2-util", "--init-token", "--free", "--label", "eucert-test",
        "--so-pin", "1234", "--pin", PIN);

    Provider pkcs11 =
        Security.getProvider("SunPKCS11")
            .configure("--name=eucert-softhsm\nlibrary=" + library.get() + "\nslotListIndex=0\n");
    KeyStore token = KeyStore.getInstance("PKCS11", pkcs11);
    token.load(null, PIN.toCharArray());

    // the key is generated inside the token; the test PKI certifies its public half
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", pkcs11);
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    KeyPair keys = generator.generateKeyPair();
    List<X509Certificate> chain =
        SignFixtures.pki().issueFor("FR-NCCA-HSM-" + System.nanoTime(), keys.getPublic());
    token.setKeyEntry("signer", keys.getPrivate(), null, chain.toArray(new X509Certificate[0]));

    // as an application would: the key by alias from the token
    Key key = token.getKey("signer", null);
    PrivateKey privateKey = (PrivateKey) key;
    assertFalse(privateKey.getClass().getName().startsWith("org.bouncycastle"));
    try (JcaSigner signer = JcaSigner.of(privateKey, chain, pkcs11)) {
      assertEquals(SignatureAlgorithm.ECDSA_P256_SHA256, signer.algorithm());
      byte[] envelope = EnvelopeCodec.standard().sign(XML, SIGNING_TIME, signer);

      ParsedEnvelope parsed = EnvelopeCodec.standard().parse(envelope);
      assertArrayEquals(XML, parsed.content());
      assertEquals(SignatureCheck.VALID, parsed.verify());
      assertEquals(
          SignatureCheck.VALID,
          parsed.verify(VerificationKey.of(chain.get(0))));
    }
  }

  private static void run(String conf, String... command) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(List.of(command)));
    builder.environment().put("SOFTHSM2_CONF", conf);
    builder.redirectErrorStream(true);
    Process p = builder.start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError(command[0] + " did not finish");
    }
    assertEquals(0, p.exitValue(), String.join(" ", command) + ": " + output);
  }
}
