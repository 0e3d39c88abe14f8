/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.schemes.eucc;

import static org.eucert.schemes.eucc.EuccFixture.CATEGORY_SMART_CARDS;
import static org.eucert.schemes.eucc.EuccFixture.CB_ID;
import static org.eucert.schemes.eucc.EuccFixture.HIGH;
import static org.eucert.schemes.eucc.EuccFixture.ITSEF_ID;
import static org.eucert.schemes.eucc.EuccFixture.NCCA_REFERENCE;
import static org.eucert.schemes.eucc.EuccFixture.PP_TRUST_SERVICE_MODULE;
import static org.eucert.schemes.eucc.EuccFixture.PROTECTION_PROFILE;
import static org.eucert.schemes.eucc.EuccFixture.SCHEME;
import static org.eucert.schemes.eucc.EuccFixture.SMART_CARDS;
import static org.eucert.schemes.eucc.EuccFixture.SUBSTANTIAL;
import static org.eucert.schemes.eucc.EuccFixture.accreditation;
import static org.eucert.schemes.eucc.EuccFixture.approval;
import static org.eucert.schemes.eucc.EuccFixture.authorisation;
import static org.eucert.schemes.eucc.EuccFixture.cbContext;
import static org.eucert.schemes.eucc.EuccFixture.errorCodes;
import static org.eucert.schemes.eucc.EuccFixture.euccPart;
import static org.eucert.schemes.eucc.EuccFixture.input;
import static org.eucert.schemes.eucc.EuccFixture.nccaContext;
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
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eucert.core.model.ApprovalKind;
import org.eucert.core.model.AssuranceLevel;
import org.eucert.core.model.AssurancePackageKind;
import org.eucert.core.model.CertificateContent;
import org.eucert.core.model.CertificateId;
import org.eucert.core.model.EuccPart;
import org.eucert.core.rules.GenericRules;
import org.eucert.core.rules.Rule;
import org.eucert.core.rules.RuleCode;
import org.eucert.core.rules.RuleEngine;
import org.eucert.core.rules.RuleInput;
import org.eucert.core.rules.RuleReport;
import org.eucert.core.rules.Severity;
import org.eucert.core.rules.spi.SchemeProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The EUCC profile through the public entry points: {@link ServiceLoader} finds it, and {@link
 * RuleEngine#forProfile} with it accepts the valid certificates without any error (generic and EUCC
 * rules) and refuses each broken variant with exactly the expected codes.
 */
class EuccProfileTest {

  @Test
  void serviceLoader_findsEuccProfileForSchemeEucc() {
    List<SchemeProfile> eucc =
        ServiceLoader.load(SchemeProfile.class).stream()
            .map(ServiceLoader.Provider::get)
            .filter(p -> p.schemeId().value().equals("EUCC"))
            .collect(Collectors.toList());
    assertEquals(1, eucc.size(), "EUCC profiles found: " + eucc);
    assertTrue(eucc.get(0) instanceof EuccProfile);
  }

  @Test
  void profile_hasOneErrorRulePerDomainRule_withStableCodes() {
    List<String> codes =
        new EuccProfile().rules().stream().map(r -> r.code().value()).collect(Collectors.toList());
    assertEquals(
        List.of(
            "EUCC-R1-LEVEL-AVA-VAN",
            "EUCC-R2-AVA-VAN-4-5",
            "EUCC-R3-NO-SELF-ASSESSMENT",
            "EUCC-R4-HIGH-AUTHORISATION",
            "EUCC-R5-ISSUER-SCOPE",
            "EUCC-R6-ACCREDITATION-PERIOD",
            "EUCC-R7-VALIDITY",
            "EUCC-R8-STANDARDS",
            "EUCC-R9-PACKAGE-NOTATION",
            "EUCC-R10-ANNEX-VII-FIELDS",
            "EUCC-R11-MARK-LABEL",
            "EUCC-R14-PP-ISSUER"),
        codes);
    for (Rule r : new EuccProfile().rules()) {
      assertEquals(Severity.ERROR, r.severity(), r.toString());
      assertTrue(Set.of("EUCC", "CSA").contains(r.legalReference().act()), r.toString());
    }
  }

  @Test
  void profile_supersedesExactlyTheGenericRulesItRefines() {
    Set<RuleCode> generic = GenericRules.all().stream().map(Rule::code).collect(Collectors.toSet());
    Set<RuleCode> superseded = new EuccProfile().supersedes();
    assertTrue(generic.containsAll(superseded), "unknown generic codes in " + superseded);
    assertEquals(
        Set.of(
                GenericRules.LEVEL_OFFERED,
                GenericRules.EVALUATION_LEVEL,
                GenericRules.SELF_ASSESSMENT,
                GenericRules.AUTHORISATION,
                GenericRules.ISSUER_ACCREDITED,
                GenericRules.MAX_VALIDITY,
                GenericRules.STANDARDS,
                GenericRules.MANDATORY_FIELDS)
            .stream()
            .map(RuleCode::of)
            .collect(Collectors.toSet()),
        superseded);
    List<RuleCode> engine =
        EuccFixture.ENGINE.rules().stream().map(Rule::code).collect(Collectors.toList());
    superseded.forEach(c -> assertTrue(!engine.contains(c), c + " still runs"));
    assertTrue(engine.contains(RuleCode.of(GenericRules.HIGH_ISSUER)));
  }

