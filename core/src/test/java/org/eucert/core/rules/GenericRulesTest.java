/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.rules;

import static org.eucert.core.model.AssuranceLevel.BASIC;
import static org.eucert.core.model.AssuranceLevel.HIGH;
import static org.eucert.core.model.AssuranceLevel.SUBSTANTIAL;
import static org.eucert.core.rules.GenericRules.AUTHORISATION;
import static org.eucert.core.rules.GenericRules.EVALUATION_LEVEL;
import static org.eucert.core.rules.GenericRules.HIGH_ISSUER;
import static org.eucert.core.rules.GenericRules.ISSUER_ACCREDITED;
import static org.eucert.core.rules.GenericRules.ISSUER_IDENTITY;
import static org.eucert.core.rules.GenericRules.ISSUER_KIND;
import static org.eucert.core.rules.GenericRules.ISSUER_NOTIFIED;
import static org.eucert.core.rules.GenericRules.LEVEL_OFFERED;
import static org.eucert.core.rules.GenericRules.MANDATORY_FIELDS;
import static org.eucert.core.rules.GenericRules.MAX_VALIDITY;
import static org.eucert.core.rules.GenericRules.SCHEME_ADOPTED;
import static org.eucert.core.rules.GenericRules.SCHEME_MATCH;
import static org.eucert.core.rules.GenericRules.SELF_ASSESSMENT;
import static org.eucert.core.rules.GenericRules.STANDARDS;
import static org.eucert.core.testing.TestClocks.brussels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eucert.core.model.Accreditation;
import org.eucert.core.model.AccreditationStatus;
import org.eucert.core.model.Approval;
import org.eucert.core.model.ApprovalKind;
import org.eucert.core.model.ApprovalStatus;
import org.eucert.core.model.AssuranceLevel;
import org.eucert.core.model.Attestation;
import org.eucert.core.model.AuthorisationStatus;
import org.eucert.core.model.Body;
import org.eucert.core.model.CertificateContent;
import org.eucert.core.model.CertificateId;
import org.eucert.core.model.ConformityRoute;
import org.eucert.core.model.DelegationStatus;
import org.eucert.core.model.EvaluationActivity;
import org.eucert.core.model.Holder;
import org.eucert.core.model.IssuerKind;
import org.eucert.core.model.LevelRule;
import org.eucert.core.model.NotificationStatus;
import org.eucert.core.model.SchemeId;
import org.eucert.core.model.SchemeStatus;
import org.eucert.core.model.SchemeVersion;
import org.eucert.core.model.StandardReference;
import org.eucert.core.model.StatementOfConformity;
import org.eucert.core.testing.GenericTestScheme;
import org.eucert.core.testing.TestBodies;
import org.eucert.core.testing.TestClocks;
import org.eucert.core.time.Timeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generic rules through {@code RuleEngine.forProfile(Optional.empty())} under {@link
 * GenericTestScheme}: a valid attestation has no finding, and each change that the law forbids
 * gives exactly the findings expected, by code (never by message). Test names cite the article.
 */
class GenericRulesTest {
  private static final RuleEngine ENGINE = RuleEngine.forProfile(Optional.empty());
  private static final CertificateId ID = GenericTestScheme.CERTIFICATE_ID;
  private static final Instant ISSUE = TestClocks.ISSUE;
  private static final LocalDate ISSUE_DAY = TestClocks.ISSUE_DAY;

  // ---- helpers

  private static RuleReport report(SchemeVersion scheme, Attestation a, IssuingContext ctx) {
    return ENGINE.evaluate(new RuleInput(scheme, a, ctx));
  }

  /** The codes found, checking that the report refuses exactly when an error was found. */
  private static Set<String> codes(SchemeVersion scheme, Attestation a, IssuingContext ctx) {
    RuleReport r = report(scheme, a, ctx);
    Set<String> codes =
        r.findings().stream().map(f -> f.code().value()).collect(Collectors.toSet());
    assertEquals(r.errors().isEmpty(), r.isAccepted());
    assertEquals(codes.isEmpty(), r.isAccepted(), "every generic rule is an ERROR");
    return codes;
  }

  private static Set<String> codes(Attestation a, IssuingContext ctx) {
    return codes(GenericTestScheme.scheme(), a, ctx);
  }

  private static Set<String> codes(CertificateContent.Builder c, IssuingContext.Builder ctx) {
    return codes(c.build(), ctx.build());
  }

  private static Body cab() {
    return TestBodies.cab();
  }

  /** A SUBSTANTIAL certificate by the CAB, valid at {@link TestClocks#ISSUE}. */
  private static CertificateContent.Builder substantial() {
    return GenericTestScheme.certificate(cab(), SUBSTANTIAL);
  }

  /** The CAB accredited and notified throughout. */
  private static IssuingContext.Builder cabContext() {
    return TestBodies.accreditedAndNotified(cab());
  }

  private static CertificateContent.Builder highBy(Body issuer) {
    return GenericTestScheme.certificate(issuer, HIGH);
  }

  /** The CAB accredited, notified, authorised and holding a general delegation. */
  private static IssuingContext.Builder delegatedCab() {
    return TestBodies.authorised(cab()).addDelegation(TestBodies.delegation(TestBodies.CAB));
  }

  private static Approval approval(
      ApprovalKind kind,
      String ref,
      Optional<CertificateId> certificate,
      Optional<LocalDate> maxValidUntil,
      Timeline<ApprovalStatus> status) {
    return TestBodies.approval(kind, ref, TestBodies.CAB, certificate, maxValidUntil, status);
  }

  private static Approval priorApproval(Timeline<ApprovalStatus> status) {
    return approval(
        ApprovalKind.PRIOR_APPROVAL_HIGH, "PA-1", Optional.of(ID), Optional.empty(), status);
  }

  private static Approval extension(LocalDate until, Timeline<ApprovalStatus> status) {
    return approval(
        ApprovalKind.VALIDITY_EXTENSION, "VE-1", Optional.of(ID), Optional.of(until), status);
  }

  private static SchemeVersion schemeWithStatus(Timeline<SchemeStatus> status) {
    return GenericTestScheme.builder().statusHistory(status).build();
  }

