/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.testing;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eucert.core.model.AssuranceLevel;
import org.eucert.core.model.Attestation;
import org.eucert.core.model.Body;
import org.eucert.core.model.CertificateContent;
import org.eucert.core.model.CertificateField;
import org.eucert.core.model.CertificateId;
import org.eucert.core.model.CertificateIdPattern;
import org.eucert.core.model.CertifiedObject;
import org.eucert.core.model.CertifiedObjectType;
import org.eucert.core.model.ConformityRoute;
import org.eucert.core.model.EvaluationActivity;
import org.eucert.core.model.EvaluationLevel;
import org.eucert.core.model.Holder;
import org.eucert.core.model.IssuerKind;
import org.eucert.core.model.LevelRule;
import org.eucert.core.model.Requirement;
import org.eucert.core.model.SchemeElement;
import org.eucert.core.model.SchemeId;
import org.eucert.core.model.SchemeStatus;
import org.eucert.core.model.SchemeVersion;
import org.eucert.core.model.SecurityObjective;
import org.eucert.core.model.StandardReference;
import org.eucert.core.model.StatementOfConformity;
import org.eucert.core.rules.IssuingContext;
import org.eucert.core.rules.RuleInput;
import org.eucert.core.time.Timeline;

/**
 * A small generic scheme ({@code GTS 1.0}) with nothing scheme-specific, for rule and model tests,
 * and valid attestations under it.
 *
 * <p>The scheme offers BASIC (certification and self-assessment, issued by accredited CABs),
 * SUBSTANTIAL (certification by accredited CABs) and HIGH (the NCCA, or a CAB with prior approval
 * or a general delegation; NCCA authorisation required), all with a maximum validity of {@link
 * #MAX_VALIDITY three years}; one evaluation level per assurance level; a standard without limits
 * ({@link #STANDARD}) and one applicable until {@link #LEGACY_LAST_DAY} ({@link #LEGACY_STANDARD});
 * all 22 CSA Art 54(1) elements; mandatory certificate fields {@link #MANDATORY_FIELDS}. It is a
 * candidate from {@link TestClocks#SCHEME_CANDIDATE} and adopted from {@link
 * TestClocks#SCHEME_ADOPTED}.
 *
 * <p>{@link #certificate} gives a certificate that every generic rule accepts when issued at {@link
 * TestClocks#ISSUE} by a body with the records of {@link TestBodies#authorised}; tests change one
 * thing and expect exactly one rule to object.
 *
 * <p>Stateless; each call returns fresh builders.
 */
public final class GenericTestScheme {
  /** The scheme id. */
  public static final SchemeId ID = SchemeId.of("GTS");

  /** The scheme version. */
  public static final String VERSION = "1.0";

  /** The maximum validity at every level (CSA Art 54(1)(r)). */
  public static final Period MAX_VALIDITY = Period.ofYears(3);

  /** A standard certificates may apply on any day. */
  public static final String STANDARD = "GTS-STD";

  /** A standard certificates may apply only when issued until {@link #LEGACY_LAST_DAY}. */
  public static final String LEGACY_STANDARD = "GTS-LEGACY";

  /** The last day of issue on which {@link #LEGACY_STANDARD} may be applied (inclusive). */
  public static final LocalDate LEGACY_LAST_DAY = LocalDate.of(2026, 12, 31);

  /** The evaluation level mapped to BASIC. */
  public static final String EVAL_BASIC = "GTS-E1";

  /** The evaluation level mapped to SUBSTANTIAL. */
  public static final String EVAL_SUBSTANTIAL = "GTS-E2";

  /** The evaluation level mapped to HIGH. */
  public static final String EVAL_HIGH = "GTS-E3";

  /** The product category of the default certified object. */
  public static final String CATEGORY = "routers";

  /** The id of the default certificate. */
  public static final CertificateId CERTIFICATE_ID = CertificateId.of("GTS-3110-2026-05-0001");

  /** The fields the scheme makes mandatory. */
  public static final Set<CertificateField> MANDATORY_FIELDS =
      Set.of(
          CertificateField.HOLDER_SUPPLEMENTARY_INFO_URL,
          CertificateField.CERTIFICATION_REPORT,
          CertificateField.RESPONSIBLE_NCCA,
          CertificateField.EVALUATION_LEVEL,
          CertificateField.STANDARDS);

