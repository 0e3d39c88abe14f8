/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * The result of walking the audit chain ({@link Registry#verifyAudit()}): how many entries were
 * checked and the first broken link, if any. A broken chain is a value, not an exception.
 *
 * <p>Immutable.
 *
 * @param checked the number of entries checked
 * @param head the head as stored
 * @param firstBreak the first broken link; empty if the chain is intact
 * @since 0.1
 */
public record AuditVerification(long checked, AuditHead head, Optional<Break> firstBreak) {
  public AuditVerification {
    checkArgument(checked >= 0, "checked must not be negative");
    checkNotNull(head, "head");
    checkNotNull(firstBreak, "firstBreak");
  }

  /** Whether every link held. */
  public boolean intact() {
    return firstBreak.isEmpty();
  }

  /** What can be wrong with a link. */
  public enum Problem {
    /** An entry is missing: the sequence numbers have a gap. */
    SEQUENCE_GAP,
    /** The entry does not carry the previous entry's hash. */
    PREVIOUS_HASH_MISMATCH,
    /** The entry's content does not hash to its stored hash: it was changed. */
    HASH_MISMATCH,
    /** The stored head does not name the newest entry: entries were removed or added outside. */
    HEAD_MISMATCH
  }

  /**
   * The first broken link.
   *
   * @param seq the sequence number of the entry where the chain breaks (for HEAD_MISMATCH, the
   *     head's)
   * @param problem what is wrong
   */
  public record Break(long seq, Problem problem) {
    public Break {
      checkNotNull(problem, "problem");
    }
  }
}
