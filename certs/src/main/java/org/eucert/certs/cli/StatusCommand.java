/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.eucert.core.model.CertificateId;
import org.eucert.core.registry.CertificateEvent;
import org.eucert.core.registry.CertificateRecord;
import org.eucert.core.registry.Registry;
import org.eucert.core.registry.Reinstatement;
import org.eucert.core.registry.Suspension;
import org.eucert.core.registry.SuspensionExtension;
import org.eucert.core.registry.Withdrawal;
import org.eucert.core.registry.WithdrawalReason;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code eucert status suspend|extend|reinstate|withdraw}: a certificate's status changes, by the
 * state machine of DOMAIN.md 7.5 and the time limits of EUCC Art 30(1), which the registry
 * enforces; a refused change exits 1 with the registry's message and writes nothing.
 *
 * <p>The decision instant is the clock's; {@code --at} sets another one in a sandbox home only.
 *
 * @since 0.1
 */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = "Change a certificate's status: suspend (EUCC Art 30), extend a suspension, reinstate, withdraw (EUCC Art 14).",
    footer = {
      "",
      "Examples:",
      "  eucert status suspend EUCC-3110-2026-05-0001 --reason 'non-conformity found' --until 2026-07-01",
      "  eucert status extend EUCC-3110-2026-05-0001 --reason NL-NCCA-2026-44 --until 2026-09-30",
      "  eucert status reinstate EUCC-3110-2026-05-0001 --reason 'remedy accepted'",
      "  eucert status withdraw EUCC-3110-2026-05-0001 --reason 'holder asked' --reason-code holder-request"
    },
    subcommands = {
      StatusCommand.Suspend.class,
      StatusCommand.Extend.class,
      StatusCommand.Reinstate.class,
      StatusCommand.Withdraw.class
    })
final class StatusCommand implements Runnable {
  @ParentCommand EucertCommand root;
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** What every status change takes. */
  abstract static class Change implements Runnable {
    @ParentCommand StatusCommand parent;
    @Spec CommandSpec spec;
    @Mixin Args.ActorOption actor;

    @Parameters(paramLabel = "CERT-ID", description = "the certificate identifier")
    String certificate;

    @Option(
        names = "--at",
        paramLabel = "INSTANT",
        description = "the decision instant (sandbox homes only; default: now)")
    Instant at;

    @Option(
        names = "--format",
        paramLabel = "FORMAT",
        defaultValue = "text",
        description = "text or json (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    abstract String action();

    abstract CertificateRecord apply(Registry registry, CertificateId id, Instant decidedAt);

    @Override
    public void run() {
      format.textOrJson("status " + action());
      CertificateId id = Args.certificateId("CERT-ID", certificate);
      EucertCommand root = parent.root;
      CertificateRecord r;
      Instant decidedAt;
      try (Home home = root.openHome()) {
        decidedAt = Args.actingAt(home, Optional.ofNullable(at), root.clock());
        r = apply(home.registry(), id, decidedAt);
      }
      CertificateEvent e = r.latestEvent();
      String statusNow = r.statusAt(decidedAt).map(Enum::name).orElse("NOT_YET_ISSUED");
      PrintWriter out = spec.commandLine().getOut();
      if (format == OutputFormat.json) {
        out.println(
            Json.object()
                .put("certificate", id)
                .put("action", action())
                .put("event", e.kind())
                .put("status", e.status())
                .put("effectiveAt", e.effectiveAt())
                .put("decidedAt", e.decidedAt())
                .put("plannedUntil", e.plannedUntil())
                .put("statusAtDecision", statusNow)
                .put("validUntil", r.summary().validUntil()));
        return;
      }
      out.println(
          id
              + ": "
              + e.kind()
              + ", "
              + e.status()
              + " from "
              + e.effectiveAt()
              + e.plannedUntil().map(u -> " through " + u).orElse("")
              + " (decided "
              + e.decidedAt()
              + "; status at the decision: "
              + statusNow
              + ")");
    }
  }

