/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eucert.core.testing.GenericTestScheme;
import org.eucert.core.testing.TestBodies;
import org.eucert.core.testing.TestClocks;
import org.junit.jupiter.api.Test;

class CertificateContentTest {
  private static CertificateContent.Builder valid() {
    return GenericTestScheme.certificate(TestBodies.cab(), AssuranceLevel.SUBSTANTIAL);
  }

  /** Only what the record requires: no optional field, no list. */
  private static CertificateContent minimal() {
    return CertificateContent.builder()
        .id(CertificateId.of("MIN-1"))
        .scheme(GenericTestScheme.ID, GenericTestScheme.VERSION)
        .object(
            new CertifiedObject(
                CertifiedObjectType.ICT_PRODUCT,
                "Thing",
                Optional.empty(),
                List.of("1"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty()))
        .holder(Holder.named("Maker"))
        .issuer(BodyReference.of(TestBodies.CAB, "Test Certification B.V."))
        .assuranceLevel(AssuranceLevel.SUBSTANTIAL)
        .issuedAt(TestClocks.ISSUE)
        .validUntil(TestClocks.ISSUE_DAY)
        .build();
  }

  @Test
  void validityEndingBeforeTheDayOfIssue_refused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> valid().validUntil(TestClocks.ISSUE_DAY.minusDays(1)).build());
  }

  @Test
  void validityEndingOnTheDayOfIssue_accepted() {
    assertEquals(
        TestClocks.ISSUE_DAY, valid().validUntil(TestClocks.ISSUE_DAY).build().validUntil());
  }

  @Test
  void dayOfIssue_isTheBrusselsDay() {
    // 22:30 UTC on 30 April is 00:30 on 1 May in Brussels
    Instant issued = Instant.parse("2026-04-30T22:30:00Z");
    assertThrows(
        IllegalArgumentException.class,
        () -> valid().issuedAt(issued).validUntil(LocalDate.of(2026, 4, 30)).build());
    CertificateContent c = valid().issuedAt(issued).validUntil(LocalDate.of(2026, 5, 1)).build();
    assertEquals(LocalDate.of(2026, 5, 1), c.issueDay());
    assertEquals(Instant.parse("2026-05-01T22:00:00Z"), c.validityEndExclusive());
  }

  @Test
  void predecessorIsItself_refused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> valid().predecessor(Optional.of(GenericTestScheme.CERTIFICATE_ID)).build());
  }

  @Test
  void missingRequiredPart_refusedWithNullPointer() {
    assertThrows(NullPointerException.class, () -> valid().id(null).build());
    assertThrows(NullPointerException.class, () -> valid().issuedAt(null).build());
    assertThrows(NullPointerException.class, () -> valid().validUntil(null).build());
    assertThrows(NullPointerException.class, () -> valid().assuranceLevel(null).build());
    assertThrows(NullPointerException.class, () -> valid().certificationReport(null));
  }

  @Test
  void issuedAt_truncatedToMicroseconds() {
    assertEquals(
        TestClocks.ISSUE.plusNanos(1_000),
        valid().issuedAt(TestClocks.ISSUE.plusNanos(1_999)).build().issuedAt());
  }

  @Test
  void presentFields_minimal_onlyTheAlwaysPresentOnes() {
    assertEquals(
        EnumSet.of(
            CertificateField.PRODUCT_NAME,
            CertificateField.PRODUCT_VERSIONS,
            CertificateField.HOLDER_NAME,
            CertificateField.ISSUER_NAME,
            CertificateField.ASSURANCE_LEVEL,
            CertificateField.ISSUE_DATE,
            CertificateField.VALIDITY),
        minimal().presentFields());
  }

  @Test
  void presentFields_everyOptionalFieldCounted() {
    CertificateContent c =
        minimal().toBuilder()
            .object(
                new CertifiedObject(
                    CertifiedObjectType.ICT_PRODUCT,
                    "Thing",
                    Optional.of("type"),
                    List.of("1"),
                    Optional.of("cat"),
                    Optional.of("toe"),
                    Optional.of("toe type"),
                    Optional.of("scope")))
            .holder(
                new Holder(
                    "Maker",
                    Optional.of("addr"),
                    Optional.of("contact"),
                    Optional.of("https://maker.test"),
                    Optional.empty()))
            .issuer(TestBodies.reference(TestBodies.cab()))
            .itsef(Optional.of(TestBodies.reference(TestBodies.itsef())))
            .responsibleNcca(Optional.of(TestBodies.reference(TestBodies.ncca())))
            .legalReferences(List.of("Act"))
            .certificationReport(Optional.of("CR-1"))
            .evaluationLevel(Optional.of("E1"))
            .standards(List.of("S1"))
            .protectionProfiles(List.of("PP1"))
            .markUrl(Optional.of("https://mark.test"))
            .schemePart(
                Optional.of(
                    new EuccPart(
                        AssurancePackageKind.EAL_CONFORMANT,
                        "EAL4",
                        List.of(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty())))
            .build();
    assertEquals(EnumSet.allOf(CertificateField.class), c.presentFields());
  }

  @Test
  void presentFields_genericPartIsNoAssurancePackage() {
    CertificateContent c =
        minimal().toBuilder().schemePart(Optional.of(new GenericPart(Map.of("k", "v")))).build();
    assertEquals(false, c.presentFields().contains(CertificateField.ASSURANCE_PACKAGE));
  }

  @Test
  void lists_copiedIn_immutableOut() {
    List<String> standards = new ArrayList<>(List.of("S1"));
    CertificateContent.Builder b = valid().standards(standards);
    CertificateContent c = b.build();
    standards.add("S2");
    b.standards(List.of("S3"));
    assertEquals(List.of("S1"), c.standards());
    assertThrows(UnsupportedOperationException.class, () -> c.standards().add("S4"));
    assertThrows(UnsupportedOperationException.class, () -> c.approvals().add("A"));
    assertThrows(UnsupportedOperationException.class, () -> c.legalReferences().clear());
    assertThrows(
        UnsupportedOperationException.class, () -> c.presentFields().add(CertificateField.SCOPE));
  }

  @Test
  void toBuilder_roundTrips_andEqualityIsByValue() {
    CertificateContent c = valid().build();
    new EqualsTester()
        .addEqualityGroup(c, c.toBuilder().build(), valid().build())
        .addEqualityGroup(valid().validUntil(TestClocks.ISSUE_DAY).build())
        .addEqualityGroup(valid().approvals(List.of("APP-1")).build())
        .addEqualityGroup(minimal())
        .testEquals();
    assertEquals(Set.copyOf(c.presentFields()), c.toBuilder().build().presentFields());
    assertEquals(ConformityRoute.THIRD_PARTY_CERTIFICATION, c.route());
  }
}
