/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eucert.core.registry.AuditEvent;
import org.eucert.core.registry.AuditVerification;
import org.eucert.core.registry.CertificateCsvExport;
import org.eucert.core.registry.CertificateQuery;
import org.eucert.core.registry.Page;
import org.eucert.core.registry.PageRequest;
import org.eucert.core.registry.Registry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code eucert registry audit|export}: verify the registry's hash-chained audit log; export its
 * certificates.
 *
 * @since 0.1
 */
@Command(
    name = "registry",
    mixinStandardHelpOptions = true,
    description = "The registry: verify its audit chain, export its certificates.",
    footer = {"", "Examples:", "  eucert registry audit", "  eucert registry export --format csv --out certificates.csv"},
    subcommands = {RegistryCommand.Audit.class, RegistryCommand.Log.class, RegistryCommand.Export.class})
final class RegistryCommand implements Runnable {
  @ParentCommand EucertCommand root;
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Export formats. */
  enum ExportFormat {
    csv
  }

  @Command(
      name = "audit",
      mixinStandardHelpOptions = true,
      description = {
        "Walk the audit log's hash chain from its first entry. Exit 0 if every link holds, 1 with",
        "the first broken link (a gap, a changed entry, a head that does not name the newest entry)."
      },
      footer = {"", "Examples:", "  eucert registry audit", "  eucert registry audit --format json"})
  static final class Audit implements Runnable {
    @ParentCommand RegistryCommand parent;
    @Spec CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    @Override
    public void run() {
      format.textOrJson("registry audit");
      AuditVerification v;
      try (Home home = parent.root.openHome()) {
        v = home.registry().verifyAudit();
      }
      PrintWriter out = spec.commandLine().getOut();
      if (format == OutputFormat.json) {
        out.println(
            Json.object()
                .put("intact", v.intact())
                .put("checked", v.checked())
                .put("headSeq", v.head().seq())
                .put("headHash", v.head().hash())
                .raw("brokenAt", v.firstBreak().map(b -> Long.toString(b.seq())).orElse("null"))
                .put("problem", v.firstBreak().map(b -> (Object) b.problem())));
      } else if (v.intact()) {
        out.println("audit chain intact: " + v.checked() + " entries checked, head " + v.head().seq() + " " + v.head().hash());
      }
      if (!v.intact()) {
        AuditVerification.Break b = v.firstBreak().get();
        throw new CliException(
            ExitCode.FAILED,
            "audit chain BROKEN at entry " + b.seq() + ": " + b.problem() + " (" + v.checked() + " entries checked before it)");
      }
    }
  }

  @Command(
      name = "log",
      mixinStandardHelpOptions = true,
      description = "List the audit log's entries, oldest first: who changed what, when, before and after.",
      footer = {"", "Examples:", "  eucert registry log --limit 20", "  eucert registry log --format json"})
  static final class Log implements Runnable {
    @ParentCommand RegistryCommand parent;
    @Spec CommandSpec spec;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "1000", description = "at most N entries (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    @Override
    public void run() {
      format.textOrJson("registry log");
      if (limit < 1) {
        throw new CliException(ExitCode.USAGE, "--limit must be at least 1, not " + limit);
      }
      List<AuditEvent> events = new ArrayList<>();
      try (Home home = parent.root.openHome()) {
        Registry reg = home.registry();
        PageRequest page = PageRequest.first(Math.min(limit, PageRequest.MAX_LIMIT));
        while (events.size() < limit) {
          Page<AuditEvent> p = reg.auditEvents(page);
          for (AuditEvent e : p.items()) {
            if (events.size() < limit) {
              events.add(e);
            }
          }
          if (p.next().isEmpty()) {
            break;
          }
          page = p.next().get();
        }
      }
      PrintWriter out = spec.commandLine().getOut();
      if (format == OutputFormat.json) {
        out.println(
            Json.array(
                events.stream()
                    .map(
                        e ->
                            Json.object()
                                .put("seq", e.seq())
                                .put("recordedAt", e.recordedAt())
                                .put("actor", e.actor().name())
                                .put("action", e.action())
                                .put("subjectKind", e.subjectKind())
                                .put("subjectId", e.subjectId())
                                .put("before", e.before())
                                .put("after", e.after())
                                .put("hash", e.hash())
                                .toString())
                    .toList()));
        return;
      }
      for (AuditEvent e : events) {
        out.printf(
            Locale.ROOT,
            "%6d %s %-20s %-30s %s %s%n",
            e.seq(),
            e.recordedAt(),
            e.actor().name(),
            e.action(),
            e.subjectKind(),
            e.subjectId());
      }
    }
  }

  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      description = {
        "Export the registry's certificates with their status now: CSV with the Common Criteria",
        "portal's columns, then EUCC's. To a file (written whole or not at all) or stdout."
      },
      footer = {"", "Examples:", "  eucert registry export --format csv --out certificates.csv", "  eucert registry export --format csv > certificates.csv"})
  static final class Export implements Runnable {
    @ParentCommand RegistryCommand parent;
    @Spec CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "csv")
    ExportFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "the file to write (default: stdout)")
    Path outFile;

    @Override
    public void run() {
      Instant now = parent.root.clock().instant();
      try (Home home = parent.root.openHome()) {
        Registry reg = home.registry();
        if (outFile == null) {
          PrintWriter out = spec.commandLine().getOut();
          CertificateCsvExport.write(reg, CertificateQuery.all(), now, out);
          out.flush();
          return;
        }
        long n = writeAtomically(outFile, w -> CertificateCsvExport.write(reg, CertificateQuery.all(), now, w));
        spec.commandLine().getErr().println("eucert: " + n + " certificates written to " + outFile);
      }
    }
  }

  /** Something that writes to a {@link Writer} and says how many records it wrote. */
  interface Content {
    long writeTo(Writer w) throws IOException;
  }

  /**
   * Writes a file beside its destination, then moves it into place, so a failure never leaves a
   * half-written file under that name.
   *
   * @throws CliException 66 if the file cannot be written
   */
  static long writeAtomically(Path file, Content content) {
    Path abs = file.toAbsolutePath();
    Path dir = Optional.ofNullable(abs.getParent()).orElse(abs);
    Path tmp = null;
    try {
      tmp = Files.createTempFile(dir, "." + abs.getFileName(), ".tmp");
      long n;
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        n = content.writeTo(w);
      }
      Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      tmp = null;
      return n;
    } catch (IOException | UncheckedIOException e) {
      throw new CliException(ExitCode.NO_INPUT, "cannot write " + file + ": " + e.getMessage(), e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException e) {
          // nothing more to do: the destination was not touched
        }
      }
    }
  }
}
