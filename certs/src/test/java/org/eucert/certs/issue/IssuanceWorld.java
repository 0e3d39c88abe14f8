/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.issue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eucert.core.model.Accreditation;
import org.eucert.core.model.AccreditationStatus;
import org.eucert.core.model.AssuranceLevel;
import org.eucert.core.model.AssurancePackageKind;
import org.eucert.core.model.Authorisation;
import org.eucert.core.model.AuthorisationStatus;
import org.eucert.core.model.BodyId;
import org.eucert.core.model.CertificateId;
import org.eucert.core.model.CertifiedObject;
import org.eucert.core.model.CertifiedObjectType;
import org.eucert.core.model.Delegation;
import org.eucert.core.model.DelegationStatus;
import org.eucert.core.model.EuccPart;
import org.eucert.core.model.IssuanceRequest;
import org.eucert.core.model.Notification;
import org.eucert.core.model.NotificationStatus;
import org.eucert.core.model.SchemeId;
import org.eucert.core.model.SigningKey;
import org.eucert.core.registry.Actor;
import org.eucert.core.registry.CertificateQuery;
import org.eucert.core.registry.PageRequest;
import org.eucert.core.registry.TestDatabase;
import org.eucert.core.registry.jpa.JpaRegistry;
import org.eucert.core.testing.GenericTestScheme;
import org.eucert.core.testing.TestBodies;
import org.eucert.core.testing.TestClocks;
import org.eucert.core.time.LegalTime;
import org.eucert.core.time.Timeline;
import org.eucert.schemes.catalogue.SchemeCatalogue;

/**
 * A registry with the bodies of the framework for issuance tests: the test NCCA, the private
 * certification body {@link TestBodies#CAB} (notified body number 3110) and the ITSEF, with
 * records for the generic test scheme ({@link GenericTestScheme}: accredited, notified at every
 * level, authorised) and for EUCC as shipped (accredited and notified for substantial and high,
 * authorised for 'high' up to AVA_VAN.5 in the smart-card domain, as is the ITSEF); the CAB's
 * signing key is registered, valid 2025 to 2029. Nothing has a delegation or an approval: a test
 * adds what it is about.
 *
 * <p>One world per test: a fresh H2 (or PostgreSQL schema) database.
 */
final class IssuanceWorld implements AutoCloseable {
  static final Actor ACTOR = Actor.of("test:setup");
  static final SchemeId EUCC = SchemeId.of("EUCC");
  static final String EUCC_VERSION = "2025-2462";
  static final String SMART_CARDS = "SMART_CARDS_AND_SIMILAR_DEVICES";
  static final String CATEGORY_SMART_CARDS = "Smart cards and similar devices";
  static final String KEY_ID = "cab-key-1";

  /** 2026-06-03, a day on which the EUCC 'high' request of {@link #euccHigh()} is acceptable. */
  static final Instant EUCC_ISSUE = Instant.parse("2026-06-03T10:00:00Z");

  static final SchemeCatalogue CATALOGUE =
      SchemeCatalogue.builtIn().with(GenericTestScheme.scheme());

  final TestDatabase db;
  final JpaRegistry registry;
  final TestSigning signing;

  private IssuanceWorld(TestDatabase db, JpaRegistry registry, TestSigning signing) {
    this.db = db;
    this.registry = registry;
    this.signing = signing;
  }

  static IssuanceWorld create() {
    return create(true);
  }

  /** A world; the CAB's EUCC authorisation reaches {@code AVA_VAN.5} if {@code fullCeiling}. */
  static IssuanceWorld create(boolean fullCeiling) {
    TestDatabase db = TestDatabase.create();
    JpaRegistry r = db.open(TestClocks.atIssue());
    TestSigning signing = TestSigning.create();
    r.enrolBody(TestBodies.ncca(), ACTOR);
    r.enrolBody(TestBodies.cab(), ACTOR);
    r.enrolBody(TestBodies.otherCab(), ACTOR);
    r.enrolBody(TestBodies.itsef(), ACTOR);
    // the generic test scheme
    r.addAccreditation(TestBodies.accreditation(TestBodies.CAB), ACTOR);
    r.addNotification(TestBodies.notification(TestBodies.CAB), ACTOR);
    r.addAuthorisation(TestBodies.authorisation(TestBodies.CAB), ACTOR);
    // EUCC
    r.addAccreditation(
        euccAccreditation(TestBodies.CAB, "ACC-EUCC-CB", "ISO/IEC 17065"), ACTOR);
    r.addAccreditation(
        euccAccreditation(TestBodies.ITSEF, "ACC-EUCC-ITSEF", "ISO/IEC 17025"), ACTOR);
    r.addNotification(
        new Notification(
            TestBodies.CAB,
            EUCC,
            Optional.empty(),
            EnumSet.of(AssuranceLevel.SUBSTANTIAL, AssuranceLevel.HIGH),
            Optional.of("OJ C/2025/1234"),
            Timeline.starting(NotificationStatus.NOTIFIED, TestClocks.RECORDS_LISTED)),
        ACTOR);
    r.addAuthorisation(
        euccAuthorisation(TestBodies.CAB, "AUT-EUCC-CB", fullCeiling ? "AVA_VAN.5" : "AVA_VAN.4"),
        ACTOR);
    r.addAuthorisation(euccAuthorisation(TestBodies.ITSEF, "AUT-EUCC-ITSEF", "AVA_VAN.5"), ACTOR);
    r.addSigningKey(
        new SigningKey(
            TestBodies.CAB,
            KEY_ID,
            signing.certificateDer(),
            TestClocks.RECORDS_LISTED,
            Optional.of(LegalTime.startOfDay(LocalDate.of(2029, 12, 31))),
            Optional.empty()),
        ACTOR);
    return new IssuanceWorld(db, r, signing);
  }

