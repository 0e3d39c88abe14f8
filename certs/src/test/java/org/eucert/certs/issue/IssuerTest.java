/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.issue;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.eucert.certs.sign.EnvelopeCodec;
import org.eucert.certs.sign.ParsedEnvelope;
import org.eucert.certs.sign.SignatureCheck;
import org.eucert.core.model.ApprovalKind;
import org.eucert.core.model.AssuranceLevel;
import org.eucert.core.model.BodyId;
import org.eucert.core.model.CertificateContent;
import org.eucert.core.model.CertificateId;
import org.eucert.core.model.CertificateStatus;
import org.eucert.core.model.IssuanceRequest;
import org.eucert.core.model.NotificationStatus;
import org.eucert.core.model.SchemeId;
import org.eucert.core.model.SigningKey;
import org.eucert.core.registry.CertificateDocuments;
import org.eucert.core.testing.GenericTestScheme;
import org.eucert.core.testing.TestBodies;
import org.eucert.core.testing.TestClocks;
import org.eucert.core.time.LegalTime;
import org.eucert.core.xml.CertificateCodec;
import org.eucert.schemes.eucc.EuccRules;
import org.eucert.core.rules.GenericRules;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issuance against a real registry (H2, or PostgreSQL with {@code -Deucert.test.jdbcUrl}): what is
 * issued and recorded, and one refusal per rule the task names, each leaving the registry
 * untouched (no certificate, no audit entry, no number drawn).
 */
class IssuerTest {
  private IssuanceWorld world;

  @BeforeEach
  void open() {
    world = IssuanceWorld.create();
  }

  @AfterEach
  void close() {
    world.close();
  }

  // ---- what is issued -------------------------------------------------------------------------

  @Test
  void issue_genericSubstantial_recordsContentAndSignedBytesAsReturned() throws Exception {
    IssuedEnvelope e =
        world.issuer(TestClocks.ISSUE).issue(IssuanceWorld.generic(AssuranceLevel.SUBSTANTIAL).build());

    CertificateContent c = (CertificateContent) e.attestation();
    assertEquals(CertificateId.of("GTS-3110-2026-05-0001"), c.id());
    assertEquals(TestClocks.ISSUE, c.issuedAt());
    assertEquals(TestBodies.CAB, c.issuer().id());
    assertEquals(Optional.of("ACC-NL-CB-1"), c.issuer().accreditationReference());
    assertEquals(Optional.of(TestBodies.NCCA), c.responsibleNcca().map(r -> r.id()));
    assertEquals(Optional.of("https://certification.test/gts-3110-2026-05-0001"), c.markUrl());
    // the document is the content's XML, byte for byte, and what the registry holds
    assertEquals(c, CertificateCodec.create().parse(e.document().toByteArray()));
    CertificateDocuments held = world.registry.documents(c.id()).orElseThrow();
    assertEquals(e.document(), held.contentDocument());
    assertEquals(e.envelope(), held.signedEnvelope());
    assertEquals(
        Optional.of(CertificateStatus.IN_FORCE), world.registry.statusAt(c.id(), TestClocks.ISSUE));
    // the envelope holds exactly the document, signed by the CAB's key at the issue instant
    ParsedEnvelope parsed = EnvelopeCodec.standard().parse(e.envelope().toByteArray());
    assertArrayEquals(e.document().toByteArray(), parsed.content());
    assertEquals(TestClocks.ISSUE, parsed.signingTime());
    assertEquals(world.signing.certificateDer(), parsed.signerCertificateDer());
    assertEquals(SignatureCheck.VALID, parsed.verify());
    // the signer's chain stops at an intermediate: a verifier could not check it up to a root,
    // so the envelope carries the signer's certificate alone
    assertEquals(2, world.signing.signer().chain().size());
    assertEquals(List.of(world.signing.certificateDer()), parsed.chainDer());
  }

