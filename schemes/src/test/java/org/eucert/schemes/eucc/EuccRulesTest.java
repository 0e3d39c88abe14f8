/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.schemes.eucc;

import static org.eucert.schemes.eucc.EuccFixture.AVA_VAN_LEVELS;
import static org.eucert.schemes.eucc.EuccFixture.CATEGORY_NETWORK;
import static org.eucert.schemes.eucc.EuccFixture.CATEGORY_SMART_CARDS;
import static org.eucert.schemes.eucc.EuccFixture.CB_ACCREDITATION;
import static org.eucert.schemes.eucc.EuccFixture.CB_ID;
import static org.eucert.schemes.eucc.EuccFixture.CB_REFERENCE;
import static org.eucert.schemes.eucc.EuccFixture.HIGH;
import static org.eucert.schemes.eucc.EuccFixture.HIGH_RULE;
import static org.eucert.schemes.eucc.EuccFixture.HOLDER;
import static org.eucert.schemes.eucc.EuccFixture.ITSEF_ID;
import static org.eucert.schemes.eucc.EuccFixture.NCCA_REFERENCE;
import static org.eucert.schemes.eucc.EuccFixture.PP_TRUST_SERVICE_MODULE;
import static org.eucert.schemes.eucc.EuccFixture.PROTECTION_PROFILE;
import static org.eucert.schemes.eucc.EuccFixture.SCHEME;
import static org.eucert.schemes.eucc.EuccFixture.SECURITY_BOXES;
import static org.eucert.schemes.eucc.EuccFixture.SMART_CARDS;
import static org.eucert.schemes.eucc.EuccFixture.SUBSTANTIAL;
import static org.eucert.schemes.eucc.EuccFixture.SUBSTANTIAL_RULE;
import static org.eucert.schemes.eucc.EuccFixture.accreditation;
import static org.eucert.schemes.eucc.EuccFixture.approval;
import static org.eucert.schemes.eucc.EuccFixture.authorisation;
import static org.eucert.schemes.eucc.EuccFixture.avaVan;
import static org.eucert.schemes.eucc.EuccFixture.cbContext;
import static org.eucert.schemes.eucc.EuccFixture.certificationBody;
import static org.eucert.schemes.eucc.EuccFixture.day;
import static org.eucert.schemes.eucc.EuccFixture.euccPart;
import static org.eucert.schemes.eucc.EuccFixture.input;
import static org.eucert.schemes.eucc.EuccFixture.nccaContext;
import static org.eucert.schemes.eucc.EuccFixture.run;
import static org.eucert.schemes.eucc.EuccFixture.scheme;
import static org.eucert.schemes.eucc.EuccRules.R10_ANNEX_VII_FIELDS;
import static org.eucert.schemes.eucc.EuccRules.R11_MARK_LABEL;
import static org.eucert.schemes.eucc.EuccRules.R14_PP_ISSUER;
import static org.eucert.schemes.eucc.EuccRules.R1_LEVEL_AVA_VAN;
import static org.eucert.schemes.eucc.EuccRules.R2_AVA_VAN_4_5;
import static org.eucert.schemes.eucc.EuccRules.R3_NO_SELF_ASSESSMENT;
import static org.eucert.schemes.eucc.EuccRules.R4_HIGH_AUTHORISATION;
import static org.eucert.schemes.eucc.EuccRules.R5_ISSUER_SCOPE;
import static org.eucert.schemes.eucc.EuccRules.R6_ACCREDITATION_PERIOD;
import static org.eucert.schemes.eucc.EuccRules.R7_VALIDITY;
import static org.eucert.schemes.eucc.EuccRules.R8_STANDARDS;
import static org.eucert.schemes.eucc.EuccRules.R9_PACKAGE_NOTATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eucert.core.model.Accreditation;
import org.eucert.core.model.AccreditationStatus;
import org.eucert.core.model.ApprovalKind;
import org.eucert.core.model.AssuranceLevel;
import org.eucert.core.model.AssurancePackageKind;
import org.eucert.core.model.BodyReference;
import org.eucert.core.model.CertificateContent;
import org.eucert.core.model.CertificateId;
import org.eucert.core.model.ConformityRoute;
import org.eucert.core.model.EuccPart;
import org.eucert.core.model.EvaluationActivity;
import org.eucert.core.model.Holder;
import org.eucert.core.model.LevelRule;
import org.eucert.core.model.ProtectionProfileReference;
import org.eucert.core.model.SchemeVersion;
import org.eucert.core.model.StatementOfConformity;
import org.eucert.core.rules.IssuingContext;
import org.eucert.core.rules.RuleInput;
import org.eucert.core.rules.RuleReport;
import org.junit.jupiter.api.Test;

/**
 * Each EUCC rule on its own: at least one accepting and one refusing case per rule, named after the
 * provision they exercise. Assertions are on rule codes, never on message text.
 */
class EuccRulesTest {

  private static void accepts(String code, RuleInput in) {
    RuleReport report = run(code, in);
    assertEquals(List.of(), report.findings(), code + " should accept");
  }

  private static void refuses(String code, RuleInput in) {
    RuleReport report = run(code, in);
    assertTrue(report.has(code), code + " should refuse, found " + report.findings());
  }

  private static CertificateContent high(EuccPart part) {
    return HIGH.toBuilder().schemePart(Optional.of(part)).build();
  }

  private static EuccPart highPart(String level, Optional<String> domain) {
    return new EuccPart(
        AssurancePackageKind.EAL_AUGMENTED,
        "EAL4",
        List.of("ALC_DVS.2", level),
        domain,
        Optional.empty(),
        Optional.empty());
  }

  /** The 'high' certificate at {@code level}, in no technical domain. */
  private static CertificateContent highOutsideDomain(String level) {
    return HIGH.toBuilder()
        .evaluationLevel(Optional.of(level))
        .schemePart(Optional.of(highPart(level, Optional.empty())))
        .build();
  }