  private static SchemeVersion schemeWithLevels(LevelRule... levels) {
    return GenericTestScheme.builder(List.of(levels), true).build();
  }

  private static LevelRule level(
      AssuranceLevel level, Set<ConformityRoute> routes, Set<IssuerKind> issuers) {
    return new LevelRule(
        level,
        routes,
        issuers,
        Optional.of(GenericTestScheme.MAX_VALIDITY),
        EvaluationActivity.minimumFor(level),
        false);
  }

  private static Timeline<AccreditationStatus> accreditationActive() {
    return Timeline.starting(AccreditationStatus.ACTIVE, TestClocks.RECORDS_LISTED);
  }

  private static IssuingContext.Builder cabWithAccreditation(Accreditation a) {
    return IssuingContext.builder()
        .issuer(cab())
        .addAccreditation(a)
        .addNotification(TestBodies.notification(TestBodies.CAB));
  }

  private static IssuingContext.Builder cabWithNotification(
      Optional<String> version, Set<AssuranceLevel> levels, Timeline<NotificationStatus> status) {
    return IssuingContext.builder()
        .issuer(cab())
        .addAccreditation(TestBodies.accreditation(TestBodies.CAB))
        .addNotification(TestBodies.notification(TestBodies.CAB, version, levels, status));
  }

  // ---- valid attestations

  @Test
  void validCertificates_atEachLevel_noFindings() {
    assertEquals(Set.of(), codes(GenericTestScheme.certificate(cab(), BASIC), cabContext()));
    assertEquals(Set.of(), codes(substantial(), cabContext()));
    assertEquals(
        Set.of(),
        codes(highBy(TestBodies.ncca()), TestBodies.accreditedAndNotified(TestBodies.ncca())));
    assertEquals(Set.of(), codes(highBy(cab()), delegatedCab()));
  }

  @Test
  void validStatement_noFindings_CSA_53() {
    assertEquals(Set.of(), codes(GenericTestScheme.statement(), IssuingContext.selfDeclared()));
  }

  // ---- CSA-49-SCHEME-ADOPTED

  @Test
  void candidateScheme_withoutPilot_refused_CSA_49_7() {
    SchemeVersion candidate =
        schemeWithStatus(Timeline.starting(SchemeStatus.CANDIDATE, TestClocks.SCHEME_CANDIDATE));
    assertEquals(
        Set.of(SCHEME_ADOPTED), codes(candidate, substantial().build(), cabContext().build()));
  }

  @Test
  void candidateScheme_withPilotOptIn_accepted_CSA_49_7() {
    SchemeVersion candidate =
        schemeWithStatus(Timeline.starting(SchemeStatus.CANDIDATE, TestClocks.SCHEME_CANDIDATE));
    assertEquals(
        Set.of(),
        codes(
            candidate, substantial().build(), cabContext().allowCandidateSchemeForPilot().build()));
  }

  @Test
  void schemeAdoptedOnlyAfterIssue_refused_pointInTime_CSA_49_7() {
    SchemeVersion adoptedLater =
        schemeWithStatus(
            Timeline.starting(SchemeStatus.CANDIDATE, TestClocks.SCHEME_CANDIDATE)
                .then(SchemeStatus.ADOPTED, ISSUE.plusNanos(1_000)));
    assertEquals(
        Set.of(SCHEME_ADOPTED), codes(adoptedLater, substantial().build(), cabContext().build()));
    assertEquals(
        Set.of(),
        codes(
            adoptedLater,
            substantial().issuedAt(ISSUE.plusNanos(1_000)).build(),
            cabContext().build()));
  }

  @Test
  void schemeNotYetListed_refused_evenForAPilot_CSA_49_7() {
    SchemeVersion later =
        schemeWithStatus(Timeline.starting(SchemeStatus.CANDIDATE, TestClocks.AFTER_ISSUE));
    assertEquals(
        Set.of(SCHEME_ADOPTED),
        codes(later, substantial().build(), cabContext().allowCandidateSchemeForPilot().build()));
  }

  @Test
  void schemeInPreparation_acceptedOnlyForAPilot_CSA_49_7() {
    SchemeVersion s =
        schemeWithStatus(
            Timeline.starting(SchemeStatus.IN_PREPARATION, TestClocks.SCHEME_CANDIDATE));
    assertEquals(
        Set.of(),
        codes(s, substantial().build(), cabContext().allowCandidateSchemeForPilot().build()));
    assertEquals(Set.of(SCHEME_ADOPTED), codes(s, substantial().build(), cabContext().build()));
  }

  @Test
  void adoptedScheme_beforeItsApplicationDate_refused_CSA_49_7() {
    java.time.LocalDate issueDay = org.eucert.core.time.LegalTime.dayOf(ISSUE);
    SchemeVersion appliesLater =
        GenericTestScheme.builder().applicableFrom(java.util.Optional.of(issueDay.plusDays(1))).build();
    assertEquals(
        Set.of(SCHEME_ADOPTED), codes(appliesLater, substantial().build(), cabContext().build()));
    SchemeVersion appliesThatDay =
        GenericTestScheme.builder().applicableFrom(java.util.Optional.of(issueDay)).build();
    assertEquals(Set.of(), codes(appliesThatDay, substantial().build(), cabContext().build()));
  }

  @Test
  void schemeRequestedOrNoLongerValid_refused_evenForAPilot_CSA_49_7() {
    for (SchemeStatus st : List.of(SchemeStatus.REQUESTED, SchemeStatus.NO_LONGER_VALID)) {
      SchemeVersion s = schemeWithStatus(Timeline.starting(st, TestClocks.SCHEME_CANDIDATE));
      assertEquals(
          Set.of(SCHEME_ADOPTED),
          codes(s, substantial().build(), cabContext().allowCandidateSchemeForPilot().build()),
          st::toString);
    }
  }

  @Test
  void schemeNoLongerValidAfterIssue_accepted_pointInTime_CSA_49_7() {
    SchemeVersion ended =
        schemeWithStatus(
            GenericTestScheme.status().then(SchemeStatus.NO_LONGER_VALID, TestClocks.AFTER_ISSUE));
    assertEquals(Set.of(), codes(ended, substantial().build(), cabContext().build()));
  }