  @Command(
      name = "suspend",
      mixinStandardHelpOptions = true,
      description = {
        "Suspend a certificate in force: from the day after the decision, through --until, at most",
        "42 days (EUCC Art 30(1)). The validity end does not move."
      },
      footer = {"", "Example:", "  eucert status suspend EUCC-3110-2026-05-0001 --reason 'non-conformity found' --until 2026-07-01"})
  static final class Suspend extends Change {
    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "why (1 to 1000 characters)")
    String reason;

    @Option(names = "--until", required = true, paramLabel = "DATE", description = "the last day of the suspension (inclusive)")
    LocalDate until;

    @Override
    String action() {
      return "suspend";
    }

    @Override
    CertificateRecord apply(Registry registry, CertificateId id, Instant decidedAt) {
      Suspension s = Args.value("suspension", () -> new Suspension(decidedAt, until, Args.text("--reason", reason)));
      return registry.suspend(id, s, actor.actor(parent.root.env()));
    }
  }

  @Command(
      name = "extend",
      mixinStandardHelpOptions = true,
      description = "Extend a suspension by the NCCA's decision, up to one year in total (EUCC Art 30(1)).",
      footer = {"", "Example:", "  eucert status extend EUCC-3110-2026-05-0001 --reason NL-NCCA-2026-44 --until 2026-09-30"})
  static final class Extend extends Change {
    @Option(
        names = {"--reason", "--ncca-reference"},
        required = true,
        paramLabel = "TEXT",
        description = "the NCCA's decision extending it (its reference)")
    String reason;

    @Option(names = "--until", required = true, paramLabel = "DATE", description = "the new last day of the suspension (inclusive)")
    LocalDate until;

    @Override
    String action() {
      return "extend";
    }

    @Override
    CertificateRecord apply(Registry registry, CertificateId id, Instant decidedAt) {
      SuspensionExtension x =
          Args.value("extension", () -> new SuspensionExtension(decidedAt, until, Args.text("--reason", reason)));
      return registry.extendSuspension(id, x, actor.actor(parent.root.env()));
    }
  }

  @Command(
      name = "reinstate",
      mixinStandardHelpOptions = true,
      description = "End a suspension: the certificate is in force again from the decision instant.",
      footer = {"", "Example:", "  eucert status reinstate EUCC-3110-2026-05-0001 --reason 'remedy accepted'"})
  static final class Reinstate extends Change {
    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "why (1 to 1000 characters)")
    String reason;

    @Override
    String action() {
      return "reinstate";
    }

    @Override
    CertificateRecord apply(Registry registry, CertificateId id, Instant decidedAt) {
      Reinstatement r = Args.value("reinstatement", () -> new Reinstatement(decidedAt, Args.text("--reason", reason)));
      return registry.reinstate(id, r, actor.actor(parent.root.env()));
    }
  }

  @Command(
      name = "withdraw",
      mixinStandardHelpOptions = true,
      description = "Withdraw a certificate in force or suspended (EUCC Art 14); terminal.",
      footer = {
        "",
        "Example:",
        "  eucert status withdraw EUCC-3110-2026-05-0001 --reason 'holder asked' --reason-code holder-request",
        "",
        "Reason codes: holder-request, unremediable-vulnerability, no-remedial-action,",
        "recurring-non-compliance, cab-non-compliance, ncca-decision, other."
      })
  static final class Withdraw extends Change {
    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "why, in words (1 to 1000 characters)")
    String reason;

    @Option(
        names = "--reason-code",
        paramLabel = "CODE",
        defaultValue = "other",
        description = "the ground (default: ${DEFAULT-VALUE}); see below")
    String reasonCode;

    @Override
    String action() {
      return "withdraw";
    }

    @Override
    CertificateRecord apply(Registry registry, CertificateId id, Instant decidedAt) {
      WithdrawalReason code = Args.choice("--reason-code", WithdrawalReason.class, reasonCode);
      if (code == WithdrawalReason.REPLACED_BY_REVIEW) {
        throw new CliException(
            ExitCode.USAGE, "--reason-code replaced-by-review is recorded by a review with its successor, not here");
      }
      Withdrawal w = Args.value("withdrawal", () -> new Withdrawal(decidedAt, code, Args.text("--reason", reason)));
      return registry.withdraw(id, w, actor.actor(parent.root.env()));
    }
  }
}
