/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.trust;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The health view of a trust snapshot at an instant (ARCHITECTURE.md section 7, {@code eucert trust
 * health}): what is loaded, from when, the sequence numbers, the ages, what is stale and what is
 * unusable.
 *
 * <p>Immutable.
 *
 * @param at the instant the view was taken
 * @param loadedAt when the snapshot was loaded
 * @param lists one line per list
 * @since 0.1
 */
public record TrustHealth(Instant at, Instant loadedAt, List<Line> lists) {
  public TrustHealth {
    checkNotNull(at, "at");
    checkNotNull(loadedAt, "loadedAt");
    lists = ImmutableList.copyOf(lists);
  }

  /**
   * One list at the instant.
   *
   * @param info the list
   * @param age time since its issue (zero if unread or issued in the future)
   * @param stale whether it is past its next update
   */
  public record Line(ListInfo info, Duration age, boolean stale) {
    public Line {
      checkNotNull(info, "info");
      checkNotNull(age, "age");
    }
  }

  /** The lists that are stale at {@link #at()}. */
  public List<ListInfo> stale() {
    return lists.stream().filter(Line::stale).map(Line::info).collect(ImmutableList.toImmutableList());
  }

  /** The lists whose health is not OK. */
  public List<ListInfo> unusable() {
    return lists.stream()
        .map(Line::info)
        .filter(i -> !i.isOk())
        .collect(ImmutableList.toImmutableList());
  }

  /** Whether every list is OK and none is stale. */
  public boolean isHealthy() {
    return stale().isEmpty() && unusable().isEmpty();
  }
}