  // ---- R1, EUCC Art 4 ---------------------------------------------------------------------------

  @Test
  void r1_substantialAtAvaVan2_accepted_EuccArt4_2() {
    accepts(R1_LEVEL_AVA_VAN, input(SUBSTANTIAL, cbContext()));
  }

  @Test
  void r1_highAtAvaVan5_accepted_EuccArt4_3() {
    accepts(R1_LEVEL_AVA_VAN, input(HIGH, cbContext()));
  }

  @Test
  void r1_basicLevel_refused_EuccArt4_1() {
    CertificateContent basic =
        SUBSTANTIAL.toBuilder()
            .assuranceLevel(AssuranceLevel.BASIC)
            .evaluationLevel(Optional.of("AVA_VAN.1"))
            .build();
    refuses(R1_LEVEL_AVA_VAN, input(basic, cbContext()));
  }

  @Test
  void r1_levelTheSchemeDataDoesNotOffer_refused_EuccArt4_1() {
    SchemeVersion highOnly = scheme(List.of(HIGH_RULE), AVA_VAN_LEVELS.subList(2, 5));
    CertificateContent cert =
        SUBSTANTIAL.toBuilder().evaluationLevel(Optional.of("AVA_VAN.3")).build();
    refuses(R1_LEVEL_AVA_VAN, new RuleInput(highOnly, cert, cbContext().build()));
  }

  @Test
  void r1_noEvaluationLevel_refused_EuccArt4_2() {
    CertificateContent cert = SUBSTANTIAL.toBuilder().evaluationLevel(Optional.empty()).build();
    refuses(R1_LEVEL_AVA_VAN, input(cert, cbContext()));
  }

  @Test
  void r1_evaluationLevelNotDefinedByScheme_refused_EuccArt4() {
    CertificateContent cert =
        SUBSTANTIAL.toBuilder().evaluationLevel(Optional.of("AVA_VAN.6")).build();
    refuses(R1_LEVEL_AVA_VAN, input(cert, cbContext()));
  }

  @Test
  void r1_avaVan3AtSubstantial_refused_EuccArt4_3() {
    CertificateContent cert =
        SUBSTANTIAL.toBuilder().evaluationLevel(Optional.of("AVA_VAN.3")).build();
    refuses(R1_LEVEL_AVA_VAN, input(cert, cbContext()));
  }

  @Test
  void r1_avaVan2AtHigh_refused_EuccArt4_2() {
    refuses(R1_LEVEL_AVA_VAN, input(highOutsideDomain("AVA_VAN.2"), cbContext()));
  }

  @Test
  void r1_schemeDataContradictingArt4_refused_EuccArt4_3() {
    SchemeVersion wrong =
        scheme(
            List.of(SUBSTANTIAL_RULE, HIGH_RULE),
            List.of(
                avaVan(1, AssuranceLevel.SUBSTANTIAL, false, "Basic"),
                avaVan(2, AssuranceLevel.SUBSTANTIAL, false, "Basic"),
                avaVan(3, AssuranceLevel.SUBSTANTIAL, false, "Enhanced-Basic")));
    CertificateContent cert =
        SUBSTANTIAL.toBuilder().evaluationLevel(Optional.of("AVA_VAN.3")).build();
    refuses(R1_LEVEL_AVA_VAN, new RuleInput(wrong, cert, cbContext().build()));
  }

  @Test
  void r1_statementOfConformity_leftToR3_EuccArt6() {
    accepts(R1_LEVEL_AVA_VAN, statementInput(SCHEME));
  }

  // ---- R2, EUCC Art 7(3)-(4) --------------------------------------------------------------------

  @Test
  void r2_avaVan5InListedTechnicalDomain_accepted_EuccArt7_3_a() {
    accepts(R2_AVA_VAN_4_5, input(HIGH, cbContext()));
  }

  @Test
  void r2_avaVan5ClaimingListedPp_accepted_EuccArt7_3_b() {
    CertificateContent cert =
        highOutsideDomain("AVA_VAN.5").toBuilder()
            .protectionProfiles(List.of(PP_TRUST_SERVICE_MODULE))
            .build();
    accepts(R2_AVA_VAN_4_5, input(cert, cbContext()));
  }

  @Test
  void r2_avaVan5WithGrantedException_accepted_EuccArt7_4() {
    CertificateContent cert =
        highOutsideDomain("AVA_VAN.5").toBuilder().approvals(List.of("NL-EXC-1")).build();
    EuccFixture.ContextParts ctx = cbContext();
    ctx.approvals.add(
        approval(
            ApprovalKind.AVA_VAN_EXCEPTION,
            "NL-EXC-1",
            cert.id(),
            Optional.empty(),
            Optional.of("AVA_VAN.5")));
    accepts(R2_AVA_VAN_4_5, input(cert, ctx));
  }

  @Test
  void r2_avaVan3OutsideDomain_needsNothing_EuccArt7_3() {
    accepts(R2_AVA_VAN_4_5, input(highOutsideDomain("AVA_VAN.3"), cbContext()));
  }

  @Test
  void r2_avaVan4WithoutDomainPpOrException_refused_EuccArt7_3() {
    refuses(R2_AVA_VAN_4_5, input(highOutsideDomain("AVA_VAN.4"), cbContext()));
  }

  @Test
  void r2_technicalDomainNotListed_refused_EuccArt7_3_a() {
    CertificateContent cert = high(highPart("AVA_VAN.5", Optional.of("AUTOMOTIVE")));
    refuses(R2_AVA_VAN_4_5, input(cert, cbContext()));
  }

