/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.trust;

import static org.eucert.core.registry.Fixtures.ACTOR;
import static org.eucert.core.registry.Fixtures.DE_CB;
import static org.eucert.core.registry.Fixtures.NL_CB;
import static org.eucert.core.registry.Fixtures.NL_NCCA;
import static org.eucert.core.registry.Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eucert.core.model.Accreditation;
import org.eucert.core.model.AccreditationStatus;
import org.eucert.core.model.Approval;
import org.eucert.core.model.ApprovalKind;
import org.eucert.core.model.ApprovalStatus;
import org.eucert.core.model.Authorisation;
import org.eucert.core.model.AuthorisationStatus;
import org.eucert.core.model.BodyId;
import org.eucert.core.model.Bytes;
import org.eucert.core.model.CertificateId;
import org.eucert.core.model.Delegation;
import org.eucert.core.model.DelegationStatus;
import org.eucert.core.model.MemberState;
import org.eucert.core.model.SigningKey;
import org.eucert.core.registry.CertificateEventKind;
import org.eucert.core.registry.Fixtures;
import org.eucert.core.registry.RecordNotFoundException;
import org.eucert.core.registry.Reinstatement;
import org.eucert.core.registry.Suspension;
import org.eucert.core.registry.TestDatabase;
import org.eucert.core.registry.Withdrawal;
import org.eucert.core.registry.WithdrawalReason;
import org.eucert.core.registry.jpa.JpaRegistry;
import org.eucert.core.rules.IssuingContext;
import org.eucert.core.time.Timeline;
import org.eucert.core.xml.StatusListCodec;
import org.eucert.core.xml.TrustListCodec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link TrustListBuilder}, {@link StatusListBuilder} and {@link TrustIndex} over an embedded H2
 * registry filled with bodies, their records, keys, certificates and status changes.
 */
class TrustBuildersTest {
  private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
  private static final LocalDate UNTIL = LocalDate.of(2029, 12, 31);
  private static final Instant PUBLISHED = T0.plus(Duration.ofDays(200));

  private static TestDatabase db;
  private static JpaRegistry registry;

  @BeforeAll
  static void fill() {
    db = TestDatabase.create();
    registry = db.open(Clock.fixed(T0, ZoneOffset.UTC));
    Fixtures.enrolBodies(registry);
    registry.addAccreditation(
        new Accreditation(
            NL_CB, "RvA C 999", "RvA", "ISO/IEC 17065", Set.of(Fixtures.EUCC), Set.of(), FROM, UNTIL,
            Timeline.starting(AccreditationStatus.ACTIVE, T0.minus(Duration.ofDays(300)))),
        ACTOR);
    registry.addAuthorisation(
        new Authorisation(
            NL_CB, NL_NCCA, Fixtures.EUCC, "AUTH-1", Set.of("smartcards"), Set.of(),
            Optional.of("AVA_VAN.5"), Set.of("smartcards"), FROM, UNTIL,
            Timeline.starting(AuthorisationStatus.ACTIVE, T0.minus(Duration.ofDays(300)))),
        ACTOR);
    registry.addDelegation(
        new Delegation(
            NL_NCCA, NL_CB, Fixtures.EUCC, "DEL-1", Set.of(), FROM, Optional.empty(),
            Timeline.starting(DelegationStatus.ACTIVE, T0.minus(Duration.ofDays(300)))),
        ACTOR);
    registry.addApproval(
        new Approval(
            ApprovalKind.VALIDITY_EXTENSION, "APP-1", NL_NCCA, NL_CB, Fixtures.EUCC,
            Optional.of(CertificateId.of("NL-1")), Optional.of(LocalDate.of(2033, 1, 1)),
            Optional.empty(),
            Timeline.starting(ApprovalStatus.GRANTED, T0.minus(Duration.ofDays(10)))),
        ACTOR);
    for (BodyId b : List.of(NL_NCCA, NL_CB, DE_CB)) {
      registry.addSigningKey(
          new SigningKey(
              b, "key-" + b, der("certificate of " + b), T0.minus(Duration.ofDays(400)),
              Optional.empty(), Optional.empty()),
          ACTOR);
    }
    registry.markKeyCompromised("key-" + DE_CB, T0.plus(Duration.ofDays(50)), ACTOR);
    registry.recordIssued(Fixtures.simple("NL-1"), ACTOR);
    registry.recordIssued(Fixtures.simple("NL-2"), ACTOR);
    registry.recordIssued(
        Fixtures.issued(
            Fixtures.content("NL-LATE", NL_CB, PUBLISHED.plusSeconds(1), UNTIL).build()),
        ACTOR);
    registry.suspend(
        CertificateId.of("NL-1"),
        new Suspension(T0.plus(Duration.ofDays(5)), LocalDate.of(2026, 3, 30), "flaw"),
        ACTOR);
    registry.reinstate(
        CertificateId.of("NL-1"), new Reinstatement(T0.plus(Duration.ofDays(20)), "fixed"), ACTOR);
    registry.withdraw(
        CertificateId.of("NL-2"),
        new Withdrawal(T0.plus(Duration.ofDays(30)), WithdrawalReason.HOLDER_REQUEST, "asked"),
        ACTOR);
  }

