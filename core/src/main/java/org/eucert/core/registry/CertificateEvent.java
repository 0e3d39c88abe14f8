/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.eucert.core.model.CertificateId;
import org.eucert.core.model.CertificateStatus;
import org.eucert.core.time.LegalTime;

/**
 * One stored event of a certificate, as appended by the registry.
 *
 * <p>Immutable.
 *
 * @param seq 1 for the issue, then 2, 3, ... in the order appended (and of {@code effectiveAt})
 * @param kind what happened
 * @param status the stored status from {@code effectiveAt} on (never EXPIRED)
 * @param effectiveAt from when it holds (a suspension: the start of the day after the decision)
 * @param decidedAt when it was decided
 * @param recordedAt when the registry recorded it (the registry's clock)
 * @param actor who recorded it
 * @param reason for a withdrawal, why
 * @param text the reason as given (free text), or the review's report reference
 * @param plannedUntil for a suspension or its extension, the planned last day (inclusive)
 * @param decisionReference a decision reference, e.g. the NCCA's reference of an extension
 * @param related a related certificate: the successor of a review
 * @since 0.1
 */
public record CertificateEvent(
    int seq,
    CertificateEventKind kind,
    CertificateStatus status,
    Instant effectiveAt,
    Instant decidedAt,
    Instant recordedAt,
    Actor actor,
    Optional<WithdrawalReason> reason,
    Optional<String> text,
    Optional<LocalDate> plannedUntil,
    Optional<String> decisionReference,
    Optional<CertificateId> related) {
  public CertificateEvent {
    checkArgument(seq >= 1, "seq starts at 1: %s", seq);
    checkNotNull(kind, "kind");
    checkNotNull(status, "status");
    checkArgument(status != CertificateStatus.EXPIRED, "EXPIRED is never stored");
    effectiveAt = LegalTime.normalize(effectiveAt);
    decidedAt = LegalTime.normalize(decidedAt);
    recordedAt = LegalTime.normalize(recordedAt);
    checkNotNull(actor, "actor");
    checkNotNull(reason, "reason");
    checkNotNull(text, "text");
    checkNotNull(plannedUntil, "plannedUntil");
    checkNotNull(decisionReference, "decisionReference");
    checkNotNull(related, "related");
  }
}