  private static Accreditation euccAccreditation(BodyId body, String ref, String standard) {
    return new Accreditation(
        body,
        ref,
        "Raad voor Accreditatie",
        standard,
        Set.of(EUCC),
        Set.of(CATEGORY_SMART_CARDS, GenericTestScheme.CATEGORY),
        TestClocks.RECORDS_FROM,
        TestClocks.RECORDS_FROM.plusYears(5).minusDays(1),
        Timeline.starting(AccreditationStatus.ACTIVE, TestClocks.RECORDS_LISTED));
  }

  private static Authorisation euccAuthorisation(BodyId body, String ref, String highest) {
    return new Authorisation(
        body,
        TestBodies.NCCA,
        EUCC,
        ref,
        Set.of(CATEGORY_SMART_CARDS),
        Set.of(),
        Optional.of(highest),
        Set.of(SMART_CARDS),
        TestClocks.RECORDS_FROM,
        LocalDate.of(2029, 2, 28),
        Timeline.starting(AuthorisationStatus.ACTIVE, TestClocks.RECORDS_LISTED));
  }

  /** The NCCA's general delegation of 'high' to the CAB for {@code scheme}, from 2025. */
  Delegation delegate(SchemeId scheme) {
    Delegation d =
        new Delegation(
            TestBodies.NCCA,
            TestBodies.CAB,
            scheme,
            "DEL-" + scheme.value(),
            Set.of(),
            TestClocks.RECORDS_FROM,
            Optional.empty(),
            Timeline.starting(DelegationStatus.ACTIVE, TestClocks.RECORDS_LISTED));
    registry.addDelegation(d, ACTOR);
    return d;
  }

  /** An issuer signing as the CAB, its clock fixed at {@code at}. */
  Issuer issuer(Instant at) {
    return issuerBuilder(at).build();
  }

  Issuer.Builder issuerBuilder(Instant at) {
    return Issuer.builder()
        .registry(registry)
        .catalogue(CATALOGUE)
        .clock(Clock.fixed(at, java.time.ZoneOffset.UTC))
        .actor(Actor.of("test:issuer"))
        .signer(signing.signer());
  }

  /**
   * A request under the generic test scheme at {@code level}, issued by the CAB, valid the
   * scheme's three years less a day from {@code issueDay}.
   */
  static IssuanceRequest.Builder generic(AssuranceLevel level, LocalDate issueDay) {
    return generic(level)
        .validUntil(issueDay.plus(GenericTestScheme.MAX_VALIDITY).minusDays(1));
  }

  /** A request under the generic test scheme at {@code level}, issued by the CAB. */
  static IssuanceRequest.Builder generic(AssuranceLevel level) {
    return IssuanceRequest.builder()
        .scheme(GenericTestScheme.ID, GenericTestScheme.VERSION)
        .issuer(TestBodies.CAB)
        .object(GenericTestScheme.object())
        .holder(GenericTestScheme.holder())
        .legalReferences(List.of("Test Implementing Regulation (EU) 2099/1"))
        .certificationReport(Optional.of("GTS-CR-2026-0001"))
        .assuranceLevel(level)
        .evaluationLevel(Optional.of(GenericTestScheme.evaluationLevelOf(level)))
        .standards(List.of(GenericTestScheme.STANDARD))
        .validUntil(TestClocks.ISSUE_DAY.plus(GenericTestScheme.MAX_VALIDITY).minusDays(1))
        .markUrl(Optional.of("https://certification.test/{id}"));
  }

  /**
   * A smart card IC at AVA_VAN.5 under EUCC as shipped, evaluated by the ITSEF against CC v3.1 R5,
   * issued by the CAB, valid five years less a day from {@link #EUCC_ISSUE}.
   */
  static IssuanceRequest.Builder euccHigh() {
    return IssuanceRequest.builder()
        .scheme(EUCC, EUCC_VERSION)
        .issuer(TestBodies.CAB)
        .itsef(Optional.of(TestBodies.ITSEF))
        .object(
            new CertifiedObject(
                CertifiedObjectType.ICT_PRODUCT,
                "Example Secure Element",
                Optional.of("Smart card IC"),
                List.of("B2"),
                Optional.of(CATEGORY_SMART_CARDS),
                Optional.of("Example SE with crypto library 1.1"),
                Optional.of("Security IC"),
                Optional.empty()))
        .holder(GenericTestScheme.holder())
        .legalReferences(List.of("Commission Implementing Regulation (EU) 2024/482"))
        .certificationReport(Optional.of("CR-EUCC-SE-1"))
        .assuranceLevel(AssuranceLevel.HIGH)
        .evaluationLevel(Optional.of("AVA_VAN.5"))
        .standards(List.of("CC_3_1_R5", "CEM_3_1_R5"))
        .validUntil(LocalDate.of(2031, 6, 2))
        .markUrl(Optional.of("https://certification.enisa.europa.eu/certificates/{id}_en"))
        .schemePart(
            Optional.of(
                new EuccPart(
                    AssurancePackageKind.EAL_AUGMENTED,
                    "EAL4",
                    List.of("ALC_DVS.2", "AVA_VAN.5"),
                    Optional.of(SMART_CARDS),
                    Optional.empty(),
                    Optional.empty())));
  }

  /** How many certificates the registry holds. */
  int certificateCount() {
    return registry.certificates(CertificateQuery.all(), PageRequest.first(1000)).items().size();
  }

  /** The audit sequence number: any write moves it. */
  long auditSeq() {
    return registry.auditHead().seq();
  }

  static CertificateId id(String value) {
    return CertificateId.of(value);
  }

  @Override
  public void close() {
    registry.close();
    db.close();
  }
}
