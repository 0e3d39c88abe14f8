/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.schemes.eucc;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eucert.core.model.Accreditation;
import org.eucert.core.model.AccreditationStatus;
import org.eucert.core.model.Approval;
import org.eucert.core.model.ApprovalKind;
import org.eucert.core.model.ApprovalStatus;
import org.eucert.core.model.AssuranceLevel;
import org.eucert.core.model.AssurancePackageKind;
import org.eucert.core.model.Authorisation;
import org.eucert.core.model.AuthorisationStatus;
import org.eucert.core.model.Body;
import org.eucert.core.model.BodyId;
import org.eucert.core.model.BodyReference;
import org.eucert.core.model.BodyRole;
import org.eucert.core.model.CertificateContent;
import org.eucert.core.model.CertificateField;
import org.eucert.core.model.CertificateId;
import org.eucert.core.model.CertificateIdPattern;
import org.eucert.core.model.CertifiedObject;
import org.eucert.core.model.CertifiedObjectType;
import org.eucert.core.model.ConformityRoute;
import org.eucert.core.model.Delegation;
import org.eucert.core.model.DelegationStatus;
import org.eucert.core.model.EuccPart;
import org.eucert.core.model.EvaluationActivity;
import org.eucert.core.model.EvaluationLevel;
import org.eucert.core.model.Holder;
import org.eucert.core.model.IssuerKind;
import org.eucert.core.model.LevelRule;
import org.eucert.core.model.MemberState;
import org.eucert.core.model.Notification;
import org.eucert.core.model.NotificationStatus;
import org.eucert.core.model.ProtectionProfileReference;
import org.eucert.core.model.SchemeId;
import org.eucert.core.model.SchemeStatus;
import org.eucert.core.model.SchemeVersion;
import org.eucert.core.model.StandardReference;
import org.eucert.core.model.TechnicalDomain;
import org.eucert.core.rules.IssuingContext;
import org.eucert.core.rules.Rule;
import org.eucert.core.rules.RuleEngine;
import org.eucert.core.rules.RuleInput;
import org.eucert.core.rules.RuleReport;
import org.eucert.core.rules.Severity;
import org.eucert.core.time.LegalTime;
import org.eucert.core.time.Timeline;

/**
 * An EUCC-like world for tests, built in Java at fixed instants (no clock reads): the scheme data
 * of Commission Implementing Regulation (EU) 2024/482 as DOMAIN.md section 2 reads it, a Dutch
 * NCCA, certification body and ITSEF with their accreditations, notifications, authorisations and
 * delegation, and a valid 'substantial', a valid 'high' and a valid protection-profile certificate.
 *
 * <p>Test data only: the annex lists here (technical domains, Annex II PPs, standards windows) are
 * what DOMAIN.md gives, including what it marks UNVERIFIED.
 */
final class EuccFixture {
  static final SchemeId EUCC = SchemeId.of("EUCC");
  static final String VERSION = "2024-482";

  static final String CATEGORY_SMART_CARDS = "Smart cards and similar devices";
  static final String CATEGORY_NETWORK = "Network devices";
  static final String SMART_CARDS = "SMART_CARDS_AND_SIMILAR_DEVICES";
  static final String SECURITY_BOXES = "HARDWARE_DEVICES_WITH_SECURITY_BOXES";
  static final String PP_QSCD_SERVER_SIGNING = "EN 419241-2:2019";
  static final String PP_TRUST_SERVICE_MODULE = "EN 419221-5:2018";

  // ---- the scheme -----------------------------------------------------------------------------

  static final LevelRule SUBSTANTIAL_RULE =
      new LevelRule(
          AssuranceLevel.SUBSTANTIAL,
          EnumSet.of(ConformityRoute.THIRD_PARTY_CERTIFICATION),
          EnumSet.of(IssuerKind.ACCREDITED_CAB),
          Optional.of(Period.ofYears(5)),
          EvaluationActivity.minimumFor(AssuranceLevel.SUBSTANTIAL),
          false);

