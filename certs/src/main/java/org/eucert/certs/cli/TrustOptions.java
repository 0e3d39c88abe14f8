/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eucert.certs.trust.Anchor;
import org.eucert.certs.trust.Anchors;
import org.eucert.certs.trust.FileSeenSequenceStore;
import org.eucert.certs.trust.InMemorySeenSequenceStore;
import org.eucert.certs.trust.SeenSequenceStore;
import org.eucert.certs.trust.TrustBundle;
import org.eucert.certs.trust.TrustSnapshot;
import picocli.CommandLine.Option;

/**
 * Where the trust bundle and its anchors are, for {@code verify} and {@code trust health}:
 * {@code --trust} (default {@code HOME/trust}) and {@code --anchors} (default {@code
 * TRUST/anchors.pem}). Sequence numbers already seen are kept in {@code HOME/state} when there is a
 * home, so a replayed older list is refused across runs (ARCHITECTURE.md section 7); without a home
 * they are kept for the run only.
 *
 * @since 0.1
 */
final class TrustOptions {
  static final String SEEN_FILE = "seen-sequences.properties";

  @Option(names = "--trust", paramLabel = "DIR", description = "the trust bundle (default: HOME/trust)")
  Path trust;

  @Option(
      names = "--anchors",
      paramLabel = "FILE",
      description = "PEM certificates allowed to sign the list of trust lists (default: TRUST/anchors.pem)")
  Path anchors;

  /** The bundle folder. */
  Path trustDir(EucertCommand root) {
    if (trust != null) {
      return trust;
    }
    return root.homeDir().resolve("trust");
  }

  /**
   * Loads and verifies the bundle once.
   *
   * @throws CliException 66 if the bundle folder or the anchors file is missing or unreadable, 65
   *     if the anchors file holds no certificate
   */
  TrustSnapshot load(EucertCommand root) {
    Path dir = trustDir(root);
    if (!Files.isDirectory(dir)) {
      throw new CliException(
          ExitCode.NO_INPUT,
          "no trust bundle at "
              + dir
              + (trust == null ? " (run 'eucert publish', or pass --trust DIR)" : ""));
    }
    Path anchorFile = anchors != null ? anchors : dir.resolve("anchors.pem");
    List<Anchor> list = readAnchors(anchorFile);
    return TrustBundle.load(dir, list, seenStore(root), root.clock());
  }

  private static SeenSequenceStore seenStore(EucertCommand root) {
    Path home = root.homeDir();
    if (Home.exists(home)) {
      return new FileSeenSequenceStore(home.resolve("state").resolve(SEEN_FILE));
    }
    return new InMemorySeenSequenceStore();
  }

  /** The certificates of a PEM file as anchors, each valid within its certificate's window. */
  static List<Anchor> readAnchors(Path file) {
    byte[] pem = Args.read(file);
    try {
      return Anchors.fromPem(pem);
    } catch (IllegalArgumentException e) {
      throw new CliException(ExitCode.DATA, file + ": " + e.getMessage(), e);
    }
  }
}
