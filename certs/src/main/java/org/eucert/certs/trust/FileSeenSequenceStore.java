/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.trust;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A {@link SeenSequenceStore} kept in one text file ({@code <list-id> <sequence>} per line, sorted),
 * for the command line's {@code HOME/state}. Every {@link #record} that raises a number rewrites
 * the file atomically (a temporary file in the same folder, then an atomic rename), so a crash
 * leaves the old or the new file, never a half-written one.
 *
 * <p>Thread-safe within one process (methods are synchronized); two processes sharing the file may
 * lose each other's updates, which at worst forgets a number (a later load records it again).
 *
 * @since 0.1
 */
public final class FileSeenSequenceStore implements SeenSequenceStore {
  private static final Pattern LINE = Pattern.compile("([a-z]+(?:/[A-Za-z0-9._-]+)?) ([0-9]{1,19})");

  private final Path file;
  private final TreeMap<String, Long> highest = new TreeMap<>();

  /**
   * A store in {@code file}, read now if it exists.
   *
   * @throws UncheckedIOException if the file exists and cannot be read
   * @throws IllegalArgumentException if the file is not such a store
   */
  public FileSeenSequenceStore(Path file) {
    this.file = checkNotNull(file, "file").toAbsolutePath();
    List<String> lines;
    try {
      lines = Files.readAllLines(this.file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      lines = List.of();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the seen-sequence store " + this.file, e);
    }
    int n = 0;
    for (String line : lines) {
      n++;
      if (line.isBlank()) {
        continue;
      }
      var m = LINE.matcher(line.strip());
      checkArgument(
          m.matches(), "%s line %s is not '<list-id> <sequence>'", this.file, n);
      try {
        highest.merge(m.group(1), Long.parseLong(m.group(2)), Math::max);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(this.file + " line " + n + ": sequence too large", e);
      }
    }
  }

  /** The file this store keeps. */
  public Path file() {
    return file;
  }

  @Override
  public synchronized OptionalLong highest(String listId) {
    Long v = highest.get(checkNotNull(listId, "listId"));
    return v == null ? OptionalLong.empty() : OptionalLong.of(v);
  }

  @Override
  public synchronized void record(String listId, long sequence) {
    checkNotNull(listId, "listId");
    checkArgument(LINE.matcher(listId + " 0").matches(), "not a list id: %s", listId);
    checkArgument(sequence >= 0, "negative sequence %s", sequence);
    Long old = highest.get(listId);
    if (old != null && old >= sequence) {
      return;
    }
    TreeMap<String, Long> next = new TreeMap<>(highest);
    next.put(listId, sequence);
    write(next);
    highest.put(listId, sequence);
  }

  private void write(Map<String, Long> values) {
    StringBuilder text = new StringBuilder();
    values.forEach((k, v) -> text.append(k).append(' ').append(v).append('\n'));
    try {
      Path dir = file.getParent();
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
      try {
        Files.write(tmp, text.toString().getBytes(StandardCharsets.UTF_8));
        try {
          Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the seen-sequence store " + file, e);
    }
  }
}
