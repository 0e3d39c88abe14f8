/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.model;

import com.google.common.testing.NullPointerTester;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eucert.core.testing.GenericTestScheme;
import org.eucert.core.testing.TestBodies;
import org.eucert.core.testing.TestClocks;
import org.eucert.core.time.Timeline;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every public constructor and static factory of the model refuses a null argument with a {@link
 * NullPointerException} (the package's nullness default: non-null unless {@code Optional}), given
 * valid values for the other arguments.
 */
class ModelNullPointerTest {
  static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(String.class, "x")
        .setDefault(Instant.class, TestClocks.ISSUE)
        .setDefault(LocalDate.class, TestClocks.ISSUE_DAY)
        .setDefault(Period.class, Period.ofYears(1))
        .setDefault(Timeline.class, Timeline.empty())
        .setDefault(BodyId.class, TestBodies.CAB)
        .setDefault(SchemeId.class, GenericTestScheme.ID)
        .setDefault(CertificateId.class, GenericTestScheme.CERTIFICATE_ID)
        .setDefault(Bytes.class, Bytes.copyOf(new byte[] {1}))
        .setDefault(Holder.class, GenericTestScheme.holder())
        .setDefault(CertifiedObject.class, GenericTestScheme.object())
        .setDefault(BodyReference.class, TestBodies.reference(TestBodies.cab()))
        .setDefault(AssuranceLevel.class, AssuranceLevel.BASIC)
        .setDefault(BodyRole.class, BodyRole.CERTIFICATION_BODY)
        .setDefault(Set.class, EnumSet.of(AssuranceLevel.BASIC))
        .setDefault(List.class, List.of("1"))
        .setDefault(Map.class, Map.of("k", "v"))
        .setDefault(Optional.class, Optional.empty());
  }

  @ParameterizedTest
  @ValueSource(
      classes = {
        Accreditation.class,
        Approval.class,
        Authorisation.class,
        Body.class,
        BodyId.class,
        BodyReference.class,
        Bytes.class,
        CertificateContent.class,
        CertificateId.class,
        CertificateIdParts.class,
        CertificateIdPattern.class,
        CertificateStatusHistory.class,
        CertifiedObject.class,
        Delegation.class,
        EuccPart.class,
        EvaluationActivity.class,
        EvaluationLevel.class,
        Holder.class,
        IssuanceRequest.class,
        LegalReference.class,
        LevelRule.class,
        GenericPart.class,
        MemberState.class,
        Notification.class,
        ProtectionProfileReference.class,
        Requirement.class,
        SchemeId.class,
        SigningKey.class,
        StandardReference.class,
        StatementOfConformity.class,
        TechnicalDomain.class
      })
  void constructorsAndFactories_refuseNull(Class<?> type) {
    NullPointerTester t = tester();
    t.testAllPublicConstructors(type);
    t.testAllPublicStaticMethods(type);
  }

  static List<Object> instances() {
    return List.of(
        TestBodies.accreditation(TestBodies.CAB),
        TestBodies.notification(TestBodies.CAB),
        TestBodies.authorisation(TestBodies.CAB),
        TestBodies.delegation(TestBodies.CAB),
        TestBodies.approval(
            ApprovalKind.PRIOR_APPROVAL_HIGH,
            "PA-1",
            TestBodies.CAB,
            Optional.empty(),
            Optional.empty(),
            TestBodies.grantedBeforeIssue()),
        new SigningKey(
            TestBodies.CAB,
            "k",
            Bytes.copyOf(new byte[] {1}),
            TestClocks.ISSUE,
            Optional.empty(),
            Optional.empty()),
        CertificateStatusHistory.issued(TestClocks.ISSUE, TestClocks.ISSUE_DAY),
        CertificateIdPattern.of(CertificateIdPattern.EUCC_DEFAULT),
        StandardReference.of("S", "t"),
        GenericTestScheme.scheme(),
        GenericTestScheme.certificate(TestBodies.cab(), AssuranceLevel.BASIC).build(),
        GenericTestScheme.statement(),
        AssuranceLevel.BASIC);
  }

  @ParameterizedTest
  @MethodSource("instances")
  void instanceMethods_refuseNull(Object instance) {
    tester().testAllPublicInstanceMethods(instance);
  }
}