  @Test
  void r2_ppNotListed_refused_EuccArt7_3_b() {
    CertificateContent cert =
        highOutsideDomain("AVA_VAN.5").toBuilder()
            .protectionProfiles(List.of("BSI-CC-PP-0084-2014"))
            .build();
    refuses(R2_AVA_VAN_4_5, input(cert, cbContext()));
  }

  @Test
  void r2_ppSupportingOnlyALowerLevel_refused_EuccArt7_3_b() {
    SchemeVersion withPp =
        SCHEME.toBuilder()
            .addProtectionProfile(
                new ProtectionProfileReference(
                    "PP-UP-TO-4", "a PP up to AVA_VAN.4", "Annex II", Optional.of("AVA_VAN.4")))
            .build();
    CertificateContent cert =
        highOutsideDomain("AVA_VAN.5").toBuilder()
            .protectionProfiles(List.of("PP-UP-TO-4"))
            .build();
    refuses(R2_AVA_VAN_4_5, new RuleInput(withPp, cert, cbContext().build()));
    CertificateContent at4 =
        highOutsideDomain("AVA_VAN.4").toBuilder()
            .protectionProfiles(List.of("PP-UP-TO-4"))
            .build();
    accepts(R2_AVA_VAN_4_5, new RuleInput(withPp, at4, cbContext().build()));
  }

  @Test
  void r2_exceptionForAnotherLevel_refused_EuccArt7_4() {
    CertificateContent cert =
        highOutsideDomain("AVA_VAN.5").toBuilder().approvals(List.of("NL-EXC-1")).build();
    EuccFixture.ContextParts ctx = cbContext();
    ctx.approvals.add(
        approval(
            ApprovalKind.AVA_VAN_EXCEPTION,
            "NL-EXC-1",
            cert.id(),
            Optional.empty(),
            Optional.of("AVA_VAN.4")));
    refuses(R2_AVA_VAN_4_5, input(cert, ctx));
  }

  @Test
  void r2_exceptionStillPendingAtIssue_refused_EuccArt7_4() {
    CertificateContent cert =
        highOutsideDomain("AVA_VAN.5").toBuilder().approvals(List.of("NL-EXC-1")).build();
    EuccFixture.ContextParts ctx = cbContext();
    ctx.approvals.add(
        approval(
            ApprovalKind.AVA_VAN_EXCEPTION,
            "NL-EXC-1",
            cert.id(),
            Optional.empty(),
            Optional.of("AVA_VAN.5"),
            day(2026, 6, 4)));
    refuses(R2_AVA_VAN_4_5, input(cert, ctx));
  }

  // ---- R3, EUCC Art 6 ---------------------------------------------------------------------------

  @Test
  void r3_certificate_accepted_EuccArt6() {
    accepts(R3_NO_SELF_ASSESSMENT, input(SUBSTANTIAL, cbContext()));
  }

  @Test
  void r3_statementOfConformity_refused_EuccArt6() {
    refuses(R3_NO_SELF_ASSESSMENT, statementInput(SCHEME));
  }

  @Test
  void r3_schemeDataAllowingSelfAssessment_refused_EuccArt6() {
    refuses(
        R3_NO_SELF_ASSESSMENT, new RuleInput(selfAssessing(), SUBSTANTIAL, cbContext().build()));
  }

  /** The EUCC data with a 'basic' level allowing EU statements of conformity, as EUCC forbids. */
  static SchemeVersion selfAssessing() {
    return SCHEME.toBuilder()
        .addLevel(
            new LevelRule(
                AssuranceLevel.BASIC,
                EnumSet.of(ConformityRoute.SELF_ASSESSMENT),
                Set.of(),
                Optional.empty(),
                EvaluationActivity.minimumFor(AssuranceLevel.BASIC),
                false))
        .build();
  }

  static RuleInput statementInput(SchemeVersion scheme) {
    StatementOfConformity s =
        new StatementOfConformity(
            CertificateId.of("EUSOC-2026-0001"),
            EuccFixture.EUCC,
            EuccFixture.VERSION,
            SUBSTANTIAL.object(),
            HOLDER,
            AssuranceLevel.BASIC,
            List.of("CC_2022", "CEM_2022"),
            Instant.parse("2026-05-12T09:30:00Z"),
            LocalDate.of(2036, 5, 12),
            Optional.empty(),
            Optional.empty());
    return new RuleInput(scheme, s, IssuingContext.selfDeclared());
  }

  // ---- R4, EUCC Art 21-22 -----------------------------------------------------------------------

  @Test
  void r4_authorisedCbAndItsef_accepted_EuccArt21_22() {
    accepts(R4_HIGH_AUTHORISATION, input(HIGH, cbContext()));
  }

  @Test
  void r4_nccaIssuing_needsNoAuthorisation_CsaArt56_6() {
    CertificateContent cert =
        HIGH.toBuilder()
            .id(CertificateId.of("EUCC-3100-2026-06-0001"))
            .issuer(NCCA_REFERENCE)
            .build();
    EuccFixture.ContextParts ctx = nccaContext();
    ctx.itsefAuthorisations.clear();
    accepts(R4_HIGH_AUTHORISATION, input(cert, ctx));
  }

  @Test
  void r4_substantial_needsNoAuthorisation_EuccArt21() {
    EuccFixture.ContextParts ctx = cbContext();
    ctx.authorisations.clear();
    ctx.itsefAuthorisations.clear();
    accepts(R4_HIGH_AUTHORISATION, input(SUBSTANTIAL, ctx));
  }

  @Test
  void r4_cbWithoutAuthorisation_refused_EuccArt21() {
    EuccFixture.ContextParts ctx = cbContext();
    ctx.authorisations.clear();
    refuses(R4_HIGH_AUTHORISATION, input(HIGH, ctx));
  }

