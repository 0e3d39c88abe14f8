/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.schemes.eucc;

import static org.eucert.schemes.eucc.EuccFixture.SUBSTANTIAL;
import static org.eucert.schemes.eucc.EuccFixture.cbContext;
import static org.eucert.schemes.eucc.EuccFixture.input;
import static org.eucert.schemes.eucc.EuccFixture.run;
import static org.eucert.schemes.eucc.EuccRules.R11_MARK_LABEL;
import static org.eucert.schemes.eucc.EuccRules.R1_LEVEL_AVA_VAN;
import static org.eucert.schemes.eucc.EuccRules.R7_VALIDITY;
import static org.eucert.schemes.eucc.EuccRules.R9_PACKAGE_NOTATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.UniqueElements;
import org.eucert.core.model.AssuranceLevel;
import org.eucert.core.model.AssurancePackageKind;
import org.eucert.core.model.CertificateContent;
import org.eucert.core.model.CertificateId;
import org.eucert.core.model.EuccPart;
import org.eucert.core.time.LegalTime;

/** Invariants of the EUCC rules over generated certificates. */
class EuccRulesProperties {
  /** EUCC Art 4(2)-(3), written out independently of the rule. */
  private static final Map<String, AssuranceLevel> ART_4 =
      Map.of(
          "AVA_VAN.1", AssuranceLevel.SUBSTANTIAL,
          "AVA_VAN.2", AssuranceLevel.SUBSTANTIAL,
          "AVA_VAN.3", AssuranceLevel.HIGH,
          "AVA_VAN.4", AssuranceLevel.HIGH,
          "AVA_VAN.5", AssuranceLevel.HIGH);

  @Property
  void r1_acceptsExactlyTheArt4Mapping_EuccArt4(
      @ForAll("evaluationLevels") String code, @ForAll AssuranceLevel level) {
    CertificateContent cert =
        SUBSTANTIAL.toBuilder().assuranceLevel(level).evaluationLevel(Optional.of(code)).build();
    boolean accepted = run(R1_LEVEL_AVA_VAN, input(cert, cbContext())).findings().isEmpty();
    assertEquals(level == ART_4.get(code), accepted, code + " at " + level);
  }

  @Provide
  Arbitrary<String> evaluationLevels() {
    return Arbitraries.oneOf(
        Arbitraries.of(
            "AVA_VAN.1",
            "AVA_VAN.2",
            "AVA_VAN.3",
            "AVA_VAN.4",
            "AVA_VAN.5",
            "AVA_VAN.0",
            "AVA_VAN.6",
            "AVA_VAN.55",
            "ava_van.3",
            "EAL4",
            "ALC_FLR.1"),
        Arbitraries.strings().ofMinLength(1).ofMaxLength(12));
  }

  @Property
  void r7_sameDateFiveYearsLaterIsTheLastDayAllowed_EuccArt12(
      @ForAll @IntRange(min = 0, max = 2500) int daysAfterApplication,
      @ForAll @IntRange(min = 0, max = 1439) int minuteOfDay) {
    LocalDate issueDay = LocalDate.of(2025, 2, 27).plusDays(daysAfterApplication);
    Instant issuedAt = LegalTime.startOfDay(issueDay).plus(Duration.ofMinutes(minuteOfDay));
    CertificateContent cert =
        SUBSTANTIAL.toBuilder().issuedAt(issuedAt).validUntil(issueDay.plusYears(5)).build();
    assertEquals(issueDay, cert.issueDay());
    assertTrue(
        run(R7_VALIDITY, input(cert, cbContext())).findings().isEmpty(), issueDay.toString());
    CertificateContent dayLonger =
        cert.toBuilder().validUntil(issueDay.plusYears(5).plusDays(1)).build();
    assertTrue(
        run(R7_VALIDITY, input(dayLonger, cbContext())).has(R7_VALIDITY), issueDay.toString());
  }

  @Property
  void r9_distinctComponentsAugmentingAnEal_accepted_EuccAnnexVIII(
      @ForAll @Size(min = 1, max = 5) @UniqueElements
          List<@From("components") String> augmentations,
      @ForAll @IntRange(min = 1, max = 7) int eal) {
    CertificateContent cert =
        withPackage(AssurancePackageKind.EAL_AUGMENTED, "EAL" + eal, augmentations);
    assertEquals(List.of(), run(R9_PACKAGE_NOTATION, input(cert, cbContext())).findings());
  }

  @Property
  void r9_plusAnywhere_refused_EuccAnnexVIII(
      @ForAll @Size(min = 1, max = 5) @UniqueElements
          List<@From("components") String> augmentations,
      @ForAll @IntRange(min = 0, max = 5) int where,
      @ForAll @IntRange(min = 0, max = 12) int at) {
    String name = "EAL4";
    List<String> augs = new ArrayList<>(augmentations);
    if (where == augs.size()) {
      name = insertPlus(name, at);
    } else {
      int i = Math.min(where, augs.size() - 1);
      augs.set(i, insertPlus(augs.get(i), at));
    }
    CertificateContent cert = withPackage(AssurancePackageKind.EAL_AUGMENTED, name, augs);
    assertTrue(
        run(R9_PACKAGE_NOTATION, input(cert, cbContext())).has(R9_PACKAGE_NOTATION), name + augs);
  }

  /** CC components other than AVA_VAN (which must equal the certificate's own level). */
  @Provide
  Arbitrary<String> components() {
    Arbitrary<String> cls = Arbitraries.of("ADV", "AGD", "ALC", "ASE", "ATE");
    Arbitrary<String> family =
        Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(3).ofMaxLength(4);
    Arbitrary<Integer> n = Arbitraries.integers().between(1, 9);
    return Combinators.combine(cls, family, n).as((c, f, i) -> c + "_" + f + "." + i);
  }

  private static String insertPlus(String s, int at) {
    int i = Math.min(at, s.length());
    return s.substring(0, i) + "+" + s.substring(i);
  }

  private static CertificateContent withPackage(
      AssurancePackageKind kind, String name, List<String> augmentations) {
    return SUBSTANTIAL.toBuilder()
        .schemePart(
            Optional.of(
                new EuccPart(
                    kind,
                    name,
                    augmentations,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty())))
        .build();
  }

  @Property
  void r11_identifierYearAndMonthAreThoseOfTheDayOfIssue_EuccArt11_3_b_3(
      @ForAll @IntRange(min = 0, max = 2500) int daysAfterApplication,
      @ForAll @IntRange(min = 0, max = 1439) int minuteOfDay,
      @ForAll @IntRange(min = -1, max = 1) int yearShift,
      @ForAll @IntRange(min = -1, max = 1) int monthShift) {
    Instant issuedAt =
        LegalTime.startOfDay(LocalDate.of(2025, 2, 27).plusDays(daysAfterApplication))
            .plus(Duration.ofMinutes(minuteOfDay));
    LocalDate day = LegalTime.dayOf(issuedAt);
    int year = day.getYear() + yearShift;
    int month = Math.floorMod(day.getMonthValue() - 1 + monthShift, 12) + 1;
    CertificateContent cert =
        SUBSTANTIAL.toBuilder()
            .id(
                CertificateId.of(
                    String.format(Locale.ROOT, "EUCC-3110-%04d-%02d-0042", year, month)))
            .issuedAt(issuedAt)
            .validUntil(day.plusYears(5))
            .build();
    boolean accepted = run(R11_MARK_LABEL, input(cert, cbContext())).findings().isEmpty();
    assertEquals(yearShift == 0 && monthShift == 0, accepted, cert.id() + " issued " + issuedAt);
  }
}
