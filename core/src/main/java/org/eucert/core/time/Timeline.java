/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.time;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The status history of anything that has a status: certificates, notifications, accreditations,
 * authorisations, delegations, approvals, scheme versions. An ordered list of {@link TimelineEntry
 * (status, from)} entries with strictly increasing instants.
 *
 * <p>Nothing is deleted: a change is a new entry appended with {@link #then}; a withdrawal is a
 * status like any other. {@link #at(Instant)} answers "which status held at that instant"; an
 * instant before the first entry is "not yet listed" and answers {@link Optional#empty()}, which is
 * distinct from every status.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <S> the status type, usually an enum
 * @since 0.1
 */
public final class Timeline<S> {
  private static final Timeline<?> EMPTY = new Timeline<>(ImmutableList.of());

  private final ImmutableList<TimelineEntry<S>> entries;

  private Timeline(ImmutableList<TimelineEntry<S>> entries) {
    this.entries = entries;
  }

  /** A time line with no entries: "not yet listed" at every instant. */
  @SuppressWarnings("unchecked")
  public static <S> Timeline<S> empty() {
    return (Timeline<S>) EMPTY;
  }

  /** A time line with one entry. */
  public static <S> Timeline<S> starting(S status, Instant from) {
    return new Timeline<>(ImmutableList.of(TimelineEntry.of(status, from)));
  }

  /**
   * A time line of the given entries.
   *
   * @throws IllegalArgumentException unless the instants are strictly increasing
   */
  public static <S> Timeline<S> of(List<TimelineEntry<S>> entries) {
    ImmutableList<TimelineEntry<S>> copy = ImmutableList.copyOf(entries);
    for (int i = 1; i < copy.size(); i++) {
      checkArgument(
          copy.get(i - 1).from().isBefore(copy.get(i).from()),
          "time line entries must have strictly increasing instants: %s is not after %s",
          copy.get(i).from(),
          copy.get(i - 1).from());
    }
    return new Timeline<>(copy);
  }

  /**
   * This time line with one more entry at its end.
   *
   * @throws IllegalArgumentException if {@code from} is not after the last entry: the past is not
   *     rewritten
   */
  public Timeline<S> then(S status, Instant from) {
    TimelineEntry<S> next = TimelineEntry.of(status, from);
    if (!entries.isEmpty()) {
      TimelineEntry<S> last = entries.get(entries.size() - 1);
      checkArgument(
          last.from().isBefore(next.from()),
          "a new entry must come after the last one (%s at %s), got %s",
          last.status(),
          last.from(),
          next.from());
    }
    return new Timeline<>(
        ImmutableList.<TimelineEntry<S>>builderWithExpectedSize(entries.size() + 1)
            .addAll(entries)
            .add(next)
            .build());
  }

  /** The status that held at {@code instant}; empty if the instant is before the first entry. */
  public Optional<S> at(Instant instant) {
    return entryAt(instant).map(TimelineEntry::status);
  }

  /** The entry in force at {@code instant}; empty if the instant is before the first entry. */
  public Optional<TimelineEntry<S>> entryAt(Instant instant) {
    Instant t = LegalTime.normalize(checkNotNull(instant, "instant"));
    int lo = 0;
    int hi = entries.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (entries.get(mid).from().isAfter(t)) {
        hi = mid - 1;
      } else {
        found = mid;
        lo = mid + 1;
      }
    }
    return found < 0 ? Optional.empty() : Optional.of(entries.get(found));
  }

  /** Every entry, oldest first. */
  public List<TimelineEntry<S>> entries() {
    return entries;
  }

  /** Whether there is no entry at all. */
  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /** The newest entry, if any. */
  public Optional<TimelineEntry<S>> latest() {
    return entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(entries.size() - 1));
  }

  /** The oldest entry, if any: from when the thing was listed. */
  public Optional<TimelineEntry<S>> first() {
    return entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(0));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Timeline<?> other && entries.equals(other.entries);
  }

  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  @Override
  public String toString() {
    return "Timeline" + entries;
  }
}
