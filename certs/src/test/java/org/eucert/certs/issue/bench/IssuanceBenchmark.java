/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.issue.bench;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.eucert.certs.issue.Issuer;
import org.eucert.certs.sign.EnvelopeCodec;
import org.eucert.certs.sign.SignatureAlgorithm;
import org.eucert.certs.sign.Signer;
import org.eucert.certs.sign.SigningException;
import org.eucert.certs.testing.TestPki;
import org.eucert.core.model.AssuranceLevel;
import org.eucert.core.model.IssuanceRequest;
import org.eucert.core.model.SigningKey;
import org.eucert.core.registry.Actor;
import org.eucert.core.registry.TestDatabase;
import org.eucert.core.registry.jpa.JpaRegistry;
import org.eucert.core.testing.GenericTestScheme;
import org.eucert.core.testing.TestBodies;
import org.eucert.core.testing.TestClocks;
import org.eucert.schemes.catalogue.SchemeCatalogue;
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
 * Issuance throughput, three rates of the same key in the same run, so they can be compared:
 *
 * <ul>
 *   <li>{@code issue}: certificates issued per second into the embedded registry (H2 file
 *       database; or PostgreSQL with {@code -p jdbcUrl=...}): authority read from the registry,
 *       rules, identifier drawn, XML written, envelope signed, content and bytes recorded;
 *   <li>{@code signEnvelope}: envelopes signed per second over the same certificate XML
 *       (CAdES-B-B, {@link EnvelopeCodec#standard()});
 *   <li>{@code rawSignature}: raw signatures per second by the same signer over the same bytes.
 * </ul>
 *
 * <p>Run: {@code mvn -o -pl certs -am -Pbench -DskipTests verify} (see certs/pom.xml).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class IssuanceBenchmark {
  private static final Actor ACTOR = Actor.of("bench");

  @Param({"h2"})
  public String jdbcUrl;

  @Param({"ECDSA_P256_SHA256"})
  public String algorithm;

  private TestDatabase db;
  private JpaRegistry registry;
  private Issuer issuer;
  private IssuanceRequest request;
  private Signer signer;
  private byte[] content;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    db = TestDatabase.create(jdbcUrl.equals("h2") ? null : jdbcUrl);
    registry = db.open(TestClocks.atIssue());
    registry.enrolBody(TestBodies.ncca(), ACTOR);
    registry.enrolBody(TestBodies.cab(), ACTOR);
    registry.addAccreditation(TestBodies.accreditation(TestBodies.CAB), ACTOR);
    registry.addNotification(TestBodies.notification(TestBodies.CAB), ACTOR);
    Instant from = Instant.parse("2020-01-01T00:00:00Z");
    Instant until = Instant.parse("2040-01-01T00:00:00Z");
    SignatureAlgorithm alg = SignatureAlgorithm.valueOf(algorithm);
    TestPki pki =
        TestPki.create(Clock.fixed(from, ZoneOffset.UTC))
            .ca("bench CA", alg, from, until)
            .signer("cab", alg, from, until);
    signer = pki.signerFor("cab");
    registry.addSigningKey(
        new SigningKey(
            TestBodies.CAB, "bench-key", pki.certificateDer("cab"), from, Optional.empty(),
            Optional.empty()),
        ACTOR);
    issuer =
        Issuer.builder()
            .registry(registry)
            .catalogue(SchemeCatalogue.builtIn().with(GenericTestScheme.scheme()))
            .clock(TestClocks.atIssue())
            .signer(signer)
            .actor(ACTOR)
            .build();
    request =
        IssuanceRequest.builder()
            .scheme(GenericTestScheme.ID, GenericTestScheme.VERSION)
            .issuer(TestBodies.CAB)
            .object(GenericTestScheme.object())
            .holder(GenericTestScheme.holder())
            .legalReferences(List.of("Test Implementing Regulation (EU) 2099/1"))
            .certificationReport(Optional.of("GTS-CR-2026-0001"))
            .assuranceLevel(AssuranceLevel.SUBSTANTIAL)
            .evaluationLevel(
                Optional.of(GenericTestScheme.evaluationLevelOf(AssuranceLevel.SUBSTANTIAL)))
            .standards(List.of(GenericTestScheme.STANDARD))
            .validUntil(TestClocks.ISSUE_DAY.plus(GenericTestScheme.MAX_VALIDITY).minusDays(1))
            .markUrl(Optional.of("https://certification.test/{id}"))
            .build();
    // the content the other two rates sign: the document of a certificate issued here
    content = issuer.issue(request).document().toByteArray();
    if (content.length == 0) {
      throw new IllegalStateException("empty document " + new String(content, StandardCharsets.UTF_8));
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    registry.close();
    db.close();
  }

  @Benchmark
  public Object issue() {
    return issuer.issue(request);
  }

  @Benchmark
  public byte[] signEnvelope() throws SigningException {
    return EnvelopeCodec.standard().sign(content, TestClocks.ISSUE, signer);
  }

  @Benchmark
  public byte[] rawSignature() throws SigningException {
    return signer.sign(content);
  }
}
