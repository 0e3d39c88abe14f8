/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.base.Strings;
import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The syntax of the typed identifiers: {@link BodyId}, {@link SchemeId}, {@link CertificateId}. */
class IdentifiersTest {
  @ParameterizedTest
  @ValueSource(strings = {"NL-TRUSTCB", "3110", "a", "x.y_z-1"})
  void bodyId_accepted(String v) {
    assertEquals(v, BodyId.of(v).value());
    assertEquals(v, BodyId.of(v).toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "-ABC", ".ABC", "A B", "A/B", "Ä", "A\n"})
  void bodyId_badSyntax_refused(String v) {
    assertThrows(IllegalArgumentException.class, () -> BodyId.of(v));
  }

  @Test
  void bodyId_atMost64Characters() {
    BodyId.of(Strings.repeat("A", 64));
    assertThrows(IllegalArgumentException.class, () -> BodyId.of(Strings.repeat("A", 65)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"EUCC", "EUCS", "EU5G", "GTS", "A_B-C"})
  void schemeId_accepted(String v) {
    assertEquals(v, SchemeId.of(v).value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "eucc", "Eucc", "5G", "-EUCC", "EU CC", "EUCC.1"})
  void schemeId_badSyntax_refused(String v) {
    assertThrows(IllegalArgumentException.class, () -> SchemeId.of(v));
  }

  @Test
  void schemeId_atMost32Characters() {
    SchemeId.of(Strings.repeat("S", 32));
    assertThrows(IllegalArgumentException.class, () -> SchemeId.of(Strings.repeat("S", 33)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "EUCC-3087-2025-12-0001",
        "EUCC-3110-2025-08-2500052-01",
        "EUCC-ANSSI-2025-3-1",
        "BSI-DSZ-CC-1234/2025",
        "a.b_c"
      })
  void certificateId_accepted(String v) {
    assertEquals(v, CertificateId.of(v).value());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", " EUCC-1", "-EUCC", "/EUCC", "EUCC 1", "EUCC-1\n", "EUCC–1", "EUCC:1"})
  void certificateId_badSyntax_refused(String v) {
    assertThrows(IllegalArgumentException.class, () -> CertificateId.of(v));
  }

  @Test
  void certificateId_atMost80Characters() {
    CertificateId.of(Strings.repeat("C", 80));
    assertThrows(IllegalArgumentException.class, () -> CertificateId.of(Strings.repeat("C", 81)));
  }

  @Test
  void ids_compareByValue() {
    assertTrue(BodyId.of("A").compareTo(BodyId.of("B")) < 0);
    assertTrue(SchemeId.of("EUCC").compareTo(SchemeId.of("EUCS")) < 0);
    assertTrue(CertificateId.of("X-2").compareTo(CertificateId.of("X-10")) > 0);
    new EqualsTester()
        .addEqualityGroup(BodyId.of("3110"), new BodyId("3110"))
        .addEqualityGroup(BodyId.of("3111"))
        .addEqualityGroup(SchemeId.of("EUCC"), new SchemeId("EUCC"))
        .addEqualityGroup(CertificateId.of("EUCC"))
        .testEquals();
  }

  @Test
  void legalReference_parse() {
    LegalReference r = LegalReference.parse(" CSA Art 56(6) ");
    assertEquals(LegalReference.of("CSA", "Art 56(6)"), r);
    assertEquals("CSA Art 56(6)", r.toString());
    assertEquals(r, LegalReference.parse(r.toString()));
    assertThrows(IllegalArgumentException.class, () -> LegalReference.parse("CSA"));
    assertThrows(IllegalArgumentException.class, () -> LegalReference.parse(""));
    assertThrows(IllegalArgumentException.class, () -> LegalReference.of("CSA", " "));
    assertThrows(IllegalArgumentException.class, () -> LegalReference.of(" ", "Art 1"));
  }
}
