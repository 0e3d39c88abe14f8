/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry;

import static org.eucert.core.registry.Fixtures.ACTOR;
import static org.eucert.core.registry.Fixtures.NL_CB;
import static org.eucert.core.registry.Fixtures.T0;
import static org.eucert.core.registry.Fixtures.content;
import static org.eucert.core.registry.Fixtures.issued;
import static org.eucert.core.registry.Fixtures.simple;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.eucert.core.model.CertificateContent;
import org.eucert.core.model.CertificateId;
import org.eucert.core.model.CertificateStatus;
import org.eucert.core.time.LegalTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The certificate life cycle through the {@link Registry} API: issue, suspend, extend, reinstate,
 * withdraw, review outcomes, derived expiry, and every refusal by type and code (DOMAIN.md 7.5,
 * 7.6; EUCC Art 13, 14, 30). Runs on H2, or on PostgreSQL with {@code -Deucert.test.jdbcUrl}.
 */
class RegistryLifecycleTest {
  private static TestDatabase db;
  private static Registry registry;
  private static final AtomicInteger SERIAL = new AtomicInteger();

  @BeforeAll
  static void open() {
    db = TestDatabase.create();
    registry = db.open(Clock.fixed(T0, ZoneOffset.UTC));
    Fixtures.enrolBodies(registry);
  }

  @AfterAll
  static void close() {
    registry.close();
    db.close();
  }

  private static CertificateId issue() {
    String id = "EUCC-LC-2026-" + SERIAL.incrementAndGet();
    registry.recordIssued(simple(id), ACTOR);
    return CertificateId.of(id);
  }

  private static Instant day(int d) {
    return T0.plus(Duration.ofDays(d));
  }

  @Test
  void recordIssued_storesRecordDocumentsAndFirstEvent() {
    IssuedCertificate ic = simple("EUCC-LC-2026-STORE");
    CertificateRecord r = registry.recordIssued(ic, ACTOR);
    assertEquals(CertificateStatus.IN_FORCE, r.summary().latestStatus());
    CertificateRecord read = registry.certificate(ic.content().id()).orElseThrow();
    assertEquals(r, read);
    assertEquals(1, read.events().size());
    assertEquals(CertificateEventKind.ISSUED, read.events().get(0).kind());
    assertEquals("Acme", read.holder().name());
    CertificateDocuments docs = registry.documents(ic.content().id()).orElseThrow();
    assertEquals(ic.contentDocument(), docs.contentDocument());
    assertEquals(ic.signedEnvelope(), docs.signedEnvelope());
    assertEquals(Optional.of(CertificateStatus.IN_FORCE), registry.statusAt(ic.content().id(), T0));
    assertEquals(Optional.empty(), registry.statusAt(ic.content().id(), T0.minusNanos(1000)));
  }

  @Test
  void recordIssued_duplicateId_refused() {
    CertificateId id = issue();
    DuplicateCertificateNumberException e =
        assertThrows(
            DuplicateCertificateNumberException.class,
            () -> registry.recordIssued(simple(id.value()), ACTOR));
    assertEquals("DUPLICATE_CERTIFICATE_ID", e.code());
  }

  @Test
  void recordIssued_unknownIssuer_refused() {
    CertificateContent c =
        content("EUCC-LC-UNKNOWN-ISSUER", org.eucert.core.model.BodyId.of("XX-CB"), T0, LocalDate.of(2028, 1, 1))
            .build();
    RecordNotFoundException e =
        assertThrows(RecordNotFoundException.class, () -> registry.recordIssued(issued(c), ACTOR));
    assertEquals("RECORD_NOT_FOUND", e.code());
    assertTrue(registry.certificate(c.id()).isEmpty());
  }

  @Test
  void suspend_startsTheDayAfterTheDecision_andReinstate() {
    CertificateId id = issue();
    Instant decided = day(10);
    LocalDate startDay = LegalTime.dayOf(decided).plusDays(1);
    CertificateRecord r =
        registry.suspend(id, new Suspension(decided, startDay.plusDays(41), "non-conformity"), ACTOR);
    assertEquals(CertificateStatus.SUSPENDED, r.summary().latestStatus());
    assertEquals(Optional.of(CertificateStatus.IN_FORCE), registry.statusAt(id, decided));
    assertEquals(
        Optional.of(CertificateStatus.SUSPENDED),
        registry.statusAt(id, LegalTime.startOfDay(startDay)));
    Instant back = day(20);
    registry.reinstate(id, new Reinstatement(back, "remedy accepted"), ACTOR);
    assertEquals(Optional.of(CertificateStatus.SUSPENDED), registry.statusAt(id, back.minusSeconds(1)));
    assertEquals(Optional.of(CertificateStatus.IN_FORCE), registry.statusAt(id, back));
    assertEquals(3, registry.certificate(id).orElseThrow().events().size());
  }