  @Test
  void issue_instantComesFromTheClockTruncatedToTheSecond() {
    Instant at = TestClocks.ISSUE.plusNanos(987_654_321);
    IssuedEnvelope e =
        world.issuer(at).issue(IssuanceWorld.generic(AssuranceLevel.SUBSTANTIAL).build());
    assertEquals(TestClocks.ISSUE, e.attestation().issuedAt());
  }

  @Test
  void issue_inThePast_judgesAuthorityAsItStoodThen() {
    // the notification is withdrawn after an issue in the past: that issue stands, a later is refused
    Instant past = TestClocks.ISSUE.minus(java.time.Duration.ofDays(10));
    world
        .issuer(past)
        .issue(IssuanceWorld.generic(AssuranceLevel.SUBSTANTIAL, LegalTime.dayOf(past)).build());
    world.registry.changeNotificationStatus(
        TestBodies.CAB,
        GenericTestScheme.ID,
        Optional.empty(),
        NotificationStatus.WITHDRAWN,
        TestClocks.ISSUE.minus(java.time.Duration.ofDays(1)),
        IssuanceWorld.ACTOR);
    assertRefused(
        world.issuer(TestClocks.ISSUE),
        IssuanceWorld.generic(AssuranceLevel.SUBSTANTIAL).build(),
        GenericRules.ISSUER_NOTIFIED);
    assertEquals(1, world.certificateCount());
  }

  @Test
  void issue_fromAnXmlRequest_sameAsFromTheBuilder() {
    IssuanceRequest built = IssuanceWorld.euccHigh().build();
    org.eucert.core.xml.IssuanceRequestCodec codec = org.eucert.core.xml.IssuanceRequestCodec.create();
    IssuanceRequest read = codec.parse(codec.write(built));
    assertEquals(built, read);
    world.delegate(IssuanceWorld.EUCC);
    IssuedEnvelope e = world.issuer(IssuanceWorld.EUCC_ISSUE).issue(read);
    assertEquals(built.object(), ((CertificateContent) e.attestation()).object());
  }

  @Test
  void issue_consecutive_numbersFollowEachOther() {
    Issuer issuer = world.issuer(TestClocks.ISSUE);
    IssuanceRequest r = IssuanceWorld.generic(AssuranceLevel.SUBSTANTIAL).build();
    assertEquals("GTS-3110-2026-05-0001", issuer.issue(r).attestation().id().value());
    assertEquals("GTS-3110-2026-05-0002", issuer.issue(r).attestation().id().value());
  }

  @Test
  void issue_bodyPattern_overridesTheSchemes() {
    Issuer issuer =
        world
            .issuerBuilder(TestClocks.ISSUE)
            .idPattern(
                TestBodies.CAB,
                org.eucert.core.model.CertificateIdPattern.of("{scheme}-{body}-{yyyy}-{seq:6}"))
            .build();
    assertEquals(
        "GTS-3110-2026-000001",
        issuer.issue(IssuanceWorld.generic(AssuranceLevel.SUBSTANTIAL).build())
            .attestation()
            .id()
            .value());
  }

  @Test
  void issue_euccHighUnderDelegation_isIssued() {
    world.delegate(IssuanceWorld.EUCC);
    IssuedEnvelope e =
        world.issuer(IssuanceWorld.EUCC_ISSUE).issue(IssuanceWorld.euccHigh().build());
    assertEquals("EUCC-3110-2026-06-0001", e.attestation().id().value());
    assertEquals(1, world.certificateCount());
  }

