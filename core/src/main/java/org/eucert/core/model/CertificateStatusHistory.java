/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.eucert.core.time.LegalTime;
import org.eucert.core.time.Timeline;
import org.eucert.core.time.TimelineEntry;

/**
 * The status of a certificate over time: the stored events ({@link CertificateStatus#IN_FORCE} from
 * issue, then suspensions, reinstatements, a withdrawal) and the validity end from which {@link
 * CertificateStatus#EXPIRED} is <em>derived</em>, never stored (DOMAIN.md 7.4 R20).
 *
 * <p>Rules of derivation: before issue, "not yet listed" (empty); a withdrawal is terminal and wins
 * over expiry; after the validity end a certificate not withdrawn is expired, suspended or not
 * (EUCC Art 30(1): suspension does not stop the clock); otherwise the stored status.
 *
 * <p>Immutable.
 *
 * @param events stored status events; the first is IN_FORCE at the issue instant, EXPIRED never
 *     appears, and nothing follows WITHDRAWN
 * @param validUntil the last day of validity, inclusive, Europe/Brussels
 * @since 0.1
 */
public record CertificateStatusHistory(Timeline<CertificateStatus> events, LocalDate validUntil) {
  public CertificateStatusHistory {
    checkNotNull(events, "events");
    checkNotNull(validUntil, "validUntil");
    checkArgument(!events.isEmpty(), "a certificate's history starts with its issue");
    checkArgument(
        events.entries().get(0).status() == CertificateStatus.IN_FORCE,
        "a certificate's history starts IN_FORCE");
    boolean withdrawn = false;
    for (TimelineEntry<CertificateStatus> e : events.entries()) {
      checkArgument(!withdrawn, "nothing follows a withdrawal (EUCC Art 14): %s", e);
      checkArgument(
          e.status() != CertificateStatus.EXPIRED, "EXPIRED is derived, never stored: %s", e);
      withdrawn = e.status() == CertificateStatus.WITHDRAWN;
    }
  }

  /** A history of a certificate issued at {@code issuedAt}, in force since. */
  public static CertificateStatusHistory issued(Instant issuedAt, LocalDate validUntil) {
    return new CertificateStatusHistory(
        Timeline.starting(CertificateStatus.IN_FORCE, issuedAt), validUntil);
  }

  /** The issue instant. */
  public Instant issuedAt() {
    return events.entries().get(0).from();
  }

  /** The status at {@code instant}; empty before the issue instant. */
  public Optional<CertificateStatus> at(Instant instant) {
    Optional<CertificateStatus> stored = events.at(instant);
    if (stored.isEmpty() || stored.get() == CertificateStatus.WITHDRAWN) {
      return stored;
    }
    if (!LegalTime.onOrBefore(instant, validUntil)) {
      return Optional.of(CertificateStatus.EXPIRED);
    }
    return stored;
  }

  /** This history with one more stored event. */
  public CertificateStatusHistory then(CertificateStatus status, Instant from) {
    return new CertificateStatusHistory(events.then(status, from), validUntil);
  }
}
