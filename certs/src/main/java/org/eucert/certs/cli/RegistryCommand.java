/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
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
import org.eucert.core.registry.export.RegistryExport;
import org.eucert.core.xml.RegistryExportCodec;
import org.eucert.core.xml.XmlFormatException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code eucert registry audit|log|export|import}: verify the registry's hash-chained audit log
 * and list it; export its certificates (CSV, or the published XML/JSON format of {@code
 * registry-export.xsd}); import such an export, all or nothing.
 *
 * @since 0.1
 */
@Command(
    name = "registry",
    mixinStandardHelpOptions = true,
    description = "The registry: verify and list its audit log, export and import its certificates.",
    footer = {
      "",
      "Examples:",
      "  eucert registry audit",
      "  eucert registry export --format csv --out certificates.csv",
      "  eucert registry export --format xml --out registry.xml",
      "  eucert registry import registry.xml"
    },
    subcommands = {
      RegistryCommand.Audit.class,
      RegistryCommand.Log.class,
      RegistryCommand.Export.class,
      RegistryCommand.Import.class
    })
final class RegistryCommand implements Runnable {
  @ParentCommand EucertCommand root;
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Export formats. */
  enum ExportFormat {
    csv,
    xml,
    json
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
        "Export the registry's certificates: csv (the Common Criteria portal's columns, then EUCC's,",
        "with the status now), or xml / json (the published format urn:eucert:registry-export:1 with",
        "each certificate's documents, events and links, which 'eucert registry import' reads back).",
        "To a file (written whole or not at all) or stdout."
      },
      footer = {
        "",
        "Examples:",
        "  eucert registry export --format csv --out certificates.csv",
        "  eucert registry export --format xml --out registry.xml",
        "  eucert registry export --format json > registry.json"
      })
  static final class Export implements Runnable {
    @ParentCommand RegistryCommand parent;
    @Spec CommandSpec spec;
    @Mixin Args.ActorOption actor;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "csv, xml or json")
    ExportFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "the file to write (default: stdout)")
    Path outFile;

    @Override
    public void run() {
      Instant now = parent.root.clock().instant();
      try (Home home = parent.root.openHome()) {
        Registry reg = home.registry();
        Content content = exportTo(reg, now);
        if (outFile == null) {
          PrintWriter out = spec.commandLine().getOut();
          try (Utf8Sink sink = new Utf8Sink(out)) {
            content.writeTo(sink);
          } catch (IOException | UncheckedIOException e) {
            throw new CliException(ExitCode.SOFTWARE, "cannot write the export to stdout: " + e.getMessage(), e);
          }
          if (format != ExportFormat.csv) {
            out.println();
          }
          out.flush();
          return;
        }
        long n = writeAtomically(outFile, content);
        spec.commandLine().getErr().println("eucert: " + n + " certificates written to " + outFile);
      }
    }

    private Content exportTo(Registry reg, Instant now) {
      if (format == ExportFormat.csv) {
        return os -> {
          Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
          long n = CertificateCsvExport.write(reg, CertificateQuery.all(), now, w);
          w.flush();
          return n;
        };
      }
      RegistryExportCodec.Form form = format == ExportFormat.xml ? RegistryExportCodec.Form.XML : RegistryExportCodec.Form.JSON;
      org.eucert.core.registry.Actor exporter = actor.actor(parent.root.env());
      return os -> RegistryExport.create().export(reg, CertificateQuery.all(), form, exporter, now, os);
    }
  }

  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description = {
        "Import a registry export (xml or json, as written by 'eucert registry export'): all its",
        "certificates or none, each one's events replayed through the life-cycle rules. The issuers",
        "must be enrolled. Exit 1 if the registry refuses it (nothing is written), 65 if the file",
        "is not a valid export, 66 if it cannot be read."
      },
      footer = {"", "Examples:", "  eucert registry import registry.xml", "  eucert registry import registry.json --format json"})
  static final class Import implements Runnable {
    @ParentCommand RegistryCommand parent;
    @Spec CommandSpec spec;
    @Mixin Args.ActorOption actor;

    @Parameters(paramLabel = "FILE", description = "the export document")
    Path file;

    @Option(names = "--format", paramLabel = "FORMAT", description = "xml or json (default: from the first character of the file)")
    ExportFormat format;

    @Override
    public void run() {
      if (format == ExportFormat.csv) {
        throw new CliException(ExitCode.USAGE, "registry import reads xml or json, not csv");
      }
      RegistryExportCodec.Form form = formOf(file, format);
      int n;
      try (Home home = parent.root.openHome();
          InputStream in = Files.newInputStream(file)) {
        n = RegistryExport.create().importDocument(home.registry(), form, in, actor.actor(parent.root.env()));
      } catch (NoSuchFileException e) {
        throw new CliException(ExitCode.NO_INPUT, "no such file: " + file, e);
      } catch (AccessDeniedException e) {
        throw new CliException(ExitCode.NO_INPUT, "cannot read " + file + ": permission denied", e);
      } catch (IOException | UncheckedIOException e) {
        throw new CliException(ExitCode.NO_INPUT, "cannot read " + file + ": " + e.getMessage(), e);
      } catch (XmlFormatException e) {
        throw new CliException(
            ExitCode.DATA, file + ": not a valid registry export (" + e.code() + "): " + e.getMessage(), e);
      }
      spec.commandLine().getOut().println(n + " certificates imported from " + file);
    }

    private static RegistryExportCodec.Form formOf(Path file, ExportFormat given) {
      if (given != null) {
        return given == ExportFormat.xml ? RegistryExportCodec.Form.XML : RegistryExportCodec.Form.JSON;
      }
      try (InputStream in = Files.newInputStream(file)) {
        int c;
        do {
          c = in.read();
        } while (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xEF || c == 0xBB || c == 0xBF);
        if (c == '<') {
          return RegistryExportCodec.Form.XML;
        }
        if (c == '{') {
          return RegistryExportCodec.Form.JSON;
        }
        throw new CliException(ExitCode.DATA, file + ": neither XML nor JSON (give --format if it is one)");
      } catch (NoSuchFileException e) {
        throw new CliException(ExitCode.NO_INPUT, "no such file: " + file, e);
      } catch (IOException e) {
        throw new CliException(ExitCode.NO_INPUT, "cannot read " + file + ": " + e.getMessage(), e);
      }
    }
  }

  /** Something that writes to a stream and says how many records it wrote. */
  interface Content {
    long writeTo(OutputStream out) throws IOException;
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
      try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(tmp))) {
        n = content.writeTo(os);
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
