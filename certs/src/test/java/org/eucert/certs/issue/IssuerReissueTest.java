/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.issue;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eucert.certs.sign.EnvelopeCodec;
import org.eucert.certs.sign.ParsedEnvelope;
import org.eucert.certs.sign.SignatureCheck;
import org.eucert.core.model.AssuranceLevel;
import org.eucert.core.model.CertificateContent;
import org.eucert.core.model.CertificateId;
import org.eucert.core.model.CertificateStatus;
import org.eucert.core.model.CertifiedObject;
import org.eucert.core.model.IssuanceRequest;
import org.eucert.core.registry.CertificateLink;
import org.eucert.core.registry.LifecycleRuleException;
import org.eucert.core.testing.TestBodies;
import org.eucert.core.testing.TestClocks;
import org.eucert.core.time.LegalTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Signed re-issue after a review (EUCC Art 13(2)(c), (d)): the successor's envelope, its
 * identifier with the revision part, the predecessor link, and the registry's state machine.
 */
class IssuerReissueTest {
  private static final Optional<String> MARK =
      Optional.of("https://certification.enisa.europa.eu/certificates/{id}_en");
  private static final Instant REVIEW = Instant.parse("2027-03-01T09:00:00Z");

  private IssuanceWorld world;
  private CertificateId first;

  @BeforeEach
  void open() {
    world = IssuanceWorld.create();
    world.delegate(IssuanceWorld.EUCC);
    first = world.issuer(IssuanceWorld.EUCC_ISSUE).issue(IssuanceWorld.euccHigh().build())
        .attestation().id();
    assertEquals(CertificateId.of("EUCC-3110-2026-06-0001"), first);
  }

  @AfterEach
  void close() {
    world.close();
  }

  @Test
  void renew_sameScopeLaterValidity_signsTheSuccessorWithTheNextRevision() throws Exception {
    IssuedEnvelope e =
        world
            .issuer(REVIEW)
            .renew(
                first,
                LocalDate.of(2032, 2, 28),
                Optional.of("https://certification.enisa.europa.eu/certificates/{id}_en"));

    CertificateContent c = (CertificateContent) e.attestation();
    assertEquals(CertificateId.of("EUCC-3110-2026-06-0001-01"), c.id());
    assertEquals(Optional.of(first), c.predecessor());
    assertEquals(REVIEW, c.issuedAt());
    ParsedEnvelope parsed = EnvelopeCodec.standard().parse(e.envelope().toByteArray());
    assertArrayEquals(e.document().toByteArray(), parsed.content());
    assertEquals(SignatureCheck.VALID, parsed.verify());
    // the registry's state machine: predecessor withdrawn at the decision, successor in force, linked
    assertEquals(Optional.of(CertificateStatus.WITHDRAWN), world.registry.statusAt(first, REVIEW));
    assertEquals(
        Optional.of(CertificateStatus.IN_FORCE), world.registry.statusAt(first, REVIEW.minusSeconds(1)));
    assertEquals(Optional.of(CertificateStatus.IN_FORCE), world.registry.statusAt(c.id(), REVIEW));
    List<CertificateLink> links = world.registry.links(c.id());
    assertEquals(1, links.size(), links.toString());
    assertEquals(e.envelope(), world.registry.documents(c.id()).orElseThrow().signedEnvelope());
  }

  @Test
  void renew_twice_countsRevisions() {
    CertificateId second =
        world.issuer(REVIEW).renew(first, LocalDate.of(2032, 2, 28), MARK)
            .attestation().id();
    Instant later = REVIEW.plusSeconds(86_400 * 30L);
    CertificateId third =
        world.issuer(later).renew(second, LocalDate.of(2032, 3, 30), MARK)
            .attestation().id();
    assertEquals("EUCC-3110-2026-06-0001-02", third.value());
  }

  @Test
  void reissue_newScope_isASuccessorWithAnotherScope() {
    CertifiedObject other =
        IssuanceWorld.euccHigh().build().object();
    other =
        new CertifiedObject(
            other.type(), other.name(), other.productType(), List.of("B3"), other.category(),
            other.toeName(), other.toeType(), other.scope());
    IssuanceRequest newScope =
        IssuanceWorld.euccHigh().object(other).validUntil(LocalDate.of(2031, 6, 2)).build();
    IssuedEnvelope e =
        world.issuer(REVIEW).reissue(first, Issuer.ReissueOutcome.NEW_SCOPE, newScope);
    assertEquals("EUCC-3110-2026-06-0001-01", e.attestation().id().value());
    assertEquals(Optional.of(CertificateStatus.WITHDRAWN), world.registry.statusAt(first, REVIEW));
  }

  @Test
  void reissue_sameScopeClaimedForAnotherScope_isRefusedByTheRegistryAndWritesNothing() {
    IssuanceRequest changed =
        IssuanceWorld.euccHigh()
            .holder(
                new org.eucert.core.model.Holder(
                    "Another Holder B.V.", Optional.of("Elders 1"), Optional.of("a@b.example"),
                    Optional.of("https://another.example/security"), Optional.empty()))
            .validUntil(LocalDate.of(2032, 2, 28))
            .build();
    long seq = world.auditSeq();
    assertThrows(
        LifecycleRuleException.class,
        () ->
            world
                .issuer(REVIEW)
                .reissue(first, Issuer.ReissueOutcome.SAME_SCOPE_EXTENDED_VALIDITY, changed));
    assertEquals(seq, world.auditSeq());
    assertEquals(1, world.certificateCount());
  }

  @Test
  void reissue_ofACertificateNotHeld_isRefused() {
    IssuanceRefusedException e =
        assertThrows(
            IssuanceRefusedException.class,
            () ->
                world
                    .issuer(REVIEW)
                    .renew(CertificateId.of("EUCC-3110-2026-06-0999"), LocalDate.of(2032, 1, 1),
                        Optional.empty()));
    assertEquals(true, e.has(Issuer.PREDECESSOR));
  }

  @Test
  void reissue_underAPatternWithoutRevision_drawsTheNextNumber() {
    CertificateId g =
        world.issuer(TestClocks.ISSUE).issue(IssuanceWorld.generic(AssuranceLevel.SUBSTANTIAL).build())
            .attestation().id();
    Instant review = LegalTime.startOfDay(LocalDate.of(2026, 9, 1)).plusSeconds(3600);
    IssuedEnvelope e =
        world.issuer(review).renew(g, LocalDate.of(2029, 8, 31), Optional.empty());
    // the body's 2026 series goes on: number 2
    assertEquals("GTS-3110-2026-09-0002", e.attestation().id().value());
    assertEquals(Optional.of(g), ((CertificateContent) e.attestation()).predecessor());
    assertEquals(TestBodies.CAB, ((CertificateContent) e.attestation()).issuer().id());
  }
}