  @Test
  void issue_concurrently_givesUniqueIdentifiers() throws Exception {
    Issuer issuer = world.issuer(TestClocks.ISSUE);
    IssuanceRequest r = IssuanceWorld.generic(AssuranceLevel.SUBSTANTIAL).build();
    int threads = 4;
    int each = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<CertificateId>>> futures = new java.util.ArrayList<>();
      for (int t = 0; t < threads; t++) {
        futures.add(
            pool.submit(
                () -> {
                  List<CertificateId> ids = new java.util.ArrayList<>();
                  for (int i = 0; i < each; i++) {
                    ids.add(issuer.issue(r).attestation().id());
                  }
                  return ids;
                }));
      }
      Set<CertificateId> all = Collections.synchronizedSet(new HashSet<>());
      int total = 0;
      for (Future<List<CertificateId>> f : futures) {
        List<CertificateId> ids = f.get();
        total += ids.size();
        all.addAll(ids);
      }
      assertEquals(threads * each, total);
      assertEquals(threads * each, all.size(), "identifiers must be unique");
      assertEquals(threads * each, world.certificateCount());
    } finally {
      pool.shutdownNow();
    }
  }

  // ---- refusals, one per rule -----------------------------------------------------------------

  @Test
  void refuse_bodyNotNotifiedForTheScheme() {
    BodyId other = TestBodies.OTHER_CAB;
    world.registry.addAccreditation(TestBodies.accreditation(other), IssuanceWorld.ACTOR);
    registerKey(other, "other-key", world.signing);
    assertRefused(
        world.issuer(TestClocks.ISSUE),
        IssuanceWorld.generic(AssuranceLevel.SUBSTANTIAL).issuer(other).build(),
        GenericRules.ISSUER_NOTIFIED);
  }

  @Test
  void refuse_bodyNotNotifiedForTheLevel() {
    BodyId other = TestBodies.OTHER_CAB;
    world.registry.addAccreditation(TestBodies.accreditation(other), IssuanceWorld.ACTOR);
    world.registry.addNotification(
        TestBodies.notification(
            other,
            Optional.empty(),
            EnumSet.of(AssuranceLevel.BASIC),
            org.eucert.core.time.Timeline.starting(
                NotificationStatus.NOTIFIED, TestClocks.RECORDS_LISTED)),
        IssuanceWorld.ACTOR);
    registerKey(other, "other-key", world.signing);
    Issuer issuer = world.issuer(TestClocks.ISSUE);
    assertRefused(
        issuer,
        IssuanceWorld.generic(AssuranceLevel.SUBSTANTIAL).issuer(other).build(),
        GenericRules.ISSUER_NOTIFIED);
    // the level it is notified for is issued
    issuer.issue(IssuanceWorld.generic(AssuranceLevel.BASIC).issuer(other).build());
  }

  @Test
  void refuse_notificationSuspendedOnTheDayOfIssue() {
    changeNotification(NotificationStatus.SUSPENDED);
    assertRefused(
        world.issuer(TestClocks.ISSUE),
        IssuanceWorld.generic(AssuranceLevel.SUBSTANTIAL).build(),
        GenericRules.ISSUER_NOTIFIED);
  }

  @Test
  void refuse_notificationWithdrawnOnTheDayOfIssue() {
    changeNotification(NotificationStatus.WITHDRAWN);
    assertRefused(
        world.issuer(TestClocks.ISSUE),
        IssuanceWorld.generic(AssuranceLevel.SUBSTANTIAL).build(),
        GenericRules.ISSUER_NOTIFIED);
  }

  @Test
  void refuse_highWithoutDelegationOrPriorApproval() {
    assertRefused(
        world.issuer(TestClocks.ISSUE),
        IssuanceWorld.generic(AssuranceLevel.HIGH).build(),
        GenericRules.HIGH_ISSUER);
  }

  @Test
  void issue_highUnderGeneralDelegation() {
    world.delegate(GenericTestScheme.ID);
    world.issuer(TestClocks.ISSUE).issue(IssuanceWorld.generic(AssuranceLevel.HIGH).build());
    assertEquals(1, world.certificateCount());
  }

  @Test
  void issue_highByTheNccaItself_needsNoDelegation() {
    TestSigning ncca = TestSigning.create("ncca");
    world.registry.addAccreditation(TestBodies.accreditation(TestBodies.NCCA), IssuanceWorld.ACTOR);
    world.registry.addNotification(TestBodies.notification(TestBodies.NCCA), IssuanceWorld.ACTOR);
    registerKey(TestBodies.NCCA, "ncca-key", ncca);
    IssuedEnvelope e =
        world
            .issuerBuilder(TestClocks.ISSUE)
            .signer(ncca.signer())
            .build()
            .issue(IssuanceWorld.generic(AssuranceLevel.HIGH).issuer(TestBodies.NCCA).build());
    assertEquals("GTS-3100-2026-05-0001", e.attestation().id().value());
  }

  @Test
  void issue_highWithCitedPriorApproval() {
    world.registry.addApproval(
        TestBodies.approval(
            ApprovalKind.PRIOR_APPROVAL_HIGH,
            "PA-1",
            TestBodies.CAB,
            Optional.empty(),
            Optional.empty(),
            TestBodies.grantedBeforeIssue()),
        IssuanceWorld.ACTOR);
    Issuer issuer = world.issuer(TestClocks.ISSUE);
    // not cited: refused; cited: issued
    assertRefused(
        issuer, IssuanceWorld.generic(AssuranceLevel.HIGH).build(), GenericRules.HIGH_ISSUER);
    issuer.issue(IssuanceWorld.generic(AssuranceLevel.HIGH).approvals(List.of("PA-1")).build());
    assertEquals(1, world.certificateCount());
  }

  @Test
  void refuse_avaVanAboveTheAuthorisation() {
    world.close();
    world = IssuanceWorld.create(false); // the CAB is authorised up to AVA_VAN.4
    world.delegate(IssuanceWorld.EUCC);
    assertRefused(
        world.issuer(IssuanceWorld.EUCC_ISSUE),
        IssuanceWorld.euccHigh().build(),
        EuccRules.R4_HIGH_AUTHORISATION);
  }

  @Test
  void refuse_validityBeyondTheMaximumWithoutApproval() {
    IssuanceRequest tooLong =
        IssuanceWorld.generic(AssuranceLevel.SUBSTANTIAL)
            .validUntil(TestClocks.ISSUE_DAY.plus(GenericTestScheme.MAX_VALIDITY).plusDays(1))
            .build();
    Issuer issuer = world.issuer(TestClocks.ISSUE);
    assertRefused(issuer, tooLong, GenericRules.MAX_VALIDITY);
    world.registry.addApproval(
        TestBodies.approval(
            ApprovalKind.VALIDITY_EXTENSION,
            "VX-1",
            TestBodies.CAB,
            Optional.empty(),
            Optional.of(tooLong.validUntil()),
            TestBodies.grantedBeforeIssue()),
        IssuanceWorld.ACTOR);
    issuer.issue(tooLong.toBuilder().approvals(List.of("VX-1")).build());
    assertEquals(1, world.certificateCount());
  }

  @Test
  void refuse_candidateSchemeWithoutThePilotOptIn() {
    Instant candidate = LegalTime.startOfDay(LocalDate.of(2025, 9, 1)).plusSeconds(36_000);
    IssuanceRequest r =
        IssuanceWorld.generic(AssuranceLevel.SUBSTANTIAL)
            .validUntil(LocalDate.of(2028, 8, 31))
            .build();
    Issuer issuer = world.issuer(candidate);
    assertRefused(issuer, r, GenericRules.SCHEME_ADOPTED);
    issuer.issue(r.toBuilder().allowCandidateSchemeForPilot().build());
    assertEquals(1, world.certificateCount());
  }

  @Test
  void refuse_signingKeyExpired() {
    TestSigning old = TestSigning.create("old");
    world.registry.addSigningKey(
        new SigningKey(
            TestBodies.CAB,
            "cab-key-old",
            old.certificateDer(),
            TestClocks.RECORDS_LISTED,
            Optional.of(TestClocks.BEFORE_ISSUE),
            Optional.empty()),
        IssuanceWorld.ACTOR);
    assertRefused(
        world.issuerBuilder(TestClocks.ISSUE).signer(old.signer()).build(),
        IssuanceWorld.generic(AssuranceLevel.SUBSTANTIAL).build(),
        Issuer.SIGNING_KEY_EXPIRED);
  }

  @Test
  void refuse_signingKeyCompromised() {
    world.registry.markKeyCompromised(
        IssuanceWorld.KEY_ID, TestClocks.BEFORE_ISSUE, IssuanceWorld.ACTOR);
    assertRefused(
        world.issuer(TestClocks.ISSUE),
        IssuanceWorld.generic(AssuranceLevel.SUBSTANTIAL).build(),
        Issuer.SIGNING_KEY_COMPROMISED);
    // before the compromise the key still signs
    Instant before = TestClocks.BEFORE_ISSUE.minusSeconds(86_400);
    world
        .issuer(before)
        .issue(IssuanceWorld.generic(AssuranceLevel.SUBSTANTIAL, LegalTime.dayOf(before)).build());
  }

  @Test
  void refuse_signingKeyNotRegistered() {
    assertRefused(
        world
            .issuerBuilder(TestClocks.ISSUE)
            .signer(TestSigning.create("stranger").signer())
            .build(),
        IssuanceWorld.generic(AssuranceLevel.SUBSTANTIAL).build(),
        Issuer.SIGNING_KEY_UNKNOWN);
  }

  @Test
  void refuse_missingAnnexViiFields() {
    world.delegate(IssuanceWorld.EUCC);
    assertRefused(
        world.issuer(IssuanceWorld.EUCC_ISSUE),
        IssuanceWorld.euccHigh().certificationReport(Optional.empty()).build(),
        EuccRules.R10_ANNEX_VII_FIELDS);
  }

  @Test
  void refuse_unknownSchemeAndIssuer_reportsBoth() {
    assertRefused(
        world.issuer(TestClocks.ISSUE),
        IssuanceWorld.generic(AssuranceLevel.SUBSTANTIAL)
            .scheme(SchemeId.of("NOPE"), "1")
            .issuer(BodyId.of("XX-NOBODY"))
            .build(),
        Issuer.SCHEME_UNKNOWN,
        Issuer.ISSUER_UNKNOWN);
  }

  @Test
  void refuse_everyFinding_carriesItsCodeAndArticle() {
    IssuanceRequest bad =
        IssuanceWorld.generic(AssuranceLevel.HIGH)
            .validUntil(TestClocks.ISSUE_DAY.plusYears(10))
            .build();
    IssuanceRefusedException e =
        assertThrows(IssuanceRefusedException.class, () -> world.issuer(TestClocks.ISSUE).issue(bad));
    assertEquals(
        Set.of(GenericRules.HIGH_ISSUER, GenericRules.MAX_VALIDITY),
        e.findings().stream().map(f -> f.code().value()).collect(Collectors.toSet()));
    e.findings().forEach(f -> assertTrue(f.legalReference().toString().startsWith("CSA Art")));
    assertEquals(IssuanceRefusedException.CODE, e.code());
  }

  // ---- helpers --------------------------------------------------------------------------------

  private void changeNotification(NotificationStatus status) {
    world.registry.changeNotificationStatus(
        TestBodies.CAB,
        GenericTestScheme.ID,
        Optional.empty(),
        status,
        TestClocks.BEFORE_ISSUE,
        IssuanceWorld.ACTOR);
  }

  private void registerKey(BodyId body, String keyId, TestSigning signing) {
    world.registry.addSigningKey(
        new SigningKey(
            body,
            keyId,
            signing.certificateDer(),
            TestClocks.RECORDS_LISTED,
            Optional.empty(),
            Optional.empty()),
        IssuanceWorld.ACTOR);
  }

  /** Refused with exactly these codes, and nothing written to the registry. */
  private void assertRefused(Issuer issuer, IssuanceRequest request, String... codes) {
    long seq = world.auditSeq();
    int count = world.certificateCount();
    IssuanceRefusedException e =
        assertThrows(IssuanceRefusedException.class, () -> issuer.issue(request));
    assertEquals(
        Set.of(codes),
        e.findings().stream().map(f -> f.code().value()).collect(Collectors.toSet()),
        e.getMessage());
    assertEquals(seq, world.auditSeq(), "a refused request writes nothing");
    assertEquals(count, world.certificateCount());
  }
}
