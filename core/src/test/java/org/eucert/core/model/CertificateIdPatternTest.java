/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The identifiers observed on ENISA's pages (DOMAIN.md 2.12) and the pattern syntax. */
class CertificateIdPatternTest {
  private static final CertificateIdPattern EUCC =
      CertificateIdPattern.of(CertificateIdPattern.EUCC_DEFAULT);
  private static final CertificateIdPattern NO_MONTH =
      CertificateIdPattern.of("{scheme}-{body}-{yyyy}-{seq:7}[-{rev:2}]");
  private static final CertificateIdPattern SHORT_NUMBER =
      CertificateIdPattern.of("{scheme}-{body}-{yyyy}-{seq:2}[-{rev:2}]");
  private static final CertificateIdPattern MONTH_SHORT_NUMBER =
      CertificateIdPattern.of("{scheme}-{body}-{yyyy}-{MM}-{seq:2}");

  private static Optional<CertificateIdParts> parts(
      String scheme, String body, int year, Integer month, long number, Integer rev) {
    return Optional.of(
        new CertificateIdParts(
            scheme, body, year, Optional.ofNullable(month), number, Optional.ofNullable(rev)));
  }

  @Test
  void bsi_3087_underTheEuccDefault() {
    assertEquals(
        parts("EUCC", "3087", 2025, 12, 1, null),
        EUCC.parse(CertificateId.of("EUCC-3087-2025-12-0001")));
  }

  @Test
  void trustCb_3110_withMonthNumberAndRevision_underTheEuccDefault() {
    assertEquals(
        parts("EUCC", "3110", 2025, 8, 2500052, 1),
        EUCC.parse(CertificateId.of("EUCC-3110-2025-08-2500052-01")));
    assertEquals(
        parts("EUCC", "3110", 2025, 12, 2500098, 1),
        EUCC.parse(CertificateId.of("EUCC-3110-2025-12-2500098-01")));
  }

  @Test
  void trustCb_3110_withoutMonth() {
    CertificateId id = CertificateId.of("EUCC-3110-2026-2500100-01");
    assertEquals(parts("EUCC", "3110", 2026, null, 2500100, 1), NO_MONTH.parse(id));
    assertEquals(Optional.empty(), EUCC.parse(id), "no month: not an id of the default");
  }

  @Test
  void french_3090_bothShapes() {
    assertEquals(
        parts("EUCC", "3090", 2025, 10, 3, null),
        EUCC.parse(CertificateId.of("EUCC-3090-2025-10-0003")));
    CertificateId short14 = CertificateId.of("EUCC-3090-2026-14");
    assertEquals(parts("EUCC", "3090", 2026, null, 14, null), SHORT_NUMBER.parse(short14));
    assertEquals(Optional.empty(), EUCC.parse(short14));
  }

  @Test
  void spanish_3095_twoDigitNumber() {
    CertificateId id = CertificateId.of("EUCC-3095-2025-07-01");
    assertEquals(parts("EUCC", "3095", 2025, 7, 1, null), MONTH_SHORT_NUMBER.parse(id));
    assertEquals(Optional.empty(), EUCC.parse(id), "the default needs at least four digits");
  }

  @Test
  void anssi_withoutNotifiedBodyNumber_isNotReadAsSomethingElse() {
    // EUCC-ANSSI-2025-3-1: whether '3' is a month is UNVERIFIED; the default must not guess
    assertEquals(Optional.empty(), EUCC.parse(CertificateId.of("EUCC-ANSSI-2025-3-1")));
  }

  @Test
  void format_theJavadocExample() {
    CertificateIdParts p =
        new CertificateIdParts("EUCC", "3110", 2026, Optional.of(5), 42, Optional.empty());
    assertEquals(CertificateId.of("EUCC-3110-2026-05-0042"), EUCC.format(p));
    assertEquals(CertificateId.of("EUCC-3110-2026-05-0042-01"), EUCC.format(p.withRevision(1)));
  }

  @Test
  void format_refusesABodyThatWouldReadAsOtherParts() {
    // "EUCC-3090-2026-2027-14" would parse as body 3090, year 2026, number 2027, revision 14
    CertificateIdParts p =
        new CertificateIdParts("EUCC", "3090-2026", 2027, Optional.empty(), 14, Optional.empty());
    assertThrows(IllegalArgumentException.class, () -> SHORT_NUMBER.format(p));
  }