  static final LevelRule HIGH_RULE =
      new LevelRule(
          AssuranceLevel.HIGH,
          EnumSet.of(ConformityRoute.THIRD_PARTY_CERTIFICATION),
          EnumSet.of(
              IssuerKind.NCCA,
              IssuerKind.CAB_WITH_PRIOR_APPROVAL,
              IssuerKind.CAB_WITH_GENERAL_DELEGATION),
          Optional.of(Period.ofYears(5)),
          EvaluationActivity.minimumFor(AssuranceLevel.HIGH),
          true);

  /** EUCC Art 4(2)-(3), Art 7(3); attack potentials from CC Part 3 (secondary, DOMAIN.md 2.4). */
  static final List<EvaluationLevel> AVA_VAN_LEVELS =
      List.of(
          avaVan(1, AssuranceLevel.SUBSTANTIAL, false, "Basic"),
          avaVan(2, AssuranceLevel.SUBSTANTIAL, false, "Basic"),
          avaVan(3, AssuranceLevel.HIGH, false, "Enhanced-Basic"),
          avaVan(4, AssuranceLevel.HIGH, true, "Moderate"),
          avaVan(5, AssuranceLevel.HIGH, true, "High"));

  static final Set<CertificateField> ANNEX_VII_FIELDS =
      EnumSet.of(
          CertificateField.PRODUCT_NAME,
          CertificateField.PRODUCT_TYPE,
          CertificateField.PRODUCT_VERSIONS,
          CertificateField.HOLDER_NAME,
          CertificateField.HOLDER_ADDRESS,
          CertificateField.HOLDER_CONTACT,
          CertificateField.HOLDER_SUPPLEMENTARY_INFO_URL,
          CertificateField.ISSUER_NAME,
          CertificateField.ISSUER_ADDRESS,
          CertificateField.ISSUER_CONTACT,
          CertificateField.RESPONSIBLE_NCCA,
          CertificateField.LEGAL_REFERENCE,
          CertificateField.CERTIFICATION_REPORT,
          CertificateField.ASSURANCE_LEVEL,
          CertificateField.STANDARDS,
          CertificateField.EVALUATION_LEVEL,
          CertificateField.ASSURANCE_PACKAGE,
          CertificateField.ISSUE_DATE,
          CertificateField.VALIDITY,
          CertificateField.MARK_URL);

  static final SchemeVersion SCHEME = scheme(List.of(SUBSTANTIAL_RULE, HIGH_RULE), AVA_VAN_LEVELS);

  static EvaluationLevel avaVan(
      int n, AssuranceLevel level, boolean restricted, String attackPotential) {
    return new EvaluationLevel("AVA_VAN." + n, n, level, restricted, Optional.of(attackPotential));
  }

  /** The EUCC scheme data with the given levels and evaluation levels. */
  static SchemeVersion scheme(List<LevelRule> levels, List<EvaluationLevel> evaluationLevels) {
    SchemeVersion.Builder b =
        SchemeVersion.builder()
            .schemeId(EUCC)
            .version(VERSION)
            .title("EUCC: Common Criteria based European cybersecurity certification scheme")
            .addLegalBasis("Commission Implementing Regulation (EU) 2024/482")
            .addLegalBasis("Commission Implementing Regulation (EU) 2024/3144")
            .addLegalBasis("Commission Implementing Regulation (EU) 2025/2462")
            .statusHistory(Timeline.starting(SchemeStatus.ADOPTED, day(2024, 2, 27)))
            .addObjectType(CertifiedObjectType.ICT_PRODUCT)
            .addObjectType(CertifiedObjectType.PROTECTION_PROFILE)
            .addStandard(StandardReference.of("CC_2022", "ISO/IEC 15408-1..5:2022 or CC:2022"))
            .addStandard(StandardReference.of("CEM_2022", "ISO/IEC 18045:2022 or CEM:2022"))
            .addStandard(untilEnd2027("CC_3_1_R5", "ISO/IEC 15408:2008/2009 or CC v3.1 R5"))
            .addStandard(untilEnd2027("CEM_3_1_R5", "ISO/IEC 18045:2008 or CEM v3.1 R5"))
            .addTechnicalDomain(
                new TechnicalDomain(SMART_CARDS, "Smart cards and similar devices", List.of()))
            .addTechnicalDomain(
                new TechnicalDomain(
                    SECURITY_BOXES, "Hardware devices with security boxes", List.of()))
            .addProtectionProfile(annexIi(PP_QSCD_SERVER_SIGNING, "QSCD for server signing"))
            .addProtectionProfile(
                annexIi(PP_TRUST_SERVICE_MODULE, "Cryptographic module for trust services"))
            .addProductCategory(CATEGORY_SMART_CARDS)
            .addProductCategory(CATEGORY_NETWORK)
            .certificateIdPattern(
                Optional.of(CertificateIdPattern.of(CertificateIdPattern.EUCC_DEFAULT)))
            .applicableFrom(Optional.of(LocalDate.of(2025, 2, 27)));
    levels.forEach(b::addLevel);
    evaluationLevels.forEach(b::addEvaluationLevel);
    ANNEX_VII_FIELDS.forEach(b::addMandatoryField);
    return b.build();
  }

