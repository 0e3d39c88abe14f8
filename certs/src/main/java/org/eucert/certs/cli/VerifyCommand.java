/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.eucert.certs.trust.TrustBundle;
import org.eucert.certs.trust.TrustSnapshot;
import org.eucert.certs.verify.BatchVerifier;
import org.eucert.certs.verify.Indication;
import org.eucert.certs.verify.VerificationPolicy;
import org.eucert.certs.verify.VerificationReport;
import org.eucert.certs.verify.VerificationReportCodec;
import org.eucert.certs.verify.Verifier;
import org.eucert.schemes.catalogue.SchemeCatalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code eucert verify}: verifies signed certificates and statements offline against a trust
 * bundle (ARCHITECTURE.md section 8). Bytes that are not an envelope are a FAILED verification
 * (FORMAT_FAILURE), not a usage error; a missing or unreadable file is 66. With several files, 64
 * and 66 win, then 1 (a FAILED), then 2 (an INDETERMINATE).
 *
 * @since 0.1
 */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
      "Verify signed certificates (.p7m) offline: signature, the issuer's notification and scope on",
      "the day of issue, the scheme's rules, validity and status at the instant. FILE may be a",
      "folder (its *.p7m files) or - (standard input). Verdicts: PASSED, FAILED, INDETERMINATE."
    },
    footer = {
      "",
      "Examples:",
      "  eucert verify samples/eucc-high-in-force.p7m",
      "  eucert verify samples/ --format json",
      "  eucert verify cert.p7m --at 2026-05-01 --trust /srv/trust --anchors /srv/anchors.pem",
      "  cat cert.p7m | eucert verify -",
      "",
      "Exit codes: 0 all PASSED, 1 a FAILED, 2 INDETERMINATE and nothing FAILED,",
      "64 usage error, 66 a file missing or unreadable."
    })
final class VerifyCommand implements java.util.concurrent.Callable<Integer> {
  /** Above this many files, a terminal shows progress. */
  private static final int PROGRESS_ABOVE = 20;

  /** The fewest files verified between two progress updates. */
  private static final int PROGRESS_SLICE = 64;

