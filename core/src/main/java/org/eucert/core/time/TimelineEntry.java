/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.time;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;

/**
 * One entry of a {@link Timeline}: a status that holds from an instant (inclusive) until the next
 * entry's instant (exclusive). Immutable; {@code from} is normalised to microseconds.
 *
 * @param <S> the status type, usually an enum
 * @since 0.1
 */
public record TimelineEntry<S>(S status, Instant from) {
  public TimelineEntry {
    checkNotNull(status, "status");
    from = LegalTime.normalize(checkNotNull(from, "from"));
  }

  /** An entry holding {@code status} from {@code from}. */
  public static <S> TimelineEntry<S> of(S status, Instant from) {
    return new TimelineEntry<>(status, from);
  }
}
