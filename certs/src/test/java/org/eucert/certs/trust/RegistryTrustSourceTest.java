/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eucert.certs.cli.Main;
import org.eucert.certs.verify.Check;
import org.eucert.certs.verify.SubIndication;
import org.eucert.certs.verify.VerificationReport;
import org.eucert.certs.verify.VerificationReportCodec;
import org.eucert.certs.verify.Verifier;
import org.eucert.core.model.CertificateId;
import org.eucert.core.model.CertificateStatus;
import org.eucert.core.registry.WithdrawalReason;
import org.eucert.core.registry.Actor;
import org.eucert.core.registry.Withdrawal;
import org.eucert.core.registry.jpa.JpaRegistry;
import org.eucert.schemes.catalogue.SchemeCatalogue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The registry-backed trust source against the published bundle of the same registry: the same
 * verdict for every sample of a demo home; a change in the registry seen by the next registry
 * snapshot before any publication; stale after its validity (fail closed).
 */
class RegistryTrustSourceTest {
  private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final SchemeCatalogue CATALOGUE = SchemeCatalogue.builtIn();

  @TempDir static Path dir;
  static Path home;
  static List<JsonObject> samples;

  @BeforeAll
  static void makeDemoHome() throws IOException {
    home = dir.resolve("demo");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new String[] {"--home", home.toString(), "init", "--demo"},
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            CLOCK,
            Map.of());
    assertEquals(0, code, out + "\n" + err);
    try (JsonReader r =
        Json.createReader(
            new StringReader(
                Files.readString(home.resolve("samples/manifest.json"), StandardCharsets.UTF_8)))) {
      samples = r.readObject().getJsonArray("samples").getValuesAs(JsonObject.class);
    }
  }

  private static Verifier verifier(TrustSnapshot snapshot, Clock clock) {
    return Verifier.builder().trustSnapshot(snapshot).clock(clock).catalogue(CATALOGUE).build();
  }

  private static TrustSnapshot bundle() {
    Path trust = home.resolve("trust");
    return TrustBundle.load(
        trust,
        Anchor.fromPem(trust.resolve("anchors.pem"), Instant.EPOCH),
        new InMemorySeenSequenceStore(),
        CLOCK);
  }

  private static JpaRegistry registry() {
    return JpaRegistry.builder().embedded(home).clock(CLOCK).open();
  }

  private static byte[] sample(String file) throws IOException {
    return Files.readAllBytes(home.resolve("samples").resolve(file));
  }

  @Test
  void everySample_sameVerdictAsThePublishedBundle_andAsTheManifestSays() throws IOException {
    assertTrue(samples.size() >= 6, samples.toString());
    Verifier published = verifier(bundle(), CLOCK);
    Verifier live;
    try (JpaRegistry registry = registry()) {
      live = verifier(RegistryTrustSource.snapshot(registry, "EU operator", NOW, Duration.ofDays(1)), CLOCK);
    }
    List<String> passed = new ArrayList<>();
    for (JsonObject s : samples) {
      byte[] envelope = sample(s.getString("file"));
      VerificationReport fromRegistry = live.verify(envelope, NOW);
      VerificationReport fromBundle = published.verify(envelope, NOW);
      String text = VerificationReportCodec.text(Optional.of(s.getString("file")), fromRegistry);
      assertEquals(s.getString("expectedIndication"), fromRegistry.indication().name(), text);
      assertEquals(fromBundle.indication(), fromRegistry.indication(), text);
      assertEquals(fromBundle.subIndication(), fromRegistry.subIndication(), text);
      assertEquals(
          fromBundle.certificate().flatMap(c -> c.status()),
          fromRegistry.certificate().flatMap(c -> c.status()),
          text);
      if (fromRegistry.isPassed()) {
        passed.add(s.getString("file"));
        assertTrue(
            fromRegistry.trustData().stream().anyMatch(d -> d.kind().equals("STATUS_LIST")),
            "the registry's status list was used: " + text);
      }
    }
    assertTrue(passed.size() >= 2, "in-force samples pass: " + passed);
  }

  @Test
  void aWithdrawalInTheRegistry_seenByTheNextSnapshot_beforeAnyPublication() throws IOException {
    JsonObject inForce =
        samples.stream()
            .filter(s -> s.getString("file").equals("eucc-substantial-in-force.p7m"))
            .findFirst()
            .orElseThrow();
    byte[] envelope = sample(inForce.getString("file"));
    Path copy = dir.resolve("copy");
    copyTree(home, copy); // this test changes the registry: work on a copy of the home
    try (JpaRegistry registry = JpaRegistry.builder().embedded(copy).clock(CLOCK).open()) {
      Verifier before = verifier(RegistryTrustSource.snapshot(registry, "EU", NOW, Duration.ofDays(1)), CLOCK);
      assertTrue(before.verify(envelope, NOW).isPassed());

      registry.withdraw(
          CertificateId.of(inForce.getString("certificateId")),
          new Withdrawal(NOW.minusSeconds(60), WithdrawalReason.HOLDER_REQUEST, "test"),
          new Actor("test"));

      VerificationReport r =
          verifier(RegistryTrustSource.snapshot(registry, "EU", NOW, Duration.ofDays(1)), CLOCK)
              .verify(envelope, NOW);
      assertEquals(Optional.of(SubIndication.CERTIFICATE_WITHDRAWN), r.subIndication(),
          VerificationReportCodec.text(Optional.empty(), r));
      assertEquals(Optional.of(CertificateStatus.WITHDRAWN), r.certificate().flatMap(c -> c.status()));
      // the snapshot taken before the withdrawal does not move: a snapshot is a snapshot
      assertTrue(before.verify(envelope, NOW).isPassed());
      // and at an instant before the withdrawal, the new snapshot still says in force
      assertTrue(
          verifier(RegistryTrustSource.snapshot(registry, "EU", NOW, Duration.ofDays(1)), CLOCK)
              .verify(envelope, NOW.minusSeconds(120))
              .isPassed());
    }
  }

  @Test
  void afterItsValidity_theSnapshotIsStale_andNothingPasses() throws IOException {
    byte[] envelope = sample("eucc-high-in-force.p7m");
    TrustSnapshot snapshot;
    try (JpaRegistry registry = registry()) {
      snapshot = RegistryTrustSource.snapshot(registry, "EU", NOW, Duration.ofHours(1));
    }
    Clock later = Clock.fixed(NOW.plus(Duration.ofHours(1)), ZoneOffset.UTC);
    VerificationReport r = verifier(snapshot, later).verify(envelope, NOW);
    assertEquals(Optional.of(SubIndication.TRUST_DATA_STALE), r.subIndication());
    assertEquals(Check.TRUST_DATA, r.checks().get(r.checks().size() - 1).check());
    assertTrue(snapshot.health(later.instant()).lists().stream().allMatch(TrustHealth.Line::stale));
    assertTrue(verifier(snapshot, CLOCK).verify(envelope, NOW).isPassed());
  }

  @Test
  void snapshot_refusesANonPositiveValidity() {
    try (JpaRegistry registry = registry()) {
      assertThrows(
          IllegalArgumentException.class,
          () -> RegistryTrustSource.snapshot(registry, "EU", NOW, Duration.ZERO));
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (var paths = Files.walk(from)) {
      for (Path p : (Iterable<Path>) paths::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
