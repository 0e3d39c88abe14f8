/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.eucert.core.model.CertificateContent;
import org.eucert.core.model.CertificateStatus;
import org.eucert.core.model.CertifiedObject;
import org.eucert.core.model.MemberState;
import org.eucert.core.time.LegalTime;

/** Invariants of the verifier over random certificates, mutations and status histories. */
class VerifierProperties {
  private static final Instant FIRST_ISSUE = Instant.parse("2026-03-02T00:00:00Z");
  private static final long ISSUE_SPAN_SECONDS = Duration.ofDays(85).toSeconds();

  private static VerifyWorld world;
  private static Verifier verifier;
  private static byte[] envelope;
  private static Verifier chainedVerifier;
  private static byte[] chainedEnvelope;

  @BeforeContainer
  static void world() {
    world = new VerifyWorld();
    envelope = world.issue(world.content(MemberState.NL, VerifyWorld.ISSUED)).envelope();
    verifier = world.verifier();
    VerifyWorld chained = new VerifyWorld();
    chained.useChainedKey(MemberState.DE);
    chainedEnvelope =
        chained
            .issue(
                chained.content(MemberState.DE, VerifyWorld.ISSUED),
                VerifyWorld.chainedKey("DE-CB").signer(),
                true)
            .envelope();
    chainedVerifier = chained.verifier();
  }

  @Property(tries = 40)
  void randomValidCertificates_pass(
      @ForAll("states") MemberState ms,
      @ForAll @IntRange(min = 0, max = 7_344_000) int issueOffsetSeconds,
      @ForAll @IntRange(min = 1, max = 5) int years,
      @ForAll("names") String product,
      @ForAll @IntRange(min = 1, max = 2) int avaVan,
      @ForAll @IntRange(min = 0, max = 1000) int atPermille) {
    VerifyWorld w = new VerifyWorld();
    Instant issued = FIRST_ISSUE.plusSeconds(issueOffsetSeconds % ISSUE_SPAN_SECONDS);
    CertificateContent base = w.content(ms, issued);
    CertifiedObject o = base.object();
    CertificateContent c =
        base.toBuilder()
            .object(
                new CertifiedObject(
                    o.type(), product, o.productType(), List.of("1." + years), o.category(),
                    o.toeName(), o.toeType(), o.scope()))
            .evaluationLevel(Optional.of("AVA_VAN." + avaVan))
            .validUntil(LegalTime.dayOf(issued).plusYears(years))
            .build();
    byte[] env = w.issue(c).envelope();
    // any instant from the issue to the end of the status list's coverage
    Instant end = w.statusList(VerifyWorld.cb(ms)).nextUpdate();
    long span = Duration.between(c.issuedAt(), end).toSeconds();
    Instant at = c.issuedAt().plusSeconds(span * atPermille / 1000);
    VerificationReport r = w.verifier().verify(env, at);
    assertTrue(r.isPassed(), () -> VerificationReportCodec.text(Optional.empty(), r));
    assertEquals(Optional.of(CertificateStatus.IN_FORCE), r.certificate().orElseThrow().status());
  }

  @Property(tries = 300)
  void anySingleByteMutation_neverPasses(
      @ForAll @IntRange(min = 0, max = 1 << 20) int position,
      @ForAll @IntRange(min = 1, max = 255) int xor) {
    byte[] mutated = envelope.clone();
    int i = position % mutated.length;
    mutated[i] = (byte) (mutated[i] ^ xor);
    VerificationReport r = verifier.verify(mutated, VerifyWorld.NOW);
    assertFalse(r.isPassed(), () -> "byte " + i + " ^ " + xor + " passed");
  }

  @Property(tries = 300)
  void anySingleByteMutation_ofAnEnvelopeCarryingItsCaChain_neverPasses(
      @ForAll @IntRange(min = 0, max = 1 << 20) int position,
      @ForAll @IntRange(min = 1, max = 255) int xor) {
    assertTrue(chainedVerifier.verify(chainedEnvelope, VerifyWorld.NOW).isPassed());
    byte[] mutated = chainedEnvelope.clone();
    int i = position % mutated.length;
    mutated[i] = (byte) (mutated[i] ^ xor);
    VerificationReport r = chainedVerifier.verify(mutated, VerifyWorld.NOW);
    assertFalse(r.isPassed(), () -> "byte " + i + " ^ " + xor + " passed");
  }

  /** One status change: what happens, days after the issue. */
  record Change(int kind, int days) {}

  @Provide
  Arbitrary<List<Change>> histories() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 2), Arbitraries.integers().between(1, 6))
        .as(Change::new)
        .list()
        .ofMaxSize(6);
  }

  @Property(tries = 60)
  void statusAtRandomInstants_equalsNaiveScan(
      @ForAll("histories") List<Change> changes,
      @ForAll @IntRange(min = 0, max = 40 * 24) int atHours) {
    VerifyWorld w = new VerifyWorld();
    Instant issued = Instant.parse("2026-05-02T08:00:00Z");
    CertificateContent c = w.content(MemberState.FR, issued);
    byte[] env = w.issue(c).envelope();
    // apply the changes the state machine allows (EUCC Art 30, DOMAIN 7.5), collecting the
    // naive model: (instant, status) in order
    List<Instant> when = new ArrayList<>(List.of(issued));
    List<CertificateStatus> what = new ArrayList<>(List.of(CertificateStatus.IN_FORCE));
    Instant t = issued;
    CertificateStatus s = CertificateStatus.IN_FORCE;
    for (Change ch : changes) {
      if (s == CertificateStatus.WITHDRAWN) {
        break;
      }
      t = t.plus(Duration.ofDays(ch.days())).plusSeconds(3600);
      if (ch.kind() == 2) {
        w.withdraw(c, t);
        s = CertificateStatus.WITHDRAWN;
      } else if (s == CertificateStatus.IN_FORCE) {
        w.suspend(c, t, LocalDate.of(2026, 7, 31));
        s = CertificateStatus.SUSPENDED;
      } else {
        w.reinstate(c, t);
        s = CertificateStatus.IN_FORCE;
      }
      when.add(t);
      what.add(s);
    }
    Instant at = issued.plus(Duration.ofHours(atHours));
    CertificateStatus expected = CertificateStatus.IN_FORCE;
    for (int i = 0; i < when.size(); i++) {
      if (!when.get(i).isAfter(at)) {
        expected = what.get(i);
      }
    }
    VerificationReport r = w.verifier().verify(env, at);
    String text = VerificationReportCodec.text(Optional.empty(), r);
    switch (expected) {
      case IN_FORCE:
        assertTrue(r.isPassed(), text);
        break;
      case SUSPENDED:
        assertTrue(r.has(SubIndication.CERTIFICATE_SUSPENDED), text);
        break;
      default:
        assertTrue(r.has(SubIndication.CERTIFICATE_WITHDRAWN), text);
    }
    assertEquals(Optional.of(expected), r.certificate().orElseThrow().status(), text);
  }

  @Provide
  Arbitrary<MemberState> states() {
    return Arbitraries.of(VerifyWorld.STATES);
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.strings().alpha().numeric().withChars(' ', '-', 'é').ofMinLength(1).ofMaxLength(40)
        .filter(s -> !s.isBlank() && s.strip().equals(s));
  }
}