  @Test
  void r4_cbAuthorisationEndedBeforeDayOfIssue_refused_EuccArt21() {
    EuccFixture.ContextParts ctx = cbContext();
    ctx.authorisations.set(
        0,
        authorisation(
            CB_ID,
            "NL-AUTH-CB-0",
            Set.of(CATEGORY_SMART_CARDS),
            "AVA_VAN.5",
            Set.of(SMART_CARDS),
            LocalDate.of(2025, 1, 1),
            LocalDate.of(2026, 6, 2)));
    refuses(R4_HIGH_AUTHORISATION, input(HIGH, ctx));
  }

  @Test
  void r4_cbAuthorisedOnlyUpToAvaVan4_refused_EuccArt21() {
    EuccFixture.ContextParts ctx = cbContext();
    ctx.authorisations.set(
        0, authorisation(CB_ID, "NL-AUTH-CB-4", "AVA_VAN.4", Set.of(SMART_CARDS)));
    refuses(R4_HIGH_AUTHORISATION, input(HIGH, ctx));
  }

  @Test
  void r4_cbAuthorisedForAnotherTechnicalDomain_refused_EuccArt21() {
    EuccFixture.ContextParts ctx = cbContext();
    ctx.authorisations.set(
        0, authorisation(CB_ID, "NL-AUTH-CB-B", "AVA_VAN.5", Set.of(SECURITY_BOXES)));
    refuses(R4_HIGH_AUTHORISATION, input(HIGH, ctx));
  }

  @Test
  void r4_cbAuthorisedForAnotherCategory_refused_EuccArt21() {
    EuccFixture.ContextParts ctx = cbContext();
    ctx.authorisations.set(0, networkAuthorisation());
    refuses(R4_HIGH_AUTHORISATION, input(HIGH, ctx));
  }

  @Test
  void r4_authorisationCoveringAClaimedPp_accepted_EuccArt21() {
    EuccFixture.ContextParts ctx = cbContext();
    ctx.authorisations.set(0, networkAuthorisation());
    CertificateContent cert =
        HIGH.toBuilder().protectionProfiles(List.of(PP_TRUST_SERVICE_MODULE)).build();
    accepts(R4_HIGH_AUTHORISATION, input(cert, ctx));
  }

  private org.eucert.core.model.Authorisation networkAuthorisation() {
    return authorisation(
        CB_ID,
        "NL-AUTH-CB-N",
        Set.of(CATEGORY_NETWORK),
        "AVA_VAN.5",
        Set.of(SMART_CARDS),
        LocalDate.of(2025, 1, 1),
        LocalDate.of(2029, 2, 28));
  }

  @Test
  void r4_noItsefNamed_refused_EuccArt22() {
    EuccFixture.ContextParts ctx = cbContext();
    ctx.itsef = Optional.empty();
    refuses(R4_HIGH_AUTHORISATION, input(HIGH.toBuilder().itsef(Optional.empty()).build(), ctx));
  }

  @Test
  void r4_itsefNotKnown_refused_EuccArt22() {
    EuccFixture.ContextParts ctx = cbContext();
    ctx.itsef = Optional.empty();
    refuses(R4_HIGH_AUTHORISATION, input(HIGH, ctx));
  }

  @Test
  void r4_itsefWithoutAuthorisation_refused_EuccArt22() {
    EuccFixture.ContextParts ctx = cbContext();
    ctx.itsefAuthorisations.clear();
    refuses(R4_HIGH_AUTHORISATION, input(HIGH, ctx));
  }

  @Test
  void r4_itsefAuthorisedOnlyUpToAvaVan3_refused_EuccArt22() {
    EuccFixture.ContextParts ctx = cbContext();
    ctx.itsefAuthorisations.set(
        0, authorisation(ITSEF_ID, "NL-AUTH-ITSEF-3", "AVA_VAN.3", Set.of(SMART_CARDS)));
    refuses(R4_HIGH_AUTHORISATION, input(HIGH, ctx));
  }

  // ---- R5, EUCC Art 9(1)(a) ---------------------------------------------------------------------

  @Test
  void r5_cbAndItsefAccreditedForCategory_accepted_EuccArt9_1_a() {
    accepts(R5_ISSUER_SCOPE, input(SUBSTANTIAL, cbContext()));
  }

  @Test
  void r5_accreditationForAllCategories_accepted_EuccArt9_1_a() {
    EuccFixture.ContextParts ctx = cbContext();
    ctx.accreditations.set(
        0, accreditation(CB_ID, "C-ALL", "ISO/IEC 17065", LocalDate.of(2024, 3, 1), Set.of()));
    accepts(R5_ISSUER_SCOPE, input(SUBSTANTIAL, ctx));
  }

  @Test
  void r5_categoryOutsideCbAccreditation_refused_EuccArt9_1_a() {
    EuccFixture.ContextParts ctx = cbContext();
    ctx.accreditations.set(
        0,
        accreditation(
            CB_ID,
            "C-SC",
            "ISO/IEC 17065",
            LocalDate.of(2024, 3, 1),
            Set.of(CATEGORY_SMART_CARDS)));
    refuses(R5_ISSUER_SCOPE, input(SUBSTANTIAL, ctx));
  }

  @Test
  void r5_cbAccreditationSuspendedOnDayOfIssue_refused_EuccArt9_1_a() {
    EuccFixture.ContextParts ctx = cbContext();
    Accreditation a = CB_ACCREDITATION;
    ctx.accreditations.set(
        0,
        new Accreditation(
            a.body(),
            a.reference(),
            a.accreditationBody(),
            a.standard(),
            a.schemes(),
            a.productCategories(),
            a.validFrom(),
            a.validUntil(),
            a.status().then(AccreditationStatus.SUSPENDED, day(2026, 5, 1))));
    refuses(R5_ISSUER_SCOPE, input(SUBSTANTIAL, ctx));
  }

