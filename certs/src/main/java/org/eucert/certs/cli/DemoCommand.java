/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.eucert.certs.demo.SandboxHome;
import org.eucert.certs.demo.SandboxSamples;
import org.eucert.certs.demo.SandboxWorld;
import org.eucert.certs.issue.IssuedEnvelope;
import org.eucert.certs.issue.Issuer;
import org.eucert.certs.sign.Pkcs12Signer;
import org.eucert.certs.trust.InMemorySeenSequenceStore;
import org.eucert.certs.trust.SeenSequenceStore;
import org.eucert.certs.trust.TrustBundle;
import org.eucert.certs.verify.Indication;
import org.eucert.certs.verify.SubIndication;
import org.eucert.certs.verify.VerificationPolicy;
import org.eucert.certs.verify.VerificationReport;
import org.eucert.certs.verify.Verifier;
import org.eucert.core.internal.SuppressForbidden;
import org.eucert.core.model.BodyId;
import org.eucert.core.model.CertificateContent;
import org.eucert.core.model.CertificateId;
import org.eucert.core.model.MemberState;
import org.eucert.core.registry.Actor;
import org.eucert.core.registry.Suspension;
import org.eucert.core.registry.Withdrawal;
import org.eucert.core.registry.WithdrawalReason;
import org.eucert.core.time.LegalTime;
import org.eucert.schemes.catalogue.SchemeCatalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code eucert demo}: the whole story in a temporary sandbox home, narrated: issue, verify
 * (PASSED), tamper one byte (FAILED), verify before the issue instant (not yet valid), suspend
 * (INDETERMINATE, suspended), withdraw and republish (FAILED, withdrawn), and verify from another
 * Member State's copy of the bundle (the same verdict: mutual recognition, CSA Art 56(1)). Each
 * step checks its verdict; the command exits 1 if any differs from the story.
 *
 * @since 0.1
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Run the whole story in a temporary sandbox home (test-only keys): issue, verify, tamper,",
      "verify before issue, suspend, withdraw, verify from another Member State's bundle copy."
    },
    footer = {"", "Examples:", "  eucert demo", "  eucert demo --keep /tmp/eucert-demo"})
final class DemoCommand implements Callable<Integer> {
  @ParentCommand EucertCommand root;
  @Spec CommandSpec spec;

  @Option(
      names = "--keep",
      paramLabel = "DIR",
      description = "build the demo home in DIR (new or empty) and keep it, instead of a temporary folder")
  Path keep;

  private PrintWriter out;
  private int step;
  private boolean asExpected = true;

  @Override
  public Integer call() throws IOException {
    out = spec.commandLine().getOut();
    Path dir = keep != null ? keep : tempDir();
    try {
      story(dir);
    } finally {
      if (keep == null) {
        delete(dir);
      }
    }
    out.println();
    out.println(asExpected ? "The story went as the law says it should." : "UNEXPECTED: a step did not give the verdict of the story (see above).");
    return asExpected ? ExitCode.OK : ExitCode.FAILED;
  }

  @SuppressForbidden(reason = "a temporary folder for the demo home")
  private static Path tempDir() throws IOException {
    return Files.createTempDirectory("eucert-demo-");
  }

