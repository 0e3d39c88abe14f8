/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry;

import static org.eucert.core.registry.Fixtures.ACTOR;
import static org.eucert.core.registry.Fixtures.DE_CB;
import static org.eucert.core.registry.Fixtures.EUCC;
import static org.eucert.core.registry.Fixtures.NL_CB;
import static org.eucert.core.registry.Fixtures.NL_NCCA;
import static org.eucert.core.registry.Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
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
import org.eucert.core.model.AssuranceLevel;
import org.eucert.core.model.Authorisation;
import org.eucert.core.model.AuthorisationStatus;
import org.eucert.core.model.BodyId;
import org.eucert.core.model.Bytes;
import org.eucert.core.model.CertificateId;
import org.eucert.core.model.Delegation;
import org.eucert.core.model.DelegationStatus;
import org.eucert.core.model.Holder;
import org.eucert.core.model.MemberState;
import org.eucert.core.model.NotificationStatus;
import org.eucert.core.model.SchemeStatus;
import org.eucert.core.model.SchemeVersion;
import org.eucert.core.model.SigningKey;
import org.eucert.core.model.StatementOfConformity;
import org.eucert.core.time.Timeline;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scheme versions, bodies and their time-lined records, keys, holders, statements, counters and
 * links through the {@link Registry} API, on H2 or (configured) PostgreSQL.
 */
class RegistryRecordsTest {
  private static TestDatabase db;
  private static Registry registry;

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

