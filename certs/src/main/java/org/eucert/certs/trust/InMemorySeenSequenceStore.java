/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.trust;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link SeenSequenceStore} in memory, forgotten when the process ends: for tests and for
 * long-running services that reload a bundle.
 *
 * <p>Thread-safe.
 *
 * @since 0.1
 */
public final class InMemorySeenSequenceStore implements SeenSequenceStore {
  private final ConcurrentHashMap<String, Long> highest = new ConcurrentHashMap<>();

  /** An empty store. */
  public InMemorySeenSequenceStore() {}

  @Override
  public OptionalLong highest(String listId) {
    Long v = highest.get(checkNotNull(listId, "listId"));
    return v == null ? OptionalLong.empty() : OptionalLong.of(v);
  }

  @Override
  public void record(String listId, long sequence) {
    highest.merge(checkNotNull(listId, "listId"), sequence, Math::max);
  }
}
