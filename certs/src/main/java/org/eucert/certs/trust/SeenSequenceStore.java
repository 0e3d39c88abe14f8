/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.trust;

import java.util.OptionalLong;

/**
 * Remembers the highest sequence number seen for each list of a trust bundle, so that a replayed
 * older list is refused as {@link ListHealth#ROLLED_BACK} (ARCHITECTURE.md section 7: the command
 * line keeps it in {@code HOME/state}).
 *
 * <p>Implementations are thread-safe. List ids are those of {@link ListInfo#id()}: {@code lotl},
 * {@code lists/<MS>}, {@code status/<body-id>}.
 *
 * @since 0.1
 */
public interface SeenSequenceStore {
  /** The highest sequence number recorded for the list, if any. */
  OptionalLong highest(String listId);

  /**
   * Records that {@code sequence} was seen for the list; keeps the higher of it and the one
   * recorded. Throws {@link java.io.UncheckedIOException} if a persistent store cannot write.
   */
  void record(String listId, long sequence);
}
