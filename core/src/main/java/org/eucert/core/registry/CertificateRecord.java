/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eucert.core.model.CertificateStatus;
import org.eucert.core.model.CertificateStatusHistory;
import org.eucert.core.model.Holder;
import org.eucert.core.time.Timeline;
import org.eucert.core.time.TimelineEntry;

/**
 * A certificate as the registry holds it: its summary, the holder as recorded, and every stored
 * event, oldest first. The status at any instant follows from the events and the validity end
 * ({@link #statusAt}, DOMAIN.md 7.4 R20).
 *
 * <p>Immutable.
 *
 * @param summary the indexed columns and latest status
 * @param holder the holder as recorded with the certificate
 * @param events the stored events, oldest first; the first is {@link CertificateEventKind#ISSUED}
 * @since 0.1
 */
public record CertificateRecord(
    CertificateSummary summary, Holder holder, List<CertificateEvent> events) {
  public CertificateRecord {
    checkNotNull(summary, "summary");
    checkNotNull(holder, "holder");
    events = ImmutableList.copyOf(events);
    checkArgument(
        !events.isEmpty() && events.get(0).kind() == CertificateEventKind.ISSUED,
        "certificate %s: the first event is its issue",
        summary.id());
  }

  /** The status history: the status-changing events and the validity end. */
  public CertificateStatusHistory history() {
    List<TimelineEntry<CertificateStatus>> entries = new ArrayList<>();
    for (CertificateEvent e : events) {
      if (e.kind().changesStatus()) {
        entries.add(TimelineEntry.of(e.status(), e.effectiveAt()));
      }
    }
    return new CertificateStatusHistory(Timeline.of(entries), summary.validUntil());
  }

  /** The status at {@code instant}; empty before the issue instant. */
  public Optional<CertificateStatus> statusAt(Instant instant) {
    return history().at(instant);
  }

  /** The newest event. */
  public CertificateEvent latestEvent() {
    return events.get(events.size() - 1);
  }
}