  @Test
  void r5_categoryOutsideItsefAccreditation_refused_EuccArt9_1_a() {
    EuccFixture.ContextParts ctx = cbContext();
    ctx.itsefAccreditations.set(
        0,
        accreditation(
            ITSEF_ID,
            "L-SC",
            "ISO/IEC 17025",
            LocalDate.of(2024, 3, 1),
            Set.of(CATEGORY_SMART_CARDS)));
    refuses(R5_ISSUER_SCOPE, input(SUBSTANTIAL, ctx));
  }

  @Test
  void r5_namedItsefUnknown_refused_EuccArt9_1_a() {
    EuccFixture.ContextParts ctx = cbContext();
    ctx.itsef = Optional.empty();
    refuses(R5_ISSUER_SCOPE, input(SUBSTANTIAL, ctx));
  }

  @Test
  void r5_namedItsefNotTheOneKnown_refused_EuccArt9_1_a() {
    CertificateContent cert =
        SUBSTANTIAL.toBuilder()
            .itsef(Optional.of(BodyReference.of(org.eucert.core.model.BodyId.of("DE-LAB"), "Lab")))
            .build();
    refuses(R5_ISSUER_SCOPE, input(cert, cbContext()));
  }

  // ---- R6, CSA Art 60(4), EUCC Art 21(4), 22(5) -------------------------------------------------

  @Test
  void r6_accreditationOfExactlyFiveYears_accepted_CsaArt60_4() {
    EuccFixture.ContextParts ctx = cbContext();
    ctx.accreditations.set(0, cbAccreditationUntil(LocalDate.of(2029, 3, 1)));
    accepts(R6_ACCREDITATION_PERIOD, input(HIGH, ctx));
  }

  @Test
  void r6_accreditationOverFiveYears_refused_CsaArt60_4() {
    EuccFixture.ContextParts ctx = cbContext();
    ctx.accreditations.set(0, cbAccreditationUntil(LocalDate.of(2029, 3, 2)));
    refuses(R6_ACCREDITATION_PERIOD, input(SUBSTANTIAL, ctx));
  }

  @Test
  void r6_itsefAccreditationOverFiveYears_refused_CsaArt60_4() {
    EuccFixture.ContextParts ctx = cbContext();
    ctx.itsefAccreditations.set(
        0,
        accreditation(
            ITSEF_ID,
            "L-LONG",
            "ISO/IEC 17025",
            LocalDate.of(2024, 3, 1),
            LocalDate.of(2030, 3, 1),
            EuccFixture.CATEGORIES));
    refuses(R6_ACCREDITATION_PERIOD, input(SUBSTANTIAL, ctx));
  }

  @Test
  void r6_authorisationEndingAfterAccreditation_refused_EuccArt21_4() {
    EuccFixture.ContextParts ctx = cbContext();
    ctx.authorisations.set(0, authorisationUntil(CB_ID, LocalDate.of(2029, 3, 1)));
    refuses(R6_ACCREDITATION_PERIOD, input(HIGH, ctx));
  }

  @Test
  void r6_itsefAuthorisationEndingAfterAccreditation_refused_EuccArt22_5() {
    EuccFixture.ContextParts ctx = cbContext();
    ctx.itsefAuthorisations.set(0, authorisationUntil(ITSEF_ID, LocalDate.of(2030, 1, 1)));
    refuses(R6_ACCREDITATION_PERIOD, input(HIGH, ctx));
  }

  @Test
  void r6_authorisationEndingWithAccreditation_accepted_EuccArt21_4() {
    EuccFixture.ContextParts ctx = cbContext();
    ctx.authorisations.set(0, authorisationUntil(CB_ID, CB_ACCREDITATION.validUntil()));
    accepts(R6_ACCREDITATION_PERIOD, input(HIGH, ctx));
  }

  private Accreditation cbAccreditationUntil(LocalDate until) {
    return accreditation(
        CB_ID, "C-0042", "ISO/IEC 17065", LocalDate.of(2024, 3, 1), until, EuccFixture.CATEGORIES);
  }

  private org.eucert.core.model.Authorisation authorisationUntil(
      org.eucert.core.model.BodyId body, LocalDate until) {
    return authorisation(
        body,
        "NL-AUTH-LONG",
        Set.of(CATEGORY_SMART_CARDS),
        "AVA_VAN.5",
        Set.of(SMART_CARDS),
        LocalDate.of(2025, 1, 1),
        until);
  }

  // ---- R7, EUCC Art 12, 18 ----------------------------------------------------------------------

  @Test
  void r7_sameDateFiveYearsLater_accepted_EuccArt12() {
    assertEquals(SUBSTANTIAL.issueDay().plusYears(5), SUBSTANTIAL.validUntil());
    accepts(R7_VALIDITY, input(SUBSTANTIAL, cbContext()));
  }

  @Test
  void r7_oneDayBeyondFiveYears_refused_EuccArt12() {
    refuses(R7_VALIDITY, input(longer(SUBSTANTIAL, List.of()), cbContext()));
  }

  @Test
  void r7_grantedExtensionCited_accepted_EuccArt12() {
    CertificateContent cert = longer(SUBSTANTIAL, List.of("NL-EXT-1"));
    accepts(R7_VALIDITY, input(cert, withExtension(cert, LocalDate.of(2032, 5, 12))));
  }

  @Test
  void r7_beyondTheGrantedExtension_refused_EuccArt12() {
    CertificateContent cert = longer(SUBSTANTIAL, List.of("NL-EXT-1"));
    refuses(R7_VALIDITY, input(cert, withExtension(cert, LocalDate.of(2031, 5, 12))));
  }

  @Test
  void r7_extensionNotCited_refused_EuccArt12() {
    CertificateContent cert = longer(SUBSTANTIAL, List.of());
    refuses(R7_VALIDITY, input(cert, withExtension(cert, LocalDate.of(2032, 5, 12))));
  }

