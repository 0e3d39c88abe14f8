/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.trust;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.eucert.core.model.CertificateStatus;
import org.eucert.core.registry.CertificateEventKind;
import org.eucert.core.registry.WithdrawalReason;
import org.eucert.core.time.LegalTime;

/**
 * One event in a certificate's published history: issued, suspended (with the planned end, EUCC Art
 * 30(1)), suspension extended, reinstated, withdrawn (with the reason, EUCC Art 14), review
 * confirmed. The kinds are the registry's {@link CertificateEventKind}, spelled the same.
 *
 * <p>Immutable.
 *
 * @param kind what happened
 * @param at when it took effect
 * @param plannedUntil for a suspension or its extension, the planned last day, if set
 * @param reason for a withdrawal, the reason
 * @since 0.1
 */
public record StatusEvent(
    CertificateEventKind kind,
    Instant at,
    Optional<LocalDate> plannedUntil,
    Optional<WithdrawalReason> reason) {
  public StatusEvent {
    checkNotNull(kind, "kind");
    at = LegalTime.normalize(checkNotNull(at, "at"));
    checkNotNull(plannedUntil, "plannedUntil");
    checkNotNull(reason, "reason");
    checkArgument(
        plannedUntil.isEmpty()
            || kind == CertificateEventKind.SUSPENDED
            || kind == CertificateEventKind.SUSPENSION_EXTENDED,
        "only a suspension has a planned end: %s",
        kind);
    checkArgument(
        reason.isEmpty() || kind == CertificateEventKind.WITHDRAWN,
        "only a withdrawal has a reason: %s",
        kind);
    checkArgument(
        kind != CertificateEventKind.WITHDRAWN || reason.isPresent(),
        "a withdrawal needs its reason");
  }

  /** The stored status this event sets, if it changes the status. */
  public Optional<CertificateStatus> status() {
    switch (kind) {
      case ISSUED:
      case REINSTATED:
        return Optional.of(CertificateStatus.IN_FORCE);
      case SUSPENDED:
        return Optional.of(CertificateStatus.SUSPENDED);
      case WITHDRAWN:
        return Optional.of(CertificateStatus.WITHDRAWN);
      default:
        return Optional.empty();
    }
  }
}
