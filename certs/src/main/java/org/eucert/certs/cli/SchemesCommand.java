/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.eucert.core.model.AssuranceLevel;
import org.eucert.core.model.EvaluationLevel;
import org.eucert.core.model.LevelRule;
import org.eucert.core.model.SchemeElement;
import org.eucert.core.model.SchemeId;
import org.eucert.core.model.SchemeVersion;
import org.eucert.core.model.StandardReference;
import org.eucert.core.rules.Rule;
import org.eucert.core.time.TimelineEntry;
import org.eucert.core.xml.SchemeCodec;
import org.eucert.core.xml.XmlFormatException;
import org.eucert.schemes.catalogue.SchemeCatalogue;
import org.eucert.schemes.catalogue.SchemeCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code eucert schemes list|show|check}: the scheme catalogue.
 *
 * @since 0.1
 */
@Command(
    name = "schemes",
    mixinStandardHelpOptions = true,
    description = "The scheme catalogue: list it, show a scheme, check a scheme file.",
    footer = {"", "Examples:", "  eucert schemes list", "  eucert schemes show EUCC --format json"},
    subcommands = {
      SchemesCommand.ListCommand.class,
      SchemesCommand.ShowCommand.class,
      SchemesCommand.CheckCommand.class
    })
final class SchemesCommand implements Runnable {
  @ParentCommand EucertCommand root;
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Output formats. */
  enum Format {
    text,
    json,
    xml
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "List the built-in schemes with their status now and their levels.",
      footer = {"", "Example:", "  eucert schemes list --format json"})
  static final class ListCommand implements Runnable {
    @ParentCommand SchemesCommand parent;
    @Spec CommandSpec spec;

    @Option(names = "--format", description = "text or json (default: ${DEFAULT-VALUE})", defaultValue = "text")
    Format format;

    @Override
    public void run() {
      PrintWriter out = spec.commandLine().getOut();
      SchemeCatalogue catalogue = SchemeCatalogue.builtIn();
      Instant now = parent.root.clock().instant();
      List<SchemeVersion> schemes = catalogue.schemes();
      if (format == Format.xml) {
        throw new CliException(ExitCode.USAGE, "schemes list has no xml format; use text or json");
      }
      if (format == Format.json) {
        out.println(
            schemes.stream()
                .map(s -> listJson(s, now))
                .collect(Collectors.joining(",\n  ", "[\n  ", "\n]")));
        return;
      }
      out.printf(Locale.ROOT, "%-6s %-14s %-15s %-25s %s%n", "ID", "VERSION", "STATUS", "LEVELS", "TITLE");
      for (SchemeVersion s : schemes) {
        out.printf(
            Locale.ROOT,
            "%-6s %-14s %-15s %-25s %s%n",
            s.schemeId(),
            s.version(),
            status(s, now),
            s.levels().isEmpty() ? "-" : levels(s),
            s.title());
      }
      for (String p : catalogue.problems()) {
        out.println("problem: " + p);
      }
    }
  }

  @Command(
      name = "show",
      description = "Show a scheme: status, levels and who may issue, evaluation levels, standards,"
          + " mandatory certificate fields, rules, missing Art 54(1) elements.",
      footer = {"", "Examples:", "  eucert schemes show EUCC", "  eucert schemes show EUCC --format xml"})
  static final class ShowCommand implements Runnable {
    @ParentCommand SchemesCommand parent;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "the scheme id, e.g. EUCC")
    String id;

    @Option(names = "--version", paramLabel = "VERSION", description = "a scheme version (default: the newest)")
    String version;

    // not mixinStandardHelpOptions: its --version (print eucert's version) would clash with this
    // command's --version VERSION, and picocli then drops the standard options, --help included
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Option(names = "--format", description = "text, json or xml (default: ${DEFAULT-VALUE})", defaultValue = "text")
    Format format;

    @Override
    public void run() {
      PrintWriter out = spec.commandLine().getOut();
      SchemeCatalogue catalogue = SchemeCatalogue.builtIn();
      SchemeId sid;
      try {
        sid = SchemeId.of(id.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new CliException(ExitCode.USAGE, "not a scheme id: '" + id + "'");
      }
      SchemeVersion s =
          (version == null ? catalogue.find(sid) : catalogue.find(sid, version))
              .orElseThrow(
                  () ->
                      new CliException(
                          ExitCode.USAGE,
                          "no scheme "
                              + id
                              + (version == null ? "" : " version " + version)
                              + "; known: "
                              + catalogue.ids()));
      switch (format) {
        case xml:
          out.print(new String(SchemeCodec.create().write(s), StandardCharsets.UTF_8));
          out.flush();
          return;
        case json:
          out.println(new String(SchemeCodec.create().writeJson(s), StandardCharsets.UTF_8));
          return;
        default:
          describe(out, s, catalogue, parent.root.clock().instant());
      }
    }
  }

  @Command(
      name = "check",
      mixinStandardHelpOptions = true,
      description = {
        "Read a scheme XML file through the validating parser and list which of the 22 elements",
        "of CSA Art 54(1) it lacks. Exit 0 if complete, 1 if incomplete, 65 if not a valid scheme",
        "document, 66 if the file cannot be read."
      },
      footer = {"", "Example:", "  eucert schemes check pilot-scheme.xml"})
  static final class CheckCommand implements Runnable {
    @ParentCommand SchemesCommand parent;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "a scheme document (urn:eucert:scheme:1)")
    Path file;

