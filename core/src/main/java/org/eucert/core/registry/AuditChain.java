/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Strings;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The canonical encoding and hash of audit entries, so that anyone holding the log (or a published
 * head) can recompute the chain without eucert.
 *
 * <p>Encoding, version 1: the ASCII line {@code eucert-audit-1}, a line feed, then for each field
 * in this order — {@code seq} (decimal), {@code recorded} (decimal microseconds since
 * 1970-01-01T00:00:00Z), {@code actor}, {@code action}, {@code subjectKind}, {@code subjectId},
 * {@code before}, {@code after}, {@code previous} (lower-case hex) — the field's name, {@code =},
 * the decimal length in bytes of the value's UTF-8 encoding, {@code :}, the value's UTF-8 bytes
 * and a line feed. The length prefix makes the encoding unambiguous whatever the values hold. The
 * hash is the lower-case hex SHA-256 of those bytes. The first entry's {@code previous} is {@link
 * #GENESIS}.
 *
 * <p>Example: an entry {@code seq=1} begins {@code eucert-audit-1\nseq=1:1\nrecorded=16:...}.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class AuditChain {
  /** The previous hash of the first entry: 64 zeros. */
  public static final String GENESIS = Strings.repeat("0", 64);

  private AuditChain() {}

  /** The canonical encoding of an entry's fields (everything but its own hash). */
  public static byte[] encode(
      long seq,
      Instant recordedAt,
      String actor,
      String action,
      String subjectKind,
      String subjectId,
      String before,
      String after,
      String previousHash) {
    checkArgument(seq >= 1, "seq starts at 1");
    StringBuilder sb = new StringBuilder("eucert-audit-1\n");
    field(sb, "seq", Long.toString(seq));
    field(sb, "recorded", Long.toString(micros(recordedAt)));
    field(sb, "actor", actor);
    field(sb, "action", action);
    field(sb, "subjectKind", subjectKind);
    field(sb, "subjectId", subjectId);
    field(sb, "before", before);
    field(sb, "after", after);
    field(sb, "previous", previousHash);
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The hash of an entry with these fields. */
  public static String hash(
      long seq,
      Instant recordedAt,
      String actor,
      String action,
      String subjectKind,
      String subjectId,
      String before,
      String after,
      String previousHash) {
    return Hashing.sha256()
        .hashBytes(
            encode(seq, recordedAt, actor, action, subjectKind, subjectId, before, after, previousHash))
        .toString()
        .toLowerCase(Locale.ROOT);
  }

  /** Recomputes the hash of a stored entry from its fields. */
  public static String hashOf(AuditEvent e) {
    return hash(
        e.seq(),
        e.recordedAt(),
        e.actor().name(),
        e.action(),
        e.subjectKind(),
        e.subjectId(),
        e.before(),
        e.after(),
        e.previousHash());
  }

  private static void field(StringBuilder sb, String name, String value) {
    checkNotNull(value, name);
    sb.append(name)
        .append('=')
        .append(value.getBytes(StandardCharsets.UTF_8).length)
        .append(':')
        .append(value)
        .append('\n');
  }

  private static long micros(Instant t) {
    return ChronoUnit.MICROS.between(Instant.EPOCH, checkNotNull(t, "recordedAt"));
  }
}
