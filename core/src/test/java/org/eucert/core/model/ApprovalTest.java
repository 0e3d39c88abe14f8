/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.model;

import static org.eucert.core.testing.TestClocks.brussels;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.eucert.core.testing.GenericTestScheme;
import org.eucert.core.testing.TestBodies;
import org.eucert.core.testing.TestClocks;
import org.eucert.core.time.Timeline;
import org.junit.jupiter.api.Test;

/** Per-certificate NCCA approvals: CSA Art 56(6)(a), EUCC Art 12, 7(4), 17(4). */
class ApprovalTest {
  private static final CertificateId ID = GenericTestScheme.CERTIFICATE_ID;

  private static Approval prior(Optional<CertificateId> certificate, Timeline<ApprovalStatus> st) {
    return TestBodies.approval(
        ApprovalKind.PRIOR_APPROVAL_HIGH,
        "PA-1",
        TestBodies.CAB,
        certificate,
        Optional.empty(),
        st);
  }

  @Test
  void appliesTo_sameKindSchemeBodyAndCertificate_whileGranted_CSA_56_6_a() {
    Approval a = prior(Optional.of(ID), TestBodies.grantedBeforeIssue());
    assertTrue(
        a.appliesTo(
            ApprovalKind.PRIOR_APPROVAL_HIGH,
            GenericTestScheme.ID,
            TestBodies.CAB,
            ID,
            TestClocks.ISSUE));
    assertFalse(
        a.appliesTo(
            ApprovalKind.VALIDITY_EXTENSION,
            GenericTestScheme.ID,
            TestBodies.CAB,
            ID,
            TestClocks.ISSUE));
    assertFalse(
        a.appliesTo(
            ApprovalKind.PRIOR_APPROVAL_HIGH,
            SchemeId.of("EUCC"),
            TestBodies.CAB,
            ID,
            TestClocks.ISSUE));
    assertFalse(
        a.appliesTo(
            ApprovalKind.PRIOR_APPROVAL_HIGH,
            GenericTestScheme.ID,
            TestBodies.OTHER_CAB,
            ID,
            TestClocks.ISSUE));
    assertFalse(
        a.appliesTo(
            ApprovalKind.PRIOR_APPROVAL_HIGH,
            GenericTestScheme.ID,
            TestBodies.CAB,
            CertificateId.of("GTS-OTHER-1"),
            TestClocks.ISSUE));
  }

  @Test
  void appliesTo_anyCertificate_whenItNamesNone() {
    Approval a = prior(Optional.empty(), TestBodies.grantedBeforeIssue());
    assertTrue(
        a.appliesTo(
            ApprovalKind.PRIOR_APPROVAL_HIGH,
            GenericTestScheme.ID,
            TestBodies.CAB,
            CertificateId.of("GTS-ANY-1"),
            TestClocks.ISSUE));
  }

  @Test
  void appliesTo_onlyBetweenGrantAndRevocation() {
    Approval a =
        prior(
            Optional.of(ID),
            Timeline.starting(ApprovalStatus.GRANTED, brussels("2026-04-01T00:00"))
                .then(ApprovalStatus.REVOKED, brussels("2026-06-01T00:00")));
    assertFalse(a.grantedAt(brussels("2026-03-31T23:59:59.999999")));
    assertTrue(a.grantedAt(brussels("2026-04-01T00:00")));
    assertTrue(a.grantedAt(brussels("2026-05-31T23:59:59.999999")));
    assertFalse(a.grantedAt(brussels("2026-06-01T00:00")));
    assertFalse(
        a.appliesTo(
            ApprovalKind.PRIOR_APPROVAL_HIGH,
            GenericTestScheme.ID,
            TestBodies.CAB,
            ID,
            brussels("2026-07-01T00:00")));
  }

  @Test
  void validityExtension_withoutAnEndDate_refused_EUCC_12() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            TestBodies.approval(
                ApprovalKind.VALIDITY_EXTENSION,
                "VE-1",
                TestBodies.CAB,
                Optional.of(ID),
                Optional.empty(),
                TestBodies.grantedBeforeIssue()));
    TestBodies.approval(
        ApprovalKind.VALIDITY_EXTENSION,
        "VE-1",
        TestBodies.CAB,
        Optional.of(ID),
        Optional.of(LocalDate.of(2033, 1, 1)),
        TestBodies.grantedBeforeIssue());
  }

  @Test
  void avaVanException_withoutALevel_refused_EUCC_7_4() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Approval(
                ApprovalKind.AVA_VAN_EXCEPTION,
                "AV-1",
                TestBodies.NCCA,
                TestBodies.CAB,
                GenericTestScheme.ID,
                Optional.of(ID),
                Optional.empty(),
                Optional.empty(),
                TestBodies.grantedBeforeIssue()));
  }

  @Test
  void blankReference_refused() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            TestBodies.approval(
                ApprovalKind.PRIOR_APPROVAL_HIGH,
                " ",
                TestBodies.CAB,
                Optional.empty(),
                Optional.empty(),
                TestBodies.grantedBeforeIssue()));
  }
}