  @Test
  void suspend_beyond42Days_refused() {
    CertificateId id = issue();
    Instant decided = day(3);
    LocalDate start = LegalTime.dayOf(decided).plusDays(1);
    TimeLimitExceededException e =
        assertThrows(
            TimeLimitExceededException.class,
            () -> registry.suspend(id, new Suspension(decided, start.plusDays(42), "x"), ACTOR));
    assertEquals("SUSPENSION_PERIOD_EXCEEDED", e.code());
    assertEquals(1, registry.certificate(id).orElseThrow().events().size());
  }

  @Test
  void extendSuspension_upToOneYearInTotal() {
    CertificateId id = issue();
    Instant decided = day(1);
    LocalDate start = LegalTime.dayOf(decided).plusDays(1);
    registry.suspend(id, new Suspension(decided, start.plusDays(41), "vulnerability"), ACTOR);
    registry.extendSuspension(
        id, new SuspensionExtension(day(30), start.plusDays(200), "NCCA-EXT-1"), ACTOR);
    LifecycleRuleException notLater =
        assertThrows(
            LifecycleRuleException.class,
            () ->
                registry.extendSuspension(
                    id, new SuspensionExtension(day(31), start.plusDays(100), "NCCA-EXT-2"), ACTOR));
    assertEquals("EXTENSION_NOT_LATER", notLater.code());
    TimeLimitExceededException tooLong =
        assertThrows(
            TimeLimitExceededException.class,
            () ->
                registry.extendSuspension(
                    id,
                    new SuspensionExtension(day(32), start.plusYears(1), "NCCA-EXT-3"),
                    ACTOR));
    assertEquals("SUSPENSION_TOTAL_EXCEEDED", tooLong.code());
    registry.extendSuspension(
        id,
        new SuspensionExtension(day(33), start.plusYears(1).minusDays(1), "NCCA-EXT-4"),
        ACTOR);
    CertificateRecord r = registry.certificate(id).orElseThrow();
    assertEquals(CertificateEventKind.SUSPENSION_EXTENDED, r.latestEvent().kind());
    assertEquals(Optional.of(start.plusYears(1).minusDays(1)), r.latestEvent().plannedUntil());
    assertEquals(CertificateStatus.SUSPENDED, r.summary().latestStatus());
  }

  @Test
  void extendSuspension_notSuspended_refused() {
    CertificateId id = issue();
    IllegalStatusTransitionException e =
        assertThrows(
            IllegalStatusTransitionException.class,
            () ->
                registry.extendSuspension(
                    id, new SuspensionExtension(day(1), LocalDate.of(2026, 6, 1), "REF"), ACTOR));
    assertEquals("ILLEGAL_STATUS_TRANSITION", e.code());
  }

  @Test
  void reinstate_inForce_refused() {
    CertificateId id = issue();
    IllegalStatusTransitionException e =
        assertThrows(
            IllegalStatusTransitionException.class,
            () -> registry.reinstate(id, new Reinstatement(day(1), "x"), ACTOR));
    assertEquals("ILLEGAL_STATUS_TRANSITION", e.code());
  }

  @Test
  void suspend_alreadySuspended_refused() {
    CertificateId id = issue();
    registry.suspend(id, new Suspension(day(1), LegalTime.dayOf(day(1)).plusDays(10), "a"), ACTOR);
    assertThrows(
        IllegalStatusTransitionException.class,
        () -> registry.suspend(id, new Suspension(day(2), LegalTime.dayOf(day(2)).plusDays(10), "b"), ACTOR));
  }

  @Test
  void withdraw_isTerminal_everythingAfterIsRefused() {
    CertificateId id = issue();
    registry.withdraw(
        id, new Withdrawal(day(5), WithdrawalReason.HOLDER_REQUEST, "holder asked"), ACTOR);
    assertEquals(Optional.of(CertificateStatus.WITHDRAWN), registry.statusAt(id, day(5)));
    assertEquals(Optional.of(CertificateStatus.WITHDRAWN), registry.statusAt(id, day(5000)));
    List<Runnable> after =
        List.of(
            () -> registry.reinstate(id, new Reinstatement(day(6), "x"), ACTOR),
            () -> registry.suspend(id, new Suspension(day(6), LegalTime.dayOf(day(6)).plusDays(5), "x"), ACTOR),
            () -> registry.withdraw(id, new Withdrawal(day(7), WithdrawalReason.OTHER, "again"), ACTOR),
            () -> registry.review(id, new ReviewOutcome.Confirmed(day(8), "RR-1"), ACTOR),
            () ->
                registry.extendSuspension(
                    id, new SuspensionExtension(day(9), LocalDate.of(2026, 8, 1), "E"), ACTOR));
    for (Runnable r : after) {
      IllegalStatusTransitionException e = assertThrows(IllegalStatusTransitionException.class, r::run);
      assertEquals("ILLEGAL_STATUS_TRANSITION", e.code());
    }
    assertEquals(2, registry.certificate(id).orElseThrow().events().size());
  }