  @Test
  void statementUnderACandidateScheme_refused_CSA_49_7() {
    SchemeVersion candidate =
        schemeWithStatus(Timeline.starting(SchemeStatus.CANDIDATE, TestClocks.SCHEME_CANDIDATE));
    assertEquals(
        Set.of(SCHEME_ADOPTED),
        codes(candidate, GenericTestScheme.statement(), IssuingContext.selfDeclared()));
  }

  // ---- CSA-54-SCHEME-MATCH

  @Test
  void otherSchemeVersion_refused_CSA_54_1_p() {
    assertEquals(
        Set.of(SCHEME_MATCH),
        codes(substantial().scheme(GenericTestScheme.ID, "0.9"), cabContext()));
  }

  @Test
  void otherScheme_refused_CSA_54_1_p() {
    // the CAB's accreditation and notification are for GTS, so they do not cover it either
    assertEquals(
        Set.of(SCHEME_MATCH, ISSUER_ACCREDITED, ISSUER_NOTIFIED),
        codes(substantial().scheme(SchemeId.of("EUCS"), GenericTestScheme.VERSION), cabContext()));
  }

  // ---- CSA-52-LEVEL-OFFERED

  @Test
  void levelNotOffered_refused_CSA_52_1() {
    SchemeVersion noHigh =
        schemeWithLevels(GenericTestScheme.basic(), GenericTestScheme.substantial());
    // the scheme has no evaluation level for HIGH either
    assertEquals(
        Set.of(LEVEL_OFFERED, EVALUATION_LEVEL),
        codes(noHigh, highBy(cab()).build(), delegatedCab().build()));
  }

  @Test
  void levelOfferedForSelfAssessmentOnly_certificateRefused_CSA_52_1() {
    SchemeVersion selfOnly =
        schemeWithLevels(
            level(BASIC, EnumSet.of(ConformityRoute.SELF_ASSESSMENT), Set.of()),
            GenericTestScheme.substantial());
    assertEquals(
        Set.of(LEVEL_OFFERED, ISSUER_KIND),
        codes(selfOnly, GenericTestScheme.certificate(cab(), BASIC).build(), cabContext().build()));
    assertEquals(
        Set.of(), codes(selfOnly, GenericTestScheme.statement(), IssuingContext.selfDeclared()));
  }

  // ---- CSA-53-SELF-ASSESSMENT

  @Test
  void statementUnderASchemeWithoutSelfAssessment_refused_CSA_53_1() {
    SchemeVersion noSelf =
        schemeWithLevels(
            level(
                BASIC,
                EnumSet.of(ConformityRoute.THIRD_PARTY_CERTIFICATION),
                EnumSet.of(IssuerKind.ACCREDITED_CAB)),
            GenericTestScheme.substantial());
    assertEquals(
        Set.of(SELF_ASSESSMENT),
        codes(noSelf, GenericTestScheme.statement(), IssuingContext.selfDeclared()));
    // certificates are not concerned
    assertEquals(
        Set.of(),
        codes(noSelf, GenericTestScheme.certificate(cab(), BASIC).build(), cabContext().build()));
  }

  @Test
  void statementUnderASchemeWithoutBasic_refused_CSA_53_1() {
    SchemeVersion noBasic =
        schemeWithLevels(GenericTestScheme.substantial(), GenericTestScheme.high());
    assertEquals(
        Set.of(SELF_ASSESSMENT),
        codes(noBasic, GenericTestScheme.statement(), IssuingContext.selfDeclared()));
  }

