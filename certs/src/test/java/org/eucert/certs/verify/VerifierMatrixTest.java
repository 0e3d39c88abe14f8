/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.eucert.certs.sign.SignatureAlgorithm;
import org.eucert.certs.trust.ListHealth;
import org.eucert.core.model.AssuranceLevel;
import org.eucert.core.model.CertificateContent;
import org.eucert.core.model.MemberState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sub-indication of ARCHITECTURE.md section 8, reached in each of three Member States by a
 * case built for it, and the cases around them that must still pass.
 */
class VerifierMatrixTest {
  static Stream<Arguments> cases() {
    List<Arguments> all = new ArrayList<>();
    for (MemberState ms : VerifyWorld.STATES) {
      for (SubIndication s : SubIndication.values()) {
        all.add(Arguments.of(ms, s));
      }
    }
    return all.stream();
  }

  /** A world, a policy and the envelope and instant of the case built for {@code sub}. */
  record Case(VerifyWorld world, VerificationPolicy policy, byte[] envelope, Instant at) {
    VerificationReport verify() {
      return world.verifier(policy).verify(envelope, at);
    }
  }

  static Case build(MemberState ms, SubIndication sub) {
    VerifyWorld w = new VerifyWorld();
    VerificationPolicy policy = VerificationPolicy.defaults();
    Instant at = VerifyWorld.NOW;
    CertificateContent c = w.content(ms, VerifyWorld.ISSUED);
    byte[] env;
    switch (sub) {
      case FORMAT_FAILURE:
        env = "not an envelope".getBytes(StandardCharsets.US_ASCII);
        break;
      case HASH_FAILURE:
        env = VerifyWorld.replaceOnce(w.issue(c).envelope(), "Example Firewall", "Example Firewalk");
        break;
      case SIG_CRYPTO_FAILURE:
        env = w.issue(c).envelope();
        env[env.length - 1] ^= 0x01; // the last byte of the ECDSA signature's s
        break;
      case SIGNER_NOT_LISTED:
        env = w.issue(c, VerifyWorld.key("stranger").signer(), true).envelope();
        break;
      case KEY_COMPROMISED:
        w.compromiseKey(ms, VerifyWorld.ISSUED.minus(Duration.ofDays(1)));
        env = w.issue(c).envelope();
        break;
      case ISSUER_NOT_NOTIFIED:
        w.withdrawNotification(ms, VerifyWorld.ISSUED.minus(Duration.ofDays(1)));
        env = w.issue(c).envelope();
        break;
      case OUT_OF_SCOPE:
        // 'high' from a CB with neither delegation nor prior approval (CSA Art 56(6))
        env =
            w.issue(
                    c.toBuilder()
                        .assuranceLevel(AssuranceLevel.HIGH)
                        .evaluationLevel(Optional.of("AVA_VAN.3"))
                        .build())
                .envelope();
        break;
      case SCHEME_RULE_VIOLATION:
        // AVA_VAN.3 is 'high' under EUCC Art 4(2)-(3), not substantial
        env = w.issue(c.toBuilder().evaluationLevel(Optional.of("AVA_VAN.3")).build()).envelope();
        break;
      case NOT_REGISTERED:
        env = w.issue(c, VerifyWorld.key(c.issuer().id().value()).signer(), false).envelope();
        break;
      case CERTIFICATE_NOT_YET_VALID:
        env = w.issue(c).envelope();
        at = VerifyWorld.ISSUED.minusSeconds(1);
        break;
      case CERTIFICATE_EXPIRED:
        env = w.issue(c).envelope();
        at = VerifyWorld.day(2028, 5, 13);
        break;
      case CERTIFICATE_WITHDRAWN:
        env = w.issue(c).envelope();
        w.withdraw(c, VerifyWorld.day(2026, 5, 20));
        break;
      case CERTIFICATE_SUSPENDED:
        env = w.issue(c).envelope();
        w.suspend(c, VerifyWorld.day(2026, 6, 10), LocalDate.of(2026, 7, 20));
        break;
      case CRYPTO_CONSTRAINTS_FAILURE:
        env = w.issue(c).envelope();
        policy =
            VerificationPolicy.builder()
                .acceptedAlgorithms(EnumSet.of(SignatureAlgorithm.ECDSA_P384_SHA384))
                .build();
        break;
      case TRUST_DATA_STALE:
        env = w.issue(c).envelope();
        w.trustListMeta.get(ms).nextUpdate = VerifyWorld.NOW.minusSeconds(1);
        break;
      case NO_STATUS_INFORMATION:
        env = w.issue(c).envelope();
        w.statusMeta.get(VerifyWorld.cb(ms)).issued = VerifyWorld.ISSUED.minusSeconds(60);
        break;
      case UNKNOWN_ANCHOR:
        env = w.issue(c).envelope();
        w.lotl.health = ListHealth.UNKNOWN_ANCHOR;
        w.lotl.message = "signed by CN=someone, not a pinned anchor";
        break;
      default:
        throw new AssertionError("no case for " + sub);
    }
    return new Case(w, policy, env, at);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void verify_caseBuiltForSubIndication_reachesIt(MemberState ms, SubIndication sub) {
    VerificationReport r = build(ms, sub).verify();
    String text = VerificationReportCodec.text(Optional.of(ms + "/" + sub), r);
    assertEquals(Optional.of(sub), r.subIndication(), text);
    assertEquals(sub.indication(), r.indication(), text);
    CheckResult last = r.checks().get(r.checks().size() - 1);
    assertEquals(Optional.of(sub), last.subIndication(), text);
    assertEquals(DECIDED_BY.get(sub), last.check(), text);
  }

  /** The step that decides each case: the case reaches its sub-indication the intended way. */
  private static final java.util.Map<SubIndication, Check> DECIDED_BY =
      new java.util.EnumMap<>(
          java.util.Map.ofEntries(
              java.util.Map.entry(SubIndication.FORMAT_FAILURE, Check.ENVELOPE),
              java.util.Map.entry(SubIndication.HASH_FAILURE, Check.SIGNATURE),
              java.util.Map.entry(SubIndication.SIG_CRYPTO_FAILURE, Check.SIGNATURE),
              java.util.Map.entry(SubIndication.SIGNER_NOT_LISTED, Check.SIGNER_LISTED),
              java.util.Map.entry(SubIndication.KEY_COMPROMISED, Check.SIGNER_LISTED),
              java.util.Map.entry(SubIndication.ISSUER_NOT_NOTIFIED, Check.AUTHORITY),
              java.util.Map.entry(SubIndication.OUT_OF_SCOPE, Check.AUTHORITY),
              java.util.Map.entry(SubIndication.SCHEME_RULE_VIOLATION, Check.SCHEME_RULES),
              java.util.Map.entry(SubIndication.NOT_REGISTERED, Check.STATUS),
              java.util.Map.entry(SubIndication.CERTIFICATE_NOT_YET_VALID, Check.VALIDITY),
              java.util.Map.entry(SubIndication.CERTIFICATE_EXPIRED, Check.VALIDITY),
              java.util.Map.entry(SubIndication.CERTIFICATE_WITHDRAWN, Check.STATUS),
              java.util.Map.entry(SubIndication.CERTIFICATE_SUSPENDED, Check.STATUS),
              java.util.Map.entry(SubIndication.CRYPTO_CONSTRAINTS_FAILURE, Check.CRYPTO_POLICY),
              java.util.Map.entry(SubIndication.TRUST_DATA_STALE, Check.TRUST_DATA),
              java.util.Map.entry(SubIndication.NO_STATUS_INFORMATION, Check.STATUS),
              java.util.Map.entry(SubIndication.UNKNOWN_ANCHOR, Check.TRUST_DATA)));

  @Test
  void matrix_coversEverySubIndicationOfTheTable() {
    Set<SubIndication> reached = EnumSet.noneOf(SubIndication.class);
    for (SubIndication s : SubIndication.values()) {
      build(MemberState.DE, s).verify().subIndication().ifPresent(reached::add);
    }
    assertEquals(EnumSet.allOf(SubIndication.class), reached);
    assertEquals(17, SubIndication.values().length);
  }

  @Test
  void verify_issuedBeforeNotificationWithdrawn_stillPasses() {
    VerifyWorld w = new VerifyWorld();
    CertificateContent c = w.content(MemberState.FR, VerifyWorld.ISSUED);
    byte[] env = w.issue(c).envelope();
    w.withdrawNotification(MemberState.FR, VerifyWorld.ISSUED.plus(Duration.ofDays(3)));
    VerificationReport r = w.verifier().verify(env, VerifyWorld.NOW);
    assertTrue(r.isPassed(), () -> VerificationReportCodec.text(Optional.empty(), r));
  }

  @Test
  void verify_suspendedAcceptedByPolicy_passesWithWarning() {
    Case k = build(MemberState.NL, SubIndication.CERTIFICATE_SUSPENDED);
    VerificationReport r =
        k.world()
            .verifier(VerificationPolicy.builder().acceptSuspendedWithWarning().build())
            .verify(k.envelope(), k.at());
    assertTrue(r.isPassed(), () -> VerificationReportCodec.text(Optional.empty(), r));
    assertEquals(CheckOutcome.WARNING, r.result(Check.STATUS).orElseThrow().outcome());
    assertEquals(
        Optional.of(org.eucert.core.model.CertificateStatus.SUSPENDED),
        r.certificate().orElseThrow().status());
  }

  @Test
  void verify_suspensionPastPlannedEnd_staysSuspendedWithWarning() {
    VerifyWorld w = new VerifyWorld();
    CertificateContent c = w.content(MemberState.DE, VerifyWorld.ISSUED);
    byte[] env = w.issue(c).envelope();
    w.suspend(c, VerifyWorld.day(2026, 5, 20), LocalDate.of(2026, 5, 31));
    VerificationReport r = w.verifier().verify(env, VerifyWorld.NOW);
    assertTrue(r.has(SubIndication.CERTIFICATE_SUSPENDED));
    assertTrue(
        r.warnings().stream().anyMatch(s -> s.contains("planned end")), r.warnings().toString());
  }

  @Test
  void verify_reinstatedAfterSuspension_passes_andSuspendedAtAPastInstant() {
    VerifyWorld w = new VerifyWorld();
    CertificateContent c = w.content(MemberState.NL, VerifyWorld.ISSUED);
    byte[] env = w.issue(c).envelope();
    w.suspend(c, VerifyWorld.day(2026, 5, 20), LocalDate.of(2026, 6, 30));
    w.reinstate(c, VerifyWorld.day(2026, 5, 25));
    Verifier v = w.verifier();
    assertTrue(v.verify(env, VerifyWorld.NOW).isPassed());
    assertTrue(
        v.verify(env, VerifyWorld.day(2026, 5, 22)).has(SubIndication.CERTIFICATE_SUSPENDED));
  }

  @Test
  void verify_withdrawnLater_passedAtAnEarlierInstant() {
    VerifyWorld w = new VerifyWorld();
    CertificateContent c = w.content(MemberState.NL, VerifyWorld.ISSUED);
    byte[] env = w.issue(c).envelope();
    w.withdraw(c, VerifyWorld.day(2026, 5, 28));
    Verifier v = w.verifier();
    assertTrue(v.verify(env, VerifyWorld.day(2026, 5, 27)).isPassed());
    assertTrue(v.verify(env, VerifyWorld.NOW).has(SubIndication.CERTIFICATE_WITHDRAWN));
  }

  @Test
  void verify_staleOrBadLists_failClosed() {
    for (ListHealth h :
        List.of(ListHealth.ROLLED_BACK, ListHealth.BAD_SIGNATURE, ListHealth.MALFORMED)) {
      VerifyWorld w = new VerifyWorld();
      byte[] env = w.issue(w.content(MemberState.NL, VerifyWorld.ISSUED)).envelope();
      w.statusMeta.get(VerifyWorld.cb(MemberState.NL)).health = h;
      assertTrue(w.verifier().verify(env, VerifyWorld.NOW).has(SubIndication.TRUST_DATA_STALE), h.name());
      VerifyWorld w2 = new VerifyWorld();
      byte[] env2 = w2.issue(w2.content(MemberState.NL, VerifyWorld.ISSUED)).envelope();
      w2.lotl.health = h;
      assertTrue(w2.verifier().verify(env2, VerifyWorld.NOW).has(SubIndication.TRUST_DATA_STALE), h.name());
    }
  }

  @Test
  void verify_unlistedSignerWhileATrustListIsStale_isIndeterminate() {
    VerifyWorld w = new VerifyWorld();
    CertificateContent c = w.content(MemberState.NL, VerifyWorld.ISSUED);
    byte[] env = w.issue(c, VerifyWorld.key("stranger").signer(), true).envelope();
    w.trustListMeta.get(MemberState.FR).nextUpdate = VerifyWorld.NOW.minusSeconds(1);
    assertTrue(w.verifier().verify(env, VerifyWorld.NOW).has(SubIndication.TRUST_DATA_STALE));
  }

  @Test
  void verify_maxTrustDataAge_refusesOldLists() {
    VerifyWorld w = new VerifyWorld();
    byte[] env = w.issue(w.content(MemberState.NL, VerifyWorld.ISSUED)).envelope();
    VerificationPolicy p = VerificationPolicy.builder().maxTrustDataAge(Duration.ofDays(7)).build();
    assertTrue(w.verifier(p).verify(env, VerifyWorld.NOW).has(SubIndication.TRUST_DATA_STALE));
    assertTrue(w.verifier().verify(env, VerifyWorld.NOW).isPassed());
  }

  @Test
  void verify_policyRequiresHigherLevelOrOtherScheme_outOfScope() {
    VerifyWorld w = new VerifyWorld();
    byte[] env = w.issue(w.content(MemberState.NL, VerifyWorld.ISSUED)).envelope();
    VerificationPolicy high = VerificationPolicy.builder().minimumLevel(AssuranceLevel.HIGH).build();
    assertTrue(w.verifier(high).verify(env, VerifyWorld.NOW).has(SubIndication.OUT_OF_SCOPE));
    VerificationPolicy eucs =
        VerificationPolicy.builder()
            .requireScheme(org.eucert.core.model.SchemeId.of("EUCS"))
            .build();
    assertTrue(w.verifier(eucs).verify(env, VerifyWorld.NOW).has(SubIndication.OUT_OF_SCOPE));
  }

  @Test
  void verify_signingTimeNotIssueInstant_formatFailure() {
    VerifyWorld w = new VerifyWorld();
    CertificateContent c = w.content(MemberState.NL, VerifyWorld.ISSUED);
    byte[] xml = VerifyWorld.CODEC.write(c);
    byte[] env =
        w.sign(c, xml, VerifyWorld.ISSUED.plusSeconds(5), VerifyWorld.key("NL-CB").signer(), true)
            .envelope();
    VerificationReport r = w.verifier().verify(env, VerifyWorld.NOW);
    assertTrue(r.has(SubIndication.FORMAT_FAILURE));
    assertEquals(Check.CONTENT, r.checks().get(r.checks().size() - 1).check());
  }

  @Test
  void verify_keyWindowEndedBeforeSigning_signerNotListed() {
    VerifyWorld w = new VerifyWorld();
    w.endKeyWindow(MemberState.DE, VerifyWorld.ISSUED.minusSeconds(1));
    byte[] env = w.issue(w.content(MemberState.DE, VerifyWorld.ISSUED)).envelope();
    VerificationReport r = w.verifier().verify(env, VerifyWorld.NOW);
    assertTrue(r.has(SubIndication.SIGNER_NOT_LISTED));
    assertEquals(Check.SIGNER_LISTED, r.checks().get(r.checks().size() - 1).check());
  }

  @Test
  void verify_sameVerdictsFromEveryMemberStatesBundleCopy() {
    // mutual recognition (CSA Art 56(10)): each Member State verifies from its own copy of the
    // same published trust data; the verdicts do not depend on who verifies
    for (SubIndication s : SubIndication.values()) {
      Case k = build(MemberState.FR, s);
      List<Indication> indications = new ArrayList<>();
      List<Optional<SubIndication>> subs = new ArrayList<>();
      for (MemberState verifierState : VerifyWorld.STATES) {
        VerificationReport r =
            Verifier.builder()
                .trustSnapshot(k.world().snapshot())
                .clock(java.time.Clock.fixed(VerifyWorld.NOW, java.time.ZoneOffset.UTC))
                .policy(k.policy())
                .catalogue(VerifyWorld.CATALOGUE)
                .build()
                .verify(k.envelope(), k.at());
        indications.add(r.indication());
        subs.add(r.subIndication());
      }
      assertEquals(1, indications.stream().distinct().count(), s.name());
      assertEquals(1, subs.stream().distinct().count(), s.name());
    }
  }
}