  private GenericTestScheme() {}

  /** BASIC: certification and self-assessment; accredited CABs issue. */
  public static LevelRule basic() {
    return new LevelRule(
        AssuranceLevel.BASIC,
        EnumSet.of(ConformityRoute.THIRD_PARTY_CERTIFICATION, ConformityRoute.SELF_ASSESSMENT),
        EnumSet.of(IssuerKind.ACCREDITED_CAB),
        Optional.of(MAX_VALIDITY),
        EvaluationActivity.minimumFor(AssuranceLevel.BASIC),
        false);
  }

  /** SUBSTANTIAL: certification by accredited CABs. */
  public static LevelRule substantial() {
    return new LevelRule(
        AssuranceLevel.SUBSTANTIAL,
        EnumSet.of(ConformityRoute.THIRD_PARTY_CERTIFICATION),
        EnumSet.of(IssuerKind.ACCREDITED_CAB),
        Optional.of(MAX_VALIDITY),
        EvaluationActivity.minimumFor(AssuranceLevel.SUBSTANTIAL),
        false);
  }

  /** HIGH: the issuers CSA Art 56(6) allows; NCCA authorisation required. */
  public static LevelRule high() {
    return new LevelRule(
        AssuranceLevel.HIGH,
        EnumSet.of(ConformityRoute.THIRD_PARTY_CERTIFICATION),
        EnumSet.of(
            IssuerKind.NCCA,
            IssuerKind.CAB_WITH_PRIOR_APPROVAL,
            IssuerKind.CAB_WITH_GENERAL_DELEGATION),
        Optional.of(MAX_VALIDITY),
        EvaluationActivity.minimumFor(AssuranceLevel.HIGH),
        true);
  }

  /**
   * Candidate from {@link TestClocks#SCHEME_CANDIDATE}, adopted from {@link
   * TestClocks#SCHEME_ADOPTED}.
   */
  public static Timeline<SchemeStatus> status() {
    return Timeline.starting(SchemeStatus.CANDIDATE, TestClocks.SCHEME_CANDIDATE)
        .then(SchemeStatus.ADOPTED, TestClocks.SCHEME_ADOPTED);
  }

  /** The evaluation level with that code and rank, mapped to {@code level}. */
  public static EvaluationLevel evaluationLevel(String code, int rank, AssuranceLevel level) {
    return new EvaluationLevel(code, rank, level, false, Optional.empty());
  }

  /** A builder holding the whole scheme, to derive variants from. */
  public static SchemeVersion.Builder builder() {
    return builder(List.of(basic(), substantial(), high()), true);
  }

  /**
   * A builder holding the scheme with only the given levels, for variants: the evaluation levels
   * (if {@code evaluationLevels}) and the requirement are kept for the levels offered only; without
   * evaluation levels, the evaluation level is not a mandatory field.
   */
  public static SchemeVersion.Builder builder(List<LevelRule> levels, boolean evaluationLevels) {
    SchemeVersion.Builder b =
        SchemeVersion.builder()
            .schemeId(ID)
            .version(VERSION)
            .title("Generic test scheme")
            .addLegalBasis("Test Implementing Regulation (EU) 2099/1")
            .statusHistory(status())
            .addObjectType(CertifiedObjectType.ICT_PRODUCT)
            .addObjective(SecurityObjective.A_PROTECT_CONFIDENTIALITY)
            .addStandard(StandardReference.of(STANDARD, "Generic test standard"))
            .addStandard(
                new StandardReference(
                    LEGACY_STANDARD,
                    "Legacy test standard",
                    Optional.empty(),
                    Optional.of(LEGACY_LAST_DAY),
                    Optional.of("Test Regulation Art 3(2)")))
            .addProductCategory(CATEGORY)
            .certificateIdPattern(
                Optional.of(CertificateIdPattern.of("{scheme}-{body}-{yyyy}-{MM}-{seq:4}")))
            .applicableFrom(Optional.of(LocalDate.of(2026, 1, 1)));
    Set<AssuranceLevel> offered = EnumSet.noneOf(AssuranceLevel.class);
    for (LevelRule r : levels) {
      b.addLevel(r);
      offered.add(r.level());
    }
    int rank = 1;
    for (AssuranceLevel level : offered) {
      if (evaluationLevels) {
        b.addEvaluationLevel(evaluationLevel(evaluationLevelOf(level), rank++, level));
      }
    }
    if (!offered.isEmpty()) {
      b.addRequirement(
          new Requirement("GTS-REQ-1", "Protect stored secrets", List.of(STANDARD), offered));
    }
    for (SchemeElement e : SchemeElement.values()) {
      b.element(e, "Test text for " + e.article());
    }
    for (CertificateField f : MANDATORY_FIELDS) {
      if (evaluationLevels || f != CertificateField.EVALUATION_LEVEL) {
        b.addMandatoryField(f);
      }
    }
    return b;
  }