  @Test
  void r7_schemeDataSilent_fiveYearsOfEuccArt12_1Apply() {
    LevelRule open =
        new LevelRule(
            AssuranceLevel.SUBSTANTIAL,
            SUBSTANTIAL_RULE.routes(),
            SUBSTANTIAL_RULE.issuers(),
            Optional.empty(),
            SUBSTANTIAL_RULE.activities(),
            false);
    SchemeVersion silent = scheme(List.of(open, HIGH_RULE), AVA_VAN_LEVELS);
    accepts(R7_VALIDITY, new RuleInput(silent, SUBSTANTIAL, cbContext().build()));
    refuses(
        R7_VALIDITY, new RuleInput(silent, longer(SUBSTANTIAL, List.of()), cbContext().build()));
  }

  @Test
  void r7_ppWithinItsLifetime_accepted_EuccArt18() {
    accepts(R7_VALIDITY, input(PROTECTION_PROFILE, nccaContext()));
  }

  @Test
  void r7_ppBeyondItsLifetime_refused_EuccArt18() {
    CertificateContent cert = withLifetime(Optional.of(LocalDate.of(2030, 12, 31)));
    refuses(R7_VALIDITY, input(cert, nccaContext()));
  }

  @Test
  void r7_ppWithoutLifetime_refused_EuccArt18() {
    refuses(R7_VALIDITY, input(withLifetime(Optional.empty()), nccaContext()));
  }

  private CertificateContent withLifetime(Optional<LocalDate> end) {
    EuccPart p = EuccRules.euccPart(PROTECTION_PROFILE).orElseThrow();
    return PROTECTION_PROFILE.toBuilder()
        .schemePart(
            Optional.of(
                new EuccPart(
                    p.packageKind(),
                    p.packageName(),
                    p.augmentations(),
                    p.technicalDomain(),
                    p.patchManagement(),
                    end)))
        .build();
  }

  private CertificateContent longer(CertificateContent cert, List<String> approvals) {
    return cert.toBuilder()
        .validUntil(cert.issueDay().plusYears(5).plusDays(1))
        .approvals(approvals)
        .build();
  }

  private EuccFixture.ContextParts withExtension(CertificateContent cert, LocalDate until) {
    EuccFixture.ContextParts ctx = cbContext();
    ctx.approvals.add(
        approval(
            ApprovalKind.VALIDITY_EXTENSION,
            "NL-EXT-1",
            cert.id(),
            Optional.of(until),
            Optional.empty()));
    return ctx;
  }

  // ---- R8, EUCC Art 3 ---------------------------------------------------------------------------

  @Test
  void r8_cc2022_accepted_EuccArt3_1() {
    accepts(R8_STANDARDS, input(SUBSTANTIAL, cbContext()));
  }

  @Test
  void r8_cc31R5BeforeEnd2027_accepted_EuccArt3_2() {
    accepts(R8_STANDARDS, input(HIGH, cbContext()));
  }

  @Test
  void r8_cc31R5OnLastDayInBrussels_accepted_EuccArt3_2() {
    // 22:30 UTC on 31 December is 23:30 in Brussels: still the last day
    accepts(R8_STANDARDS, input(highIssuedAt("2027-12-31T22:30:00Z"), cbContext()));
  }

  @Test
  void r8_cc31R5AfterEnd2027_refused_EuccArt3_2() {
    // 23:30 UTC on 31 December is already 1 January 2028 in Brussels
    refuses(R8_STANDARDS, input(highIssuedAt("2027-12-31T23:30:00Z"), cbContext()));
  }

  @Test
  void r8_standardNotOfTheScheme_refused_EuccArt3() {
    CertificateContent cert =
        SUBSTANTIAL.toBuilder().standards(List.of("CC_2022", "ISO_27001")).build();
    refuses(R8_STANDARDS, input(cert, cbContext()));
  }

  @Test
  void r8_noStandard_refused_EuccArt3() {
    CertificateContent cert = SUBSTANTIAL.toBuilder().standards(List.of()).build();
    refuses(R8_STANDARDS, input(cert, cbContext()));
  }

  private CertificateContent highIssuedAt(String instant) {
    return HIGH.toBuilder()
        .issuedAt(Instant.parse(instant))
        .validUntil(LocalDate.of(2032, 12, 30))
        .build();
  }

  // ---- R9, EUCC Annex VIII ----------------------------------------------------------------------

  @Test
  void r9_ealConformant_accepted_EuccAnnexVIII() {
    accepts(R9_PACKAGE_NOTATION, input(SUBSTANTIAL, cbContext()));
  }

  @Test
  void r9_ealAugmentedByListedComponents_accepted_EuccAnnexVIII() {
    accepts(R9_PACKAGE_NOTATION, input(HIGH, cbContext()));
  }

  @Test
  void r9_specificPackage_accepted_EuccAnnexVIII() {
    CertificateContent cert =
        SUBSTANTIAL.toBuilder()
            .schemePart(
                Optional.of(
                    euccPart(AssurancePackageKind.SPECIFIC_ASSURANCE_PACKAGE, "Smart meter")))
            .build();
    accepts(R9_PACKAGE_NOTATION, input(cert, cbContext()));
  }

  @Test
  void r9_plusInPackageName_refused_EuccAnnexVIII() {
    refuses(
        R9_PACKAGE_NOTATION,
        substantialWith(AssurancePackageKind.EAL_AUGMENTED, "EAL3+", "ALC_FLR.1"));
  }

  @Test
  void r9_plusInAugmentation_refused_EuccAnnexVIII() {
    refuses(
        R9_PACKAGE_NOTATION,
        substantialWith(AssurancePackageKind.EAL_AUGMENTED, "EAL3", "+ALC_FLR.1"));
  }

