/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link FileSeenSequenceStore} and {@link InMemorySeenSequenceStore}. */
class FileSeenSequenceStoreTest {
  @TempDir Path tmp;

  @Test
  void record_survivesReopening_andKeepsTheHighest() throws IOException {
    Path file = tmp.resolve("state/seen");
    FileSeenSequenceStore store = new FileSeenSequenceStore(file);
    assertEquals(OptionalLong.empty(), store.highest("lotl"));

    store.record("lotl", 5);
    store.record("status/NL-CB", 7);
    store.record("lotl", 3);

    FileSeenSequenceStore reopened = new FileSeenSequenceStore(file);
    assertEquals(OptionalLong.of(5), reopened.highest("lotl"));
    assertEquals(OptionalLong.of(7), reopened.highest("status/NL-CB"));
    assertEquals(
        List.of("lotl 5", "status/NL-CB 7"), Files.readAllLines(file, StandardCharsets.UTF_8));
    try (Stream<Path> files = Files.list(file.getParent())) {
      assertEquals(List.of(file), files.toList(), "no temporary file is left behind");
    }
  }

  @Test
  void open_malformedFile_refused() throws IOException {
    Path file = tmp.resolve("seen");
    Files.write(file, "lotl five\n".getBytes(StandardCharsets.UTF_8));

    assertThrows(IllegalArgumentException.class, () -> new FileSeenSequenceStore(file));
  }

  @Test
  void record_badListId_refused() {
    FileSeenSequenceStore store = new FileSeenSequenceStore(tmp.resolve("seen"));

    assertThrows(IllegalArgumentException.class, () -> store.record("../x 1\nlotl", 1));
    assertTrue(Files.notExists(tmp.resolve("seen")));
  }

  @Test
  void inMemory_keepsTheHighest() {
    InMemorySeenSequenceStore store = new InMemorySeenSequenceStore();
    store.record("lists/NL", 4);
    store.record("lists/NL", 2);

    assertEquals(OptionalLong.of(4), store.highest("lists/NL"));
    assertEquals(OptionalLong.empty(), store.highest("lists/DE"));
  }
}
