/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.trust;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Optional;
import org.eucert.core.model.BodyId;
import org.eucert.core.model.MemberState;

/**
 * What a trust snapshot knows about one list of the bundle: which list, its sequence number, issue
 * and next-update instants (as read from it, if it could be read), the SHA-256 of the file and its
 * {@link ListHealth} with a one-line message.
 *
 * <p>Immutable. For a list that could not be read (missing, malformed), {@code sequence} is 0 and
 * {@code issued} and {@code nextUpdate} are {@link Instant#EPOCH}.
 *
 * @param id {@code lotl}, {@code lists/<MS>} or {@code status/<body-id>}
 * @param kind the kind of list
 * @param memberState for a trust list, its Member State
 * @param body for a trust list its issuing NCCA, for a status list its issuer
 * @param sequence the sequence number, 0 if unread
 * @param issued the issue instant
 * @param nextUpdate the next update
 * @param sha256Hex lower-case hex SHA-256 of the file, empty string if missing
 * @param health whether it can be relied on
 * @param message what is wrong, or a short summary if OK
 * @since 0.1
 */
public record ListInfo(
    String id,
    ListKind kind,
    Optional<MemberState> memberState,
    Optional<BodyId> body,
    long sequence,
    Instant issued,
    Instant nextUpdate,
    String sha256Hex,
    ListHealth health,
    String message) {
  public ListInfo {
    checkNotNull(id, "id");
    checkNotNull(kind, "kind");
    checkNotNull(memberState, "memberState");
    checkNotNull(body, "body");
    checkNotNull(issued, "issued");
    checkNotNull(nextUpdate, "nextUpdate");
    checkNotNull(sha256Hex, "sha256Hex");
    checkNotNull(health, "health");
    checkNotNull(message, "message");
  }

  /** Whether the list is past its next update at {@code now} (an unread list is always stale). */
  public boolean staleAt(Instant now) {
    checkNotNull(now, "now");
    return !now.isBefore(nextUpdate);
  }

  /** Whether the list can be relied on: {@link ListHealth#OK}. */
  public boolean isOk() {
    return health == ListHealth.OK;
  }
}