  private static StandardReference untilEnd2027(String id, String title) {
    return new StandardReference(
        id,
        title,
        Optional.empty(),
        Optional.of(LocalDate.of(2027, 12, 31)),
        Optional.of("EUCC Art 3(2)"));
  }

  private static ProtectionProfileReference annexIi(String id, String title) {
    return new ProtectionProfileReference(id, title, "Annex II", Optional.of("AVA_VAN.5"));
  }

  // ---- bodies ---------------------------------------------------------------------------------

  static final BodyId NCCA_ID = BodyId.of("NL-NCCA");
  static final BodyId CB_ID = BodyId.of("NL-CB");
  static final BodyId ITSEF_ID = BodyId.of("NL-ITSEF");

  static final Body NCCA =
      new Body(
          NCCA_ID,
          BodyRole.NCCA,
          "Rijksinspectie Digitale Infrastructuur",
          MemberState.NL,
          Optional.of("3100"),
          Optional.empty(),
          true,
          Optional.of("Postbus 450, 9700 AL Groningen"),
          Optional.of("eucc@example.nl"));

  static final Body CB = certificationBody(false);

  static final Body ITSEF =
      new Body(
          ITSEF_ID,
          BodyRole.ITSEF,
          "Example Security Lab B.V.",
          MemberState.NL,
          Optional.empty(),
          Optional.of(NCCA_ID),
          false,
          Optional.of("Labweg 1, Delft"),
          Optional.of("lab@example.nl"));

  /** The certification body, as a private or a public body (EUCC Art 17(4)). */
  static Body certificationBody(boolean publicBody) {
    return new Body(
        CB_ID,
        BodyRole.CERTIFICATION_BODY,
        "Example Certification B.V.",
        MemberState.NL,
        Optional.of("3110"),
        Optional.of(NCCA_ID),
        publicBody,
        Optional.of("Certweg 2, Utrecht"),
        Optional.of("cb@example.nl"));
  }

  static final Set<String> CATEGORIES = Set.of(CATEGORY_SMART_CARDS, CATEGORY_NETWORK);

  static final Accreditation NCCA_ACCREDITATION =
      accreditation(NCCA_ID, "NCCA-17065", "ISO/IEC 17065", LocalDate.of(2024, 3, 1), CATEGORIES);
  static final Accreditation CB_ACCREDITATION =
      accreditation(CB_ID, "C-0042", "ISO/IEC 17065", LocalDate.of(2024, 3, 1), CATEGORIES);
  static final Accreditation ITSEF_ACCREDITATION =
      accreditation(ITSEF_ID, "L-0777", "ISO/IEC 17025", LocalDate.of(2024, 3, 1), CATEGORIES);

  static final Authorisation CB_AUTHORISATION =
      authorisation(CB_ID, "NL-AUTH-CB-1", "AVA_VAN.5", Set.of(SMART_CARDS));
  static final Authorisation ITSEF_AUTHORISATION =
      authorisation(ITSEF_ID, "NL-AUTH-ITSEF-1", "AVA_VAN.5", Set.of(SMART_CARDS));