  @AfterAll
  static void close() {
    registry.close();
    db.close();
  }

  private static Bytes der(String text) {
    return Bytes.copyOf(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void trustList_fromRegistry_listsTheMemberStatesBodiesWithEveryRecord() {
    TrustList nl =
        TrustListBuilder.fromRegistry(registry, MemberState.NL, 4, PUBLISHED, Duration.ofDays(30));

    assertEquals(NL_NCCA, nl.issuingNcca());
    assertEquals(4, nl.sequence());
    assertEquals(PUBLISHED.plus(Duration.ofDays(30)), nl.nextUpdate());
    assertEquals(List.of(NL_CB, NL_NCCA), nl.entities().stream().map(TrustedEntity::id).toList());
    TrustedEntity cb = nl.entity(NL_CB).orElseThrow();
    assertEquals(registry.accreditations(NL_CB), cb.accreditations());
    assertEquals(registry.notifications(NL_CB), cb.notifications());
    assertEquals(registry.authorisations(NL_CB), cb.authorisations());
    assertEquals(registry.delegations(NL_CB), cb.delegations());
    assertEquals(registry.approvals(NL_CB), cb.approvals());
    assertEquals(registry.signingKeys(NL_CB), cb.signingKeys());
    assertEquals(1, cb.accreditations().size());
    assertEquals(1, cb.approvals().size());
    assertEquals(nl, TrustListCodec.create().parse(TrustListCodec.create().write(nl)));
  }

  @Test
  void trustList_keepsTheCompromiseInstant() {
    TrustList de =
        TrustListBuilder.fromRegistry(registry, MemberState.DE, 1, PUBLISHED, Duration.ofDays(30));

    SigningKey key = de.entity(DE_CB).orElseThrow().signingKeys().get(0);
    assertEquals(Optional.of(T0.plus(Duration.ofDays(50))), key.compromisedAt());
    assertFalse(de.entity(NL_CB).isPresent());
  }

  @Test
  void trustList_memberStateWithoutNcca_refused() {
    assertThrows(
        RecordNotFoundException.class,
        () ->
            TrustListBuilder.fromRegistry(
                registry, MemberState.FR, 1, PUBLISHED, Duration.ofDays(30)));
  }

  @Test
  void statusList_fromRegistry_listsEveryCertificateIssuedUpToItsInstant() throws Exception {
    StatusList list =
        StatusListBuilder.fromRegistry(registry, NL_CB, 9, PUBLISHED, Duration.ofDays(1));

    assertEquals(
        List.of("NL-1", "NL-2"), list.entries().stream().map(e -> e.id().value()).toList());
    assertEquals(registry.auditHead(), list.auditHead());
    StatusEntry one = list.entry(CertificateId.of("NL-1")).orElseThrow();
    byte[] content =
        registry.documents(CertificateId.of("NL-1")).orElseThrow().contentDocument().toByteArray();
    assertEquals(
        Bytes.copyOf(MessageDigest.getInstance("SHA-256").digest(content)), one.contentDigest());
    assertEquals(
        List.of(
            CertificateEventKind.ISSUED,
            CertificateEventKind.SUSPENDED,
            CertificateEventKind.REINSTATED),
        one.events().stream().map(StatusEvent::kind).toList());
    assertEquals(
        list, StatusListCodec.create().parse(StatusListCodec.create().write(list)));
  }

  @Test
  void statusList_answersLikeTheRegistry() {
    StatusList list =
        StatusListBuilder.fromRegistry(registry, NL_CB, 9, PUBLISHED, Duration.ofDays(1));
    CertificateId one = CertificateId.of("NL-1");
    CertificateId two = CertificateId.of("NL-2");

    assertEquals(ListedStatus.IN_FORCE, list.statusAt(one, T0, T0).status());
    assertEquals(
        ListedStatus.SUSPENDED, list.statusAt(one, T0, T0.plus(Duration.ofDays(10))).status());
    assertEquals(
        ListedStatus.IN_FORCE, list.statusAt(one, T0, T0.plus(Duration.ofDays(25))).status());
    StatusAnswer withdrawn = list.statusAt(two, T0, T0.plus(Duration.ofDays(31)));
    assertEquals(ListedStatus.WITHDRAWN, withdrawn.status());
    assertEquals(Optional.of(WithdrawalReason.HOLDER_REQUEST), withdrawn.event().get().reason());
    assertEquals(ListedStatus.NOT_YET_ISSUED, list.statusAt(one, T0, T0.minusSeconds(1)).status());
  }

  @Test
  void statusList_certificateUnknownOrLater_notRegisteredOrNoInformation() {
    StatusList list =
        StatusListBuilder.fromRegistry(registry, NL_CB, 9, PUBLISHED, Duration.ofDays(1));

    assertEquals(
        ListedStatus.NOT_REGISTERED,
        list.statusAt(CertificateId.of("NL-404"), T0, PUBLISHED).status());
    assertEquals(
        ListedStatus.NOT_REGISTERED,
        list.statusAt(CertificateId.of("NL-1"), T0.plusSeconds(1), PUBLISHED).status());
    Instant lateIssue = PUBLISHED.plusSeconds(1);
    assertEquals(
        ListedStatus.NO_STATUS_INFORMATION,
        list.statusAt(CertificateId.of("NL-LATE"), lateIssue, lateIssue).status());
  }

  @Test
  void statusList_unknownIssuer_refused() {
    assertThrows(
        RecordNotFoundException.class,
        () ->
            StatusListBuilder.fromRegistry(
                registry, BodyId.of("XX-NONE"), 1, PUBLISHED, Duration.ofDays(1)));
  }

  @Test
  void index_findsKeysEntitiesStatusListsAndFillsTheIssuingContext() throws Exception {
    TrustList nl =
        TrustListBuilder.fromRegistry(registry, MemberState.NL, 1, PUBLISHED, Duration.ofDays(30));
    TrustList de =
        TrustListBuilder.fromRegistry(registry, MemberState.DE, 1, PUBLISHED, Duration.ofDays(30));
    StatusList st =
        StatusListBuilder.fromRegistry(registry, NL_CB, 1, PUBLISHED, Duration.ofDays(1));
    ListOfTrustLists lotl =
        new ListOfTrustLists(
            "test", 1, PUBLISHED, PUBLISHED.plus(Duration.ofDays(90)), List.of());
    TrustIndex index = TrustIndex.of(lotl, List.of(nl, de), List.of(st));

    ListedKey key = index.keyFor(der("certificate of " + NL_CB)).orElseThrow();
    assertEquals(NL_CB, key.entity().id());
    assertEquals("lists/NL", key.trustListId());
    String sha =
        com.google.common.io.BaseEncoding.base16()
            .lowerCase()
            .encode(
                MessageDigest.getInstance("SHA-256")
                    .digest(der("certificate of " + DE_CB).toByteArray()));
    assertEquals(DE_CB, index.keyForSha256(sha).orElseThrow().entity().id());
    assertTrue(index.keyFor(der("unknown")).isEmpty());
    assertEquals(Optional.of(st), index.statusList(NL_CB));
    assertTrue(index.statusList(DE_CB).isEmpty());
    assertEquals(Optional.of("lists/DE"), index.trustListIdOf(DE_CB));

    IssuingContext context = index.issuingContext(NL_CB).build();
    assertEquals(NL_CB, context.issuer().orElseThrow().id());
    assertEquals(registry.accreditations(NL_CB), context.accreditations());
    assertEquals(registry.notifications(NL_CB), context.notifications());
    assertEquals(registry.authorisations(NL_CB), context.authorisations());
    assertEquals(registry.delegations(NL_CB), context.delegations());
    assertEquals(registry.approvals(NL_CB), context.approvals());
    assertTrue(index.issuingContext(BodyId.of("XX-NONE")).build().issuer().isEmpty());
    assertTrue(TrustIndex.empty().entity(NL_CB).isEmpty());
  }
}
