/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.eucert.certs.sign.EnvelopeCodec;
import org.eucert.certs.sign.EnvelopeFormatException;
import org.eucert.certs.sign.ParsedEnvelope;
import org.eucert.certs.verify.CertificateSummary;
import org.eucert.core.model.Attestation;
import org.eucert.core.xml.CertificateCodec;
import org.eucert.core.xml.StatementCodec;
import org.eucert.core.xml.XmlFormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code eucert show}: decodes a signed certificate or statement without verifying it. The output
 * is headed UNVERIFIED: nothing in it may be relied on before {@code eucert verify} passes.
 *
 * @since 0.1
 */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = {
      "Decode a signed certificate or statement (.p7m) WITHOUT verifying it: the output is headed",
      "UNVERIFIED. --format xml prints the signed XML document exactly as signed."
    },
    footer = {"", "Examples:", "  eucert show samples/eucc-high-in-force.p7m", "  eucert show cert.p7m --format xml"})
final class ShowCommand implements Runnable {
  @ParentCommand EucertCommand root;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "the envelope")
  Path file;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), json or xml")
  OutputFormat format = OutputFormat.text;

  @Override
  public void run() {
    byte[] bytes = Args.read(file);
    ParsedEnvelope env;
    try {
      env = EnvelopeCodec.standard().parse(bytes);
    } catch (EnvelopeFormatException e) {
      throw new CliException(ExitCode.DATA, file + ": not a eucert envelope: " + e.getMessage(), e);
    }
    byte[] xml = env.content();
    PrintWriter out = spec.commandLine().getOut();
    if (format == OutputFormat.xml) {
      out.print(new String(xml, StandardCharsets.UTF_8));
      out.flush();
      return;
    }
    Attestation a = decode(xml);
    CertificateSummary s = CertificateSummary.from(a);
    String signer = env.signerCertificate().getSubjectX500Principal().getName();
    if (format == OutputFormat.json) {
      out.println(
          Json.object()
              .put("verified", false)
              .put("file", file.toString())
              .put("certificateId", s.id().value())
              .put("scheme", s.scheme().value())
              .put("schemeVersion", s.schemeVersion())
              .put("level", s.level().name())
              .put("route", s.route().name())
              .put("holder", s.holder())
              .put("product", s.product())
              .put("issuer", s.issuerName())
              .put("issuerId", s.issuerId())
              .put("issuedAt", s.issuedAt().toString())
              .put("validUntil", s.validUntil().toString())
              .put("signingTime", env.signingTime().toString())
              .put("algorithm", env.algorithm().name())
              .put("signer", signer)
              .toString());
      return;
    }
    out.println("UNVERIFIED: decoded without checking signature, issuer, rules or status");
    out.println("  certificate: " + s.id() + ", " + s.scheme() + " " + s.schemeVersion() + ", " + s.level());
    out.println("  product:     " + s.product());
    out.println("  holder:      " + s.holder());
    out.println("  issuer:      " + s.issuerName() + s.issuerId().map(i -> " (" + i + ")").orElse(""));
    out.println("  issued:      " + s.issuedAt() + "; valid until " + s.validUntil());
    out.println("  signed:      " + env.signingTime() + " with " + env.algorithm() + " by " + signer);
    out.println("Run 'eucert verify " + file + "' before relying on any of it.");
  }

  private Attestation decode(byte[] xml) {
    String head = new String(xml, 0, Math.min(xml.length, 2048), StandardCharsets.UTF_8);
    try {
      if (head.contains(StatementCodec.NAMESPACE)) {
        return StatementCodec.create().parse(xml);
      }
      return CertificateCodec.create().parse(xml);
    } catch (XmlFormatException e) {
      throw new CliException(ExitCode.DATA, file + ": the signed document is not one of ours: " + e.getMessage(), e);
    }
  }
}
