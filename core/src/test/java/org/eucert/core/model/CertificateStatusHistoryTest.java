/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.model;

import static org.eucert.core.model.CertificateStatus.EXPIRED;
import static org.eucert.core.model.CertificateStatus.IN_FORCE;
import static org.eucert.core.model.CertificateStatus.SUSPENDED;
import static org.eucert.core.model.CertificateStatus.WITHDRAWN;
import static org.eucert.core.testing.TestClocks.brussels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.eucert.core.testing.TestClocks;
import org.eucert.core.time.Timeline;
import org.junit.jupiter.api.Test;

class CertificateStatusHistoryTest {
  private static final Instant ISSUE = TestClocks.ISSUE;
  private static final LocalDate LAST_DAY = LocalDate.of(2029, 4, 30);

  @Test
  void beforeIssue_notYetListed() {
    CertificateStatusHistory h = CertificateStatusHistory.issued(ISSUE, LAST_DAY);
    assertEquals(Optional.empty(), h.at(ISSUE.minusNanos(1_000)));
    assertEquals(Optional.of(IN_FORCE), h.at(ISSUE));
  }

  @Test
  void validUntil_isInclusiveThroughTheWholeDayInBrussels() {
    CertificateStatusHistory h = CertificateStatusHistory.issued(ISSUE, LAST_DAY);
    assertEquals(Optional.of(IN_FORCE), h.at(brussels("2029-04-30T23:59:59.999999")));
    assertEquals(Optional.of(EXPIRED), h.at(brussels("2029-05-01T00:00")));
    // 22:30 UTC on the last day is already the next day in Brussels (UTC+2)
    assertEquals(Optional.of(EXPIRED), h.at(Instant.parse("2029-04-30T22:30:00Z")));
  }

  @Test
  void suspendedPastTheValidityEnd_isExpired_EUCC_30_1() {
    CertificateStatusHistory h =
        CertificateStatusHistory.issued(ISSUE, LAST_DAY)
            .then(SUSPENDED, brussels("2029-04-20T09:00"));
    assertEquals(Optional.of(SUSPENDED), h.at(brussels("2029-04-30T12:00")));
    assertEquals(Optional.of(EXPIRED), h.at(brussels("2029-05-01T00:00")));
  }

  @Test
  void withdrawal_winsOverExpiry_andIsTerminal() {
    CertificateStatusHistory h =
        CertificateStatusHistory.issued(ISSUE, LAST_DAY)
            .then(WITHDRAWN, brussels("2027-01-10T09:00"));
    assertEquals(Optional.of(IN_FORCE), h.at(brussels("2027-01-10T08:59:59.999999")));
    assertEquals(Optional.of(WITHDRAWN), h.at(brussels("2027-01-10T09:00")));
    assertEquals(Optional.of(WITHDRAWN), h.at(brussels("2035-01-01T00:00")));
    assertThrows(
        IllegalArgumentException.class, () -> h.then(IN_FORCE, brussels("2027-02-01T09:00")));
    assertThrows(
        IllegalArgumentException.class, () -> h.then(WITHDRAWN, brussels("2027-02-01T09:00")));
  }

  @Test
  void withdrawnAfterExpiry_expiredUntilThenWithdrawn() {
    CertificateStatusHistory h =
        CertificateStatusHistory.issued(ISSUE, LAST_DAY)
            .then(WITHDRAWN, brussels("2030-01-10T09:00"));
    assertEquals(Optional.of(EXPIRED), h.at(brussels("2029-06-01T00:00")));
    assertEquals(Optional.of(WITHDRAWN), h.at(brussels("2030-01-10T09:00")));
  }

  @Test
  void reinstatedAfterSuspension_inForceAgain() {
    CertificateStatusHistory h =
        CertificateStatusHistory.issued(ISSUE, LAST_DAY)
            .then(SUSPENDED, brussels("2027-01-10T09:00"))
            .then(IN_FORCE, brussels("2027-02-10T09:00"));
    assertEquals(Optional.of(SUSPENDED), h.at(brussels("2027-02-10T08:59")));
    assertEquals(Optional.of(IN_FORCE), h.at(brussels("2027-02-10T09:00")));
  }

  @Test
  void storedExpired_refused_becauseExpiryIsDerived() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            CertificateStatusHistory.issued(ISSUE, LAST_DAY)
                .then(EXPIRED, brussels("2029-05-01T00:00")));
  }

  @Test
  void historyNotStartingInForce_refused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new CertificateStatusHistory(Timeline.starting(SUSPENDED, ISSUE), LAST_DAY));
    assertThrows(
        IllegalArgumentException.class,
        () -> new CertificateStatusHistory(Timeline.starting(WITHDRAWN, ISSUE), LAST_DAY));
    assertThrows(
        IllegalArgumentException.class,
        () -> new CertificateStatusHistory(Timeline.empty(), LAST_DAY));
  }

  @Test
  void nulls_refused() {
    assertThrows(NullPointerException.class, () -> new CertificateStatusHistory(null, LAST_DAY));
    assertThrows(
        NullPointerException.class,
        () -> new CertificateStatusHistory(Timeline.starting(IN_FORCE, ISSUE), null));
    assertThrows(
        NullPointerException.class,
        () -> CertificateStatusHistory.issued(ISSUE, LAST_DAY).at(null));
  }
}