  @Test
  void reinstate_withdrawn_refused() {
    CertificateId id = issue();
    registry.suspend(id, new Suspension(day(1), LegalTime.dayOf(day(1)).plusDays(20), "s"), ACTOR);
    registry.withdraw(id, new Withdrawal(day(10), WithdrawalReason.NO_REMEDIAL_ACTION, "none"), ACTOR);
    IllegalStatusTransitionException e =
        assertThrows(
            IllegalStatusTransitionException.class,
            () -> registry.reinstate(id, new Reinstatement(day(11), "late"), ACTOR));
    assertEquals("ILLEGAL_STATUS_TRANSITION", e.code());
  }

  @Test
  void statusAt_expiredIsDerived_suspensionDoesNotStopTheClock() {
    String id = "EUCC-LC-2026-EXPIRY";
    LocalDate validUntil = LegalTime.dayOf(day(30));
    registry.recordIssued(issued(content(id, NL_CB, T0, validUntil).build()), ACTOR);
    CertificateId cid = CertificateId.of(id);
    registry.suspend(cid, new Suspension(day(20), LegalTime.dayOf(day(20)).plusDays(30), "s"), ACTOR);
    Instant end = LegalTime.endExclusive(validUntil);
    assertEquals(Optional.of(CertificateStatus.SUSPENDED), registry.statusAt(cid, end.minusNanos(1000)));
    assertEquals(Optional.of(CertificateStatus.EXPIRED), registry.statusAt(cid, end));
    IllegalStatusTransitionException e =
        assertThrows(
            IllegalStatusTransitionException.class,
            () -> registry.reinstate(cid, new Reinstatement(end.plusSeconds(5), "late"), ACTOR));
    assertEquals("ILLEGAL_STATUS_TRANSITION", e.code());
    assertThrows(
        IllegalStatusTransitionException.class,
        () -> registry.withdraw(cid, new Withdrawal(end, WithdrawalReason.OTHER, "late"), ACTOR));
  }

  @Test
  void events_outOfOrder_refused() {
    CertificateId id = issue();
    registry.withdraw(id, new Withdrawal(day(10), WithdrawalReason.OTHER, "w"), ACTOR);
    CertificateId other = issue();
    registry.suspend(other, new Suspension(day(10), LegalTime.dayOf(day(10)).plusDays(5), "s"), ACTOR);
    LifecycleRuleException e =
        assertThrows(
            LifecycleRuleException.class,
            () -> registry.reinstate(other, new Reinstatement(day(5), "before"), ACTOR));
    assertEquals("EVENT_OUT_OF_ORDER", e.code());
  }

  @Test
  void review_confirmed_keepsStatus() {
    CertificateId id = issue();
    ReviewResult r = registry.review(id, new ReviewOutcome.Confirmed(day(2), "RR-2026-1"), ACTOR);
    assertEquals(CertificateEventKind.REVIEW_CONFIRMED, r.reviewed().latestEvent().kind());
    assertEquals(Optional.of(CertificateStatus.IN_FORCE), registry.statusAt(id, day(3)));
    assertTrue(r.successor().isEmpty());
  }

  @Test
  void review_withdrawn() {
    CertificateId id = issue();
    registry.review(
        id,
        new ReviewOutcome.Withdrawn(
            new Withdrawal(day(2), WithdrawalReason.UNREMEDIABLE_VULNERABILITY, "CVE")),
        ACTOR);
    CertificateRecord r = registry.certificate(id).orElseThrow();
    assertEquals(Optional.of(WithdrawalReason.UNREMEDIABLE_VULNERABILITY), r.latestEvent().reason());
  }

  @Test
  void review_reissuedSameScope_withdrawsLinksAndRecordsSuccessor() {
    CertificateId id = issue();
    CertificateContent old = registry.certificate(id).map(x -> simple(id.value()).content()).orElseThrow();
    CertificateContent succ =
        old.toBuilder()
            .id(CertificateId.of(id.value() + "-01"))
            .issuedAt(day(40))
            .validUntil(old.validUntil().plusYears(2))
            .predecessor(Optional.of(id))
            .build();
    ReviewResult r =
        registry.review(id, new ReviewOutcome.ReissuedSameScope(day(40), issued(succ)), ACTOR);
    assertEquals(CertificateStatus.WITHDRAWN, r.reviewed().summary().latestStatus());
    assertEquals(Optional.of(WithdrawalReason.REPLACED_BY_REVIEW), r.reviewed().latestEvent().reason());
    assertEquals(Optional.of(succ.id()), r.reviewed().latestEvent().related());
    assertEquals(succ.id(), r.successor().orElseThrow().summary().id());
    assertEquals(
        List.of(new CertificateLink(succ.id(), CertificateLink.Kind.PREDECESSOR, id)),
        registry.links(id));
  }