  @Test
  void validSubstantial_noErrorAtAll_CsaArt56_4() {
    assertNoErrors(input(SUBSTANTIAL, cbContext()));
  }

  @Test
  void validHigh_noErrorAtAll_CsaArt56_6_b() {
    assertNoErrors(input(HIGH, cbContext()));
  }

  @Test
  void validHighIssuedByTheNcca_noErrorAtAll_CsaArt56_6() {
    CertificateContent cert =
        HIGH.toBuilder()
            .id(CertificateId.of("EUCC-3100-2026-06-0001"))
            .issuer(NCCA_REFERENCE)
            .build();
    assertNoErrors(input(cert, nccaContext()));
  }

  @Test
  void validProtectionProfile_noErrorAtAll_EuccArt17_4() {
    assertNoErrors(input(PROTECTION_PROFILE, nccaContext()));
  }

  @Test
  void validHighClaimingAnnexIiPp_noErrorAtAll_EuccArt7_3_b() {
    CertificateContent cert =
        HIGH.toBuilder()
            .protectionProfiles(List.of(PP_TRUST_SERVICE_MODULE))
            .schemePart(Optional.of(augmented(Optional.empty(), "AVA_VAN.5")))
            .build();
    assertNoErrors(input(cert, cbContext()));
  }

  @Test
  void validityExtensionGrantedBeforeIssue_noErrorAtAll_EuccArt12_2() {
    CertificateContent cert =
        SUBSTANTIAL.toBuilder()
            .validUntil(LocalDate.of(2032, 5, 12))
            .approvals(List.of("NL-EXT-1"))
            .build();
    EuccFixture.ContextParts ctx = cbContext();
    ctx.approvals.add(
        approval(
            ApprovalKind.VALIDITY_EXTENSION,
            "NL-EXT-1",
            cert.id(),
            Optional.of(LocalDate.of(2032, 5, 12)),
            Optional.empty()));
    assertNoErrors(input(cert, ctx));
  }