  @Test
  void numbersOfNineteenDigits_roundTrip() {
    // regression, found by CertificateIdPatternProperties: {seq:N} read at most 18 digits
    for (long n :
        new long[] {999_999_999_999_999_999L, 1_000_000_000_000_000_000L, Long.MAX_VALUE}) {
      CertificateIdParts p =
          new CertificateIdParts("EUCC", "3110", 2026, Optional.empty(), n, Optional.of(1));
      assertEquals(Optional.of(p), NO_MONTH.parse(NO_MONTH.format(p)), () -> Long.toString(n));
    }
  }

  @Test
  void format_refusesMissingParts() {
    CertificateIdParts noMonth =
        new CertificateIdParts("EUCC", "3110", 2026, Optional.empty(), 42, Optional.empty());
    assertThrows(IllegalArgumentException.class, () -> EUCC.format(noMonth));
    CertificateIdParts revised = noMonth.withRevision(1);
    assertThrows(
        IllegalArgumentException.class,
        () -> CertificateIdPattern.of("{scheme}-{body}-{yyyy}-{seq:4}").format(revised));
    CertificateIdParts noBody =
        new CertificateIdParts("EUCC", "", 2026, Optional.of(5), 42, Optional.empty());
    assertThrows(IllegalArgumentException.class, () -> EUCC.format(noBody));
  }

  @ParameterizedTest
  @CsvSource({
    "EUCC-3110-2026-13-0042", // month 13
    "EUCC-3110-2026-00-0042", // month 0
    "EUCC-3110-0999-05-0042", // year before 1000
    "EUCC-3110-2026-05-042", // number shorter than {seq:4}
    "EUCC-3110-2026-05-0042-1", // revision shorter than {rev:2}
    "EUCC-3110-2026-05-99999999999999999999", // beyond a long
    "EUCC-3110-2026-05-0042-01-02",
    "EUCC-31.10-2026-05-0042"
  })
  void parse_notOfThisPattern_empty(String id) {
    assertEquals(Optional.empty(), EUCC.parse(CertificateId.of(id)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "{scheme}-{body}-{yyyy}-{MM}", // no {seq:N}
        "{scheme}-{body}-{MM}-{seq:4}", // no {yyyy}
        "{scheme}-{yyyy}[-{rev:2}]-{seq:4}", // revision group not at the end
        "{scheme}-{yyyy}-{seq:4}[-{rev:2}][-{rev:3}]", // two groups
        "{scheme}-{yyyy}-{seq:4}[-{rev:2}", // unclosed
        "{scheme}-{yyyy}-{seq:4}[-v]", // group without {rev:N}
        "{scheme}-{yyyy}-{seq:4}-{rev:2}", // {rev:N} outside the group
        "{scheme}-{yyyy}-{seq:4}-{seq:5}", // placeholder twice
        "{scheme} {yyyy}-{seq:4}", // space: illegal literal
        "{scheme}:{yyyy}-{seq:4}", // ':' cannot be in an identifier
        "{scheme}-{yyyy}-{seq:0}", // width 0
        "{scheme}-{yyyy}-{seq:10}", // width beyond 9
        "{scheme}-{yyyy}-{seq}", // no width
        "{issuer}-{yyyy}-{seq:4}" // unknown placeholder
      })
  void badPattern_refused(String pattern) {
    assertThrows(IllegalArgumentException.class, () -> CertificateIdPattern.of(pattern));
  }

  @Test
  void equality_byPatternText() {
    new EqualsTester()
        .addEqualityGroup(EUCC, CertificateIdPattern.of(CertificateIdPattern.EUCC_DEFAULT))
        .addEqualityGroup(NO_MONTH)
        .testEquals();
    assertEquals(CertificateIdPattern.EUCC_DEFAULT, EUCC.pattern());
    assertEquals(CertificateIdPattern.EUCC_DEFAULT, EUCC.toString());
  }

  @Test
  void parts_outOfRange_refused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new CertificateIdParts("E", "B", 999, Optional.empty(), 1, Optional.empty()));
    assertThrows(
        IllegalArgumentException.class,
        () -> new CertificateIdParts("E", "B", 10_000, Optional.empty(), 1, Optional.empty()));
    assertThrows(
        IllegalArgumentException.class,
        () -> new CertificateIdParts("E", "B", 2026, Optional.of(13), 1, Optional.empty()));
    assertThrows(
        IllegalArgumentException.class,
        () -> new CertificateIdParts("E", "B", 2026, Optional.empty(), -1, Optional.empty()));
    assertThrows(
        IllegalArgumentException.class,
        () -> new CertificateIdParts("E", "B", 2026, Optional.empty(), 1, Optional.of(-1)));
  }
}
