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
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eucert.certs.demo.SandboxHome;
import org.eucert.certs.demo.SandboxWorld;
import org.eucert.core.registry.Actor;
import org.eucert.schemes.catalogue.SchemeCatalogue;

/**
 * The demo part of {@code eucert init --demo}: fills a fresh sandbox home with the {@link
 * SandboxWorld}, its test-only keys and samples ({@link SandboxHome}), publishes the trust bundle
 * to {@code HOME/trust}, and writes {@code samples/manifest.json} and {@code README.txt}.
 *
 * @since 0.1
 */
final class DemoHome {
  private DemoHome() {}

  /** Populates the home at {@code dir}, which {@code init} has just created as a sandbox. */
  static List<SandboxHome.Sample> populate(
      Path dir, EucertCommand root, Actor actor, SchemeCatalogue catalogue, PrintWriter out)
      throws IOException {
    try (Home home = Home.open(dir, root.clock())) {
      List<SandboxHome.Sample> samples =
          SandboxHome.populate(dir, home.registry(), root.clock(), actor, catalogue);
      Instant now = root.clock().instant();
      PublishCommand.publish(home, new HomeKeys(home, root.env()), actor.name(), now);
      write(dir.resolve("samples").resolve("manifest.json"), manifest(samples));
      write(dir.resolve(Home.README), readme(dir, samples));
      out.println(
          "demo: 3 Member States ("
              + SandboxWorld.MEMBER_STATES
              + "), "
              + samples.size()
              + " signed samples in "
              + dir.resolve("samples")
              + ", trust bundle in "
              + dir.resolve("trust"));
      return samples;
    }
  }

  static String manifest(List<SandboxHome.Sample> samples) {
    List<String> items = new ArrayList<>();
    for (SandboxHome.Sample s : samples) {
      items.add(
          Json.object()
              .put("file", s.file())
              .put("certificateId", s.certificateId().value())
              .put("scheme", s.scheme())
              .put("level", s.level())
              .put("description", s.description())
              .put("expectedIndication", s.indication())
              .put("expectedSubIndication", s.subIndication())
              .put("expectedExitCode", (long) s.exitCode())
              .toString());
    }
    return Json.object()
            .raw("samples", Json.array(items))
            .put("request", SandboxHome.REQUEST_FILE)
            .put("requestIssuer", SandboxWorld.cab(org.eucert.core.model.MemberState.FR, 2).value())
            .toString()
        + "\n";
  }

  private static String readme(Path dir, List<SandboxHome.Sample> samples) {
    StringBuilder b = new StringBuilder();
    b.append("eucert DEMO home ").append(dir).append("\n\n");
    b.append("A SANDBOX: every key here is a test-only key (keys/*-TEST-ONLY.p12, password\n");
    b.append(SandboxHome.KEY_PASSWORD).append("). Nothing signed here may be trusted elsewhere.\n\n");
    b.append("What is here\n");
    b.append("  eucert.properties  sandbox=true: commands accept --at to act at another instant\n");
    b.append("  registry/          the registry (embedded H2): schemes, bodies, certificates, audit log\n");
    b.append("  keys/              the sandbox keys of the list-of-trust-lists operator (")
        .append(SandboxHome.OPERATOR_ID)
        .append("),\n                     every NCCA and every certification body\n");
    b.append("  trust/             the published trust bundle: lotl.p7m, lists/<MS>.p7m, status/<body>.p7m,\n");
    b.append("                     anchors.pem, certs/*.pem\n");
    b.append("  state/             sequence numbers already seen (rollback protection)\n");
    b.append("  samples/           signed certificates, manifest.json, and ")
        .append(SandboxHome.REQUEST_FILE)
        .append("\n\n");
    b.append("The world: France, Germany and the Netherlands, each with an NCCA, two certification\n");
    b.append("bodies (<MS>-CB-1 notified for substantial and high, <MS>-CB-2 for substantial) and an\n");
    b.append("ITSEF. FR-CB-1 holds the French NCCA's general delegation for 'high'. The notification\n");
    b.append("of DE-CB-2 was withdrawn ")
        .append(SandboxWorld.WITHDRAWN_DAYS_AGO)
        .append(" days before this home was made.\n\n");
    b.append("Samples (expected verdict)\n");
    for (SandboxHome.Sample s : samples) {
      b.append("  ").append(s.file()).append("\n      ").append(s.description()).append(": ")
          .append(s.indication()).append(s.subIndication().map(x -> " / " + x).orElse(""))
          .append(" (exit ").append(s.exitCode()).append(")\n");
    }
    String h = "eucert --home " + dir;
    b.append("\nTry\n");
    b.append("  ").append(h).append(" verify ").append(dir.resolve("samples")).append("\n");
    b.append("  ").append(h).append(" verify ").append(dir.resolve("samples/eucc-high-in-force.p7m"))
        .append(" --format json\n");
    b.append("  ").append(h).append(" show ").append(dir.resolve("samples/eucc-high-in-force.p7m")).append("\n");
    b.append("  ").append(h).append(" issue --cab FR-CB-2 --request ")
        .append(dir.resolve("samples").resolve(SandboxHome.REQUEST_FILE)).append(" --out /tmp/new.p7m\n");
    b.append("  ").append(h).append(" publish        (then verify /tmp/new.p7m: it is listed)\n");
    b.append("  ").append(h).append(" trust health\n");
    b.append("  ").append(h).append(" registry audit\n");
    b.append("  openssl cms -verify -purpose any -binary -inform DER -in ")
        .append(dir.resolve("samples/eucc-high-in-force.p7m"))
        .append(" -CAfile <(cat ").append(dir.resolve("trust/certs")).append("/*.pem) -out /dev/null\n");
    b.append("\nThe trust lists are valid for a limited time: when 'trust health' says STALE, run\n");
    b.append("'").append(h).append(" publish' again.\n");
    return b.toString();
  }

  private static void write(Path file, String text) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(tmp, text, StandardCharsets.UTF_8);
    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }
}