  @ParentCommand EucertCommand root;
  @Spec CommandSpec spec;
  @Mixin TrustOptions trustOptions;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "envelopes, folders of them, or - for standard input")
  List<String> inputs;

  @Option(
      names = "--at",
      paramLabel = "INSTANT",
      description = "the validation instant: ISO-8601 or a date (start of that day, Europe/Brussels); default: now")
  Instant at;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), json (one object per line) or xml")
  OutputFormat format = OutputFormat.text;

  @Option(
      names = "--accept-suspended",
      description = "a suspended certificate PASSES with a warning (EUCC Art 30: suspension does not end validity)")
  boolean acceptSuspended;

  private static void daemon(Runnable task) {
    Thread t = new Thread(task, "eucert-start-up");
    t.setDaemon(true);
    t.start();
  }

  /** One input: its name and bytes, or why it cannot be read. */
  private record Input(String name, byte[] bytes, Optional<CliException> error) {}

  @Override
  public Integer call() {
    // start-up: the trust lists' XML codecs and the scheme catalogue are built on a second thread
    // while this one reads the files and the envelopes (a third of a one-shot verify's time)
    CompletableFuture<SchemeCatalogue> catalogue =
        CompletableFuture.supplyAsync(
            () -> {
              TrustBundle.prepare();
              return SchemeCatalogue.builtIn();
            },
            VerifyCommand::daemon);
    List<Input> files = expand();
    if (format == OutputFormat.xml && files.size() > 1) {
      throw new CliException(
          ExitCode.USAGE, "--format xml takes one file (one report document); use json for several");
    }
    TrustSnapshot snapshot = trustOptions.load(root);
    VerificationPolicy policy =
        acceptSuspended
            ? VerificationPolicy.builder().acceptSuspendedWithWarning().build()
            : VerificationPolicy.defaults();
    Verifier verifier =
        Verifier.builder()
            .trustSnapshot(snapshot)
            .clock(root.clock())
            .policy(policy)
            .catalogue(catalogue.join())
            .build();
    Instant instant = at != null ? at : root.clock().instant();
    List<byte[]> readable = new ArrayList<>();
    for (Input in : files) {
      if (in.error().isEmpty()) {
        readable.add(in.bytes());
      }
    }
    List<VerificationReport> reports = verifyAll(verifier, readable, instant);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean missing = false;
    boolean failed = false;
    boolean indeterminate = false;
    int next = 0;
    for (Input in : files) {
      if (in.error().isPresent()) {
        err.println("eucert: " + in.error().get().getMessage());
        missing = true;
        continue;
      }
      VerificationReport r = reports.get(next++);
      Optional<String> name = Optional.of(in.name());
      switch (format) {
        case json -> out.println(VerificationReportCodec.jsonLine(name, r));
        case xml -> out.print(new String(VerificationReportCodec.xml(name, r), StandardCharsets.UTF_8));
        default -> out.print(VerificationReportCodec.text(name, r));
      }
      failed |= r.indication() == Indication.FAILED;
      indeterminate |= r.indication() == Indication.INDETERMINATE;
    }
    out.flush();
    if (missing) {
      return ExitCode.NO_INPUT;
    }
    return failed ? ExitCode.FAILED : indeterminate ? ExitCode.INDETERMINATE : ExitCode.OK;
  }

  private List<VerificationReport> verifyAll(Verifier verifier, List<byte[]> envelopes, Instant instant) {
    if (envelopes.size() <= 1) {
      return envelopes.stream().map(e -> verifier.verify(e, instant)).toList();
    }
    boolean progress = root.terminal() && envelopes.size() > PROGRESS_ABOVE;
    try (BatchVerifier batch = BatchVerifier.of(verifier)) {
      if (!progress) {
        return batch.verifyAll(envelopes, instant);
      }
      // on a terminal: one line on stderr, rewritten after each slice of files
      PrintWriter err = spec.commandLine().getErr();
      int n = envelopes.size();
      int slice = Math.max(PROGRESS_SLICE, batch.threads() * 32);
      List<VerificationReport> reports = new ArrayList<>(n);
      for (int from = 0; from < n; from += slice) {
        reports.addAll(batch.verifyAll(envelopes.subList(from, Math.min(n, from + slice)), instant));
        err.print("\rverified " + reports.size() + " of " + n + " files");
        err.flush();
      }
      err.println();
      return reports;
    }
  }

  /** The inputs in order: files as given, folders as their sorted *.p7m files, - as stdin. */
  private List<Input> expand() {
    List<Input> out = new ArrayList<>();
    boolean stdinUsed = false;
    for (String arg : inputs) {
      if (arg.equals("-")) {
        if (stdinUsed) {
          throw new CliException(ExitCode.USAGE, "- (standard input) may be given once");
        }
        stdinUsed = true;
        out.add(readStdin());
        continue;
      }
      Path p = Path.of(arg);
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.list(p)) {
          List<Path> found =
              s.filter(f -> f.getFileName().toString().endsWith(".p7m") && Files.isRegularFile(f))
                  .sorted()
                  .toList();
          if (found.isEmpty()) {
            out.add(new Input(arg, new byte[0], Optional.of(new CliException(ExitCode.NO_INPUT, p + " holds no .p7m file"))));
          }
          found.forEach(f -> out.add(read(f)));
        } catch (IOException e) {
          out.add(new Input(arg, new byte[0], Optional.of(new CliException(ExitCode.NO_INPUT, "cannot list " + p + ": " + e.getMessage(), e))));
        }
      } else {
        out.add(read(p));
      }
    }
    return out;
  }

  private static Input read(Path file) {
    try {
      return new Input(file.toString(), Args.read(file), Optional.empty());
    } catch (CliException e) {
      return new Input(file.toString(), new byte[0], Optional.of(e));
    }
  }

  private Input readStdin() {
    try {
      byte[] bytes = root.stdin().readNBytes((int) Args.MAX_FILE + 1);
      if (bytes.length > Args.MAX_FILE) {
        return new Input("-", new byte[0], Optional.of(new CliException(ExitCode.NO_INPUT, "standard input is larger than " + Args.MAX_FILE / (1024 * 1024) + " MB")));
      }
      return new Input("-", bytes, Optional.empty());
    } catch (IOException e) {
      return new Input("-", new byte[0], Optional.of(new CliException(ExitCode.NO_INPUT, "cannot read standard input: " + e.getMessage(), e)));
    }
  }
}
