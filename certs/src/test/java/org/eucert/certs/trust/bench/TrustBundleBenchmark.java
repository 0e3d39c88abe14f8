/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.trust.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.eucert.certs.sign.SignatureAlgorithm;
import org.eucert.certs.sign.SigningException;
import org.eucert.certs.testing.TestPki;
import org.eucert.certs.trust.Anchor;
import org.eucert.certs.trust.InMemorySeenSequenceStore;
import org.eucert.certs.trust.TrustBundle;
import org.eucert.certs.trust.TrustPublisher;
import org.eucert.certs.trust.TrustSnapshot;
import org.eucert.core.model.BodyId;
import org.eucert.core.model.Bytes;
import org.eucert.core.model.CertificateId;
import org.eucert.core.model.MemberState;
import org.eucert.core.model.SigningKey;
import org.eucert.core.registry.Fixtures;
import org.eucert.core.registry.IssuedCertificate;
import org.eucert.core.registry.TestDatabase;
import org.eucert.core.registry.jpa.JpaRegistry;
import org.eucert.core.trust.StatusList;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Loading a published trust bundle (verify every list, parse, index, decode the keys) and the
 * per-verification look-ups it then serves (key by signer certificate, status at an instant), with
 * one body's status list holding {@code certificates} certificates (ARCHITECTURE.md section 11:
 * trust data is parsed, verified and indexed once per load). Not a test; compiled and run only in
 * certs' bench profile (see certs/pom.xml for the command, and give this class name).
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TrustBundleBenchmark {
  private static final Instant T0 = Fixtures.T0;
  private static final Instant PUBLISHED = T0.plus(Duration.ofDays(10));
  private static final Clock CLOCK = Clock.fixed(PUBLISHED, ZoneOffset.UTC);

  @Param({"1000"})
  public int certificates;

  private TestDatabase db;
  private JpaRegistry registry;
  private Path dir;
  private List<Anchor> anchors;
  private TrustSnapshot snapshot;
  private StatusList status;
  private Bytes signer;
  private int next;

  @Setup(Level.Trial)
  public void publish() throws IOException, SigningException {
    db = TestDatabase.create();
    registry = db.open(Clock.fixed(T0, ZoneOffset.UTC));
    Fixtures.enrolBodies(registry);
    TestPki pki =
        TestPki.create(Clock.fixed(T0, ZoneOffset.UTC))
            .ca("EU-ROOT")
            .signer("OPERATOR", SignatureAlgorithm.ECDSA_P256_SHA256);
    for (BodyId b :
        List.of(Fixtures.NL_NCCA, Fixtures.NL_CB, Fixtures.DE_NCCA, Fixtures.DE_CB)) {
      pki.signer(b.value(), SignatureAlgorithm.ECDSA_P256_SHA256);
      registry.addSigningKey(
          new SigningKey(
              b, "key-" + b, pki.certificateDer(b.value()), T0.minus(Duration.ofDays(1)),
              Optional.empty(), Optional.empty()),
          Fixtures.ACTOR);
    }
    List<IssuedCertificate> batch = new ArrayList<>();
    for (int i = 0; i < certificates; i++) {
      batch.add(
          Fixtures.issued(
              Fixtures.content(
                      "NL-" + i, Fixtures.NL_CB, T0.plusSeconds(i), LocalDate.of(2030, 1, 1))
                  .build()));
    }
    registry.importIssued(batch, Fixtures.ACTOR);
    dir = Files.createTempDirectory("eucert-trust-bench");
    TrustPublisher.builder()
        .registry(registry)
        .operator("bench", Fixtures.NL_NCCA, pki.signerFor("OPERATOR"))
        .nccaSigner(MemberState.NL, pki.signerFor(Fixtures.NL_NCCA.value()))
        .nccaSigner(MemberState.DE, pki.signerFor(Fixtures.DE_NCCA.value()))
        .bodySigner(Fixtures.NL_CB, pki.signerFor(Fixtures.NL_CB.value()))
        .bodySigner(Fixtures.DE_CB, pki.signerFor(Fixtures.DE_CB.value()))
        .build()
        .publish(dir, PUBLISHED);
    anchors = List.of(Anchor.of(pki.certificateDer("OPERATOR"), T0.minus(Duration.ofDays(1))));
    snapshot = load();
    status = snapshot.index().statusList(Fixtures.NL_CB).orElseThrow();
    signer = pki.certificateDer(Fixtures.NL_CB.value());
  }

  @TearDown(Level.Trial)
  public void close() {
    registry.close();
    db.close();
  }

  /** Verify, parse and index the whole bundle. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  public TrustSnapshot load() {
    return TrustBundle.load(dir, anchors, new InMemorySeenSequenceStore(), CLOCK);
  }

  /** What one verification asks of the snapshot: the signer's key, then the status. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public Object lookUps() {
    int i = next++ % certificates;
    Object key = snapshot.index().keyFor(signer).orElseThrow();
    Object verification = snapshot.verificationKey(signer).orElseThrow();
    return status.statusAt(CertificateId.of("NL-" + i), T0.plusSeconds(i), PUBLISHED).status() == null
        ? key
        : verification;
  }
}
