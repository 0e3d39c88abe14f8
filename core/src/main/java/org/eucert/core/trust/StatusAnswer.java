/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.trust;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * The answer of {@link StatusList#statusAt}: the listed status and, for a listed certificate, the
 * entry and the event that set the status (e.g. the withdrawal with its reason, the suspension with
 * its planned end).
 *
 * <p>Immutable.
 *
 * @param status what the list says
 * @param entry the certificate's entry, if listed
 * @param event the event that set the status, for IN_FORCE, SUSPENDED and WITHDRAWN
 * @since 0.1
 */
public record StatusAnswer(
    ListedStatus status, Optional<StatusEntry> entry, Optional<StatusEvent> event) {
  public StatusAnswer {
    checkNotNull(status, "status");
    checkNotNull(entry, "entry");
    checkNotNull(event, "event");
    boolean listed =
        status == ListedStatus.IN_FORCE
            || status == ListedStatus.SUSPENDED
            || status == ListedStatus.WITHDRAWN;
    checkArgument(listed == event.isPresent(), "an event goes with a listed status: %s", status);
    checkArgument(!listed || entry.isPresent(), "a listed status needs its entry: %s", status);
  }

  /** An answer without an entry: NOT_REGISTERED or NO_STATUS_INFORMATION. */
  public static StatusAnswer of(ListedStatus status) {
    return new StatusAnswer(status, Optional.empty(), Optional.empty());
  }

  /** Whether the list says {@code status}. */
  public boolean is(ListedStatus status) {
    return this.status == status;
  }
}
