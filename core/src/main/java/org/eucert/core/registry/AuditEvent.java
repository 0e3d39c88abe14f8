/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import org.eucert.core.time.LegalTime;

/**
 * One entry of the registry's append-only audit log: who did what to which record, when, the
 * record's state before and after (as short {@code key=value} texts, documents by their SHA-256),
 * and the hash chain: the hash of the previous entry and this entry's own hash over the canonical
 * encoding of {@link AuditChain}.
 *
 * <p>Immutable.
 *
 * @param seq 1, 2, 3, ... without gaps
 * @param recordedAt when (the registry's clock)
 * @param actor who
 * @param action what, e.g. {@code CERTIFICATE_SUSPENDED}
 * @param subjectKind the kind of record, e.g. {@code CERTIFICATE}
 * @param subjectId the record's key, e.g. the certificate identifier
 * @param before the state before; empty text for a new record
 * @param after the state after
 * @param previousHash the previous entry's hash (64 zeros before the first)
 * @param hash this entry's hash, lower-case hex SHA-256
 * @since 0.1
 */
public record AuditEvent(
    long seq,
    Instant recordedAt,
    Actor actor,
    String action,
    String subjectKind,
    String subjectId,
    String before,
    String after,
    String previousHash,
    String hash) {
  public AuditEvent {
    checkArgument(seq >= 1, "seq starts at 1: %s", seq);
    recordedAt = LegalTime.normalize(recordedAt);
    checkNotNull(actor, "actor");
    checkNotNull(action, "action");
    checkNotNull(subjectKind, "subjectKind");
    checkNotNull(subjectId, "subjectId");
    checkNotNull(before, "before");
    checkNotNull(after, "after");
    checkNotNull(previousHash, "previousHash");
    checkNotNull(hash, "hash");
  }
}