  private static void assertNoErrors(RuleInput in) {
    RuleReport report = EuccFixture.ENGINE.evaluate(in);
    assertEquals(List.of(), report.errors());
    assertTrue(report.isAccepted());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenVariants")
  void brokenVariant_refusedWithExactlyTheExpectedCodes(
      String name, Supplier<RuleInput> variant, Set<String> expected) {
    assertEquals(expected, errorCodes(variant.get()));
  }

  static Stream<Arguments> brokenVariants() {
    return Stream.of(
        // R1, EUCC Art 4: basic is not an EUCC level, and nobody is notified for it
        variant(
            "basic level (EUCC Art 4(1))",
            () ->
                input(
                    SUBSTANTIAL.toBuilder()
                        .assuranceLevel(AssuranceLevel.BASIC)
                        .evaluationLevel(Optional.of("AVA_VAN.1"))
                        .build(),
                    cbContext()),
            R1_LEVEL_AVA_VAN,
            GenericRules.ISSUER_NOTIFIED),
        variant(
            "AVA_VAN.3 at substantial (EUCC Art 4(2))",
            () ->
                input(
                    SUBSTANTIAL.toBuilder().evaluationLevel(Optional.of("AVA_VAN.3")).build(),
                    cbContext()),
            R1_LEVEL_AVA_VAN),
        variant(
            "no AVA_VAN level (EUCC Art 4, Annex VII(c)(8))",
            () ->
                input(
                    SUBSTANTIAL.toBuilder().evaluationLevel(Optional.empty()).build(), cbContext()),
            R1_LEVEL_AVA_VAN,
            R10_ANNEX_VII_FIELDS),
        // R2, EUCC Art 7(3)-(4)
        variant(
            "AVA_VAN.4 outside any domain, PP or exception (EUCC Art 7(3))",
            () ->
                input(
                    HIGH.toBuilder()
                        .evaluationLevel(Optional.of("AVA_VAN.4"))
                        .schemePart(Optional.of(augmented(Optional.empty(), "AVA_VAN.4")))
                        .build(),
                    cbContext()),
            R2_AVA_VAN_4_5),
        // R3, EUCC Art 6
        variant(
            "EU statement of conformity (EUCC Art 6)",
            () -> EuccRulesTest.statementInput(SCHEME),
            R3_NO_SELF_ASSESSMENT),
        variant(
            "scheme data allowing self-assessment (EUCC Art 6)",
            () -> new RuleInput(EuccRulesTest.selfAssessing(), SUBSTANTIAL, cbContext().build()),
            R3_NO_SELF_ASSESSMENT),
        // R4, EUCC Art 21-22
        variant(
            "high by an unauthorised CB (EUCC Art 21)",
            () -> {
              EuccFixture.ContextParts ctx = cbContext();
              ctx.authorisations.clear();
              return input(HIGH, ctx);
            },
            R4_HIGH_AUTHORISATION),
        variant(
            "high with an ITSEF authorised up to AVA_VAN.4 only (EUCC Art 22)",
            () -> {
              EuccFixture.ContextParts ctx = cbContext();
              ctx.itsefAuthorisations.set(
                  0, authorisation(ITSEF_ID, "NL-AUTH-ITSEF-4", "AVA_VAN.4", Set.of(SMART_CARDS)));
              return input(HIGH, ctx);
            },
            R4_HIGH_AUTHORISATION),
        variant(
            "high with no ITSEF at all (EUCC Art 22)",
            () -> {
              EuccFixture.ContextParts ctx = cbContext();
              ctx.itsef = Optional.empty();
              return input(HIGH.toBuilder().itsef(Optional.empty()).build(), ctx);
            },
            R4_HIGH_AUTHORISATION),
        variant(
            "high naming an ITSEF nothing is known of (EUCC Art 22, 9(1)(a))",
            () -> {
              EuccFixture.ContextParts ctx = cbContext();
              ctx.itsef = Optional.empty();
              return input(HIGH, ctx);
            },
            R4_HIGH_AUTHORISATION,
            R5_ISSUER_SCOPE),
        // CSA Art 56(6) stays generic
        variant(
            "high by a CB without delegation or prior approval (CSA Art 56(6))",
            () -> {
              EuccFixture.ContextParts ctx = cbContext();
              ctx.delegations.clear();
              return input(HIGH, ctx);
            },
            GenericRules.HIGH_ISSUER),
        // R5, EUCC Art 9(1)(a)
        variant(
            "category outside the CB's accreditation (EUCC Art 9(1)(a))",
            () -> {
              EuccFixture.ContextParts ctx = cbContext();
              ctx.accreditations.set(
                  0,
                  accreditation(
                      CB_ID,
                      "C-SC",
                      "ISO/IEC 17065",
                      LocalDate.of(2024, 3, 1),
                      Set.of(CATEGORY_SMART_CARDS)));
              return input(SUBSTANTIAL, ctx);
            },
            R5_ISSUER_SCOPE),
        // R6, CSA Art 60(4), EUCC Art 21(4)
        variant(
            "six-year accreditation (CSA Art 60(4))",
            () -> {
              EuccFixture.ContextParts ctx = cbContext();
              ctx.accreditations.set(
                  0,
                  accreditation(
                      CB_ID,
                      "C-0042",
                      "ISO/IEC 17065",
                      LocalDate.of(2024, 3, 1),
                      LocalDate.of(2030, 2, 28),
                      EuccFixture.CATEGORIES));
              return input(SUBSTANTIAL, ctx);
            },
            R6_ACCREDITATION_PERIOD),
        variant(
            "authorisation outlasting the accreditation (EUCC Art 21(4))",
            () -> {
              EuccFixture.ContextParts ctx = cbContext();
              ctx.authorisations.set(
                  0,
                  authorisation(
                      CB_ID,
                      "NL-AUTH-CB-L",
                      Set.of(CATEGORY_SMART_CARDS),
                      "AVA_VAN.5",
                      Set.of(SMART_CARDS),
                      LocalDate.of(2025, 1, 1),
                      LocalDate.of(2029, 12, 31)));
              return input(HIGH, ctx);
            },
            R6_ACCREDITATION_PERIOD),
        // R7, EUCC Art 12, 18
        variant(
            "five years and a day (EUCC Art 12)",
            () ->
                input(
                    SUBSTANTIAL.toBuilder().validUntil(LocalDate.of(2031, 5, 13)).build(),
                    cbContext()),
            R7_VALIDITY),
        variant(
            "PP certificate outliving the PP (EUCC Art 18)",
            () ->
                input(
                    PROTECTION_PROFILE.toBuilder()
                        .schemePart(
                            Optional.of(
                                new EuccPart(
                                    AssurancePackageKind.EAL_CONFORMANT,
                                    "EAL4",
                                    List.of(),
                                    Optional.empty(),
                                    Optional.empty(),
                                    Optional.of(LocalDate.of(2030, 1, 1)))))
                        .build(),
                    nccaContext()),
            R7_VALIDITY),
        // R8, EUCC Art 3
        variant(
            "CC v3.1 R5 applied in 2028 (EUCC Art 3(2))",
            () ->
                input(
                    HIGH.toBuilder()
                        .id(CertificateId.of("EUCC-3110-2028-01-0050"))
                        .issuedAt(Instant.parse("2028-01-04T10:00:00Z"))
                        .validUntil(LocalDate.of(2029, 2, 28))
                        .build(),
                    cbContext()),
            R8_STANDARDS),
        variant(
            "no standard cited (EUCC Art 3, Annex VII(c)(7))",
            () -> input(SUBSTANTIAL.toBuilder().standards(List.of()).build(), cbContext()),
            R8_STANDARDS,
            R10_ANNEX_VII_FIELDS),
        // R9, EUCC Annex VIII
        variant(
            "'EAL4+' package (EUCC Annex VIII)",
            () ->
                input(
                    HIGH.toBuilder()
                        .schemePart(
                            Optional.of(
                                new EuccPart(
                                    AssurancePackageKind.EAL_AUGMENTED,
                                    "EAL4+",
                                    List.of("ALC_DVS.2", "AVA_VAN.5"),
                                    Optional.of(SMART_CARDS),
                                    Optional.empty(),
                                    Optional.empty())))
                        .build(),
                    cbContext()),
            R9_PACKAGE_NOTATION),
        variant(
            "EAL-conformant package with components (EUCC Annex VIII)",
            () ->
                input(
                    SUBSTANTIAL.toBuilder()
                        .schemePart(
                            Optional.of(
                                euccPart(AssurancePackageKind.EAL_CONFORMANT, "EAL3", "ALC_FLR.1")))
                        .build(),
                    cbContext()),
            R9_PACKAGE_NOTATION),
        variant(
            "no EUCC part (EUCC Annex VIII, Annex VII(c)(8))",
            () -> input(SUBSTANTIAL.toBuilder().schemePart(Optional.empty()).build(), cbContext()),
            R9_PACKAGE_NOTATION,
            R10_ANNEX_VII_FIELDS),
        // R10, EUCC Annex VII
        variant(
            "ITSEF not named (EUCC Annex VII(c)(2))",
            () -> input(SUBSTANTIAL.toBuilder().itsef(Optional.empty()).build(), cbContext()),
            R10_ANNEX_VII_FIELDS),
        variant(
            "no responsible NCCA (EUCC Annex VII(c)(3))",
            () ->
                input(
                    SUBSTANTIAL.toBuilder().responsibleNcca(Optional.empty()).build(), cbContext()),
            R10_ANNEX_VII_FIELDS),
        // R11, EUCC Art 11, Annex IX
        variant(
            "no mark and label (EUCC Art 11, Annex VII(d))",
            () -> input(SUBSTANTIAL.toBuilder().markUrl(Optional.empty()).build(), cbContext()),
            R10_ANNEX_VII_FIELDS,
            R11_MARK_LABEL),
        variant(
            "identifier of another month (EUCC Art 11(3)(b)(3))",
            () ->
                input(
                    SUBSTANTIAL.toBuilder().id(CertificateId.of("EUCC-3110-2026-04-0042")).build(),
                    cbContext()),
            R11_MARK_LABEL),
        // R14, EUCC Art 17(4)
        variant(
            "PP certified by a private CB without prior approval (EUCC Art 17(4))",
            () ->
                input(
                    PROTECTION_PROFILE.toBuilder()
                        .id(CertificateId.of("EUCC-3110-2026-07-0008"))
                        .issuer(EuccFixture.CB_REFERENCE)
                        .build(),
                    cbContext()),
            R14_PP_ISSUER),
        variant(
            "validity extension granted after issue (EUCC Art 12(2))",
            () -> {
              CertificateContent cert =
                  SUBSTANTIAL.toBuilder()
                      .validUntil(LocalDate.of(2032, 5, 12))
                      .approvals(List.of("NL-EXT-9"))
                      .build();
              EuccFixture.ContextParts ctx = cbContext();
              ctx.approvals.add(
                  approval(
                      ApprovalKind.VALIDITY_EXTENSION,
                      "NL-EXT-9",
                      cert.id(),
                      Optional.of(LocalDate.of(2032, 5, 12)),
                      Optional.empty(),
                      EuccFixture.day(2026, 6, 1)));
              return input(cert, ctx);
            },
            R7_VALIDITY));
  }

  private static EuccPart augmented(Optional<String> domain, String avaVan) {
    return new EuccPart(
        AssurancePackageKind.EAL_AUGMENTED,
        "EAL4",
        List.of("ALC_DVS.2", avaVan),
        domain,
        Optional.empty(),
        Optional.empty());
  }

  private static Arguments variant(String name, Supplier<RuleInput> input, String... expected) {
    return Arguments.of(name, input, Set.of(expected));
  }
}
