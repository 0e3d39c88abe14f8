/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eucert.core.model.BodyId;
import org.eucert.core.model.Bytes;
import org.eucert.core.model.CertificateStatus;
import org.eucert.core.model.MemberState;
import org.eucert.core.model.SchemeVersion;
import org.eucert.core.registry.Actor;
import org.eucert.core.registry.jpa.JpaRegistry;
import org.eucert.core.xml.SchemeCodec;
import org.eucert.schemes.catalogue.SchemeCatalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxHomeTest {
  private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
  private static final Actor ACTOR = new Actor("sandbox-test");

  @TempDir Path home;

  @Test
  void populatesKeysSamplesAndTheRegistryWithTheStatusesTheManifestPromises() throws Exception {
    SchemeCatalogue catalogue = SchemeCatalogue.builtIn();
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    try (JpaRegistry registry = JpaRegistry.builder().embedded(home).clock(clock).open()) {
      SchemeCodec codec = SchemeCodec.create();
      for (SchemeVersion s : catalogue.schemes()) {
        registry.importSchemeVersion(s, Bytes.copyOf(codec.write(s)), ACTOR);
      }

      List<SandboxHome.Sample> samples =
          SandboxHome.populate(home, registry, clock, ACTOR, catalogue);

      assertEquals(6, samples.size());
      for (SandboxHome.Sample s : samples) {
        assertTrue(Files.size(home.resolve("samples").resolve(s.file())) > 500, s.file());
        assertEquals("EUCC", s.scheme());
      }
      Map<String, CertificateStatus> status =
          samples.stream()
              .collect(
                  Collectors.toMap(
                      SandboxHome.Sample::file,
                      s -> registry.statusAt(s.certificateId(), NOW).orElseThrow()));
      assertEquals(CertificateStatus.IN_FORCE, status.get("eucc-substantial-in-force.p7m"));
      assertEquals(CertificateStatus.IN_FORCE, status.get("eucc-high-in-force.p7m"));
      assertEquals(CertificateStatus.WITHDRAWN, status.get("eucc-substantial-withdrawn.p7m"));
      assertEquals(CertificateStatus.EXPIRED, status.get("eucc-substantial-expired.p7m"));
      assertEquals(CertificateStatus.SUSPENDED, status.get("eucc-substantial-suspended.p7m"));
      assertEquals(
          CertificateStatus.IN_FORCE,
          status.get("eucc-substantial-before-notification-withdrawn.p7m"));
      samples.forEach(
          s ->
              assertEquals(
                  s.indication().equals("PASSED"),
                  status.get(s.file()) == CertificateStatus.IN_FORCE,
                  s.file()));

      for (BodyId body : SandboxWorld.signingBodies()) {
        Path key = SandboxHome.keyFile(home, body);
        assertTrue(Files.isRegularFile(key), key.toString());
        assertTrue(key.getFileName().toString().endsWith("-TEST-ONLY.p12"));
        assertEquals(1, registry.signingKeys(body).size(), body.value());
      }
      assertTrue(Files.isRegularFile(SandboxHome.keyFile(home, SandboxHome.OPERATOR)));
      assertTrue(
          registry
              .bodiesNotifiedFor(SandboxWorld.EUCC, org.eucert.core.model.AssuranceLevel.SUBSTANTIAL, NOW)
              .stream()
              .noneMatch(b -> b.id().equals(SandboxWorld.cab(MemberState.DE, 2))),
          "DE-CB-2's notification is withdrawn");
      assertTrue(Files.isRegularFile(home.resolve("samples").resolve(SandboxHome.REQUEST_FILE)));
    }
  }
}