    @Override
    public void run() {
      PrintWriter out = spec.commandLine().getOut();
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(file);
      } catch (NoSuchFileException e) {
        throw new CliException(ExitCode.NO_INPUT, "no such file: " + file, e);
      } catch (IOException e) {
        throw new CliException(ExitCode.NO_INPUT, "cannot read " + file + ": " + e.getMessage(), e);
      }
      SchemeVersion s;
      try {
        s = SchemeCatalogue.builtIn().parse(bytes);
      } catch (XmlFormatException e) {
        throw new CliException(
            ExitCode.DATA, file + ": not a valid scheme document (" + e.code() + "): " + e.getMessage(), e);
      }
      SchemeCheck check = SchemeCheck.of(s);
      out.println(s.schemeId() + " " + s.version() + ": " + s.title());
      if (check.isComplete()) {
        out.println("complete: all 22 elements of CSA Art 54(1) are present");
      } else {
        out.println(
            "INCOMPLETE: lacks "
                + check.missingElements().size()
                + " of the 22 elements of CSA Art 54(1):");
        for (SchemeElement e : SchemeElement.values()) {
          if (check.missingElements().contains(e)) {
            out.println("  (" + e.letter() + ") " + e.title() + "  [" + e.article() + "]");
          }
        }
      }
      for (String w : check.warnings()) {
        out.println("warning: " + w);
      }
      if (!check.isComplete()) {
        throw new CliException(ExitCode.FAILED, file + ": incomplete scheme");
      }
    }
  }

  private static String status(SchemeVersion s, Instant now) {
    return s.statusAt(now).map(Enum::name).orElse("NOT_YET_LISTED");
  }

  private static String levels(SchemeVersion s) {
    return s.levels().keySet().stream().map(Enum::name).collect(Collectors.joining(","));
  }

  private static String listJson(SchemeVersion s, Instant now) {
    return "{\"id\":"
        + Json.quote(s.schemeId().value())
        + ",\"version\":"
        + Json.quote(s.version())
        + ",\"status\":"
        + Json.quote(status(s, now))
        + ",\"levels\":["
        + s.levels().keySet().stream().map(l -> Json.quote(l.name())).collect(Collectors.joining(","))
        + "],\"complete\":"
        + s.isComplete()
        + ",\"title\":"
        + Json.quote(s.title())
        + "}";
  }

  private static void describe(PrintWriter out, SchemeVersion s, SchemeCatalogue catalogue, Instant now) {
    out.println(s.schemeId() + " " + s.version() + ": " + s.title());
    out.println("status now: " + status(s, now));
    for (TimelineEntry<?> e : s.statusHistory().entries()) {
      out.println("  " + e.status() + " from " + e.from());
    }
    s.applicableFrom().ifPresent(d -> out.println("applies from: " + d));
    for (String l : s.legalBasis()) {
      out.println("legal basis: " + l);
    }
    out.println("certifies: " + (s.objectTypes().isEmpty() ? "(not stated)" : s.objectTypes()));
    out.println("self-assessment (EU statement of conformity): " + (s.allowsSelfAssessment() ? "allowed at basic" : "not allowed"));
    out.println();
    out.println("Levels:");
    if (s.levels().isEmpty()) {
      out.println("  (none stated: nothing can be issued)");
    }
    for (Map.Entry<AssuranceLevel, LevelRule> e : s.levels().entrySet()) {
      LevelRule r = e.getValue();
      out.println("  " + e.getKey());
      out.println("    routes:       " + r.routes());
      out.println("    issued by:    " + (r.issuers().isEmpty() ? "-" : r.issuers()));
      out.println("    max validity: " + r.maxValidity().map(Object::toString).orElse("(not stated)"));
      out.println("    evaluation:   " + r.activities());
      if (r.authorisationRequired()) {
        out.println("    NCCA authorisation required (CSA Art 60(3))");
      }
    }
    if (!s.evaluationLevels().isEmpty()) {
      out.println();
      out.println("Evaluation levels (CSA Art 52(8)):");
      for (EvaluationLevel e : s.evaluationLevels()) {
        out.println(
            "  "
                + e.code()
                + " -> "
                + e.assuranceLevel()
                + e.attackPotential().map(a -> ", attack potential " + a).orElse("")
                + (e.restricted() ? ", restricted (conditions apply)" : ""));
      }
    }
    if (!s.standards().isEmpty()) {
      out.println();
      out.println("Standards:");
      for (StandardReference st : s.standards()) {
        out.println(
            "  "
                + st.id()
                + ": "
                + st.title()
                + st.lastIssueDate().map(d -> " (issuance until " + d + st.legalBasis().map(r -> ", " + r).orElse("") + ")").orElse(""));
      }
    }
    if (!s.technicalDomains().isEmpty()) {
      out.println();
      out.println("Technical domains: " + s.technicalDomains().stream().map(t -> t.id()).collect(Collectors.toList()));
    }
    if (!s.mandatoryFields().isEmpty()) {
      out.println();
      out.println("Mandatory certificate fields:");
      s.mandatoryFields().forEach(f -> out.println("  " + f));
    }
    s.certificateIdPattern().ifPresent(p -> out.println("\nNew certificate identifiers: " + p));
    out.println();
    out.println("Rules (" + (catalogue.profile(s.schemeId()).isPresent() ? "generic and scheme-specific" : "generic") + "):");
    for (Rule r : catalogue.rules(s.schemeId()).rules()) {
      out.println("  " + r.code() + "  [" + r.legalReference() + "]");
    }
    out.println();
    if (s.isComplete()) {
      out.println("Completeness: all 22 elements of CSA Art 54(1) present");
    } else {
      out.println("Completeness: lacks " + s.missingElements().size() + " of the 22 elements of CSA Art 54(1): "
          + s.missingElements().stream().map(e -> "(" + e.letter() + ")").collect(Collectors.joining(" ")));
    }
    for (String n : s.notes()) {
      out.println("note: " + n);
    }
  }
}