  /** The scheme. */
  public static SchemeVersion scheme() {
    return builder().build();
  }

  /** The default certified object: a router in {@link #CATEGORY}, version 1.0. */
  public static CertifiedObject object() {
    return new CertifiedObject(
        CertifiedObjectType.ICT_PRODUCT,
        "Test Router",
        Optional.of("Router"),
        List.of("1.0"),
        Optional.of(CATEGORY),
        Optional.empty(),
        Optional.empty(),
        Optional.of("The whole product"));
  }

  /** The default holder, with its Art 55 supplementary-information URL. */
  public static Holder holder() {
    return new Holder(
        "Test Manufacturer B.V.",
        Optional.of("Teststraat 1, Utrecht"),
        Optional.of("security@manufacturer.test"),
        Optional.of("https://manufacturer.test/security"),
        Optional.of("psirt@manufacturer.test"));
  }

  /** The evaluation level code of {@code level}. */
  public static String evaluationLevelOf(AssuranceLevel level) {
    switch (level) {
      case BASIC:
        return EVAL_BASIC;
      case SUBSTANTIAL:
        return EVAL_SUBSTANTIAL;
      default:
        return EVAL_HIGH;
    }
  }

  /**
   * A certificate at {@code level} issued by {@code issuer} at {@link TestClocks#ISSUE}, valid
   * through 30 April 2029 (within the three years), with every mandatory field: accepted by every
   * generic rule given the records of {@link TestBodies#authorised}.
   */
  public static CertificateContent.Builder certificate(Body issuer, AssuranceLevel level) {
    return CertificateContent.builder()
        .id(CERTIFICATE_ID)
        .scheme(ID, VERSION)
        .object(object())
        .holder(holder())
        .issuer(TestBodies.reference(issuer))
        .responsibleNcca(Optional.of(TestBodies.reference(TestBodies.ncca())))
        .legalReferences(List.of("Test Implementing Regulation (EU) 2099/1"))
        .certificationReport(Optional.of("GTS-CR-2026-0001"))
        .assuranceLevel(level)
        .evaluationLevel(Optional.of(evaluationLevelOf(level)))
        .standards(List.of(STANDARD))
        .issuedAt(TestClocks.ISSUE)
        .validUntil(TestClocks.ISSUE_DAY.plus(MAX_VALIDITY).minusDays(1))
        .markUrl(Optional.of("https://certification.test/gts-3110-2026-05-0001"));
  }

  /**
   * A BASIC EU statement of conformity by the default holder, issued at {@link TestClocks#ISSUE}.
   */
  public static StatementOfConformity statement() {
    return new StatementOfConformity(
        CertificateId.of("GTS-SOC-2026-0001"),
        ID,
        VERSION,
        object(),
        holder(),
        AssuranceLevel.BASIC,
        List.of(STANDARD),
        TestClocks.ISSUE,
        TestClocks.ISSUE_DAY.plusYears(10),
        Optional.of(TestClocks.ISSUE),
        Optional.of(TestClocks.ISSUE));
  }

  /** The input of a rules run of {@code attestation} under {@link #scheme()}. */
  public static RuleInput input(Attestation attestation, IssuingContext context) {
    return new RuleInput(scheme(), attestation, context);
  }
}
