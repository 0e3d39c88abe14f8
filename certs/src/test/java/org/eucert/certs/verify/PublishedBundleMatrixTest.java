/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.hash.Hashing;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.eucert.certs.demo.SandboxHome;
import org.eucert.certs.demo.SandboxPki;
import org.eucert.certs.demo.SandboxSamples;
import org.eucert.certs.demo.SandboxWorld;
import org.eucert.certs.issue.IssuanceRefusedException;
import org.eucert.certs.issue.IssuedEnvelope;
import org.eucert.certs.issue.Issuer;
import org.eucert.certs.sign.EnvelopeCodec;
import org.eucert.certs.sign.EnvelopeFormatException;
import org.eucert.certs.sign.Pkcs12Signer;
import org.eucert.certs.sign.SignatureAlgorithm;
import org.eucert.certs.trust.Anchor;
import org.eucert.certs.trust.InMemorySeenSequenceStore;
import org.eucert.certs.trust.ListHealth;
import org.eucert.certs.trust.ListInfo;
import org.eucert.certs.trust.ListKind;
import org.eucert.certs.trust.SeenSequenceStore;
import org.eucert.certs.trust.TrustBundle;
import org.eucert.certs.trust.TrustPublisher;
import org.eucert.certs.trust.TrustSnapshot;
import org.eucert.core.model.AssuranceLevel;
import org.eucert.core.model.BodyId;
import org.eucert.core.model.Bytes;
import org.eucert.core.model.CertificateContent;
import org.eucert.core.model.CertificateId;
import org.eucert.core.model.IssuanceRequest;
import org.eucert.core.model.MemberState;
import org.eucert.core.model.SchemeVersion;
import org.eucert.core.model.SigningKey;
import org.eucert.core.registry.Actor;
import org.eucert.core.registry.Withdrawal;
import org.eucert.core.registry.WithdrawalReason;
import org.eucert.core.registry.jpa.JpaRegistry;
import org.eucert.core.time.LegalTime;
import org.eucert.core.trust.ListOfTrustLists;
import org.eucert.core.trust.StatusList;
import org.eucert.core.trust.TrustList;
import org.eucert.core.xml.CertificateCodec;
import org.eucert.core.xml.SchemeCodec;
import org.eucert.schemes.catalogue.SchemeCatalogue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The verification matrix of ARCHITECTURE.md section 8 end to end, through the real code path
 * (issue 5, "How we will know it works"): the sandbox world of three Member States ({@link
 * SandboxWorld}: FR, DE and NL NCCAs; CABs notified for 'substantial' and 'high' or 'substantial'
 * only; {@code FR-CB-1} under the French NCCA's general delegation for 'high'; the notification of
 * {@code DE-CB-2} withdrawn 60 days ago) in an embedded registry, certificates issued by the {@link
 * Issuer} with the sandbox's test-only keys ({@link SandboxHome}), one compromised key recorded in
 * the registry, the trust bundle signed by the {@link TrustPublisher} into a folder, that folder
 * copied once per Member State (as each would download it), each copy loaded with {@link
 * TrustBundle#load} against the anchors of {@code anchors.pem}, and a {@link Verifier} per copy.
 * Every case must give the same verdict, decided by the same step, from each Member State's copy
 * (mutual recognition, CSA Art 56(10) and 61(5)).
 *
 * <p>Time line (all instants explicit; no wall clock): the world is made at {@link #T0}; NL-CB-1
 * signs one certificate before and one after the instant its key is later recorded compromised
 * ({@link #COMPROMISED}) and a rotated key signs its status lists from then on; the bundle is
 * published at {@link #FIRST_PUBLISHED}; a late certificate is issued and a certificate withdrawn;
 * the bundle is published again at {@link #PUBLISHED}; verifiers run with a clock at {@link #NOW}.
 *
 * <p>Every one of the 17 sub-indications is reached here from published, signed files. The cases
 * the {@link Issuer} refuses to issue ({@code ISSUER_NOT_NOTIFIED}, {@code OUT_OF_SCOPE}, {@code
 * SCHEME_RULE_VIOLATION}) and the unregistered ones ({@code NOT_REGISTERED}) are envelopes signed
 * with a listed body's real key outside the Issuer, as a rogue or careless key holder could; {@code
 * CRYPTO_CONSTRAINTS_FAILURE} comes from the verifier's policy, an input of the real path. No
 * sub-indication is reachable only in {@link VerifierMatrixTest}. Routes to the same
 * sub-indications that only that in-memory test exercises, because they test single branches of
 * the verifier rather than the published path: a list of trust lists that is rolled back, badly
 * signed or malformed (here a trust list and a status list are tampered with or replayed instead),
 * a key used outside its listed window (SIGNER_NOT_LISTED), a signing-time other than the issue
 * instant written in the content (FORMAT_FAILURE at the content step; the Issuer never makes such
 * an envelope), and a policy's maximum age of trust data (TRUST_DATA_STALE).
 *
 * <p>API-level test: it imports nothing from {@code internal}.
 */
class PublishedBundleMatrixTest {
  /** When the sandbox world is made (its samples are dated relative to it). */
  static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");

  /** When the key NL-CB-1 signed with is recorded compromised. */
  static final Instant COMPROMISED = T0.minus(Duration.ofDays(10));

  /** The first publication of the bundle. */
  static final Instant FIRST_PUBLISHED = T0;

  /** A certificate issued after the first publication. */
  static final Instant LATE_ISSUED = T0.plus(Duration.ofHours(1));

  /** A certificate in force at the first publication, withdrawn before the second. */
  static final Instant VICTIM_WITHDRAWN = T0.plus(Duration.ofMinutes(90));

  /** The second (current) publication. */
  static final Instant PUBLISHED = T0.plus(Duration.ofHours(2));

  /** The verifiers' clock and the default validation instant. */
  static final Instant NOW = T0.plus(Duration.ofHours(3));

  static final LocalDate TODAY = LegalTime.dayOf(T0);
  static final Actor ACTOR = new Actor("published-bundle-matrix-test");
  static final SchemeCatalogue CATALOGUE = SchemeCatalogue.builtIn();
  static final CertificateCodec CERTIFICATES = CertificateCodec.create();
  static final EnvelopeCodec ENVELOPES = EnvelopeCodec.standard();
  static final char[] PASSWORD = SandboxHome.KEY_PASSWORD.toCharArray();
  static final BodyId FR_CB_1 = SandboxWorld.cab(MemberState.FR, 1);
  static final BodyId FR_CB_2 = SandboxWorld.cab(MemberState.FR, 2);
  static final BodyId DE_CB_1 = SandboxWorld.cab(MemberState.DE, 1);
  static final BodyId DE_CB_2 = SandboxWorld.cab(MemberState.DE, 2);
  static final BodyId NL_CB_1 = SandboxWorld.cab(MemberState.NL, 1);

  /** How a Member State's copy of the bundle is altered before it is loaded. */
  enum Bundle {
    /** The current publication, as downloaded. */
    CURRENT,
    /** The first publication, before the late certificate was issued. */
    FIRST,
    /** The current publication, loaded with anchors that did not sign its list of trust lists. */
    OTHER_ANCHORS,
    /** The current publication with one byte of {@code lists/FR.p7m} changed. */
    TAMPERED_TRUST_LIST,
    /** The current publication with one byte of {@code status/FR-CB-2.p7m} changed. */
    TAMPERED_STATUS_LIST,
    /**
     * The current publication with FR-CB-2's status list of the first publication put back, loaded
     * with the seen-sequence store that loaded {@link #CURRENT}.
     */
    REPLAYED_STATUS_LIST,
    /** As {@link #REPLAYED_STATUS_LIST}, loaded by a verifier with no memory of sequences. */
    REPLAYED_STATUS_LIST_FRESH_STORE,
    /** The whole first publication, loaded with the store that loaded {@link #CURRENT}. */
    REPLAYED_BUNDLE
  }

  /** One row of the matrix; {@code sub} and {@code decidedBy} empty and STATUS for PASSED. */
  record Case(
      String name,
      Bundle bundle,
      Instant clock,
      VerificationPolicy policy,
      byte[] envelope,
      Instant at,
      Indication indication,
      Optional<SubIndication> sub,
      Check decidedBy) {}

  @TempDir static Path dir;
  static Path home;
  static final Map<String, byte[]> samples = new LinkedHashMap<>();
  static final Map<String, byte[]> envelopes = new LinkedHashMap<>();
  static final Map<Bundle, Map<MemberState, TrustSnapshot>> snapshots = new EnumMap<>(Bundle.class);
  static Path rotatedKey;
  static Bytes strangerCa;
  static Path strangerKey;
  static long firstFrStatusSequence;
  static long currentFrStatusSequence;

  @BeforeAll
  static void buildPublishCopyAndLoad() throws Exception {
    home = dir.resolve("home");
    Files.createDirectories(home);
    SettableClock registryClock = new SettableClock(T0);
    try (JpaRegistry registry = JpaRegistry.builder().embedded(home).clock(registryClock).open()) {
      SchemeCodec schemes = SchemeCodec.create();
      for (SchemeVersion s : CATALOGUE.schemes()) {
        registry.importSchemeVersion(s, Bytes.copyOf(schemes.write(s)), ACTOR);
      }
      for (SandboxHome.Sample s :
          SandboxHome.populate(home, registry, Clock.fixed(T0, ZoneOffset.UTC), ACTOR, CATALOGUE)) {
        samples.put(s.file(), Files.readAllBytes(home.resolve("samples").resolve(s.file())));
      }

      // NL-CB-1 signs before and after the instant its key is later found compromised
      envelopes.put(
          "nl-before-compromise",
          issue(
              registry,
              substantial(NL_CB_1, "Sandbox Modem 1"),
              COMPROMISED.minus(Duration.ofDays(5))));
      envelopes.put(
          "nl-after-compromise",
          issue(
              registry,
              substantial(NL_CB_1, "Sandbox Modem 2"),
              COMPROMISED.plus(Duration.ofDays(5))));
      registryClock.set(T0.plusSeconds(60));
      List<SigningKey> nlKeys = registry.signingKeys(NL_CB_1);
      assertEquals(1, nlKeys.size());
      registry.markKeyCompromised(nlKeys.get(0).keyId(), COMPROMISED, ACTOR);
      SandboxPki pki = new SandboxPki();
      SandboxPki.Issued rotationCa =
          pki.rootCa("eucert sandbox NL rotation CA", COMPROMISED, SandboxWorld.keyValidity());
      SandboxPki.Issued rotated =
          pki.signer(
              rotationCa, "NL-CB-1 rotated signing key", COMPROMISED, SandboxWorld.keyValidity());
      rotatedKey = dir.resolve("NL-CB-1-rotated-TEST-ONLY.p12");
      pki.writePkcs12(rotated, rotatedKey, PASSWORD);
      Bytes rotatedDer = Bytes.copyOf(rotated.certificate().getEncoded());
      registry.addSigningKey(
          new SigningKey(
              NL_CB_1,
              Hashing.sha256().hashBytes(rotatedDer.toByteArray()).toString(),
              rotatedDer,
              COMPROMISED,
              Optional.of(COMPROMISED.plus(SandboxWorld.keyValidity())),
              Optional.empty()),
          ACTOR);

      // a key no trust list lists, and an anchor that signed nothing here
      SandboxPki.Issued otherCa =
          pki.rootCa(
              "eucert stranger CA", T0.minus(Duration.ofDays(400)), SandboxWorld.keyValidity());
      strangerCa = Bytes.copyOf(otherCa.certificate().getEncoded());
      strangerKey = dir.resolve("stranger-TEST-ONLY.p12");
      pki.writePkcs12(
          pki.signer(
              otherCa,
              "stranger signing key",
              T0.minus(Duration.ofDays(400)),
              SandboxWorld.keyValidity()),
          strangerKey,
          PASSWORD);

      // in force at the first publication, withdrawn before the second
      envelopes.put(
          "replay-victim",
          issue(registry, substantial(FR_CB_2, "Sandbox Camera 5"), T0.minus(Duration.ofDays(3))));
      // the Issuer refuses what the forged cases sign; only a key holder bypassing it can
      assertThrows(
          IssuanceRefusedException.class,
          () ->
              issue(
                  registry,
                  substantial(DE_CB_2, "Sandbox Refused 1"),
                  T0.minus(Duration.ofDays(30))));
      assertThrows(
          IssuanceRefusedException.class,
          () ->
              issue(
                  registry,
                  SandboxSamples.high(
                      DE_CB_1,
                      SandboxWorld.itsef(MemberState.DE),
                      "Sandbox Refused 2",
                      TODAY.plusYears(2)),
                  T0.minus(Duration.ofDays(2))));
      forge();

      registryClock.set(FIRST_PUBLISHED);
      publish(registry, FIRST_PUBLISHED);
      Path first = copy(home.resolve("trust"), dir.resolve("published-first"));
      firstFrStatusSequence = sequenceOf(first, FR_CB_2);

      registryClock.set(LATE_ISSUED);
      envelopes.put(
          "late", issue(registry, substantial(FR_CB_2, "Sandbox Printer 8"), LATE_ISSUED));
      registryClock.set(VICTIM_WITHDRAWN);
      registry.withdraw(
          id(envelopes.get("replay-victim")),
          new Withdrawal(
              VICTIM_WITHDRAWN,
              WithdrawalReason.UNREMEDIABLE_VULNERABILITY,
              "test: withdrawn between two publications"),
          ACTOR);
      registryClock.set(PUBLISHED);
      publish(registry, PUBLISHED);
      currentFrStatusSequence = sequenceOf(home.resolve("trust"), FR_CB_2);
    }
    loadEveryMemberStatesCopies(home.resolve("trust"), dir.resolve("published-first"));
  }

  /** Envelopes signed with a body's real key outside the {@link Issuer}, which refuses them. */
  private static void forge() throws Exception {
    CertificateContent substantial = content(samples.get("eucc-substantial-in-force.p7m"));
    CertificateContent deCb1 = content(samples.get("eucc-substantial-withdrawn.p7m"));
    CertificateContent deCb2 =
        content(samples.get("eucc-substantial-before-notification-withdrawn.p7m"));
    CertificateContent high = content(samples.get("eucc-high-in-force.p7m"));
    Instant recent = T0.minus(Duration.ofDays(2));

    // DE-CB-2 signs 30 days after its notification was withdrawn (CSA Art 61)
    Instant afterWithdrawal = T0.minus(Duration.ofDays(30));
    envelopes.put(
        "de-cb-2-after-notification-withdrawn",
        sign(
            deCb2.toBuilder()
                .id(CertificateId.of("EUCC-DE-CB-2-FORGED-0001"))
                .issuedAt(afterWithdrawal)
                .build(),
            DE_CB_2));
    // DE-CB-1 is notified for 'high' but holds neither delegation nor prior approval (CSA Art
    // 56(6))
    envelopes.put(
        "de-cb-1-high-without-delegation",
        sign(
            deCb1.toBuilder()
                .id(CertificateId.of("EUCC-DE-CB-1-FORGED-0001"))
                .issuedAt(recent)
                .assuranceLevel(AssuranceLevel.HIGH)
                .evaluationLevel(high.evaluationLevel())
                .object(high.object())
                .schemePart(high.schemePart())
                .build(),
            DE_CB_1));
    // AVA_VAN.3 is 'high' under EUCC Art 4(2)-(3), not 'substantial'
    envelopes.put(
        "fr-cb-2-ava-van-3-at-substantial",
        sign(
            substantial.toBuilder()
                .id(CertificateId.of("EUCC-FR-CB-2-FORGED-0001"))
                .issuedAt(recent)
                .evaluationLevel(Optional.of("AVA_VAN.3"))
                .build(),
            FR_CB_2));
    // signed by FR-CB-2 but never recorded in its registry, so absent from its status list
    envelopes.put(
        "fr-cb-2-never-registered",
        sign(
            substantial.toBuilder()
                .id(CertificateId.of("EUCC-FR-CB-2-FORGED-0002"))
                .issuedAt(recent)
                .build(),
            FR_CB_2));
    // a registered identifier and issue instant, with other content
    envelopes.put(
        "fr-cb-2-registered-id-other-content",
        sign(
            substantial.toBuilder().certificationReport(Optional.of("SANDBOX-CR-OTHER")).build(),
            FR_CB_2));
    // the in-force sample's content, signed by a key that no trust list lists
    try (Pkcs12Signer stranger = Pkcs12Signer.open(strangerKey, PASSWORD)) {
      envelopes.put(
          "stranger",
          ENVELOPES.sign(CERTIFICATES.write(substantial), substantial.issuedAt(), stranger));
    }
  }

  private static void loadEveryMemberStatesCopies(Path published, Path first) throws IOException {
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    Instant anchorsFrom = LegalTime.startOfDay(TODAY.minusDays(SandboxWorld.RECORDS_DAYS_AGO));
    for (MemberState ms : SandboxWorld.MEMBER_STATES) {
      // each Member State downloads its own copy of what was published
      Path root = dir.resolve("downloaded-by-" + ms.name());
      Path current = copy(published, root.resolve("current"));
      List<Anchor> anchors = Anchor.fromPem(current.resolve("anchors.pem"), anchorsFrom);
      SeenSequenceStore seen = new InMemorySeenSequenceStore();
      put(Bundle.CURRENT, ms, TrustBundle.load(current, anchors, seen, clock));

      Path firstCopy = copy(first, root.resolve("first"));
      put(
          Bundle.FIRST,
          ms,
          TrustBundle.load(firstCopy, anchors, new InMemorySeenSequenceStore(), clock));

      put(
          Bundle.OTHER_ANCHORS,
          ms,
          TrustBundle.load(
              current,
              List.of(Anchor.of(strangerCa, anchorsFrom)),
              new InMemorySeenSequenceStore(),
              clock));

      Path tamperedList = copy(published, root.resolve("tampered-trust-list"));
      flipOneByte(tamperedList.resolve(TrustList.idFor(MemberState.FR) + ".p7m"));
      put(
          Bundle.TAMPERED_TRUST_LIST,
          ms,
          TrustBundle.load(tamperedList, anchors, new InMemorySeenSequenceStore(), clock));

      Path tamperedStatus = copy(published, root.resolve("tampered-status-list"));
      flipOneByte(tamperedStatus.resolve(StatusList.idFor(FR_CB_2) + ".p7m"));
      put(
          Bundle.TAMPERED_STATUS_LIST,
          ms,
          TrustBundle.load(tamperedStatus, anchors, new InMemorySeenSequenceStore(), clock));

      Path replayed = copy(published, root.resolve("replayed-status-list"));
      Files.copy(
          firstCopy.resolve(StatusList.idFor(FR_CB_2) + ".p7m"),
          replayed.resolve(StatusList.idFor(FR_CB_2) + ".p7m"),
          StandardCopyOption.REPLACE_EXISTING);
      put(Bundle.REPLAYED_STATUS_LIST, ms, TrustBundle.load(replayed, anchors, seen, clock));
      put(
          Bundle.REPLAYED_STATUS_LIST_FRESH_STORE,
          ms,
          TrustBundle.load(replayed, anchors, new InMemorySeenSequenceStore(), clock));
      put(Bundle.REPLAYED_BUNDLE, ms, TrustBundle.load(firstCopy, anchors, seen, clock));
    }
  }

  // ---- the matrix --------------------------------------------------------------------------

  static List<Case> cases() {
    byte[] substantial = samples.get("eucc-substantial-in-force.p7m");
    Instant substantialIssued = content(substantial).issuedAt();
    List<Case> c = new ArrayList<>();
    // valid ones PASSED
    c.add(passed("EUCC substantial in force (FR-CB-2)", Bundle.CURRENT, substantial, NOW));
    c.add(
        passed(
            "EUCC high in force (FR-CB-1, general delegation of the FR NCCA)",
            Bundle.CURRENT,
            samples.get("eucc-high-in-force.p7m"),
            NOW));
    c.add(
        passed(
            "issued by DE-CB-2 before its notification was withdrawn (point in time)",
            Bundle.CURRENT,
            samples.get("eucc-substantial-before-notification-withdrawn.p7m"),
            NOW));
    c.add(
        passed(
            "withdrawn certificate, at an instant before its withdrawal",
            Bundle.CURRENT,
            samples.get("eucc-substantial-withdrawn.p7m"),
            T0.minus(Duration.ofDays(25))));
    c.add(
        passed(
            "signed by NL-CB-1 before its key's compromise",
            Bundle.CURRENT,
            envelopes.get("nl-before-compromise"),
            NOW));
    c.add(
        passed(
            "issued after the first publication, from the current one",
            Bundle.CURRENT,
            envelopes.get("late"),
            NOW));
    c.add(
        passed(
            "NL certificate while the FR trust list is tampered with (only dependants fail)",
            Bundle.TAMPERED_TRUST_LIST,
            envelopes.get("nl-before-compromise"),
            NOW));
    c.add(
        new Case(
            "suspended, with a policy that accepts suspended certificates",
            Bundle.CURRENT,
            NOW,
            VerificationPolicy.builder().acceptSuspendedWithWarning().build(),
            samples.get("eucc-substantial-suspended.p7m"),
            NOW,
            Indication.PASSED,
            Optional.empty(),
            Check.STATUS));
    c.add(
        passed(
            "replayed older status list, to a verifier with no memory of sequence numbers",
            Bundle.REPLAYED_STATUS_LIST_FRESH_STORE,
            envelopes.get("replay-victim"),
            NOW));

    // every sub-indication of the table, by a case built for it
    c.add(
        failed(
            "junk bytes",
            Bundle.CURRENT,
            "not an envelope".getBytes(StandardCharsets.US_ASCII),
            NOW,
            SubIndication.FORMAT_FAILURE,
            Check.ENVELOPE));
    c.add(
        failed(
            "one byte of the content changed",
            Bundle.CURRENT,
            VerifyWorld.replaceOnce(substantial, "Sandbox Router 4000", "Sandbox Router 4001"),
            NOW,
            SubIndication.HASH_FAILURE,
            Check.SIGNATURE));
    c.add(
        failed(
            "one byte of the signature changed",
            Bundle.CURRENT,
            lastByteFlipped(substantial),
            NOW,
            SubIndication.SIG_CRYPTO_FAILURE,
            Check.SIGNATURE));
    c.add(
        failed(
            "signed by a key in no trust list",
            Bundle.CURRENT,
            envelopes.get("stranger"),
            NOW,
            SubIndication.SIGNER_NOT_LISTED,
            Check.SIGNER_LISTED));
    c.add(
        failed(
            "signed by NL-CB-1 after its key's compromise",
            Bundle.CURRENT,
            envelopes.get("nl-after-compromise"),
            NOW,
            SubIndication.KEY_COMPROMISED,
            Check.SIGNER_LISTED));
    c.add(
        failed(
            "signed by DE-CB-2 after its notification was withdrawn",
            Bundle.CURRENT,
            envelopes.get("de-cb-2-after-notification-withdrawn"),
            NOW,
            SubIndication.ISSUER_NOT_NOTIFIED,
            Check.AUTHORITY));
    c.add(
        failed(
            "'high' by DE-CB-1, which has no delegation",
            Bundle.CURRENT,
            envelopes.get("de-cb-1-high-without-delegation"),
            NOW,
            SubIndication.OUT_OF_SCOPE,
            Check.AUTHORITY));
    c.add(
        failed(
            "AVA_VAN.3 at 'substantial'",
            Bundle.CURRENT,
            envelopes.get("fr-cb-2-ava-van-3-at-substantial"),
            NOW,
            SubIndication.SCHEME_RULE_VIOLATION,
            Check.SCHEME_RULES));
    c.add(
        failed(
            "signed by FR-CB-2, absent from its status list issued after it",
            Bundle.CURRENT,
            envelopes.get("fr-cb-2-never-registered"),
            NOW,
            SubIndication.NOT_REGISTERED,
            Check.STATUS));
    c.add(
        failed(
            "a registered identifier signed again with other content",
            Bundle.CURRENT,
            envelopes.get("fr-cb-2-registered-id-other-content"),
            NOW,
            SubIndication.NOT_REGISTERED,
            Check.STATUS));
    c.add(
        failed(
            "validation instant one second before the issue instant",
            Bundle.CURRENT,
            substantial,
            substantialIssued.minusSeconds(1),
            SubIndication.CERTIFICATE_NOT_YET_VALID,
            Check.VALIDITY));
    c.add(
        failed(
            "expired 10 days ago",
            Bundle.CURRENT,
            samples.get("eucc-substantial-expired.p7m"),
            NOW,
            SubIndication.CERTIFICATE_EXPIRED,
            Check.VALIDITY));
    c.add(
        failed(
            "withdrawn 20 days ago",
            Bundle.CURRENT,
            samples.get("eucc-substantial-withdrawn.p7m"),
            NOW,
            SubIndication.CERTIFICATE_WITHDRAWN,
            Check.STATUS));
    c.add(
        failed(
            "withdrawn between the two publications",
            Bundle.CURRENT,
            envelopes.get("replay-victim"),
            NOW,
            SubIndication.CERTIFICATE_WITHDRAWN,
            Check.STATUS));
    c.add(
        failed(
            "suspended 5 days ago",
            Bundle.CURRENT,
            samples.get("eucc-substantial-suspended.p7m"),
            NOW,
            SubIndication.CERTIFICATE_SUSPENDED,
            Check.STATUS));
    c.add(
        new Case(
            "a policy that accepts ECDSA P-384 only",
            Bundle.CURRENT,
            NOW,
            VerificationPolicy.builder()
                .acceptedAlgorithms(EnumSet.of(SignatureAlgorithm.ECDSA_P384_SHA384))
                .build(),
            substantial,
            NOW,
            SubIndication.CRYPTO_CONSTRAINTS_FAILURE.indication(),
            Optional.of(SubIndication.CRYPTO_CONSTRAINTS_FAILURE),
            Check.CRYPTO_POLICY));
    c.add(
        failed(
            "issued after the status list of the first publication",
            Bundle.FIRST,
            envelopes.get("late"),
            NOW,
            SubIndication.NO_STATUS_INFORMATION,
            Check.STATUS));
    c.add(
        failed(
            "validation instant after the status list's next update",
            Bundle.CURRENT,
            substantial,
            PUBLISHED.plus(Duration.ofDays(1)).plusSeconds(1),
            SubIndication.NO_STATUS_INFORMATION,
            Check.STATUS));
    c.add(
        failed(
            "list of trust lists not signed by the anchors given",
            Bundle.OTHER_ANCHORS,
            substantial,
            NOW,
            SubIndication.UNKNOWN_ANCHOR,
            Check.TRUST_DATA));
    c.add(
        stale(
            "verifier's clock after the trust lists' next update (30 days)",
            Bundle.CURRENT,
            PUBLISHED.plus(Duration.ofDays(30)).plusSeconds(1),
            substantial,
            Check.TRUST_DATA));
    c.add(
        stale(
            "verifier's clock after the status lists' next update (1 day)",
            Bundle.CURRENT,
            PUBLISHED.plus(Duration.ofDays(1)).plusSeconds(1),
            substantial,
            Check.STATUS));
    c.add(
        stale(
            "one byte of lists/FR.p7m changed",
            Bundle.TAMPERED_TRUST_LIST,
            NOW,
            substantial,
            Check.TRUST_DATA));
    c.add(
        stale(
            "one byte of status/FR-CB-2.p7m changed",
            Bundle.TAMPERED_STATUS_LIST,
            NOW,
            substantial,
            Check.STATUS));
    c.add(
        stale(
            "FR-CB-2's older status list put back (hides a withdrawal)",
            Bundle.REPLAYED_STATUS_LIST,
            NOW,
            envelopes.get("replay-victim"),
            Check.STATUS));
    c.add(
        stale(
            "the whole first publication served again after the current one",
            Bundle.REPLAYED_BUNDLE,
            NOW,
            substantial,
            Check.TRUST_DATA));
    return c;
  }

  static Stream<Arguments> matrix() {
    return cases().stream().map(k -> Arguments.of(k.name(), k));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("matrix")
  void verify_fromEachMemberStatesCopy_givesTheVerdictOfTheTable(String name, Case k) {
    List<VerificationReport> reports = new ArrayList<>();
    for (MemberState ms : SandboxWorld.MEMBER_STATES) {
      VerificationReport r = verifier(k, ms).verify(k.envelope(), k.at());
      String text = VerificationReportCodec.text(Optional.of(ms + " copy: " + name), r);
      assertEquals(k.indication(), r.indication(), text);
      assertEquals(k.sub(), r.subIndication(), text);
      CheckResult last = r.checks().get(r.checks().size() - 1);
      assertEquals(k.decidedBy(), last.check(), text);
      assertEquals(k.sub(), last.subIndication(), text);
      k.sub().ifPresent(s -> assertEquals(s.indication(), r.indication(), text));
      reports.add(r);
    }
    // mutual recognition: not only the verdict, the whole report is the same from every copy
    for (VerificationReport r : reports.subList(1, reports.size())) {
      assertEquals(reports.get(0).checks(), r.checks(), name);
      assertEquals(reports.get(0).trustData(), r.trustData(), name);
      assertEquals(reports.get(0).trustPath(), r.trustPath(), name);
      assertEquals(reports.get(0).warnings(), r.warnings(), name);
    }
  }

  @Test
  void matrix_reachesEverySubIndicationOfTheTable_fromPublishedFiles() {
    Set<SubIndication> reached = EnumSet.noneOf(SubIndication.class);
    int passed = 0;
    for (Case k : cases()) {
      VerificationReport r = verifier(k, MemberState.DE).verify(k.envelope(), k.at());
      r.subIndication().ifPresent(reached::add);
      passed += r.isPassed() ? 1 : 0;
    }
    assertEquals(EnumSet.allOf(SubIndication.class), reached);
    assertEquals(17, SubIndication.values().length);
    assertEquals(9, passed);
  }

  @Test
  void bundles_loadWithTheHealthEachCaseReliesOn() {
    for (MemberState ms : SandboxWorld.MEMBER_STATES) {
      TrustSnapshot current = snapshots.get(Bundle.CURRENT).get(ms);
      assertTrue(
          current.lists().stream().allMatch(l -> l.health() == ListHealth.OK),
          current.lists().toString());
      // a list of trust lists, three trust lists, and the status lists of 3 NCCAs and 6 CABs
      assertEquals(1 + 3 + 9, current.lists().size(), current.lists().toString());
      assertEquals(
          ListHealth.UNKNOWN_ANCHOR, health(Bundle.OTHER_ANCHORS, ms, ListOfTrustLists.ID));
      assertEquals(
          ListHealth.BAD_SIGNATURE,
          health(Bundle.TAMPERED_TRUST_LIST, ms, TrustList.idFor(MemberState.FR)));
      assertEquals(
          ListHealth.OK, health(Bundle.TAMPERED_TRUST_LIST, ms, TrustList.idFor(MemberState.NL)));
      assertNotEquals(
          ListHealth.OK, health(Bundle.TAMPERED_STATUS_LIST, ms, StatusList.idFor(FR_CB_2)));
      assertEquals(
          ListHealth.ROLLED_BACK,
          health(Bundle.REPLAYED_STATUS_LIST, ms, StatusList.idFor(FR_CB_2)));
      assertEquals(
          ListHealth.OK,
          health(Bundle.REPLAYED_STATUS_LIST_FRESH_STORE, ms, StatusList.idFor(FR_CB_2)));
      // loading the same sequence numbers again is no rollback: only the replayed list is refused
      assertEquals(
          List.of(StatusList.idFor(FR_CB_2)),
          snapshots.get(Bundle.REPLAYED_STATUS_LIST).get(ms).lists().stream()
              .filter(l -> l.health() != ListHealth.OK)
              .map(ListInfo::id)
              .toList());
      assertEquals(ListHealth.ROLLED_BACK, health(Bundle.REPLAYED_BUNDLE, ms, ListOfTrustLists.ID));
      ListInfo nl = snapshot(Bundle.CURRENT, ms, StatusList.idFor(NL_CB_1));
      assertEquals(
          ListHealth.OK, nl.health(), "NL-CB-1's status list is signed by its rotated key");
    }
    assertTrue(
        firstFrStatusSequence < currentFrStatusSequence,
        firstFrStatusSequence + " < " + currentFrStatusSequence);
    assertFalse(
        snapshots
            .get(Bundle.CURRENT)
            .get(MemberState.FR)
            .listFor(FR_CB_2, ListKind.STATUS_LIST)
            .isEmpty());
  }

  // ---- helpers -----------------------------------------------------------------------------

  private static Verifier verifier(Case k, MemberState ms) {
    return Verifier.builder()
        .trustSnapshot(snapshots.get(k.bundle()).get(ms))
        .clock(Clock.fixed(k.clock(), ZoneOffset.UTC))
        .policy(k.policy())
        .catalogue(CATALOGUE)
        .build();
  }

  private static Case passed(String name, Bundle bundle, byte[] envelope, Instant at) {
    return new Case(
        name,
        bundle,
        NOW,
        VerificationPolicy.defaults(),
        envelope,
        at,
        Indication.PASSED,
        Optional.empty(),
        Check.STATUS);
  }

  private static Case failed(
      String name, Bundle bundle, byte[] envelope, Instant at, SubIndication sub, Check step) {
    return new Case(
        name,
        bundle,
        NOW,
        VerificationPolicy.defaults(),
        envelope,
        at,
        sub.indication(),
        Optional.of(sub),
        step);
  }

  private static Case stale(
      String name, Bundle bundle, Instant clock, byte[] envelope, Check step) {
    return new Case(
        name,
        bundle,
        clock,
        VerificationPolicy.defaults(),
        envelope,
        NOW,
        Indication.INDETERMINATE,
        Optional.of(SubIndication.TRUST_DATA_STALE),
        step);
  }

  private static void put(Bundle b, MemberState ms, TrustSnapshot s) {
    snapshots.computeIfAbsent(b, x -> new EnumMap<>(MemberState.class)).put(ms, s);
  }

  private static ListInfo snapshot(Bundle b, MemberState ms, String id) {
    return snapshots.get(b).get(ms).lists().stream()
        .filter(l -> l.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError(id + " not in " + b + " of " + ms));
  }

  private static ListHealth health(Bundle b, MemberState ms, String id) {
    return snapshot(b, ms, id).health();
  }

  private static IssuanceRequest substantial(BodyId cab, String product) {
    MemberState ms = MemberState.valueOf(cab.value().substring(0, 2));
    return SandboxSamples.substantial(cab, SandboxWorld.itsef(ms), product, TODAY.plusYears(2));
  }

  private static byte[] issue(JpaRegistry registry, IssuanceRequest request, Instant at)
      throws Exception {
    try (Pkcs12Signer signer =
        Pkcs12Signer.open(SandboxHome.keyFile(home, request.issuer()), PASSWORD)) {
      IssuedEnvelope issued =
          Issuer.builder()
              .registry(registry)
              .catalogue(CATALOGUE)
              .clock(Clock.fixed(at, ZoneOffset.UTC))
              .signer(signer)
              .actor(ACTOR)
              .build()
              .issue(request);
      return issued.envelope().toByteArray();
    }
  }

  private static byte[] sign(CertificateContent content, BodyId body) throws Exception {
    try (Pkcs12Signer signer = Pkcs12Signer.open(SandboxHome.keyFile(home, body), PASSWORD)) {
      return ENVELOPES.sign(CERTIFICATES.write(content), content.issuedAt(), signer);
    }
  }

  /**
   * Publishes the bundle to HOME/trust as {@code eucert publish} does, NL-CB-1 with its new key.
   */
  private static void publish(JpaRegistry registry, Instant at) throws Exception {
    List<Pkcs12Signer> open = new ArrayList<>();
    try {
      Pkcs12Signer operator = open(open, SandboxHome.keyFile(home, SandboxHome.OPERATOR));
      TrustPublisher.Builder b =
          TrustPublisher.builder()
              .registry(registry)
              .operator(
                  "eucert sandbox list of trust lists operator",
                  SandboxWorld.ncca(MemberState.FR),
                  operator)
              .actor(ACTOR);
      for (MemberState ms : SandboxWorld.MEMBER_STATES) {
        b.nccaSigner(ms, open(open, SandboxHome.keyFile(home, SandboxWorld.ncca(ms))));
        for (int n = 1; n <= 2; n++) {
          BodyId cab = SandboxWorld.cab(ms, n);
          b.bodySigner(
              cab, open(open, cab.equals(NL_CB_1) ? rotatedKey : SandboxHome.keyFile(home, cab)));
        }
      }
      b.build().publish(home.resolve("trust"), at);
    } finally {
      open.forEach(Pkcs12Signer::close);
    }
  }

  private static Pkcs12Signer open(List<Pkcs12Signer> open, Path file) throws Exception {
    Pkcs12Signer s = Pkcs12Signer.open(file, PASSWORD);
    open.add(s);
    return s;
  }

  private static long sequenceOf(Path bundle, BodyId body) {
    TrustSnapshot s =
        TrustBundle.load(
            bundle,
            Anchor.fromPem(bundle.resolve("anchors.pem"), Instant.EPOCH),
            new InMemorySeenSequenceStore(),
            Clock.fixed(NOW, ZoneOffset.UTC));
    ListInfo info = s.listFor(body, ListKind.STATUS_LIST).orElseThrow();
    assertEquals(ListHealth.OK, info.health(), info.toString());
    return info.sequence();
  }

  private static CertificateContent content(byte[] envelope) {
    try {
      return CERTIFICATES.parse(ENVELOPES.parse(envelope).content());
    } catch (EnvelopeFormatException e) {
      throw new AssertionError("a sample is not an envelope", e);
    }
  }

  private static CertificateId id(byte[] envelope) {
    return content(envelope).id();
  }

  private static Path copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    }
    return to;
  }

  private static void flipOneByte(Path file) throws IOException {
    byte[] b = Files.readAllBytes(file);
    b[b.length / 2] ^= 0x01;
    Files.write(file, b);
  }

  private static byte[] lastByteFlipped(byte[] envelope) {
    byte[] b = envelope.clone();
    b[b.length - 1] ^= 0x01; // the last byte of the ECDSA signature's s
    return b;
  }

  /** A clock the test moves forward explicitly; stamps the registry's audit entries. */
  private static final class SettableClock extends Clock {
    private volatile Instant instant;

    SettableClock(Instant instant) {
      this.instant = instant;
    }

    void set(Instant next) {
      this.instant = next;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
      return instant;
    }
  }
}
