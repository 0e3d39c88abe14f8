/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eucert.certs.demo.SandboxHome;
import org.eucert.certs.sign.Pkcs12Signer;
import org.eucert.certs.sign.SigningException;
import org.eucert.certs.trust.TrustPublisher;
import org.eucert.core.model.Body;
import org.eucert.core.model.BodyId;
import org.eucert.core.model.BodyRole;
import org.eucert.core.model.Bytes;
import org.eucert.core.registry.Registry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code eucert publish}: signs the list of trust lists, every Member State's trust list and every
 * issuing body's status list from the registry, and writes them to {@code HOME/trust}
 * (ARCHITECTURE.md sections 7 and 10), each with the next sequence number.
 *
 * @since 0.1
 */
@Command(
    name = "publish",
    mixinStandardHelpOptions = true,
    description = {
      "Sign and write the trust bundle to HOME/trust: lotl.p7m (signed with the key of "
          + SandboxHome.OPERATOR_ID
          + "),",
      "lists/<MS>.p7m (signed by each NCCA), status/<body-id>.p7m (signed by each issuing body),",
      "anchors.pem and certs/*.pem. Keys are HOME/keys/<body-id>.p12, password in $"
          + HomeKeys.PASSWORD_ENV
          + ".",
      "The list of trust lists' sequence numbers are counted under the first NCCA (by id) with a key."
    },
    footer = {"", "Examples:", "  eucert publish", "  eucert --home /tmp/sandbox publish --at 2026-05-01"})
final class PublishCommand implements Runnable {
  @ParentCommand EucertCommand root;
  @Spec CommandSpec spec;
  @Mixin Args.ActorOption actor;

  @Option(
      names = "--at",
      paramLabel = "INSTANT",
      description = "the issue instant of the lists (sandbox homes only; default: now)")
  Instant at;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    try (Home home = root.openHome()) {
      Instant issued = Args.actingAt(home, Optional.ofNullable(at), root.clock());
      TrustPublisher.Publication p =
          publish(home, new HomeKeys(home, root.env()), actor.actor(root.env()).name(), issued);
      out.println("published " + p.files().size() + " files to " + home.trust() + " at " + p.issued());
      p.sequences().forEach((list, seq) -> out.println("  " + list + "  sequence " + seq));
      PrintWriter err = spec.commandLine().getErr();
      p.notSigned()
          .forEach((body, why) -> err.println("warning: no status list for " + body + ": " + why));
    }
  }

  /** Publishes the home's bundle with the keys it holds; used by {@code init --demo} too. */
  static TrustPublisher.Publication publish(Home home, HomeKeys keys, String actor, Instant issued) {
    Registry registry = home.registry();
    List<Pkcs12Signer> open = new ArrayList<>();
    try {
      Map<BodyId, Path> files = keys.files();
      BodyId operator = SandboxHome.OPERATOR;
      if (!files.containsKey(operator)) {
        throw new CliException(
            ExitCode.NO_INPUT,
            "no key to sign the list of trust lists: expected "
                + home.keys().resolve(operator.value() + ".p12"));
      }
      Pkcs12Signer operatorSigner = keys.open(files.get(operator));
      open.add(operatorSigner);
      TrustPublisher.Builder b = TrustPublisher.builder().registry(registry);
      Optional<BodyId> coordinating = Optional.empty();
      for (Map.Entry<BodyId, Path> key : files.entrySet()) {
        Optional<Body> body = registry.body(key.getKey());
        if (body.isEmpty()) {
          continue; // the operator's key, or a key of a body not enrolled here
        }
        Pkcs12Signer signer = keys.open(key.getValue());
        open.add(signer);
        if (body.get().role() == BodyRole.NCCA) {
          // signs the trust list, and the NCCA's status list if the key is a listed one
          b.nccaSigner(body.get().memberState(), signer);
          if (coordinating.isEmpty()) {
            coordinating = Optional.of(body.get().id());
          }
          continue;
        }
        byte[] der;
        try {
          der = signer.certificate().getEncoded();
        } catch (java.security.cert.CertificateEncodingException e) {
          throw new CliException(ExitCode.DATA, key.getValue() + ": its certificate cannot be encoded", e);
        }
        Bytes certificate = Bytes.copyOf(der);
        if (registry.signingKeys(body.get().id()).stream()
            .noneMatch(k -> k.certificate().equals(certificate))) {
          throw new CliException(
              ExitCode.FAILED,
              key.getValue() + " holds a certificate that is not a listed signing key of "
                  + body.get().id() + ": add it with 'eucert body key add " + body.get().id()
                  + " --cert FILE.pem' (nothing was published)");
        }
        b.bodySigner(body.get().id(), signer);
      }
      BodyId sequenceBody =
          coordinating.orElseThrow(
              () ->
                  new CliException(
                      ExitCode.NO_INPUT,
                      "no NCCA key in " + home.keys() + ": a trust bundle needs at least one NCCA's trust list"));
      b.operator("eucert list of trust lists operator", sequenceBody, operatorSigner)
          .actor(org.eucert.core.registry.Actor.of(actor));
      return b.build().publish(home.trust(), issued);
    } catch (SigningException e) {
      throw new CliException(ExitCode.SOFTWARE, "signing the trust bundle failed: " + e.getMessage(), e);
    } finally {
      open.forEach(Pkcs12Signer::close);
    }
  }
}