  @Test
  void review_reissuedSameScope_refusesOtherScopeOrShorterValidityOrMissingLink() {
    CertificateId id = issue();
    CertificateContent old = simple(id.value()).content();
    CertificateContent.Builder base =
        old.toBuilder().issuedAt(day(40)).validUntil(old.validUntil().plusYears(1)).predecessor(Optional.of(id));
    CertificateContent otherScope =
        base.id(CertificateId.of(id.value() + "-A")).object(Fixtures.product("Widget", "2.0")).build();
    CertificateContent shorter =
        old.toBuilder().id(CertificateId.of(id.value() + "-B")).issuedAt(day(40)).predecessor(Optional.of(id)).build();
    CertificateContent unlinked =
        old.toBuilder().id(CertificateId.of(id.value() + "-C")).issuedAt(day(40))
            .validUntil(old.validUntil().plusYears(1)).build();
    assertEquals(
        "SUCCESSOR_SCOPE_MISMATCH",
        assertThrows(
                LifecycleRuleException.class,
                () -> registry.review(id, new ReviewOutcome.ReissuedSameScope(day(40), issued(otherScope)), ACTOR))
            .code());
    assertEquals(
        "SUCCESSOR_VALIDITY_NOT_EXTENDED",
        assertThrows(
                LifecycleRuleException.class,
                () -> registry.review(id, new ReviewOutcome.ReissuedSameScope(day(40), issued(shorter)), ACTOR))
            .code());
    assertEquals(
        "SUCCESSOR_NOT_LINKED",
        assertThrows(
                LifecycleRuleException.class,
                () -> registry.review(id, new ReviewOutcome.ReissuedSameScope(day(40), issued(unlinked)), ACTOR))
            .code());
    assertEquals(
        "SUCCESSOR_SCOPE_UNCHANGED",
        assertThrows(
                LifecycleRuleException.class,
                () -> registry.review(id, new ReviewOutcome.ReissuedNewScope(day(40), issued(shorter)), ACTOR))
            .code());
    assertEquals(CertificateStatus.IN_FORCE, registry.certificate(id).orElseThrow().summary().latestStatus());
    assertTrue(registry.certificate(otherScope.id()).isEmpty());
  }

  @Test
  void review_reissuedNewScope_successorOfOtherScope() {
    CertificateId id = issue();
    CertificateContent old = simple(id.value()).content();
    CertificateContent succ =
        old.toBuilder()
            .id(CertificateId.of(id.value() + "-N"))
            .object(Fixtures.product("Widget", "2.0"))
            .issuedAt(day(60))
            .predecessor(Optional.of(id))
            .build();
    ReviewResult r = registry.review(id, new ReviewOutcome.ReissuedNewScope(day(60), issued(succ)), ACTOR);
    assertEquals(CertificateStatus.WITHDRAWN, r.reviewed().summary().latestStatus());
    assertEquals(List.of("2.0"), r.successor().orElseThrow().summary().versions());
  }

  @Test
  void review_successorWithTakenId_refusedAndNothingWritten() {
    CertificateId id = issue();
    CertificateId taken = issue();
    CertificateContent old = simple(id.value()).content();
    CertificateContent succ =
        old.toBuilder().id(taken).issuedAt(day(40)).validUntil(old.validUntil().plusYears(1))
            .predecessor(Optional.of(id)).build();
    assertThrows(
        DuplicateCertificateNumberException.class,
        () -> registry.review(id, new ReviewOutcome.ReissuedSameScope(day(40), issued(succ)), ACTOR));
    assertEquals(CertificateStatus.IN_FORCE, registry.certificate(id).orElseThrow().summary().latestStatus());
  }

  @Test
  void unknownCertificate_refused() {
    RecordNotFoundException e =
        assertThrows(
            RecordNotFoundException.class,
            () -> registry.withdraw(CertificateId.of("NOPE"), new Withdrawal(day(1), WithdrawalReason.OTHER, "x"), ACTOR));
    assertEquals("RECORD_NOT_FOUND", e.code());
  }

  @Test
  void staleVersion_isVisibleOnEveryChange() {
    CertificateId id = issue();
    long v0 = registry.certificate(id).orElseThrow().summary().rowVersion();
    registry.review(id, new ReviewOutcome.Confirmed(day(1), "R"), ACTOR);
    long v1 = registry.certificate(id).orElseThrow().summary().rowVersion();
    assertTrue(v1 > v0, "every event bumps the version: " + v0 + " -> " + v1);
  }
}