  static final Delegation DELEGATION =
      new Delegation(
          NCCA_ID,
          CB_ID,
          EUCC,
          "NL-DEL-1",
          Set.of(),
          LocalDate.of(2025, 2, 27),
          Optional.empty(),
          Timeline.starting(DelegationStatus.ACTIVE, day(2025, 2, 27)));

  /** An accreditation for EUCC over five years less a day, from {@code from}. */
  static Accreditation accreditation(
      BodyId body, String reference, String standard, LocalDate from, Set<String> categories) {
    return accreditation(
        body, reference, standard, from, from.plusYears(5).minusDays(1), categories);
  }

  static Accreditation accreditation(
      BodyId body,
      String reference,
      String standard,
      LocalDate from,
      LocalDate until,
      Set<String> categories) {
    return new Accreditation(
        body,
        reference,
        "Raad voor Accreditatie",
        standard,
        Set.of(EUCC),
        categories,
        from,
        until,
        Timeline.starting(AccreditationStatus.ACTIVE, LegalTime.startOfDay(from)));
  }

  /**
   * An EUCC authorisation for smart cards and Annex II PP EN 419221-5, 2025-01-01 to 2029-02-28.
   */
  static Authorisation authorisation(
      BodyId body, String reference, String highest, Set<String> domains) {
    return authorisation(
        body,
        reference,
        Set.of(CATEGORY_SMART_CARDS),
        highest,
        domains,
        LocalDate.of(2025, 1, 1),
        LocalDate.of(2029, 2, 28));
  }

  static Authorisation authorisation(
      BodyId body,
      String reference,
      Set<String> categories,
      String highest,
      Set<String> domains,
      LocalDate from,
      LocalDate until) {
    return new Authorisation(
        body,
        NCCA_ID,
        EUCC,
        reference,
        categories,
        Set.of(PP_TRUST_SERVICE_MODULE),
        Optional.of(highest),
        domains,
        from,
        until,
        Timeline.starting(AuthorisationStatus.ACTIVE, LegalTime.startOfDay(from)));
  }

  static Notification notification(BodyId body) {
    return new Notification(
        body,
        EUCC,
        Optional.empty(),
        EnumSet.of(AssuranceLevel.SUBSTANTIAL, AssuranceLevel.HIGH),
        Optional.of("OJ C/2025/1234"),
        Timeline.starting(NotificationStatus.NOTIFIED, day(2025, 1, 15)));
  }

  /** An approval the NCCA gave to the CB for a certificate, granted on 2026-04-01. */
  static Approval approval(
      ApprovalKind kind,
      String reference,
      CertificateId certificate,
      Optional<LocalDate> maxValidUntil,
      Optional<String> evaluationLevel) {
    return approval(kind, reference, certificate, maxValidUntil, evaluationLevel, day(2026, 4, 1));
  }

  /** An approval the NCCA gave to the CB for a certificate, granted from {@code grantedFrom}. */
  static Approval approval(
      ApprovalKind kind,
      String reference,
      CertificateId certificate,
      Optional<LocalDate> maxValidUntil,
      Optional<String> evaluationLevel,
      Instant grantedFrom) {
    return new Approval(
        kind,
        reference,
        NCCA_ID,
        CB_ID,
        EUCC,
        Optional.of(certificate),
        maxValidUntil,
        evaluationLevel,
        Timeline.starting(ApprovalStatus.GRANTED, grantedFrom));
  }

  // ---- issuing contexts -----------------------------------------------------------------------

  /**
   * The parts of an {@link IssuingContext}, open to change by a test and built with {@link
   * #build()}.
   */
  static final class ContextParts {
    Body issuer;
    final List<Accreditation> accreditations = new ArrayList<>();
    final List<Notification> notifications = new ArrayList<>();
    final List<Authorisation> authorisations = new ArrayList<>();
    final List<Delegation> delegations = new ArrayList<>();
    final List<Approval> approvals = new ArrayList<>();
    Optional<Body> itsef = Optional.of(ITSEF);
    final List<Accreditation> itsefAccreditations = new ArrayList<>(List.of(ITSEF_ACCREDITATION));
    final List<Authorisation> itsefAuthorisations = new ArrayList<>(List.of(ITSEF_AUTHORISATION));

