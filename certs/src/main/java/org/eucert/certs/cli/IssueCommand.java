/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.eucert.certs.issue.IssuanceRefusedException;
import org.eucert.certs.issue.IssuanceSigningException;
import org.eucert.certs.issue.IssuedEnvelope;
import org.eucert.certs.issue.Issuer;
import org.eucert.certs.sign.Pkcs12Signer;
import org.eucert.core.model.Attestation;
import org.eucert.core.model.BodyId;
import org.eucert.core.model.CertificateContent;
import org.eucert.core.model.IssuanceRequest;
import org.eucert.core.rules.Finding;
import org.eucert.core.xml.IssuanceRequestCodec;
import org.eucert.core.xml.XmlFormatException;
import org.eucert.schemes.catalogue.SchemeCatalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code eucert issue}: issues a signed certificate from an issuance request, after the scheme's
 * rules and the authority checks against the registry on the day of issue (CSA Art 56, 60, 61;
 * EUCC Art 9-12, 20a-22). A refused request prints every finding with its rule code and article,
 * exits 1 and records nothing.
 *
 * @since 0.1
 */
@Command(
    name = "issue",
    mixinStandardHelpOptions = true,
    description = {
      "Issue a signed certificate (.p7m) from an issuance request (issuance-request.xsd), signed",
      "with the key HOME/keys/<cab>.p12 and recorded in the registry. A refusal lists every",
      "finding and exits 1; nothing is recorded."
    },
    footer = {
      "",
      "Examples:",
      "  eucert issue --cab FR-CB-2 --request samples/request-eucc-substantial.xml --out router.p7m",
      "  eucert issue --cab FR-CB-2 --request req.xml --out old.p7m --at 2026-01-15   (sandbox homes only)"
    })
final class IssueCommand implements Runnable {
  @ParentCommand EucertCommand root;
  @Spec CommandSpec spec;
  @Mixin Args.ActorOption actor;

  @Option(names = "--cab", required = true, paramLabel = "BODY-ID", description = "the issuing body")
  String cab;

  @Option(names = "--request", required = true, paramLabel = "FILE.xml", description = "the issuance request")
  Path request;

  @Option(names = "--out", required = true, paramLabel = "CERT.p7m", description = "where to write the signed certificate")
  Path out;

  @Option(
      names = "--at",
      paramLabel = "INSTANT",
      description = "the issue instant (sandbox homes only; default: now)")
  Instant at;

  @Override
  public void run() {
    PrintWriter pw = spec.commandLine().getOut();
    BodyId body = Args.bodyId("--cab", cab);
    IssuanceRequest req;
    try {
      req = IssuanceRequestCodec.create().parse(Args.read(request));
    } catch (XmlFormatException e) {
      throw new CliException(ExitCode.DATA, request + ": " + e.getMessage(), e);
    }
    if (!req.issuer().equals(body)) {
      throw new CliException(
          ExitCode.USAGE,
          "--cab " + body + " does not match the request's issuer " + req.issuer());
    }
    try (Home home = root.openHome();
        Pkcs12Signer signer = new HomeKeys(home, root.env()).open(body)) {
      Instant instant = Args.actingAt(home, Optional.ofNullable(at), root.clock());
      Issuer issuer =
          Issuer.builder()
              .registry(home.registry())
              .catalogue(SchemeCatalogue.builtIn())
              .clock(Clock.fixed(instant, ZoneOffset.UTC))
              .signer(signer)
              .actor(actor.actor(root.env()))
              .build();
      IssuedEnvelope issued;
      try {
        issued = issuer.issue(req);
      } catch (IssuanceRefusedException e) {
        PrintWriter err = spec.commandLine().getErr();
        for (Finding f : e.findings()) {
          err.println("  " + f.code() + " (" + f.legalReference() + "): " + f.message());
        }
        throw new CliException(
            ExitCode.FAILED, "issuance refused (" + e.findings().size() + " findings); nothing recorded", e);
      } catch (IssuanceSigningException e) {
        throw new CliException(ExitCode.SOFTWARE, "signing failed: " + e.getMessage(), e);
      }
      write(out, issued.envelope().toByteArray());
      Attestation a = issued.attestation();
      String id = a instanceof CertificateContent c ? c.id().value() : "statement";
      pw.println("issued " + id + " -> " + out);
      issued.findings().forEach(f -> pw.println("  note " + f.code() + ": " + f.message()));
    }
  }

  private static void write(Path file, byte[] bytes) {
    try {
      Path dir = file.toAbsolutePath().getParent();
      Path tmp = Files.createTempFile(dir, ".eucert-", ".tmp");
      Files.write(tmp, bytes);
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new CliException(
          ExitCode.NO_INPUT,
          "the certificate was issued and recorded, but " + file + " cannot be written: " + e.getMessage(),
          e);
    }
  }
}
