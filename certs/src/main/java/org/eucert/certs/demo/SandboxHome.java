/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.demo;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.hash.Hashing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.cert.CertificateEncodingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eucert.certs.issue.IssuedEnvelope;
import org.eucert.certs.issue.Issuer;
import org.eucert.certs.sign.Pkcs12Signer;
import org.eucert.certs.sign.SigningException;
import org.eucert.core.model.BodyId;
import org.eucert.core.model.Bytes;
import org.eucert.core.model.CertificateContent;
import org.eucert.core.model.CertificateId;
import org.eucert.core.model.IssuanceRequest;
import org.eucert.core.model.MemberState;
import org.eucert.core.model.SigningKey;
import org.eucert.core.registry.Actor;
import org.eucert.core.registry.Registry;
import org.eucert.core.registry.Suspension;
import org.eucert.core.registry.Withdrawal;
import org.eucert.core.registry.WithdrawalReason;
import org.eucert.core.time.LegalTime;
import org.eucert.core.xml.IssuanceRequestCodec;
import org.eucert.schemes.catalogue.SchemeCatalogue;

/**
 * Fills a sandbox home (ARCHITECTURE.md section 10) with the {@link SandboxWorld}, test-only keys
 * under {@code HOME/keys}, and signed samples under {@code HOME/samples} with {@code
 * manifest.json}: EUCC 'substantial' and 'high' certificates in force, one withdrawn, one expired
 * (issued in the past through the sandbox's clock), one suspended, one issued by a body whose
 * notification was withdrawn after it (still valid, point in time), and an issuance request to try
 * {@code eucert issue} with. The command line writes {@code manifest.json} from the samples returned.
 *
 * <p>Every key it makes is a sandbox key, its file named {@code *-TEST-ONLY.p12} with the password
 * {@value #KEY_PASSWORD}.
 *
 * @since 0.1
 */
public final class SandboxHome {
  /** The password of every sandbox PKCS#12 file (test-only keys; written in README.txt). */
  public static final String KEY_PASSWORD = "eucert-sandbox-TEST-ONLY";

  /** The body that signs the list of trust lists, as the Union-level operator of the sandbox. */
  public static final String OPERATOR_ID = "EU-OPERATOR";

  /** {@link #OPERATOR_ID} as a body id (the operator is not enrolled as a body). */
  public static final BodyId OPERATOR = BodyId.of(OPERATOR_ID);

  /** The request file written for {@code eucert issue}. */
  public static final String REQUEST_FILE = "request-eucc-substantial.xml";

  /** One sample: what it is and what verifying it must give. */
  public record Sample(
      String file,
      CertificateId certificateId,
      String scheme,
      String level,
      String description,
      String indication,
      Optional<String> subIndication,
      int exitCode) {}

  private final Path home;
  private final Registry registry;
  private final Clock clock;
  private final Actor actor;
  private final SchemeCatalogue catalogue;
  private final SandboxPki pki = new SandboxPki();
  private final Map<BodyId, Path> keyFiles = new LinkedHashMap<>();

  private SandboxHome(
      Path home, Registry registry, Clock clock, Actor actor, SchemeCatalogue catalogue) {
    this.home = checkNotNull(home, "home");
    this.registry = checkNotNull(registry, "registry");
    this.clock = checkNotNull(clock, "clock");
    this.actor = checkNotNull(actor, "actor");
    this.catalogue = checkNotNull(catalogue, "catalogue");
  }

  /**
   * Populates the home at {@code home}, whose registry (already holding the built-in schemes) is
   * {@code registry}, as of {@code clock}'s instant, and returns the samples written.
   */
  public static List<Sample> populate(
      Path home, Registry registry, Clock clock, Actor actor, SchemeCatalogue catalogue)
      throws IOException {
    return new SandboxHome(home, registry, clock, actor, catalogue).populate();
  }

  /** The PKCS#12 file of {@code body}'s sandbox signing key under {@code home}. */
  public static Path keyFile(Path home, BodyId body) {
    return home.resolve("keys").resolve(body.value() + "-TEST-ONLY.p12");
  }