    IssuingContext build() {
      IssuingContext.Builder b = IssuingContext.builder().issuer(issuer);
      accreditations.forEach(b::addAccreditation);
      notifications.forEach(b::addNotification);
      authorisations.forEach(b::addAuthorisation);
      delegations.forEach(b::addDelegation);
      approvals.forEach(b::addApproval);
      itsef.ifPresent(b::itsef);
      if (itsef.isPresent()) {
        itsefAccreditations.forEach(b::addItsefAccreditation);
        itsefAuthorisations.forEach(b::addItsefAuthorisation);
      }
      return b.build();
    }
  }

  /**
   * The certification body, accredited, notified for substantial and high, authorised for 'high'
   * and holding the NCCA's general delegation (CSA Art 56(6)(b)), with its ITSEF.
   */
  static ContextParts cbContext() {
    ContextParts p = new ContextParts();
    p.issuer = CB;
    p.accreditations.add(CB_ACCREDITATION);
    p.notifications.add(notification(CB_ID));
    p.authorisations.add(CB_AUTHORISATION);
    p.delegations.add(DELEGATION);
    return p;
  }

  /** The NCCA issuing itself (CSA Art 56(6)), its certification body accredited (Art 60(2)). */
  static ContextParts nccaContext() {
    ContextParts p = new ContextParts();
    p.issuer = NCCA;
    p.accreditations.add(NCCA_ACCREDITATION);
    p.notifications.add(notification(NCCA_ID));
    return p;
  }

  // ---- certificates ---------------------------------------------------------------------------

  static final Holder HOLDER =
      new Holder(
          "Example Devices N.V.",
          Optional.of("Productstraat 3, Eindhoven"),
          Optional.of("security@devices.example"),
          Optional.of("https://devices.example/security"),
          Optional.of("psirt@devices.example"));

  static final BodyReference CB_REFERENCE =
      new BodyReference(
          CB_ID,
          CB.name(),
          CB.address(),
          CB.contact(),
          Optional.of(CB_ACCREDITATION.reference()),
          CB.notifiedBodyNumber());

  static final BodyReference NCCA_REFERENCE =
      new BodyReference(
          NCCA_ID,
          NCCA.name(),
          NCCA.address(),
          NCCA.contact(),
          Optional.of(NCCA_ACCREDITATION.reference()),
          NCCA.notifiedBodyNumber());

  static final BodyReference ITSEF_REFERENCE = BodyReference.of(ITSEF_ID, ITSEF.name());

  /** A firewall at AVA_VAN.2, EAL3, issued 2026-05-12 for the full five years. */
  static final CertificateContent SUBSTANTIAL =
      base("EUCC-3110-2026-05-0042", Instant.parse("2026-05-12T09:30:00Z"))
          .object(
              new CertifiedObject(
                  CertifiedObjectType.ICT_PRODUCT,
                  "Example Firewall",
                  Optional.of("Firewall"),
                  List.of("4.2.0", "4.2.1"),
                  Optional.of(CATEGORY_NETWORK),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.of("the whole appliance, firmware 4.2")))
          .assuranceLevel(AssuranceLevel.SUBSTANTIAL)
          .evaluationLevel(Optional.of("AVA_VAN.2"))
          .standards(List.of("CC_2022", "CEM_2022"))
          .validUntil(LocalDate.of(2031, 5, 12))
          .schemePart(Optional.of(euccPart(AssurancePackageKind.EAL_CONFORMANT, "EAL3")))
          .build();