  @Test
  void statementAtSubstantial_cannotEvenBeMade_CSA_53_1() {
    StatementOfConformity basic = GenericTestScheme.statement();
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new StatementOfConformity(
                basic.id(),
                basic.scheme(),
                basic.schemeVersion(),
                basic.object(),
                basic.manufacturer(),
                SUBSTANTIAL,
                basic.standards(),
                basic.issuedAt(),
                basic.documentationAvailableUntil(),
                basic.copySentToNcca(),
                basic.copySentToEnisa()));
  }

  // ---- CSA-52-8-EVALUATION-LEVEL

  @Test
  void unknownEvaluationLevel_refused_CSA_52_8() {
    assertEquals(
        Set.of(EVALUATION_LEVEL),
        codes(substantial().evaluationLevel(Optional.of("GTS-E9")), cabContext()));
  }

  @Test
  void evaluationLevelOfAnotherAssuranceLevel_refused_CSA_52_8() {
    assertEquals(
        Set.of(EVALUATION_LEVEL),
        codes(
            substantial().evaluationLevel(Optional.of(GenericTestScheme.EVAL_HIGH)), cabContext()));
  }

  @Test
  void noEvaluationLevel_whereTheSchemeDefinesThem_refused_CSA_52_8() {
    // the scheme also makes the field mandatory
    assertEquals(
        Set.of(EVALUATION_LEVEL, MANDATORY_FIELDS),
        codes(substantial().evaluationLevel(Optional.empty()), cabContext()));
  }

  @Test
  void evaluationLevel_underASchemeWithoutThem_refused_CSA_52_8() {
    SchemeVersion none =
        GenericTestScheme.builder(
                List.of(
                    GenericTestScheme.basic(),
                    GenericTestScheme.substantial(),
                    GenericTestScheme.high()),
                false)
            .build();
    assertEquals(
        Set.of(EVALUATION_LEVEL), codes(none, substantial().build(), cabContext().build()));
    assertEquals(
        Set.of(),
        codes(none, substantial().evaluationLevel(Optional.empty()).build(), cabContext().build()));
  }

  // ---- CSA-54-1-C-STANDARDS

  @Test
  void standardOnItsLastDayInBrussels_accepted_CSA_54_1_c() {
    Instant lastMicro = brussels("2026-12-31T23:59:59.999999");
    assertEquals(Instant.parse("2026-12-31T22:59:59.999999Z"), lastMicro);
    assertEquals(
        Set.of(),
        codes(
            substantial().standards(List.of(GenericTestScheme.LEGACY_STANDARD)).issuedAt(lastMicro),
            cabContext()));
  }

  @Test
  void standardAfterItsLastDay_refused_CSA_54_1_c() {
    // 23:00 UTC on 31 December is already 1 January in Brussels
    assertEquals(
        Set.of(STANDARDS),
        codes(
            substantial()
                .standards(List.of(GenericTestScheme.STANDARD, GenericTestScheme.LEGACY_STANDARD))
                .issuedAt(Instant.parse("2026-12-31T23:00:00Z")),
            cabContext()));
  }

  @Test
  void standardBeforeItsFirstDay_refused_CSA_54_1_c() {
    SchemeVersion s =
        GenericTestScheme.builder()
            .addStandard(
                new StandardReference(
                    "GTS-NEXT",
                    "Next test standard",
                    Optional.of(ISSUE_DAY.plusDays(1)),
                    Optional.empty(),
                    Optional.empty()))
            .build();
    assertEquals(
        Set.of(STANDARDS),
        codes(s, substantial().standards(List.of("GTS-NEXT")).build(), cabContext().build()));
  }

  @Test
  void standardNotOfTheScheme_refused_CSA_54_1_c() {
    assertEquals(
        Set.of(STANDARDS), codes(substantial().standards(List.of("ISO/IEC 15408")), cabContext()));
  }

  @Test
  void statementApplyingAStandardAfterItsLastDay_refused_CSA_54_1_c() {
    StatementOfConformity s = GenericTestScheme.statement();
    StatementOfConformity late =
        new StatementOfConformity(
            s.id(),
            s.scheme(),
            s.schemeVersion(),
            s.object(),
            s.manufacturer(),
            BASIC,
            List.of(GenericTestScheme.LEGACY_STANDARD),
            brussels("2027-01-01T00:00"),
            s.documentationAvailableUntil(),
            Optional.empty(),
            Optional.empty());
    assertEquals(Set.of(STANDARDS), codes(late, IssuingContext.selfDeclared()));
  }

  // ---- CSA-54-1-P-MANDATORY-FIELDS

  @Test
  void missingMandatoryField_refused_CSA_54_1_p() {
    assertEquals(
        Set.of(MANDATORY_FIELDS),
        codes(substantial().certificationReport(Optional.empty()), cabContext()));
    assertEquals(
        Set.of(MANDATORY_FIELDS),
        codes(substantial().responsibleNcca(Optional.empty()), cabContext()));
    assertEquals(
        Set.of(MANDATORY_FIELDS), codes(substantial().holder(Holder.named("Maker")), cabContext()));
  }

  @Test
  void missingOptionalField_accepted_CSA_54_1_p() {
    assertEquals(Set.of(), codes(substantial().markUrl(Optional.empty()), cabContext()));
  }

  // ---- CSA-54-1-R-MAX-VALIDITY

  @Test
  void validityToTheSameDateThreeYearsLater_accepted_CSA_54_1_r() {
    assertEquals(Set.of(), codes(substantial().validUntil(LocalDate.of(2029, 5, 1)), cabContext()));
  }

  @Test
  void validityOneDayBeyondTheMaximum_refused_CSA_54_1_r() {
    assertEquals(
        Set.of(MAX_VALIDITY),
        codes(substantial().validUntil(LocalDate.of(2029, 5, 2)), cabContext()));
  }

  @Test
  void validity_countsFromTheDayOfIssueInBrussels_CSA_54_1_r() {
    LocalDate end = LocalDate.of(2029, 5, 1);
    // 22:30 UTC on 30 April is 1 May in Brussels: three years run to 1 May 2029
    assertEquals(
        Set.of(),
        codes(
            substantial().issuedAt(Instant.parse("2026-04-30T22:30:00Z")).validUntil(end),
            cabContext()));
    // 21:30 UTC is still 30 April in Brussels: three years run to 30 April 2029
    assertEquals(
        Set.of(MAX_VALIDITY),
        codes(
            substantial().issuedAt(Instant.parse("2026-04-30T21:30:00Z")).validUntil(end),
            cabContext()));
  }

  @Test
  void validity_fromALeapDay_endsOnTheLastDayOfFebruary_Reg_1182_71_Art_3() {
    Instant leap = brussels("2028-02-29T12:00");
    assertEquals(
        Set.of(),
        codes(substantial().issuedAt(leap).validUntil(LocalDate.of(2031, 2, 28)), cabContext()));
    assertEquals(
        Set.of(MAX_VALIDITY),
        codes(substantial().issuedAt(leap).validUntil(LocalDate.of(2031, 3, 1)), cabContext()));
  }

  @Test
  void validityBeyondTheMaximum_withACitedGrantedExtension_accepted_EUCC_12() {
    assertEquals(
        Set.of(),
        codes(
            substantial().validUntil(LocalDate.of(2031, 5, 1)).approvals(List.of("VE-1")),
            cabContext()
                .addApproval(
                    extension(LocalDate.of(2031, 5, 1), TestBodies.grantedBeforeIssue()))));
  }

  @Test
  void validityBeyondTheApprovedExtension_refused_EUCC_12() {
    assertEquals(
        Set.of(MAX_VALIDITY),
        codes(
            substantial().validUntil(LocalDate.of(2031, 5, 2)).approvals(List.of("VE-1")),
            cabContext()
                .addApproval(
                    extension(LocalDate.of(2031, 5, 1), TestBodies.grantedBeforeIssue()))));
  }

  @Test
  void extensionNotCited_refused_EUCC_12() {
    assertEquals(
        Set.of(MAX_VALIDITY),
        codes(
            substantial().validUntil(LocalDate.of(2030, 5, 1)),
            cabContext()
                .addApproval(
                    extension(LocalDate.of(2031, 5, 1), TestBodies.grantedBeforeIssue()))));
  }

  @Test
  void extensionRevokedBeforeIssue_refused_EUCC_12() {
    Timeline<ApprovalStatus> revoked =
        TestBodies.grantedBeforeIssue().then(ApprovalStatus.REVOKED, ISSUE.minusSeconds(1));
    assertEquals(
        Set.of(MAX_VALIDITY),
        codes(
            substantial().validUntil(LocalDate.of(2030, 5, 1)).approvals(List.of("VE-1")),
            cabContext().addApproval(extension(LocalDate.of(2031, 5, 1), revoked))));
  }

  @Test
  void extensionRevokedAfterIssue_accepted_pointInTime_EUCC_12() {
    Timeline<ApprovalStatus> revokedLater =
        TestBodies.grantedBeforeIssue().then(ApprovalStatus.REVOKED, TestClocks.AFTER_ISSUE);
    assertEquals(
        Set.of(),
        codes(
            substantial().validUntil(LocalDate.of(2030, 5, 1)).approvals(List.of("VE-1")),
            cabContext().addApproval(extension(LocalDate.of(2031, 5, 1), revokedLater))));
  }

  @Test
  void extensionGrantedOnlyAfterIssue_refused_EUCC_12() {
    assertEquals(
        Set.of(MAX_VALIDITY),
        codes(
            substantial().validUntil(LocalDate.of(2030, 5, 1)).approvals(List.of("VE-1")),
            cabContext()
                .addApproval(
                    extension(
                        LocalDate.of(2031, 5, 1),
                        Timeline.starting(ApprovalStatus.GRANTED, TestClocks.AFTER_ISSUE)))));
  }

  @Test
  void extensionForAnotherCertificate_refused_EUCC_12() {
    Approval other =
        approval(
            ApprovalKind.VALIDITY_EXTENSION,
            "VE-1",
            Optional.of(CertificateId.of("GTS-3110-2026-05-0002")),
            Optional.of(LocalDate.of(2031, 5, 1)),
            TestBodies.grantedBeforeIssue());
    assertEquals(
        Set.of(MAX_VALIDITY),
        codes(
            substantial().validUntil(LocalDate.of(2030, 5, 1)).approvals(List.of("VE-1")),
            cabContext().addApproval(other)));
  }

  @Test
  void citedPriorApproval_isNoValidityExtension_EUCC_12() {
    assertEquals(
        Set.of(MAX_VALIDITY),
        codes(
            substantial().validUntil(LocalDate.of(2030, 5, 1)).approvals(List.of("PA-1")),
            cabContext().addApproval(priorApproval(TestBodies.grantedBeforeIssue()))));
  }

  @Test
  void levelWithoutAMaximum_anyValidityAccepted_CSA_54_1_r() {
    LevelRule unlimited =
        new LevelRule(
            SUBSTANTIAL,
            EnumSet.of(ConformityRoute.THIRD_PARTY_CERTIFICATION),
            EnumSet.of(IssuerKind.ACCREDITED_CAB),
            Optional.empty(),
            EvaluationActivity.minimumFor(SUBSTANTIAL),
            false);
    assertEquals(
        Set.of(),
        codes(
            schemeWithLevels(unlimited),
            substantial().validUntil(LocalDate.of(2046, 5, 1)).build(),
            cabContext().build()));
  }

  // ---- CSA-56-ISSUER-IDENTITY

  @Test
  void certificateNamingAnotherIssuer_refused_CSA_56_4() {
    assertEquals(
        Set.of(ISSUER_IDENTITY),
        codes(substantial().issuer(TestBodies.reference(TestBodies.otherCab())), cabContext()));
  }

  @Test
  void noIssuingBodyKnown_refused_CSA_56_4() {
    assertEquals(Set.of(ISSUER_IDENTITY), codes(substantial(), IssuingContext.builder()));
  }

  @Test
  void itsefAsIssuer_refused_CSA_56_4() {
    Body itsef = TestBodies.itsef();
    assertEquals(
        Set.of(ISSUER_IDENTITY, ISSUER_KIND),
        codes(
            GenericTestScheme.certificate(itsef, SUBSTANTIAL),
            TestBodies.accreditedAndNotified(itsef)));
  }

  // ---- CSA-60-ISSUER-ACCREDITED

  @Test
  void accreditationExpiredTheDayBeforeIssue_refused_CSA_60_4() {
    Accreditation expired =
        TestBodies.accreditation(
            TestBodies.CAB,
            TestClocks.RECORDS_FROM,
            ISSUE_DAY.minusDays(1),
            accreditationActive(),
            Set.of());
    assertEquals(Set.of(ISSUER_ACCREDITED), codes(substantial(), cabWithAccreditation(expired)));
  }

  @Test
  void accreditationEndingOnTheDayOfIssue_accepted_CSA_60_4() {
    Accreditation lastDay =
        TestBodies.accreditation(
            TestBodies.CAB, TestClocks.RECORDS_FROM, ISSUE_DAY, accreditationActive(), Set.of());
    assertEquals(Set.of(), codes(substantial(), cabWithAccreditation(lastDay)));
  }

  @Test
  void accreditationStartingAfterIssue_refused_CSA_60_1() {
    Accreditation future =
        TestBodies.accreditation(
            TestBodies.CAB,
            ISSUE_DAY.plusDays(1),
            TestClocks.RECORDS_UNTIL,
            accreditationActive(),
            Set.of());
    assertEquals(Set.of(ISSUER_ACCREDITED), codes(substantial(), cabWithAccreditation(future)));
  }

  @Test
  void accreditationSuspendedAtIssue_refused_CSA_60_4() {
    Accreditation suspended =
        TestBodies.accreditation(
            TestBodies.CAB,
            TestClocks.RECORDS_FROM,
            TestClocks.RECORDS_UNTIL,
            accreditationActive().then(AccreditationStatus.SUSPENDED, TestClocks.BEFORE_ISSUE),
            Set.of());
    assertEquals(Set.of(ISSUER_ACCREDITED), codes(substantial(), cabWithAccreditation(suspended)));
  }

  @Test
  void accreditationSuspendedAfterIssue_accepted_pointInTime_CSA_60_4() {
    Accreditation suspendedLater =
        TestBodies.accreditation(
            TestBodies.CAB,
            TestClocks.RECORDS_FROM,
            TestClocks.RECORDS_UNTIL,
            accreditationActive().then(AccreditationStatus.SUSPENDED, ISSUE.plusNanos(1_000)),
            Set.of());
    assertEquals(Set.of(), codes(substantial(), cabWithAccreditation(suspendedLater)));
  }

  @Test
  void accreditationRevokedBeforeIssue_refused_CSA_60_4() {
    Accreditation revoked =
        TestBodies.accreditation(
            TestBodies.CAB,
            TestClocks.RECORDS_FROM,
            TestClocks.RECORDS_UNTIL,
            accreditationActive().then(AccreditationStatus.REVOKED, TestClocks.BEFORE_ISSUE),
            Set.of());
    assertEquals(Set.of(ISSUER_ACCREDITED), codes(substantial(), cabWithAccreditation(revoked)));
  }

  @Test
  void accreditationForAnotherCategory_refused_CSA_60_1() {
    Accreditation smartcards =
        TestBodies.accreditation(
            TestBodies.CAB,
            TestClocks.RECORDS_FROM,
            TestClocks.RECORDS_UNTIL,
            accreditationActive(),
            Set.of("smartcards"));
    assertEquals(Set.of(ISSUER_ACCREDITED), codes(substantial(), cabWithAccreditation(smartcards)));
  }

  @Test
  void accreditationForAnotherScheme_refused_CSA_60_1() {
    Accreditation other =
        new Accreditation(
            TestBodies.CAB,
            "ACC-EUCC",
            "Test Accreditation Council",
            "ISO/IEC 17065",
            Set.of(SchemeId.of("EUCC")),
            Set.of(),
            TestClocks.RECORDS_FROM,
            TestClocks.RECORDS_UNTIL,
            accreditationActive());
    assertEquals(Set.of(ISSUER_ACCREDITED), codes(substantial(), cabWithAccreditation(other)));
  }

  @Test
  void noAccreditation_refused_CSA_60_1() {
    assertEquals(
        Set.of(ISSUER_ACCREDITED),
        codes(
            substantial(),
            IssuingContext.builder()
                .issuer(cab())
                .addNotification(TestBodies.notification(TestBodies.CAB))));
  }

  // ---- CSA-61-ISSUER-NOTIFIED

  @Test
  void notificationWithdrawnBeforeIssue_refused_CSA_61() {
    assertEquals(
        Set.of(ISSUER_NOTIFIED),
        codes(
            substantial(),
            cabWithNotification(
                Optional.empty(),
                EnumSet.allOf(AssuranceLevel.class),
                Timeline.starting(NotificationStatus.NOTIFIED, TestClocks.RECORDS_LISTED)
                    .then(NotificationStatus.WITHDRAWN, ISSUE.minusNanos(1_000)))));
  }

  @Test
  void notificationWithdrawnAfterIssue_accepted_pointInTime_CSA_61() {
    assertEquals(
        Set.of(),
        codes(
            substantial(),
            cabWithNotification(
                Optional.empty(),
                EnumSet.allOf(AssuranceLevel.class),
                Timeline.starting(NotificationStatus.NOTIFIED, TestClocks.RECORDS_LISTED)
                    .then(NotificationStatus.WITHDRAWN, ISSUE.plusNanos(1_000)))));
  }

  @Test
  void notificationSuspendedAtIssue_refused_CSA_61() {
    assertEquals(
        Set.of(ISSUER_NOTIFIED),
        codes(
            substantial(),
            cabWithNotification(
                Optional.empty(),
                EnumSet.allOf(AssuranceLevel.class),
                Timeline.starting(NotificationStatus.NOTIFIED, TestClocks.RECORDS_LISTED)
                    .then(NotificationStatus.SUSPENDED, TestClocks.BEFORE_ISSUE)
                    .then(NotificationStatus.NOTIFIED, TestClocks.AFTER_ISSUE))));
  }

  @Test
  void notificationLimitedToAnotherSchemeVersion_refused_CSA_61_1() {
    Timeline<NotificationStatus> notified =
        Timeline.starting(NotificationStatus.NOTIFIED, TestClocks.RECORDS_LISTED);
    assertEquals(
        Set.of(ISSUER_NOTIFIED),
        codes(
            substantial(),
            cabWithNotification(
                Optional.of("0.9"), EnumSet.allOf(AssuranceLevel.class), notified)));
    assertEquals(
        Set.of(),
        codes(
            substantial(),
            cabWithNotification(
                Optional.of(GenericTestScheme.VERSION),
                EnumSet.allOf(AssuranceLevel.class),
                notified)));
  }

  @Test
  void notificationForOtherLevelsOnly_refused_CSA_61_1() {
    assertEquals(
        Set.of(ISSUER_NOTIFIED),
        codes(
            substantial(),
            cabWithNotification(
                Optional.empty(),
                EnumSet.of(BASIC),
                Timeline.starting(NotificationStatus.NOTIFIED, TestClocks.RECORDS_LISTED))));
  }

  @Test
  void notNotified_refused_CSA_61_1() {
    assertEquals(
        Set.of(ISSUER_NOTIFIED),
        codes(
            substantial(),
            IssuingContext.builder()
                .issuer(cab())
                .addAccreditation(TestBodies.accreditation(TestBodies.CAB))));
  }

  // ---- CSA-56-4-ISSUER

  @Test
  void schemeRestrictedToPublicBodies_privateCab_refused_CSA_56_5() {
    SchemeVersion publicOnly =
        schemeWithLevels(
            level(
                SUBSTANTIAL,
                EnumSet.of(ConformityRoute.THIRD_PARTY_CERTIFICATION),
                EnumSet.of(IssuerKind.NCCA, IssuerKind.PUBLIC_BODY_CAB)));
    assertEquals(
        Set.of(ISSUER_KIND), codes(publicOnly, substantial().build(), cabContext().build()));
  }

  @Test
  void schemeRestrictedToPublicBodies_publicCabOrNcca_accepted_CSA_56_5() {
    SchemeVersion publicOnly =
        schemeWithLevels(
            level(
                SUBSTANTIAL,
                EnumSet.of(ConformityRoute.THIRD_PARTY_CERTIFICATION),
                EnumSet.of(IssuerKind.NCCA, IssuerKind.PUBLIC_BODY_CAB)));
    Body pub = TestBodies.publicCab();
    assertEquals(
        Set.of(),
        codes(
            publicOnly,
            GenericTestScheme.certificate(pub, SUBSTANTIAL).build(),
            TestBodies.accreditedAndNotified(pub).build()));
    Body ncca = TestBodies.ncca();
    assertEquals(
        Set.of(),
        codes(
            publicOnly,
            GenericTestScheme.certificate(ncca, SUBSTANTIAL).build(),
            TestBodies.accreditedAndNotified(ncca).build()));
  }

  // ---- CSA-56-6-HIGH-ISSUER

  @Test
  void highByTheNcca_accepted_CSA_56_6() {
    Body ncca = TestBodies.ncca();
    assertEquals(Set.of(), codes(highBy(ncca), TestBodies.accreditedAndNotified(ncca)));
  }

  @Test
  void highByCabWithGeneralDelegation_accepted_CSA_56_6_b() {
    assertEquals(Set.of(), codes(highBy(cab()), delegatedCab()));
  }

  @Test
  void highByCabWithCitedPriorApproval_accepted_CSA_56_6_a() {
    assertEquals(
        Set.of(),
        codes(
            highBy(cab()).approvals(List.of("PA-1")),
            TestBodies.authorised(cab())
                .addApproval(priorApproval(TestBodies.grantedBeforeIssue()))));
  }

  @Test
  void highIssuer_cabWithoutDelegation_refused_CSA_56_6() {
    assertEquals(Set.of(HIGH_ISSUER), codes(highBy(cab()), TestBodies.authorised(cab())));
  }

  @Test
  void highIssuer_publicCabWithoutDelegation_refused_CSA_56_6() {
    Body pub = TestBodies.publicCab();
    assertEquals(Set.of(HIGH_ISSUER), codes(highBy(pub), TestBodies.authorised(pub)));
  }

  @Test
  void highIssuer_delegationRevokedBeforeIssue_refused_CSA_56_6_b() {
    assertEquals(
        Set.of(HIGH_ISSUER),
        codes(
            highBy(cab()),
            TestBodies.authorised(cab())
                .addDelegation(
                    TestBodies.delegation(
                        TestBodies.CAB,
                        Set.of(),
                        Timeline.starting(DelegationStatus.ACTIVE, TestClocks.RECORDS_LISTED)
                            .then(DelegationStatus.REVOKED, TestClocks.BEFORE_ISSUE)))));
  }

  @Test
  void highIssuer_delegationRevokedAfterIssue_accepted_pointInTime_CSA_56_6_b() {
    assertEquals(
        Set.of(),
        codes(
            highBy(cab()),
            TestBodies.authorised(cab())
                .addDelegation(
                    TestBodies.delegation(
                        TestBodies.CAB,
                        Set.of(),
                        Timeline.starting(DelegationStatus.ACTIVE, TestClocks.RECORDS_LISTED)
                            .then(DelegationStatus.REVOKED, TestClocks.AFTER_ISSUE)))));
  }

  @Test
  void highIssuer_delegationForAnotherCategory_refused_CSA_56_6_b() {
    assertEquals(
        Set.of(HIGH_ISSUER),
        codes(
            highBy(cab()),
            TestBodies.authorised(cab())
                .addDelegation(
                    TestBodies.delegation(
                        TestBodies.CAB,
                        Set.of("smartcards"),
                        Timeline.starting(DelegationStatus.ACTIVE, TestClocks.RECORDS_LISTED)))));
  }

  @Test
  void highIssuer_priorApprovalNotCited_refused_CSA_56_6_a() {
    assertEquals(
        Set.of(HIGH_ISSUER),
        codes(
            highBy(cab()),
            TestBodies.authorised(cab())
                .addApproval(priorApproval(TestBodies.grantedBeforeIssue()))));
  }

  @Test
  void highIssuer_priorApprovalForAnotherCertificate_refused_CSA_56_6_a() {
    Approval other =
        approval(
            ApprovalKind.PRIOR_APPROVAL_HIGH,
            "PA-1",
            Optional.of(CertificateId.of("GTS-3110-2026-05-0002")),
            Optional.empty(),
            TestBodies.grantedBeforeIssue());
    assertEquals(
        Set.of(HIGH_ISSUER),
        codes(
            highBy(cab()).approvals(List.of("PA-1")),
            TestBodies.authorised(cab()).addApproval(other)));
  }

  @Test
  void highIssuer_priorApprovalRevokedBeforeIssue_refused_CSA_56_6_a() {
    assertEquals(
        Set.of(HIGH_ISSUER),
        codes(
            highBy(cab()).approvals(List.of("PA-1")),
            TestBodies.authorised(cab())
                .addApproval(
                    priorApproval(
                        TestBodies.grantedBeforeIssue()
                            .then(ApprovalStatus.REVOKED, ISSUE.minusNanos(1_000))))));
  }

  @Test
  void highIssuer_citedValidityExtensionIsNoPriorApproval_refused_CSA_56_6_a() {
    assertEquals(
        Set.of(HIGH_ISSUER),
        codes(
            highBy(cab()).approvals(List.of("VE-1")),
            TestBodies.authorised(cab())
                .addApproval(
                    extension(LocalDate.of(2031, 5, 1), TestBodies.grantedBeforeIssue()))));
  }

  // ---- CSA-60-3-AUTHORISATION

  @Test
  void authorisationRequired_missing_refused_CSA_60_3() {
    assertEquals(
        Set.of(AUTHORISATION),
        codes(
            highBy(cab()),
            TestBodies.accreditedAndNotified(cab())
                .addDelegation(TestBodies.delegation(TestBodies.CAB))));
  }

  @Test
  void authorisationRequired_expiredBeforeIssue_refused_CSA_60_3() {
    assertEquals(
        Set.of(AUTHORISATION),
        codes(
            highBy(cab()),
            TestBodies.accreditedAndNotified(cab())
                .addDelegation(TestBodies.delegation(TestBodies.CAB))
                .addAuthorisation(
                    TestBodies.authorisation(
                        TestBodies.CAB,
                        ISSUE_DAY.minusDays(1),
                        Set.of(),
                        Timeline.starting(
                            AuthorisationStatus.ACTIVE, TestClocks.RECORDS_LISTED)))));
  }

  @Test
  void authorisationRequired_suspendedAtIssue_refused_CSA_60_3() {
    assertEquals(
        Set.of(AUTHORISATION),
        codes(
            highBy(cab()),
            TestBodies.accreditedAndNotified(cab())
                .addDelegation(TestBodies.delegation(TestBodies.CAB))
                .addAuthorisation(
                    TestBodies.authorisation(
                        TestBodies.CAB,
                        TestClocks.RECORDS_UNTIL,
                        Set.of(),
                        Timeline.starting(AuthorisationStatus.ACTIVE, TestClocks.RECORDS_LISTED)
                            .then(AuthorisationStatus.SUSPENDED, TestClocks.BEFORE_ISSUE)))));
  }

  @Test
  void authorisationRequired_forAnotherCategory_refused_CSA_60_3() {
    assertEquals(
        Set.of(AUTHORISATION),
        codes(
            highBy(cab()),
            TestBodies.accreditedAndNotified(cab())
                .addDelegation(TestBodies.delegation(TestBodies.CAB))
                .addAuthorisation(
                    TestBodies.authorisation(
                        TestBodies.CAB,
                        TestClocks.RECORDS_UNTIL,
                        Set.of("smartcards"),
                        Timeline.starting(
                            AuthorisationStatus.ACTIVE, TestClocks.RECORDS_LISTED)))));
  }

  @Test
  void authorisationRequired_notOfTheNcca_accepted_CSA_60_3() {
    Body ncca = TestBodies.ncca();
    assertEquals(Set.of(), codes(highBy(ncca), TestBodies.accreditedAndNotified(ncca)));
  }

  @Test
  void authorisationNotRequiredAtSubstantial_accepted_CSA_60_3() {
    assertEquals(Set.of(), codes(substantial(), cabContext()));
  }

  // ---- every rule has a refusing case

  /** One refusing input per generic rule code; a new rule without a case fails below. */
  static Map<String, Supplier<RuleInput>> refusingCases() {
    Map<String, Supplier<RuleInput>> m = new LinkedHashMap<>();
    m.put(
        SCHEME_MATCH,
        () ->
            GenericTestScheme.input(
                substantial().scheme(GenericTestScheme.ID, "0.9").build(), cabContext().build()));
    m.put(
        SCHEME_ADOPTED,
        () ->
            new RuleInput(
                schemeWithStatus(
                    Timeline.starting(SchemeStatus.CANDIDATE, TestClocks.SCHEME_CANDIDATE)),
                substantial().build(),
                cabContext().build()));
    m.put(
        LEVEL_OFFERED,
        () ->
            new RuleInput(
                schemeWithLevels(GenericTestScheme.basic(), GenericTestScheme.substantial()),
                highBy(cab()).build(),
                delegatedCab().build()));
    m.put(
        SELF_ASSESSMENT,
        () ->
            new RuleInput(
                schemeWithLevels(GenericTestScheme.substantial()),
                GenericTestScheme.statement(),
                IssuingContext.selfDeclared()));
    m.put(
        EVALUATION_LEVEL,
        () ->
            GenericTestScheme.input(
                substantial().evaluationLevel(Optional.of("GTS-E9")).build(),
                cabContext().build()));
    m.put(
        STANDARDS,
        () ->
            GenericTestScheme.input(
                substantial().standards(List.of("NOPE")).build(), cabContext().build()));
    m.put(
        MANDATORY_FIELDS,
        () ->
            GenericTestScheme.input(
                substantial().certificationReport(Optional.empty()).build(), cabContext().build()));
    m.put(
        MAX_VALIDITY,
        () ->
            GenericTestScheme.input(
                substantial().validUntil(LocalDate.of(2029, 5, 2)).build(), cabContext().build()));
    m.put(
        ISSUER_IDENTITY,
        () -> GenericTestScheme.input(substantial().build(), IssuingContext.builder().build()));
    m.put(
        ISSUER_ACCREDITED,
        () ->
            GenericTestScheme.input(
                substantial().build(),
                IssuingContext.builder()
                    .issuer(cab())
                    .addNotification(TestBodies.notification(TestBodies.CAB))
                    .build()));
    m.put(
        ISSUER_NOTIFIED,
        () ->
            GenericTestScheme.input(
                substantial().build(),
                IssuingContext.builder()
                    .issuer(cab())
                    .addAccreditation(TestBodies.accreditation(TestBodies.CAB))
                    .build()));
    m.put(
        ISSUER_KIND,
        () ->
            new RuleInput(
                schemeWithLevels(
                    level(
                        SUBSTANTIAL,
                        EnumSet.of(ConformityRoute.THIRD_PARTY_CERTIFICATION),
                        EnumSet.of(IssuerKind.PUBLIC_BODY_CAB))),
                substantial().build(),
                cabContext().build()));
    m.put(
        HIGH_ISSUER,
        () -> GenericTestScheme.input(highBy(cab()).build(), TestBodies.authorised(cab()).build()));
    m.put(
        AUTHORISATION,
        () ->
            GenericTestScheme.input(
                highBy(cab()).build(),
                TestBodies.accreditedAndNotified(cab())
                    .addDelegation(TestBodies.delegation(TestBodies.CAB))
                    .build()));
    return m;
  }

  static Stream<String> genericCodes() {
    return GenericRules.all().stream().map(r -> r.code().value());
  }

  @ParameterizedTest
  @MethodSource("genericCodes")
  void everyGenericRule_hasARefusingCase(String code) {
    Supplier<RuleInput> refusing = refusingCases().get(code);
    assertTrue(refusing != null, () -> "no refusing case for " + code);
    RuleReport r = ENGINE.evaluate(refusing.get());
    assertTrue(r.has(code), () -> code + " not found in " + r.findings());
    assertFalse(r.isAccepted());
    assertTrue(
        r.findings().stream()
            .filter(f -> f.code().value().equals(code))
            .allMatch(f -> f.severity() == Severity.ERROR && !f.message().isBlank()));
  }

  @Test
  void refusingCases_coverExactlyTheGenericRules() {
    assertEquals(genericCodes().collect(Collectors.toSet()), refusingCases().keySet());
  }
}
