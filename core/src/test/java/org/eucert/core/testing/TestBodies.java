/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.testing;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
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
import org.eucert.core.model.Body;
import org.eucert.core.model.BodyId;
import org.eucert.core.model.BodyReference;
import org.eucert.core.model.BodyRole;
import org.eucert.core.model.CertificateId;
import org.eucert.core.model.Delegation;
import org.eucert.core.model.DelegationStatus;
import org.eucert.core.model.MemberState;
import org.eucert.core.model.Notification;
import org.eucert.core.model.NotificationStatus;
import org.eucert.core.rules.IssuingContext;
import org.eucert.core.time.Timeline;

/**
 * Bodies of the framework and their time-lined records, for tests: one NCCA, a private and a public
 * certification body, another certification body and an ITSEF, all Dutch and supervised by the
 * NCCA.
 *
 * <p>The plain factories ({@link #accreditation(BodyId)}, {@link #notification(BodyId)}, ...) give
 * records for {@link GenericTestScheme} that hold without a break from {@link
 * TestClocks#RECORDS_FROM}; the longer overloads let a test change the one thing it is about.
 *
 * <p>Stateless; every record returned is immutable.
 */
public final class TestBodies {
  /** The NCCA. */
  public static final BodyId NCCA = BodyId.of("NL-NCCA");

  /** A private certification body, notified as 3110. */
  public static final BodyId CAB = BodyId.of("NL-CB-1");

  /** A public certification body (CSA Art 56(5)(b)). */
  public static final BodyId PUBLIC_CAB = BodyId.of("NL-CB-PUBLIC");

  /** Another private certification body. */
  public static final BodyId OTHER_CAB = BodyId.of("NL-CB-2");

  /** An ITSEF. */
  public static final BodyId ITSEF = BodyId.of("NL-ITSEF-1");

  private TestBodies() {}

  /** The NCCA: public, not supervised. */
  public static Body ncca() {
    return new Body(
        NCCA,
        BodyRole.NCCA,
        "Test National Cybersecurity Certification Authority",
        MemberState.NL,
        Optional.of("3100"),
        Optional.empty(),
        true,
        Optional.of("Postbus 1, Den Haag"),
        Optional.of("certification@ncca.test"));
  }

  /** The private certification body. */
  public static Body cab() {
    return certificationBody(CAB, "Test Certification B.V.", "3110", false);
  }

  /** The public certification body. */
  public static Body publicCab() {
    return certificationBody(PUBLIC_CAB, "Test Public Certification Agency", "3111", true);
  }

  /** Another private certification body. */
  public static Body otherCab() {
    return certificationBody(OTHER_CAB, "Other Certification B.V.", "3112", false);
  }

  /** The ITSEF. */
  public static Body itsef() {
    return new Body(
        ITSEF,
        BodyRole.ITSEF,
        "Test Evaluation Lab B.V.",
        MemberState.NL,
        Optional.empty(),
        Optional.of(NCCA),
        false,
        Optional.empty(),
        Optional.empty());
  }

  private static Body certificationBody(
      BodyId id, String name, String notifiedNumber, boolean publicBody) {
    return new Body(
        id,
        BodyRole.CERTIFICATION_BODY,
        name,
        MemberState.NL,
        Optional.of(notifiedNumber),
        Optional.of(NCCA),
        publicBody,
        Optional.of("Teststraat 10, Utrecht"),
        Optional.of("info@" + id.value().toLowerCase(Locale.ROOT) + ".test"));
  }

  /** A body as a certificate names it, with address, contact and accreditation reference. */
  public static BodyReference reference(Body body) {
    return new BodyReference(
        body.id(),
        body.name(),
        body.address(),
        body.contact(),
        Optional.of("ACC-" + body.id().value()),
        body.notifiedBodyNumber());
  }

  /** An accreditation of {@code body} for the test scheme, all categories, in force throughout. */
  public static Accreditation accreditation(BodyId body) {
    return accreditation(
        body,
        TestClocks.RECORDS_FROM,
        TestClocks.RECORDS_UNTIL,
        Timeline.starting(AccreditationStatus.ACTIVE, TestClocks.RECORDS_LISTED),
        Set.of());
  }

  /** An accreditation of {@code body} for the test scheme with the given dates, status, scope. */
  public static Accreditation accreditation(
      BodyId body,
      LocalDate validFrom,
      LocalDate validUntil,
      Timeline<AccreditationStatus> status,
      Set<String> productCategories) {
    return new Accreditation(
        body,
        "ACC-" + body.value(),
        "Test Accreditation Council",
        "ISO/IEC 17065",
        Set.of(GenericTestScheme.ID),
        productCategories,
        validFrom,
        validUntil,
        status);
  }