  private void story(Path dir) throws IOException {
    Clock clock = root.clock();
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    Actor actor = Actor.of("eucert demo");
    SchemeCatalogue catalogue = SchemeCatalogue.builtIn();

    say("Make a sandbox home with three Member States (FR, DE, NL), their NCCAs, certification"
        + " bodies and ITSEFs, test-only keys, and a published trust bundle", "eucert init --demo --home " + dir);
    Files.createDirectories(dir);
    int init =
        Main.run(
            new String[] {"--home", dir.toString(), "init", "--demo", "--actor", actor.name()},
            new PrintWriter(PrintWriter.nullWriter()),
            spec.commandLine().getErr(),
            clock,
            root.env());
    if (init != ExitCode.OK) {
      throw new CliException(init, "the demo home could not be made in " + dir);
    }
    out.println("   done: " + dir);

    BodyId cab = SandboxWorld.cab(MemberState.FR, 2);
    Instant issuedAt = now.minus(Duration.ofDays(10));
    Path cert = dir.resolve("router.p7m");
    CertificateId id;
    try (Home home = Home.open(dir, clock)) {
      say("FR-CB-2, a French certification body, issues an EUCC 'substantial' certificate for a"
          + " router (10 days ago, through the sandbox's clock)", "eucert issue --cab FR-CB-2 --request samples/" + SandboxHome.REQUEST_FILE + " --out router.p7m --at " + issuedAt);
      try (Pkcs12Signer signer = new HomeKeys(home, root.env()).open(cab)) {
        IssuedEnvelope issued =
            Issuer.builder()
                .registry(home.registry())
                .catalogue(catalogue)
                .clock(Clock.fixed(issuedAt, ZoneOffset.UTC))
                .signer(signer)
                .actor(actor)
                .build()
                .issue(
                    SandboxSamples.substantial(
                        cab,
                        SandboxWorld.itsef(MemberState.FR),
                        "Sandbox Router 5000",
                        LegalTime.dayOf(now).plusYears(3)));
        Files.write(cert, issued.envelope().toByteArray());
        id = ((CertificateContent) issued.attestation()).id();
      }
      out.println("   issued " + id);
      say("FR-CB-2 publishes its status list (and the NCCAs their trust lists)", "eucert publish");
      PublishCommand.publish(home, new HomeKeys(home, root.env()), actor.name(), now);

      SeenSequenceStore seen = new InMemorySeenSequenceStore();
      byte[] bytes = Files.readAllBytes(cert);
      say("A buyer verifies it, offline, from the trust bundle", "eucert verify router.p7m");
      expect(verifier(dir.resolve("trust"), seen).verify(bytes, now), Indication.PASSED, null);

      say("Someone changes one byte of the certificate", "eucert verify tampered.p7m");
      byte[] tampered = bytes.clone();
      tampered[tampered.length / 2] ^= 0x01;
      expect(verifier(dir.resolve("trust"), seen).verify(tampered, now), Indication.FAILED, null);

      Instant before = issuedAt.minus(Duration.ofDays(1));
      say("Verified at an instant before it was issued", "eucert verify router.p7m --at " + before);
      expect(
          verifier(dir.resolve("trust"), seen).verify(bytes, before),
          Indication.FAILED,
          SubIndication.CERTIFICATE_NOT_YET_VALID);

      Instant decided = now.minus(Duration.ofDays(3));
      say("FR-CB-2 suspends it for 30 days (decided 3 days ago; a suspension starts the day after"
          + " the decision, EUCC Art 30) and republishes", "eucert status suspend " + id + " --reason ... --until ... && eucert publish");
      home.registry()
          .suspend(
              id,
              new Suspension(decided, LegalTime.dayOf(decided).plusDays(30), "demo: non-conformity found by monitoring"),
              actor);
      PublishCommand.publish(home, new HomeKeys(home, root.env()), actor.name(), now.plusSeconds(1));
      expect(
          verifier(dir.resolve("trust"), seen).verify(bytes, now.plusSeconds(1)),
          Indication.INDETERMINATE,
          SubIndication.CERTIFICATE_SUSPENDED);

      Instant withdrawn = now.minus(Duration.ofHours(1));
      say("FR-CB-2 withdraws it (unremediable vulnerability, EUCC Art 35(6)) and republishes", "eucert status withdraw " + id + " --reason ... && eucert publish");
      home.registry()
          .withdraw(
              id,
              new Withdrawal(withdrawn, WithdrawalReason.UNREMEDIABLE_VULNERABILITY, "demo: unremediable vulnerability"),
              actor);
      PublishCommand.publish(home, new HomeKeys(home, root.env()), actor.name(), now.plusSeconds(2));
      VerificationReport fr =
          expect(
              verifier(dir.resolve("trust"), seen).verify(bytes, now.plusSeconds(2)),
              Indication.FAILED,
              SubIndication.CERTIFICATE_WITHDRAWN);

      Path copy = dir.resolve("bundle-copy-DE");
      copyTree(dir.resolve("trust"), copy);
      say("A German verifier checks it from its own copy of the bundle: the same verdict in every"
          + " Member State (CSA Art 56(1), mutual recognition)", "eucert verify router.p7m --trust bundle-copy-DE");
      VerificationReport de =
          verifier(copy, new InMemorySeenSequenceStore()).verify(bytes, now.plusSeconds(2));
      expect(de, fr.indication(), fr.subIndication().orElse(null));
    }
  }

  private Verifier verifier(Path trust, SeenSequenceStore seen) {
    return Verifier.builder()
        .trustSnapshot(
            TrustBundle.load(trust, TrustOptions.readAnchors(trust.resolve("anchors.pem")), seen, root.clock()))
        .clock(Clock.offset(root.clock(), Duration.ofSeconds(3)))
        .policy(VerificationPolicy.defaults())
        .catalogue(SchemeCatalogue.builtIn())
        .build();
  }

  private void say(String what, String command) {
    step++;
    out.println();
    out.println(step + ". " + what);
    out.println("   $ " + command);
  }

  private VerificationReport expect(VerificationReport r, Indication indication, SubIndication sub) {
    boolean ok =
        r.indication() == indication && (sub == null || r.subIndication().equals(Optional.of(sub)));
    out.println(
        "   "
            + r.indication()
            + r.subIndication().map(s -> " / " + s).orElse("")
            + ": "
            + r.reason()
            + (ok ? "" : "   <-- UNEXPECTED: the story expects " + indication + (sub == null ? "" : " / " + sub)));
    asExpected &= ok;
    return r;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException | UncheckedIOException e) {
      // a temporary folder: the system cleans it up if we cannot
    }
  }

}
