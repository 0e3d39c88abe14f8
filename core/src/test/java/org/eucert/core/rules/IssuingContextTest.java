/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.eucert.core.model.ApprovalKind;
import org.eucert.core.model.AssuranceLevel;
import org.eucert.core.testing.GenericTestScheme;
import org.eucert.core.testing.TestBodies;
import org.junit.jupiter.api.Test;

/** The issuing context holds only records of its issuer (and ITSEF), so rules can trust them. */
class IssuingContextTest {
  @Test
  void recordsOfAnotherBody_refused() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            IssuingContext.builder()
                .issuer(TestBodies.cab())
                .addAccreditation(TestBodies.accreditation(TestBodies.OTHER_CAB))
                .build());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            IssuingContext.builder()
                .issuer(TestBodies.cab())
                .addNotification(TestBodies.notification(TestBodies.OTHER_CAB))
                .build());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            IssuingContext.builder()
                .issuer(TestBodies.cab())
                .addDelegation(TestBodies.delegation(TestBodies.OTHER_CAB))
                .build());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            IssuingContext.builder()
                .issuer(TestBodies.cab())
                .addAuthorisation(TestBodies.authorisation(TestBodies.OTHER_CAB))
                .build());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            IssuingContext.builder()
                .issuer(TestBodies.cab())
                .addApproval(
                    TestBodies.approval(
                        ApprovalKind.PRIOR_APPROVAL_HIGH,
                        "PA-1",
                        TestBodies.OTHER_CAB,
                        Optional.empty(),
                        Optional.empty(),
                        TestBodies.grantedBeforeIssue()))
                .build());
  }

  @Test
  void recordsWithoutAnIssuer_refused() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            IssuingContext.builder()
                .addAccreditation(TestBodies.accreditation(TestBodies.CAB))
                .build());
  }

  @Test
  void itsef_mustBeAnItsef_andItsRecordsItsOwn() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            IssuingContext.builder().issuer(TestBodies.cab()).itsef(TestBodies.otherCab()).build());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            IssuingContext.builder()
                .issuer(TestBodies.cab())
                .itsef(TestBodies.itsef())
                .addItsefAccreditation(TestBodies.accreditation(TestBodies.CAB))
                .build());
    IssuingContext ok =
        IssuingContext.builder()
            .issuer(TestBodies.cab())
            .itsef(TestBodies.itsef())
            .addItsefAccreditation(TestBodies.accreditation(TestBodies.ITSEF))
            .addItsefAuthorisation(TestBodies.authorisation(TestBodies.ITSEF))
            .build();
    assertEquals(1, ok.itsefAccreditations().size());
  }

  @Test
  void selfDeclared_hasNoIssuer_andNoPilotOptIn() {
    IssuingContext c = IssuingContext.selfDeclared();
    assertTrue(c.issuer().isEmpty());
    assertFalse(c.pilot());
    assertTrue(IssuingContext.builder().allowCandidateSchemeForPilot().build().pilot());
  }

  @Test
  void lists_areImmutable() {
    IssuingContext c = TestBodies.accreditedAndNotified(TestBodies.cab()).build();
    assertThrows(UnsupportedOperationException.class, () -> c.accreditations().clear());
    assertThrows(UnsupportedOperationException.class, () -> c.notifications().clear());
  }

  @Test
  void citedApproval_noneForAStatement() {
    RuleInput in =
        GenericTestScheme.input(GenericTestScheme.statement(), IssuingContext.selfDeclared());
    assertEquals(Optional.empty(), in.citedApproval(ApprovalKind.PRIOR_APPROVAL_HIGH));
    assertTrue(in.statement().isPresent());
    assertTrue(in.certificate().isEmpty());
  }

  @Test
  void ruleInput_nulls_refused() {
    var cert = GenericTestScheme.certificate(TestBodies.cab(), AssuranceLevel.BASIC).build();
    var ctx = IssuingContext.selfDeclared();
    assertThrows(NullPointerException.class, () -> new RuleInput(null, cert, ctx));
    assertThrows(
        NullPointerException.class, () -> new RuleInput(GenericTestScheme.scheme(), null, ctx));
    assertThrows(
        NullPointerException.class, () -> new RuleInput(GenericTestScheme.scheme(), cert, null));
    assertEquals(List.of(), ctx.approvals());
  }
}