  private List<Sample> populate() throws IOException {
    Instant now = clock.instant();
    SandboxWorld.enrol(registry, now, actor);
    makeKeys(now);
    Files.createDirectories(home.resolve("samples"));
    List<Sample> samples = new ArrayList<>();
    LocalDate today = LegalTime.dayOf(now);

    samples.add(
        issue(
            "eucc-substantial-in-force.p7m",
            SandboxSamples.substantial(
                SandboxWorld.cab(MemberState.FR, 2),
                SandboxWorld.itsef(MemberState.FR),
                "Sandbox Router 4000",
                today.plusYears(3)),
            daysAgo(now, 30),
            "EUCC 'substantial', in force",
            "PASSED",
            Optional.empty(),
            0));
    samples.add(
        issue(
            "eucc-high-in-force.p7m",
            SandboxSamples.high(
                SandboxWorld.cab(MemberState.FR, 1),
                SandboxWorld.itsef(MemberState.FR),
                "Sandbox Secure Element",
                today.plusYears(4)),
            daysAgo(now, 20),
            "EUCC 'high' issued by a CAB under the French NCCA's general delegation, in force",
            "PASSED",
            Optional.empty(),
            0));
    Sample withdrawn =
        issue(
            "eucc-substantial-withdrawn.p7m",
            SandboxSamples.substantial(
                SandboxWorld.cab(MemberState.DE, 1),
                SandboxWorld.itsef(MemberState.DE),
                "Sandbox Firewall 7",
                today.plusYears(2)),
            daysAgo(now, 200),
            "EUCC 'substantial', withdrawn 20 days ago (unremediable vulnerability)",
            "FAILED",
            Optional.of("CERTIFICATE_WITHDRAWN"),
            1);
    registry.withdraw(
        withdrawn.certificateId(),
        new Withdrawal(
            daysAgo(now, 20),
            WithdrawalReason.UNREMEDIABLE_VULNERABILITY,
            "sandbox: a vulnerability that cannot be remedied (EUCC Art 35(6))"),
        actor);
    samples.add(withdrawn);
    samples.add(
        issue(
            "eucc-substantial-expired.p7m",
            SandboxSamples.substantial(
                SandboxWorld.cab(MemberState.NL, 1),
                SandboxWorld.itsef(MemberState.NL),
                "Sandbox Switch 12",
                today.minusDays(10)),
            daysAgo(now, 400),
            "EUCC 'substantial', expired 10 days ago",
            "FAILED",
            Optional.of("CERTIFICATE_EXPIRED"),
            1));
    Sample suspended =
        issue(
            "eucc-substantial-suspended.p7m",
            SandboxSamples.substantial(
                SandboxWorld.cab(MemberState.NL, 2),
                SandboxWorld.itsef(MemberState.NL),
                "Sandbox Gateway 9",
                today.plusYears(2)),
            daysAgo(now, 100),
            "EUCC 'substantial', suspended since 4 days ago for 30 days (EUCC Art 30)",
            "INDETERMINATE",
            Optional.of("CERTIFICATE_SUSPENDED"),
            2);
    registry.suspend(
        suspended.certificateId(),
        new Suspension(
            daysAgo(now, 5),
            today.minusDays(4).plusDays(29),
            "sandbox: non-compliance found by monitoring (EUCC Art 29)"),
        actor);
    samples.add(suspended);
    samples.add(
        issue(
            "eucc-substantial-before-notification-withdrawn.p7m",
            SandboxSamples.substantial(
                SandboxWorld.cab(MemberState.DE, 2),
                SandboxWorld.itsef(MemberState.DE),
                "Sandbox Access Point 3",
                today.plusYears(3)),
            daysAgo(now, SandboxWorld.WITHDRAWN_DAYS_AGO + 30),
            "EUCC 'substantial' issued by DE-CB-2 before its notification was withdrawn: still"
                + " valid (point in time)",
            "PASSED",
            Optional.empty(),
            0));

    writeRequest();
    return samples;
  }

