/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.sign.bench;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.eucert.certs.sign.EnvelopeCodec;
import org.eucert.certs.sign.EnvelopeFormatException;
import org.eucert.certs.sign.ParsedEnvelope;
import org.eucert.certs.sign.SignatureAlgorithm;
import org.eucert.certs.sign.SignatureCheck;
import org.eucert.certs.sign.Signer;
import org.eucert.certs.sign.SigningException;
import org.eucert.certs.sign.VerificationKey;
import org.eucert.certs.testing.TestPki;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Envelopes per second, per algorithm (ARCHITECTURE.md section 11), beside the raw signature of the
 * same key in the same run: sign an envelope vs. raw sign; parse; parse + verify against a
 * {@link VerificationKey} decoded once vs. one raw verification (our lightweight path and the JCA
 * Bouncy Castle provider); and BC's high-level CMS verify for reference. The content is a 4.5 KB
 * XML document. Run: {@code mvn -pl certs -am -Pbench -DskipTests verify} (see certs/pom.xml).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EnvelopeBenchmark {
  private static final Instant T = Instant.parse("2026-05-01T10:00:00Z");

  @Param({"ECDSA_P256_SHA256", "ECDSA_P384_SHA384", "ED25519", "RSA_PSS_SHA256"})
  public String algorithm;

  private final EnvelopeCodec codec = EnvelopeCodec.standard();
  private SignatureAlgorithm alg;
  private Signer signer;
  private byte[] content;
  private byte[] envelope;
  private byte[] signedBytes;
  private byte[] rawSignature;
  private VerificationKey key;
  private PublicKey jcaKey;
  private X509CertificateHolder holder;

  @Setup
  public void setUp() throws Exception {
    alg = SignatureAlgorithm.valueOf(algorithm);
    TestPki pki =
        TestPki.create(Clock.fixed(T, ZoneOffset.UTC)).ca("EU-BENCH-ROOT").signer("FR-CAB-BENCH", alg);
    signer = pki.signerFor("FR-CAB-BENCH");
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><certificate>");
    while (xml.length() < 4500) {
      xml.append("<property name=\"p").append(xml.length()).append("\">value</property>");
    }
    content = xml.append("</certificate>").toString().getBytes(StandardCharsets.UTF_8);
    envelope = codec.sign(content, T, signer);
    ParsedEnvelope parsed = codec.parse(envelope);
    key = VerificationKey.of(parsed.signerCertificateDer());
    jcaKey = signer.certificate().getPublicKey();
    holder = new X509CertificateHolder(parsed.signerCertificateDer().toByteArray());
    // the raw operations sign and verify a message of the size of the signed attributes
    signedBytes = new byte[230];
    rawSignature = signer.sign(signedBytes);
    if (parsed.verify(key) != SignatureCheck.VALID || !key.verify(alg, signedBytes, rawSignature)) {
      throw new IllegalStateException("the benchmark's envelope does not verify");
    }
    if (envelope.length == 0 || !java.util.Arrays.equals(
        envelope, new CMSSignedData(envelope).toASN1Structure().getEncoded(ASN1Encoding.DER))) {
      throw new IllegalStateException("BC reads the envelope differently");
    }
  }

  @Benchmark
  public byte[] signEnvelope() throws SigningException {
    return codec.sign(content, T, signer);
  }

  @Benchmark
  public byte[] rawSign() throws SigningException {
    return signer.sign(signedBytes);
  }

  @Benchmark
  public ParsedEnvelope parse() throws EnvelopeFormatException {
    return codec.parse(envelope);
  }

  @Benchmark
  public SignatureCheck parseAndVerify() throws EnvelopeFormatException {
    return codec.parse(envelope).verify(key);
  }

  @Benchmark
  public boolean rawVerify() {
    return key.verify(alg, signedBytes, rawSignature);
  }

  @Benchmark
  public boolean rawVerifyJcaBouncyCastle() throws Exception {
    Signature s = Signature.getInstance(alg.jcaName(), TestPki.provider());
    if (alg.jcaParameters().isPresent()) {
      s.setParameter(alg.jcaParameters().get());
    }
    s.initVerify(jcaKey);
    s.update(signedBytes);
    return s.verify(rawSignature);
  }

  @Benchmark
  public boolean bouncyCastleHighLevelCmsVerify() throws Exception {
    CMSSignedData cms = new CMSSignedData(envelope);
    SignerInformation info = cms.getSignerInfos().getSigners().iterator().next();
    return info.verify(
        new JcaSimpleSignerInfoVerifierBuilder().setProvider(TestPki.provider()).build(holder));
  }
}
