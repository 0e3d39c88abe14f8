/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.xml;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eucert.core.model.Bytes;
import org.eucert.core.model.CertificateId;
import org.eucert.core.model.MemberState;
import org.eucert.core.model.SigningKey;
import org.eucert.core.registry.AuditHead;
import org.eucert.core.registry.CertificateEventKind;
import org.eucert.core.registry.WithdrawalReason;
import org.eucert.core.testing.TestBodies;
import org.eucert.core.testing.TestClocks;
import org.eucert.core.trust.ListOfTrustLists;
import org.eucert.core.trust.StatusEntry;
import org.eucert.core.trust.StatusEvent;
import org.eucert.core.trust.StatusList;
import org.eucert.core.trust.TrustList;
import org.eucert.core.trust.TrustListPointer;
import org.eucert.core.trust.TrustedEntity;

/** Small, fully populated trust documents for the codec tests, built from the test bodies. */
final class TrustSamples {
  static final TrustListCodec TRUST_LISTS = TrustListCodec.create();
  static final ListOfTrustListsCodec LOTLS = ListOfTrustListsCodec.create();
  static final StatusListCodec STATUS_LISTS = StatusListCodec.create();

  static final Instant ISSUED = TestClocks.ISSUE;

  private TrustSamples() {}

  static Bytes der(String text) {
    return Bytes.copyOf(text.getBytes(StandardCharsets.UTF_8));
  }

  static TrustList trustList() {
    TrustedEntity ncca =
        new TrustedEntity(
            TestBodies.ncca(),
            List.of(),
            List.of(TestBodies.notification(TestBodies.NCCA)),
            List.of(),
            List.of(),
            List.of(),
            List.of(
                new SigningKey(
                    TestBodies.NCCA,
                    "ncca-key-1",
                    der("ncca certificate"),
                    TestClocks.RECORDS_LISTED,
                    Optional.empty(),
                    Optional.empty())));
    TrustedEntity cab =
        new TrustedEntity(
            TestBodies.cab(),
            List.of(TestBodies.accreditation(TestBodies.CAB)),
            List.of(TestBodies.notification(TestBodies.CAB)),
            List.of(TestBodies.authorisation(TestBodies.CAB)),
            List.of(TestBodies.delegation(TestBodies.CAB)),
            List.of(),
            List.of(
                new SigningKey(
                    TestBodies.CAB,
                    "cab-key-1",
                    der("cab certificate"),
                    TestClocks.RECORDS_LISTED,
                    Optional.of(ISSUED.plus(Duration.ofDays(400))),
                    Optional.of(ISSUED.plus(Duration.ofDays(10))))));
    TrustedEntity itsef =
        new TrustedEntity(
            TestBodies.itsef(),
            List.of(TestBodies.accreditation(TestBodies.ITSEF)),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of());
    return new TrustList(
        TestBodies.NCCA,
        MemberState.NL,
        7,
        ISSUED,
        ISSUED.plus(Duration.ofDays(30)),
        List.of(ncca, cab, itsef));
  }

  static ListOfTrustLists lotl() {
    return new ListOfTrustLists(
        "European Commission (test)",
        3,
        ISSUED,
        ISSUED.plus(Duration.ofDays(90)),
        List.of(
            new TrustListPointer(
                MemberState.NL,
                "lists/NL.p7m",
                List.of(der("nl signer 1"), der("nl signer 2")),
                Optional.of(Bytes.copyOf(new byte[32]))),
            new TrustListPointer(
                MemberState.DE, "lists/DE.p7m", List.of(der("de signer")), Optional.empty())));
  }

  static StatusList statusList() {
    Instant issued = ISSUED.minus(Duration.ofDays(100));
    StatusEntry a =
        new StatusEntry(
            CertificateId.of("EUCC-3110-2026-0001"),
            issued,
            Bytes.copyOf(new byte[32]),
            List.of(
                new StatusEvent(
                    CertificateEventKind.ISSUED, issued, Optional.empty(), Optional.empty()),
                new StatusEvent(
                    CertificateEventKind.SUSPENDED,
                    issued.plus(Duration.ofDays(10)),
                    Optional.of(TestClocks.ISSUE_DAY),
                    Optional.empty()),
                new StatusEvent(
                    CertificateEventKind.REINSTATED,
                    issued.plus(Duration.ofDays(20)),
                    Optional.empty(),
                    Optional.empty()),
                new StatusEvent(
                    CertificateEventKind.WITHDRAWN,
                    issued.plus(Duration.ofDays(30)),
                    Optional.empty(),
                    Optional.of(WithdrawalReason.HOLDER_REQUEST))));
    StatusEntry b =
        new StatusEntry(
            CertificateId.of("EUCC-3110-2026-0002"),
            issued,
            Bytes.copyOf(new byte[32]),
            List.of(
                new StatusEvent(
                    CertificateEventKind.ISSUED, issued, Optional.empty(), Optional.empty())));
    return new StatusList(
        TestBodies.CAB,
        12,
        ISSUED,
        ISSUED.plus(Duration.ofDays(1)),
        new AuditHead(42, "ab".repeat(32)),
        List.of(a, b));
  }
}
