/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.trust;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eucert.core.model.Bytes;
import org.eucert.core.model.CertificateId;
import org.eucert.core.registry.CertificateEventKind;
import org.eucert.core.time.LegalTime;

/**
 * One certificate in a status list: its identifier, issue instant, the SHA-256 of its content XML
 * exactly as signed (so a verifier can tell that the certificate in hand is the one listed) and
 * every event of its history (EUCC Art 42(1)(b): in force, suspended, withdrawn).
 *
 * <p>Immutable.
 *
 * @param id the certificate identifier
 * @param issued the issue instant
 * @param contentDigest SHA-256 of the certificate content XML bytes as signed (32 bytes)
 * @param events the events, oldest first: ISSUED at {@code issued} first, instants not decreasing,
 *     nothing after WITHDRAWN
 * @since 0.1
 */
public record StatusEntry(
    CertificateId id, Instant issued, Bytes contentDigest, List<StatusEvent> events) {
  public StatusEntry {
    checkNotNull(id, "id");
    issued = LegalTime.normalize(checkNotNull(issued, "issued"));
    checkNotNull(contentDigest, "contentDigest");
    events = ImmutableList.copyOf(events);
    checkArgument(contentDigest.size() == 32, "%s: a SHA-256 digest has 32 bytes", id);
    checkArgument(
        !events.isEmpty() && events.get(0).kind() == CertificateEventKind.ISSUED,
        "%s: the first event is its issue",
        id);
    checkArgument(
        events.get(0).at().equals(issued), "%s: the issue event is not at the issue instant", id);
    for (int i = 1; i < events.size(); i++) {
      StatusEvent prev = events.get(i - 1);
      StatusEvent e = events.get(i);
      checkArgument(e.kind() != CertificateEventKind.ISSUED, "%s: issued twice", id);
      checkArgument(
          prev.kind() != CertificateEventKind.WITHDRAWN, "%s: nothing follows a withdrawal", id);
      checkArgument(!e.at().isBefore(prev.at()), "%s: events out of order at %s", id, e.at());
    }
  }

  /**
   * The event that set the stored status at {@code at}: the last status-changing event at or
   * before it; empty before the issue.
   */
  public Optional<StatusEvent> statusEventAt(Instant at) {
    Instant t = LegalTime.normalize(checkNotNull(at, "at"));
    StatusEvent found = null;
    for (StatusEvent e : events) {
      if (e.at().isAfter(t)) {
        break;
      }
      if (e.status().isPresent()) {
        found = e;
      }
    }
    return Optional.ofNullable(found);
  }
}
