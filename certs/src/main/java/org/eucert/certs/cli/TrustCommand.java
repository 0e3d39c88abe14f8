/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.eucert.certs.trust.TrustHealth;
import org.eucert.certs.trust.TrustSnapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code eucert trust health}: what the trust bundle holds, each list's sequence number, age and
 * next update, and what is stale or unusable (ARCHITECTURE.md section 7). Exits 0 when every list
 * is usable and fresh, 2 when any is not (verifications depending on it are INDETERMINATE).
 *
 * @since 0.1
 */
@Command(
    name = "trust",
    mixinStandardHelpOptions = true,
    description = "The trust bundle: eucert trust health.",
    footer = {"", "Examples:", "  eucert trust health", "  eucert trust health --trust /srv/trust --format json"},
    subcommands = TrustCommand.Health.class)
final class TrustCommand implements Runnable {
  @ParentCommand EucertCommand root;
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "health",
      mixinStandardHelpOptions = true,
      description = {
        "Show what the trust bundle holds: every list with its sequence number, issue time, age,",
        "next update and health; exits 2 if any list is stale, rolled back, badly signed or missing."
      },
      footer = {
        "",
        "Examples:",
        "  eucert trust health",
        "  eucert trust health --trust /srv/trust --format json"
      })
  static final class Health implements Callable<Integer> {
    @ParentCommand TrustCommand parent;
    @Spec CommandSpec spec;
    @Mixin TrustOptions trustOptions;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json")
    OutputFormat format = OutputFormat.text;

    @Override
    public Integer call() {
      format.textOrJson("trust health");
      EucertCommand root = parent.root;
      TrustSnapshot snapshot = trustOptions.load(root);
      Instant now = root.clock().instant();
      TrustHealth health = snapshot.health(now);
      PrintWriter out = spec.commandLine().getOut();
      if (format == OutputFormat.json) {
        List<String> lines = new ArrayList<>();
        for (TrustHealth.Line l : health.lists()) {
          lines.add(
              Json.object()
                  .put("id", l.info().id())
                  .put("kind", l.info().kind().name())
                  .put("sequence", l.info().sequence())
                  .put("issued", l.info().issued().toString())
                  .put("nextUpdate", l.info().nextUpdate().toString())
                  .put("ageSeconds", l.age().getSeconds())
                  .put("health", l.info().health().name())
                  .put("stale", l.stale())
                  .put("sha256", l.info().sha256Hex())
                  .put("message", l.info().message())
                  .toString());
        }
        out.println(
            Json.object()
                .put("trust", trustOptions.trustDir(root).toString())
                .put("at", now.toString())
                .put("healthy", health.isHealthy())
                .raw("lists", Json.array(lines))
                .toString());
      } else {
        out.println("trust bundle " + trustOptions.trustDir(root) + " at " + now);
        for (TrustHealth.Line l : health.lists()) {
          out.printf(
              Locale.ROOT,
              "  %-22s %-20s seq %-5d issued %s  age %-8s next update %s  %s%s%n",
              l.info().id(),
              l.info().kind(),
              l.info().sequence(),
              l.info().issued(),
              age(l.age()),
              l.info().nextUpdate(),
              l.info().health(),
              l.stale() ? " STALE" : "");
          if (!l.info().message().isEmpty()) {
            out.println("      " + l.info().message());
          }
        }
        out.println(
            health.isHealthy()
                ? "healthy: every list verified and fresh"
                : "NOT healthy: " + (health.stale().size() + health.unusable().size())
                    + " list(s) stale or unusable; dependent verifications are INDETERMINATE");
      }
      return health.isHealthy() ? ExitCode.OK : ExitCode.INDETERMINATE;
    }

    private static String age(Duration d) {
      long s = Math.max(0, d.getSeconds());
      return s >= 86400 ? s / 86400 + "d" : s >= 3600 ? s / 3600 + "h" : s / 60 + "m";
    }
  }
}