  /** A notification of {@code body} for the test scheme, any version, every level, throughout. */
  public static Notification notification(BodyId body) {
    return notification(
        body,
        Optional.empty(),
        EnumSet.allOf(AssuranceLevel.class),
        Timeline.starting(NotificationStatus.NOTIFIED, TestClocks.RECORDS_LISTED));
  }

  /** A notification of {@code body} for the test scheme with the given limits and status. */
  public static Notification notification(
      BodyId body,
      Optional<String> schemeVersion,
      Set<AssuranceLevel> levels,
      Timeline<NotificationStatus> status) {
    return new Notification(
        body, GenericTestScheme.ID, schemeVersion, levels, Optional.of("OJ C/2025/1"), status);
  }

  /** An NCCA authorisation of {@code body} for the test scheme, all categories, throughout. */
  public static Authorisation authorisation(BodyId body) {
    return authorisation(
        body,
        TestClocks.RECORDS_UNTIL,
        Set.of(),
        Timeline.starting(AuthorisationStatus.ACTIVE, TestClocks.RECORDS_LISTED));
  }

  /** An NCCA authorisation of {@code body} with the given end, categories and status. */
  public static Authorisation authorisation(
      BodyId body,
      LocalDate validUntil,
      Set<String> productCategories,
      Timeline<AuthorisationStatus> status) {
    return new Authorisation(
        body,
        NCCA,
        GenericTestScheme.ID,
        "AUT-" + body.value(),
        productCategories,
        Set.of(),
        Optional.of(GenericTestScheme.EVAL_HIGH),
        Set.of(),
        TestClocks.RECORDS_FROM,
        validUntil,
        status);
  }

  /** A general delegation by the NCCA to {@code delegate} for the test scheme, open-ended. */
  public static Delegation delegation(BodyId delegate) {
    return delegation(
        delegate, Set.of(), Timeline.starting(DelegationStatus.ACTIVE, TestClocks.RECORDS_LISTED));
  }

  /** A general delegation by the NCCA to {@code delegate} with the given categories and status. */
  public static Delegation delegation(
      BodyId delegate, Set<String> productCategories, Timeline<DelegationStatus> status) {
    return new Delegation(
        NCCA,
        delegate,
        GenericTestScheme.ID,
        "DEL-" + delegate.value(),
        productCategories,
        TestClocks.RECORDS_FROM,
        Optional.empty(),
        status);
  }

  /**
   * An NCCA approval of {@code kind} given to {@code body} for the test scheme.
   *
   * @param certificate the certificate it is for, or empty for "not yet known"
   * @param maxValidUntil for a validity extension, the latest end approved
   * @param status granted/revoked time line
   */
  public static Approval approval(
      ApprovalKind kind,
      String reference,
      BodyId body,
      Optional<CertificateId> certificate,
      Optional<LocalDate> maxValidUntil,
      Timeline<ApprovalStatus> status) {
    return new Approval(
        kind,
        reference,
        NCCA,
        body,
        GenericTestScheme.ID,
        certificate,
        maxValidUntil,
        kind == ApprovalKind.AVA_VAN_EXCEPTION
            ? Optional.of(GenericTestScheme.EVAL_HIGH)
            : Optional.empty(),
        status);
  }

  /** Granted at {@link TestClocks#BEFORE_ISSUE}, never revoked. */
  public static Timeline<ApprovalStatus> grantedBeforeIssue() {
    return Timeline.starting(ApprovalStatus.GRANTED, TestClocks.BEFORE_ISSUE);
  }

  /**
   * A context in which {@code issuer} is accredited and notified for the test scheme throughout
   * (the records an accredited CAB needs at BASIC and SUBSTANTIAL, CSA Art 56(4), 60, 61). Add a
   * delegation or a prior approval, and an authorisation, for HIGH.
   */
  public static IssuingContext.Builder accreditedAndNotified(Body issuer) {
    return IssuingContext.builder()
        .issuer(issuer)
        .addAccreditation(accreditation(issuer.id()))
        .addNotification(notification(issuer.id()));
  }

  /**
   * {@link #accreditedAndNotified} plus an NCCA authorisation in force: together with a delegation
   * or a prior approval, what a CAB needs to issue HIGH under the test scheme.
   */
  public static IssuingContext.Builder authorised(Body issuer) {
    return accreditedAndNotified(issuer).addAuthorisation(authorisation(issuer.id()));
  }
}