  private static Bytes bytes(String s) {
    return Bytes.copyOf(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void schemeVersion_importedWithItsDocumentAndStatusTimeLine() {
    SchemeVersion v =
        SchemeVersion.builder()
            .schemeId(org.eucert.core.model.SchemeId.of("EUCS"))
            .version("0.9")
            .title("Cloud services candidate")
            .statusHistory(Timeline.starting(SchemeStatus.CANDIDATE, T0))
            .build();
    registry.importSchemeVersion(v, bytes("<scheme/>"), ACTOR);
    registry.changeSchemeStatus(v.schemeId(), "0.9", SchemeStatus.ADOPTED, T0.plusSeconds(60), ACTOR);
    StoredSchemeVersion s = registry.schemeVersion(v.schemeId(), "0.9").orElseThrow();
    assertEquals(bytes("<scheme/>"), s.document());
    assertEquals(Optional.of(SchemeStatus.CANDIDATE), s.status().at(T0));
    assertEquals(Optional.of(SchemeStatus.ADOPTED), s.status().at(T0.plusSeconds(60)));
    assertEquals(1, registry.schemeVersions(v.schemeId()).size());
    assertEquals(
        "DUPLICATE_RECORD",
        assertThrows(DuplicateRecordException.class, () -> registry.importSchemeVersion(v, bytes("x"), ACTOR)).code());
    assertEquals(
        "EVENT_OUT_OF_ORDER",
        assertThrows(
                LifecycleRuleException.class,
                () -> registry.changeSchemeStatus(v.schemeId(), "0.9", SchemeStatus.NO_LONGER_VALID, T0, ACTOR))
            .code());
  }

  @Test
  void bodies_enrolledOnceAndPaged() {
    assertEquals(MemberState.NL, registry.body(NL_CB).orElseThrow().memberState());
    assertEquals(
        "DUPLICATE_RECORD",
        assertThrows(
                DuplicateRecordException.class,
                () -> registry.enrolBody(Fixtures.cb(NL_CB, MemberState.NL, NL_NCCA), ACTOR))
            .code());
    Page<org.eucert.core.model.Body> first = registry.bodies(PageRequest.first(3));
    assertEquals(3, first.items().size());
    Page<org.eucert.core.model.Body> second = registry.bodies(first.next().orElseThrow());
    assertTrue(second.items().size() >= 1);
    assertTrue(first.items().get(2).id().compareTo(second.items().get(0).id()) < 0);
  }

  @Test
  void accreditation_authorisation_delegation_approval_timeLines() {
    registry.addAccreditation(
        new Accreditation(
            NL_CB, "RvA-C123", "RvA", "ISO/IEC 17065", Set.of(EUCC), Set.of("smartcards"),
            LocalDate.of(2025, 1, 1), LocalDate.of(2029, 12, 31),
            Timeline.starting(AccreditationStatus.ACTIVE, T0)),
        ACTOR);
    registry.changeAccreditationStatus(NL_CB, "RvA-C123", AccreditationStatus.SUSPENDED, T0.plusSeconds(10), ACTOR);
    Accreditation a = registry.accreditations(NL_CB).get(0);
    assertEquals(Set.of("smartcards"), a.productCategories());
    assertTrue(a.inForceAt(T0));
    assertTrue(!a.inForceAt(T0.plusSeconds(10)));

    registry.addAuthorisation(
        new Authorisation(
            NL_CB, NL_NCCA, EUCC, "AUT-1", Set.of("smartcards"), Set.of("PP-0084"),
            Optional.of("AVA_VAN.5"), Set.of("SMART_CARDS_AND_SIMILAR_DEVICES"),
            LocalDate.of(2025, 1, 1), LocalDate.of(2029, 12, 31),
            Timeline.starting(AuthorisationStatus.ACTIVE, T0)),
        ACTOR);
    registry.changeAuthorisationStatus(NL_NCCA, "AUT-1", AuthorisationStatus.WITHDRAWN, T0.plusSeconds(5), ACTOR);
    Authorisation au = registry.authorisations(NL_CB).get(0);
    assertEquals(Optional.of("AVA_VAN.5"), au.highestEvaluationLevel());
    assertEquals(Optional.of(AuthorisationStatus.WITHDRAWN), au.status().at(T0.plusSeconds(5)));

    registry.addDelegation(
        new Delegation(
            NL_NCCA, NL_CB, EUCC, "DEL-1", Set.of(), LocalDate.of(2025, 1, 1), Optional.empty(),
            Timeline.starting(DelegationStatus.ACTIVE, T0)),
        ACTOR);
    registry.changeDelegationStatus(NL_NCCA, "DEL-1", DelegationStatus.REVOKED, T0.plusSeconds(5), ACTOR);
    assertEquals(2, registry.delegations(NL_CB).get(0).status().entries().size());

    registry.addApproval(
        new Approval(
            ApprovalKind.VALIDITY_EXTENSION, "APP-1", NL_NCCA, NL_CB, EUCC,
            Optional.of(CertificateId.of("EUCC-X-1")), Optional.of(LocalDate.of(2032, 1, 1)),
            Optional.empty(), Timeline.starting(ApprovalStatus.GRANTED, T0)),
        ACTOR);
    registry.changeApprovalStatus(NL_NCCA, "APP-1", ApprovalStatus.REVOKED, T0.plusSeconds(5), ACTOR);
    Approval ap = registry.approvals(NL_CB).get(0);
    assertTrue(ap.grantedAt(T0));
    assertTrue(!ap.grantedAt(T0.plusSeconds(5)));
    assertEquals(
        "RECORD_NOT_FOUND",
        assertThrows(
                RecordNotFoundException.class,
                () -> registry.changeApprovalStatus(NL_NCCA, "NOPE", ApprovalStatus.REVOKED, T0, ACTOR))
            .code());
  }

  @Test
  void notifications_bodiesNotifiedForSchemeAndLevelAtAnInstant() {
    assertEquals(List.of(DE_CB, NL_CB), ids(registry.bodiesNotifiedFor(EUCC, AssuranceLevel.HIGH, T0)));
    assertEquals(List.of(), registry.bodiesNotifiedFor(EUCC, AssuranceLevel.BASIC, T0));
    registry.changeNotificationStatus(DE_CB, EUCC, Optional.empty(), NotificationStatus.SUSPENDED, T0.plus(Duration.ofDays(3)), ACTOR);
    assertEquals(List.of(DE_CB, NL_CB), ids(registry.bodiesNotifiedFor(EUCC, AssuranceLevel.HIGH, T0)));
    assertEquals(
        List.of(NL_CB),
        ids(registry.bodiesNotifiedFor(EUCC, AssuranceLevel.HIGH, T0.plus(Duration.ofDays(3)))));
    assertEquals(List.of(), registry.bodiesNotifiedFor(EUCC, AssuranceLevel.HIGH, T0.minus(Duration.ofDays(400))));
  }

  private static List<BodyId> ids(List<org.eucert.core.model.Body> bodies) {
    return bodies.stream().map(org.eucert.core.model.Body::id).toList();
  }

  @Test
  void signingKeys_withWindowAndCompromise() {
    SigningKey k =
        new SigningKey(NL_CB, "key-nl-1", bytes("DER"), T0, Optional.of(T0.plus(Duration.ofDays(365))), Optional.empty());
    registry.addSigningKey(k, ACTOR);
    assertEquals(List.of(k), registry.signingKeys(NL_CB));
    registry.markKeyCompromised("key-nl-1", T0.plus(Duration.ofDays(10)), ACTOR);
    SigningKey after = registry.signingKeys(NL_CB).get(0);
    assertTrue(after.compromisedBy(T0.plus(Duration.ofDays(10))));
    assertTrue(!after.compromisedBy(T0.plus(Duration.ofDays(9))));
    assertEquals(
        "EVENT_OUT_OF_ORDER",
        assertThrows(
                LifecycleRuleException.class,
                () -> registry.markKeyCompromised("key-nl-1", T0.plus(Duration.ofDays(20)), ACTOR))
            .code());
    assertEquals(
        "DUPLICATE_RECORD",
        assertThrows(DuplicateRecordException.class, () -> registry.addSigningKey(k, ACTOR)).code());
  }

  @Test
  void statements_recordedOnceWithDocumentAndHolder() {
    StatementOfConformity s =
        new StatementOfConformity(
            CertificateId.of("EUSOC-ACME-1"), org.eucert.core.model.SchemeId.of("EUCS"), "0.9",
            Fixtures.product("Cloud", "1"), new Holder("Maker", Optional.of("Street"), Optional.empty(), Optional.empty(), Optional.empty()),
            AssuranceLevel.BASIC, List.of(), T0, LocalDate.of(2036, 1, 1), Optional.of(T0), Optional.empty());
    registry.recordStatement(s, bytes("<soc/>"), Optional.of(bytes("sig")), ACTOR);
    StoredStatement st = registry.statement(s.id()).orElseThrow();
    assertEquals("Maker", st.manufacturerName());
    assertEquals(Optional.of(bytes("sig")), st.signedEnvelope());
    assertEquals(Optional.of(T0), st.copySentToNcca());
    assertEquals(Optional.of("Street"), registry.holder("Maker").orElseThrow().address());
    assertEquals(
        "DUPLICATE_CERTIFICATE_ID",
        assertThrows(
                DuplicateCertificateNumberException.class,
                () -> registry.recordStatement(s, bytes("<soc/>"), Optional.empty(), ACTOR))
            .code());
  }

  @Test
  void counters_certificateNumbersAndPublicationSequences() {
    assertEquals(1, registry.nextCertificateNumber(NL_CB, "EUCC-2026", ACTOR));
    assertEquals(2, registry.nextCertificateNumber(NL_CB, "EUCC-2026", ACTOR));
    assertEquals(1, registry.nextCertificateNumber(NL_CB, "EUCC-2027", ACTOR));
    assertEquals(1, registry.nextCertificateNumber(DE_CB, "EUCC-2026", ACTOR));
    assertEquals(0, registry.lastPublicationSequence(NL_CB, "status-list"));
    assertEquals(1, registry.nextPublicationSequence(NL_CB, "status-list", ACTOR));
    assertEquals(2, registry.nextPublicationSequence(NL_CB, "status-list", ACTOR));
    assertEquals(2, registry.lastPublicationSequence(NL_CB, "status-list"));
    assertThrows(
        RecordNotFoundException.class,
        () -> registry.nextCertificateNumber(BodyId.of("XX"), "EUCC-2026", ACTOR));
  }

  @Test
  void links_compositeAndPredecessor() {
    registry.recordIssued(Fixtures.simple("EUCC-LINK-BASE"), ACTOR);
    registry.recordIssued(
        Fixtures.issued(
            Fixtures.content("EUCC-LINK-COMPOSITE", NL_CB, T0, LocalDate.of(2028, 1, 1))
                .underlying(Optional.of(CertificateId.of("EUCC-LINK-BASE")))
                .predecessor(Optional.of(CertificateId.of("EUCC-ELSEWHERE-7")))
                .build()),
        ACTOR);
    assertEquals(
        List.of(
            new CertificateLink(
                CertificateId.of("EUCC-LINK-COMPOSITE"), CertificateLink.Kind.UNDERLYING, CertificateId.of("EUCC-LINK-BASE"))),
        registry.links(CertificateId.of("EUCC-LINK-BASE")));
    assertEquals(2, registry.links(CertificateId.of("EUCC-LINK-COMPOSITE")).size());
  }
}