  @Test
  void r9_augmentedWithoutComponents_refused_EuccAnnexVIII() {
    refuses(R9_PACKAGE_NOTATION, substantialWith(AssurancePackageKind.EAL_AUGMENTED, "EAL3"));
  }

  @Test
  void r9_conformantWithComponents_refused_EuccAnnexVIII() {
    refuses(
        R9_PACKAGE_NOTATION,
        substantialWith(AssurancePackageKind.EAL_CONFORMANT, "EAL3", "ALC_FLR.1"));
  }

  @Test
  void r9_conformantToNoEal_refused_EuccAnnexVIII() {
    refuses(R9_PACKAGE_NOTATION, substantialWith(AssurancePackageKind.EAL_CONFORMANT, "EAL8"));
  }

  @Test
  void r9_augmentedToNoEal_refused_EuccAnnexVIII() {
    refuses(
        R9_PACKAGE_NOTATION,
        substantialWith(AssurancePackageKind.EAL_AUGMENTED, "Gold", "ALC_FLR.1"));
  }

  @Test
  void r9_componentNotInCcNotation_refused_EuccAnnexVIII() {
    refuses(
        R9_PACKAGE_NOTATION,
        substantialWith(AssurancePackageKind.EAL_AUGMENTED, "EAL3", "alc_flr.1"));
  }

  @Test
  void r9_componentListedTwice_refused_EuccAnnexVIII() {
    refuses(
        R9_PACKAGE_NOTATION,
        substantialWith(AssurancePackageKind.EAL_AUGMENTED, "EAL3", "ALC_FLR.1", "ALC_FLR.1"));
  }

  @Test
  void r9_avaVanComponentOtherThanTheLevel_refused_EuccAnnexVII_c_8() {
    refuses(
        R9_PACKAGE_NOTATION,
        substantialWith(AssurancePackageKind.EAL_AUGMENTED, "EAL2", "AVA_VAN.1"));
  }

  @Test
  void r9_noEuccPart_refused_EuccAnnexVIII() {
    CertificateContent cert = SUBSTANTIAL.toBuilder().schemePart(Optional.empty()).build();
    refuses(R9_PACKAGE_NOTATION, input(cert, cbContext()));
  }

  private RuleInput substantialWith(AssurancePackageKind kind, String name, String... augs) {
    CertificateContent cert =
        SUBSTANTIAL.toBuilder().schemePart(Optional.of(euccPart(kind, name, augs))).build();
    return input(cert, cbContext());
  }

  // ---- R10, EUCC Annex VII ----------------------------------------------------------------------

  @Test
  void r10_allFields_accepted_EuccAnnexVII() {
    accepts(R10_ANNEX_VII_FIELDS, input(SUBSTANTIAL, cbContext()));
  }

  @Test
  void r10_holderAddressMissing_refused_EuccAnnexVII_b_4() {
    Holder h =
        new Holder(
            HOLDER.name(),
            Optional.empty(),
            HOLDER.contact(),
            HOLDER.supplementaryInfoUrl(),
            HOLDER.vulnerabilityContact());
    refuses(R10_ANNEX_VII_FIELDS, input(SUBSTANTIAL.toBuilder().holder(h).build(), cbContext()));
  }

  @Test
  void r10_certificationReportMissing_refused_EuccAnnexVII_c_5() {
    CertificateContent cert = SUBSTANTIAL.toBuilder().certificationReport(Optional.empty()).build();
    refuses(R10_ANNEX_VII_FIELDS, input(cert, cbContext()));
  }

  @Test
  void r10_itsefNotNamed_refused_EuccAnnexVII_c_2() {
    CertificateContent cert = SUBSTANTIAL.toBuilder().itsef(Optional.empty()).build();
    refuses(R10_ANNEX_VII_FIELDS, input(cert, cbContext()));
  }

  @Test
  void r10_noSeparateItsef_needsNone_EuccAnnexVII_c_2() {
    CertificateContent cert = SUBSTANTIAL.toBuilder().itsef(Optional.empty()).build();
    EuccFixture.ContextParts ctx = cbContext();
    ctx.itsef = Optional.empty();
    accepts(R10_ANNEX_VII_FIELDS, input(cert, ctx));
  }

  @Test
  void r10_ppPackageWithoutPp_refused_EuccAnnexVII_c_9() {
    refuses(R10_ANNEX_VII_FIELDS, input(ppPackage(List.of()), cbContext()));
  }

  @Test
  void r10_ppPackageWithPp_accepted_EuccAnnexVII_c_9() {
    accepts(R10_ANNEX_VII_FIELDS, input(ppPackage(List.of("NDcPP v3.0")), cbContext()));
  }

  private CertificateContent ppPackage(List<String> pps) {
    return SUBSTANTIAL.toBuilder()
        .protectionProfiles(pps)
        .schemePart(
            Optional.of(
                euccPart(AssurancePackageKind.PACKAGE_CONFORMANT_TO_PP, "PP-conformant package")))
        .build();
  }

  // ---- R11, EUCC Art 11, Annex IX ---------------------------------------------------------------

  @Test
  void r11_httpsMarkAndMatchingIdentifier_accepted_EuccArt11() {
    accepts(R11_MARK_LABEL, input(SUBSTANTIAL, cbContext()));
    accepts(R11_MARK_LABEL, input(PROTECTION_PROFILE, nccaContext()));
  }

  @Test
  void r11_noMark_refused_EuccArt11() {
    refuses(R11_MARK_LABEL, withMark(Optional.empty()));
  }

  @Test
  void r11_httpMark_refused_EuccArt11() {
    refuses(R11_MARK_LABEL, withMark(Optional.of("http://certification.enisa.europa.eu/x")));
  }

  @Test
  void r11_markWithoutHost_refused_EuccArt11() {
    refuses(R11_MARK_LABEL, withMark(Optional.of("https:///certificates/x")));
  }