  /**
   * A smart card IC at AVA_VAN.5 in the technical domain of smart cards, EAL4 augmented by
   * ALC_DVS.2 and AVA_VAN.5, evaluated against CC v3.1 R5 (allowed until 2027), issued 2026-06-03
   * by the certification body under a general delegation.
   */
  static final CertificateContent HIGH =
      base("EUCC-3110-2026-06-0043", Instant.parse("2026-06-03T10:00:00Z"))
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
          .assuranceLevel(AssuranceLevel.HIGH)
          .evaluationLevel(Optional.of("AVA_VAN.5"))
          .standards(List.of("CC_3_1_R5", "CEM_3_1_R5"))
          .validUntil(LocalDate.of(2031, 6, 2))
          .schemePart(
              Optional.of(
                  new EuccPart(
                      AssurancePackageKind.EAL_AUGMENTED,
                      "EAL4",
                      List.of("ALC_DVS.2", "AVA_VAN.5"),
                      Optional.of(SMART_CARDS),
                      Optional.empty(),
                      Optional.empty())))
          .build();

  /**
   * A protection profile certified by the NCCA at AVA_VAN.3 (EUCC Art 17(4)), valid until the end
   * of the PP's lifetime.
   */
  static final CertificateContent PROTECTION_PROFILE =
      base("EUCC-3100-2026-07-0007", Instant.parse("2026-07-01T08:00:00Z"))
          .issuer(NCCA_REFERENCE)
          .object(
              new CertifiedObject(
                  CertifiedObjectType.PROTECTION_PROFILE,
                  "Example Secure Element PP",
                  Optional.of("Protection profile"),
                  List.of("1.0"),
                  Optional.of(CATEGORY_SMART_CARDS),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty()))
          .assuranceLevel(AssuranceLevel.HIGH)
          .evaluationLevel(Optional.of("AVA_VAN.3"))
          .standards(List.of("CC_2022", "CEM_2022"))
          .validUntil(LocalDate.of(2031, 6, 30))
          .schemePart(
              Optional.of(
                  new EuccPart(
                      AssurancePackageKind.EAL_CONFORMANT,
                      "EAL4",
                      List.of(),
                      Optional.empty(),
                      Optional.empty(),
                      Optional.of(LocalDate.of(2033, 12, 31)))))
          .build();

  private static CertificateContent.Builder base(String id, Instant issuedAt) {
    return CertificateContent.builder()
        .id(CertificateId.of(id))
        .scheme(EUCC, VERSION)
        .holder(HOLDER)
        .issuer(CB_REFERENCE)
        .itsef(Optional.of(ITSEF_REFERENCE))
        .responsibleNcca(Optional.of(BodyReference.of(NCCA_ID, NCCA.name())))
        .legalReferences(List.of("Commission Implementing Regulation (EU) 2024/482"))
        .certificationReport(Optional.of("CR-" + id))
        .issuedAt(issuedAt)
        .markUrl(
            Optional.of(
                "https://certification.enisa.europa.eu/certificates/"
                    + id.toLowerCase(java.util.Locale.ROOT)
                    + "_en"));
  }

  static EuccPart euccPart(AssurancePackageKind kind, String name, String... augmentations) {
    return new EuccPart(
        kind, name, List.of(augmentations), Optional.empty(), Optional.empty(), Optional.empty());
  }

  // ---- running rules --------------------------------------------------------------------------

  static final EuccProfile PROFILE = new EuccProfile();
  static final RuleEngine ENGINE = RuleEngine.forProfile(Optional.of(PROFILE));

  static RuleInput input(CertificateContent cert, ContextParts context) {
    return new RuleInput(SCHEME, cert, context.build());
  }

  /** The findings of the one EUCC rule with this code. */
  static RuleReport run(String code, RuleInput input) {
    Rule rule =
        PROFILE.rules().stream()
            .filter(r -> r.code().value().equals(code))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no EUCC rule " + code));
    return new RuleReport(rule.evaluate(input));
  }

  /** The codes of the error findings of the whole engine, generic and EUCC rules. */
  static Set<String> errorCodes(RuleInput input) {
    return ENGINE.evaluate(input).findings().stream()
        .filter(f -> f.severity() == Severity.ERROR)
        .map(f -> f.code().value())
        .collect(Collectors.toSet());
  }

  /** The first instant of a day in the legal zone. */
  static Instant day(int year, int month, int dayOfMonth) {
    return LegalTime.startOfDay(LocalDate.of(year, month, dayOfMonth));
  }

  private EuccFixture() {}
}