  private void makeKeys(Instant now) throws IOException {
    Files.createDirectories(home.resolve("keys"));
    Instant start = LegalTime.startOfDay(LegalTime.dayOf(now).minusDays(SandboxWorld.RECORDS_DAYS_AGO));
    SandboxPki.Issued operatorCa =
        pki.rootCa("eucert sandbox Union operator CA", start, SandboxWorld.keyValidity());
    write(OPERATOR, pki.signer(operatorCa, "eucert sandbox list of trust lists signer", start,
        SandboxWorld.keyValidity()));
    for (MemberState ms : SandboxWorld.MEMBER_STATES) {
      SandboxPki.Issued ca =
          pki.rootCa("eucert sandbox " + ms.name() + " CA", start, SandboxWorld.keyValidity());
      for (BodyId body :
          List.of(SandboxWorld.ncca(ms), SandboxWorld.cab(ms, 1), SandboxWorld.cab(ms, 2))) {
        SandboxPki.Issued key =
            pki.signer(ca, body.value() + " signing key", start, SandboxWorld.keyValidity());
        write(body, key);
        registry.addSigningKey(
            new SigningKey(
                body,
                keyId(key),
                der(key),
                start,
                Optional.of(start.plus(SandboxWorld.keyValidity())),
                Optional.empty()),
            actor);
      }
    }
  }

  private void write(BodyId body, SandboxPki.Issued key) throws IOException {
    Path file = keyFile(home, body);
    pki.writePkcs12(key, file, KEY_PASSWORD.toCharArray());
    keyFiles.put(body, file);
  }

  private Sample issue(
      String file,
      IssuanceRequest request,
      Instant at,
      String description,
      String indication,
      Optional<String> subIndication,
      int exitCode)
      throws IOException {
    try (Pkcs12Signer signer =
        Pkcs12Signer.open(keyFiles.get(request.issuer()), KEY_PASSWORD.toCharArray())) {
      Issuer issuer =
          Issuer.builder()
              .registry(registry)
              .catalogue(catalogue)
              .clock(Clock.fixed(at, ZoneOffset.UTC))
              .signer(signer)
              .actor(actor)
              .build();
      IssuedEnvelope issued = issuer.issue(request);
      CertificateContent content = (CertificateContent) issued.attestation();
      writeAtomically(home.resolve("samples").resolve(file), issued.envelope().toByteArray());
      return new Sample(
          file,
          content.id(),
          content.scheme().value(),
          content.assuranceLevel().name(),
          description,
          indication,
          subIndication,
          exitCode);
    } catch (SigningException e) {
      throw new IOException("cannot open the sandbox key of " + request.issuer(), e);
    }
  }

  private void writeRequest() throws IOException {
    LocalDate today = LegalTime.dayOf(clock.instant());
    IssuanceRequest request =
        SandboxSamples.substantial(
            SandboxWorld.cab(MemberState.FR, 2),
            SandboxWorld.itsef(MemberState.FR),
            "Sandbox Router 5000",
            today.plusYears(3));
    writeAtomically(
        home.resolve("samples").resolve(REQUEST_FILE), IssuanceRequestCodec.create().write(request));
  }

  private static Instant daysAgo(Instant now, int days) {
    return now.minus(Duration.ofDays(days)).truncatedTo(ChronoUnit.SECONDS);
  }

  private static Bytes der(SandboxPki.Issued key) {
    try {
      return Bytes.copyOf(key.certificate().getEncoded());
    } catch (CertificateEncodingException e) {
      throw new IllegalStateException("cannot encode a sandbox certificate", e);
    }
  }

  private static String keyId(SandboxPki.Issued key) {
    return Hashing.sha256().hashBytes(der(key).toByteArray()).toString();
  }

  private static void writeAtomically(Path file, byte[] bytes) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.write(tmp, bytes);
    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }
}