  @Test
  void r11_identifierYearNotOfIssue_refused_EuccArt11_3_b_3() {
    refuses(R11_MARK_LABEL, withId("EUCC-3110-2025-05-0042"));
  }

  @Test
  void r11_identifierMonthNotOfIssue_refused_EuccArt11_3_b_3() {
    refuses(R11_MARK_LABEL, withId("EUCC-3110-2026-06-0042"));
  }

  @Test
  void r11_reissueKeepsTheFirstIssuesYearAndMonth_accepted_EuccArt13_2_c() {
    CertificateContent successor =
        SUBSTANTIAL.toBuilder()
            .id(CertificateId.of("EUCC-3110-2025-05-0042-01"))
            .predecessor(Optional.of(CertificateId.of("EUCC-3110-2025-05-0042")))
            .build();
    accepts(R11_MARK_LABEL, input(successor, cbContext()));
    // a revision without a predecessor is not a re-issue: the year must be the day of issue's
    refuses(R11_MARK_LABEL, withId("EUCC-3110-2025-05-0042-01"));
    // nor does a predecessor excuse an identifier without a revision
    refuses(
        R11_MARK_LABEL,
        input(
            successor.toBuilder().id(CertificateId.of("EUCC-3110-2025-05-0043")).build(),
            cbContext()));
  }

  @Test
  void r11_identifierOfAnotherBody_refused_EuccArt11_3_b_2() {
    refuses(R11_MARK_LABEL, withId("EUCC-3087-2026-05-0042"));
  }

  @Test
  void r11_identifierOfAnotherScheme_refused_EuccArt11_3_b_1() {
    refuses(R11_MARK_LABEL, withId("EUCS-3110-2026-05-0042"));
  }

  @Test
  void r11_identifierWithAccreditationReference_accepted_EuccArt11_3_b_2() {
    BodyReference byAccreditation =
        new BodyReference(
            CB_ID,
            CB_REFERENCE.name(),
            CB_REFERENCE.address(),
            CB_REFERENCE.contact(),
            Optional.of("C0042"),
            Optional.empty());
    CertificateContent cert =
        SUBSTANTIAL.toBuilder()
            .id(CertificateId.of("EUCC-C0042-2026-05-0042-01"))
            .issuer(byAccreditation)
            .build();
    accepts(R11_MARK_LABEL, input(cert, cbContext()));
  }

  @Test
  void r11_identifierOfAnotherFormat_notRead_EuccArt11() {
    accepts(R11_MARK_LABEL, withId("EUCC-ANSSI-2025-3-1"));
  }

  @Test
  void r11_yearAndMonthOfTheDayOfIssueInBrussels_EuccArt11_3_b_3() {
    // 23:30 UTC on 31 December 2026 is 1 January 2027 in Brussels
    CertificateContent cert =
        SUBSTANTIAL.toBuilder()
            .issuedAt(Instant.parse("2026-12-31T23:30:00Z"))
            .validUntil(LocalDate.of(2031, 12, 31))
            .build();
    accepts(
        R11_MARK_LABEL,
        input(
            cert.toBuilder().id(CertificateId.of("EUCC-3110-2027-01-0001")).build(), cbContext()));
    refuses(
        R11_MARK_LABEL,
        input(
            cert.toBuilder().id(CertificateId.of("EUCC-3110-2026-12-0001")).build(), cbContext()));
  }

  private RuleInput withMark(Optional<String> url) {
    return input(SUBSTANTIAL.toBuilder().markUrl(url).build(), cbContext());
  }

  private RuleInput withId(String id) {
    return input(SUBSTANTIAL.toBuilder().id(CertificateId.of(id)).build(), cbContext());
  }

  // ---- R14, EUCC Art 17(4) ----------------------------------------------------------------------

  @Test
  void r14_ppByTheNcca_accepted_EuccArt17_4() {
    accepts(R14_PP_ISSUER, input(PROTECTION_PROFILE, nccaContext()));
  }

  @Test
  void r14_ppByAPublicBodyAccreditedAsCb_accepted_EuccArt17_4() {
    EuccFixture.ContextParts ctx = cbContext();
    ctx.issuer = certificationBody(true);
    accepts(R14_PP_ISSUER, input(ppByCb(List.of()), ctx));
  }

  @Test
  void r14_ppByCbWithPriorApproval_accepted_EuccArt17_4() {
    CertificateContent cert = ppByCb(List.of("NL-PP-1"));
    accepts(R14_PP_ISSUER, input(cert, withPpApproval(cert.id())));
  }

  @Test
  void r14_ppByPrivateCbWithoutApproval_refused_EuccArt17_4() {
    refuses(R14_PP_ISSUER, input(ppByCb(List.of()), cbContext()));
  }

  @Test
  void r14_approvalForAnotherPp_refused_EuccArt17_4() {
    CertificateContent cert = ppByCb(List.of("NL-PP-1"));
    refuses(R14_PP_ISSUER, input(cert, withPpApproval(CertificateId.of("EUCC-3110-2026-07-0099"))));
  }

  @Test
  void r14_productByPrivateCb_notConcerned_EuccArt17_4() {
    accepts(R14_PP_ISSUER, input(SUBSTANTIAL, cbContext()));
  }

  private CertificateContent ppByCb(List<String> approvals) {
    return PROTECTION_PROFILE.toBuilder()
        .id(CertificateId.of("EUCC-3110-2026-07-0008"))
        .issuer(CB_REFERENCE)
        .approvals(approvals)
        .build();
  }

  private EuccFixture.ContextParts withPpApproval(CertificateId id) {
    EuccFixture.ContextParts ctx = cbContext();
    ctx.approvals.add(
        approval(
            ApprovalKind.PROTECTION_PROFILE_PRIOR_APPROVAL,
            "NL-PP-1",
            id,
            Optional.empty(),
            Optional.empty()));
    return ctx;
  }
}
