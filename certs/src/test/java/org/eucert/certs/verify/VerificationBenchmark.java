/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.verify;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.eucert.certs.sign.EnvelopeFormatException;
import org.eucert.certs.sign.ParsedEnvelope;
import org.eucert.certs.sign.SignatureAlgorithm;
import org.eucert.certs.sign.SignatureCheck;
import org.eucert.certs.sign.VerificationKey;
import org.eucert.core.model.BodyReference;
import org.eucert.core.model.CertificateContent;
import org.eucert.core.model.MemberState;
import org.eucert.core.rules.RuleEngine;
import org.eucert.core.rules.RuleInput;
import org.eucert.core.rules.RuleReport;
import org.eucert.core.trust.StatusAnswer;
import org.eucert.core.trust.StatusList;
import org.eucert.core.trust.TrustIndex;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Certificates verified per second (ARCHITECTURE.md section 11), beside the raw signature
 * verification with the same key in the same run, and the parts of a verification one by one:
 * envelope parse, signature (digest and verify), authority look-ups, XML read, rules, status.
 *
 * <p>Run: {@code mvn -pl certs -Pbench -DskipTests verify -Dbench.include=VerificationBenchmark}
 * (after {@code mvn -DskipTests install}). The ratio that matters is
 * {@code verifyCertificate / rawSignatureVerify} in operations per second, single thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class VerificationBenchmark {
  private Verifier verifier;
  private byte[] envelope;
  private byte[] xml;
  private ParsedEnvelope parsed;
  private VerificationKey key;
  private byte[] rawData;
  private byte[] rawSignature;
  private TrustIndex index;
  private CertificateContent content;
  private RuleEngine engine;
  private RuleInput ruleInput;
  private StatusList statusList;

  @Setup
  public void setUp() throws Exception {
    VerifyWorld w = new VerifyWorld();
    VerifyWorld.Issued issued = w.issue(w.content(MemberState.NL, VerifyWorld.ISSUED));
    envelope = issued.envelope();
    xml = issued.xml();
    content = issued.content();
    verifier = w.verifier();
    VerificationReport check = verifier.verify(envelope, VerifyWorld.NOW);
    if (!check.isPassed()) {
      throw new IllegalStateException("the benchmark certificate does not pass: " + check.reason());
    }
    parsed = VerifyWorld.ENVELOPES.parse(envelope);
    key = VerificationKey.of(parsed.signerCertificateDer());
    // the raw floor: one P-256 signature over data the size of CAdES signed attributes
    rawData = new byte[220];
    for (int i = 0; i < rawData.length; i++) {
      rawData[i] = (byte) i;
    }
    rawSignature = VerifyWorld.key("NL-CB").signer().sign(rawData);
    if (!key.verify(SignatureAlgorithm.ECDSA_P256_SHA256, rawData, rawSignature)) {
      throw new IllegalStateException("raw signature does not verify");
    }
    VerifyWorld.FixtureSnapshot snapshot = (VerifyWorld.FixtureSnapshot) w.snapshot();
    index = snapshot.index();
    engine = VerifyWorld.CATALOGUE.rules(content.scheme());
    ruleInput =
        new RuleInput(
            VerifyWorld.CATALOGUE.find(content.scheme(), content.schemeVersion()).orElseThrow(),
            content,
            index.issuingContext(content.issuer().id(), content.itsef().map(BodyReference::id).orElseThrow()).build());
    statusList = index.statusList(content.issuer().id()).orElseThrow();
  }

  /** The whole verification, one thread. */
  @Benchmark
  public VerificationReport verifyCertificate() {
    return verifier.verify(envelope, VerifyWorld.NOW);
  }

  /** The floor: one raw P-256 verification with the same decoded key, one thread. */
  @Benchmark
  public boolean rawSignatureVerify() {
    return key.verify(SignatureAlgorithm.ECDSA_P256_SHA256, rawData, rawSignature);
  }

  /** The whole verification on all processors. */
  @Benchmark
  @Threads(Threads.MAX)
  public VerificationReport verifyCertificateAllCores() {
    return verifier.verify(envelope, VerifyWorld.NOW);
  }

  /** The floor on all processors. */
  @Benchmark
  @Threads(Threads.MAX)
  public boolean rawSignatureVerifyAllCores() {
    return key.verify(SignatureAlgorithm.ECDSA_P256_SHA256, rawData, rawSignature);
  }

  /** Part: strict envelope parse. */
  @Benchmark
  public ParsedEnvelope partEnvelopeParse() throws EnvelopeFormatException {
    return VerifyWorld.ENVELOPES.parse(envelope);
  }

  /** Part: message digest and signature with the decoded key. */
  @Benchmark
  public SignatureCheck partSignature() {
    return parsed.verify(key);
  }

  /** Part: the signer's listed key and the issuer's context from the trust index. */
  @Benchmark
  public Object partAuthorityLookups() {
    return index
        .keyFor(parsed.signerCertificateDer())
        .map(k -> index.issuingContext(k.entity().id()).build());
  }

  /** Part: the strict XML read of the content. */
  @Benchmark
  public CertificateContent partXmlRead() {
    return VerifyWorld.CODEC.parse(xml);
  }

  /** Part: every rule of the scheme, authority rules included. */
  @Benchmark
  public RuleReport partRules() {
    return engine.evaluate(ruleInput);
  }

  /** Part: the status at the instant and the content digest. */
  @Benchmark
  public Object partStatus() {
    StatusAnswer a = statusList.statusAt(content.id(), content.issuedAt(), VerifyWorld.NOW);
    return Optional.of(a).map(x -> Hashing.sha256().hashBytes(xml).toString() + x.status());
  }

  /** Part: the report rendered as a JSON line (not part of verify). */
  @Benchmark
  public byte[] partJsonLine() {
    return VerificationReportCodec.jsonLine(Optional.of("c.p7m"), verifier.verify(envelope, VerifyWorld.NOW))
        .getBytes(StandardCharsets.UTF_8);
  }
}
