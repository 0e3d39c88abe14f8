/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry.jpa;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.hash.Hashing;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.eucert.core.time.LegalTime;

/**
 * Conversions between domain values and column values, the same on every database: instants as
 * BIGINT microseconds since the epoch (exact at {@link LegalTime#PRECISION}, no session time zone
 * involved), sets and lists of short texts as one text with a value per line.
 */
final class Columns {
  private static final Splitter LINES = Splitter.on('\n');

  private Columns() {}

  static long micros(Instant t) {
    return ChronoUnit.MICROS.between(Instant.EPOCH, LegalTime.normalize(t));
  }

  static Instant instant(long micros) {
    return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
  }

  static Long micros(Optional<Instant> t) {
    return t.map(Columns::micros).orElse(null);
  }

  static Optional<Instant> instant(Long micros) {
    return micros == null ? Optional.empty() : Optional.of(instant(micros.longValue()));
  }

  static String orNull(Optional<String> value) {
    return value.orElse(null);
  }

  static Optional<String> opt(String value) {
    return Optional.ofNullable(value);
  }

  /** A set of texts, sorted, one per line. */
  static String set(Collection<String> values) {
    return list(new TreeSet<>(values));
  }

  /** A list of texts in their order, one per line. */
  static String list(Collection<String> values) {
    for (String v : values) {
      checkArgument(
          !v.isEmpty() && v.indexOf('\n') < 0 && v.indexOf('\r') < 0,
          "a listed value must be non-empty and on one line: '%s'",
          v);
    }
    return String.join("\n", values);
  }

  static List<String> values(String column) {
    return column == null || column.isEmpty()
        ? ImmutableList.of()
        : ImmutableList.copyOf(LINES.split(column));
  }

  static String sha256(byte[] data) {
    return Hashing.sha256().hashBytes(data).toString();
  }
}
