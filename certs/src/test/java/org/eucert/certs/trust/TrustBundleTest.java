/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.trust;

import static org.eucert.core.registry.Fixtures.ACTOR;
import static org.eucert.core.registry.Fixtures.DE_CB;
import static org.eucert.core.registry.Fixtures.DE_NCCA;
import static org.eucert.core.registry.Fixtures.NL_CB;
import static org.eucert.core.registry.Fixtures.NL_NCCA;
import static org.eucert.core.registry.Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.eucert.certs.sign.SignatureAlgorithm;
import org.eucert.certs.sign.SigningException;
import org.eucert.certs.testing.TestPki;
import org.eucert.core.model.BodyId;
import org.eucert.core.model.CertificateId;
import org.eucert.core.model.MemberState;
import org.eucert.core.model.SigningKey;
import org.eucert.core.registry.Fixtures;
import org.eucert.core.registry.TestDatabase;
import org.eucert.core.registry.jpa.JpaRegistry;
import org.eucert.core.trust.ListedStatus;
import org.eucert.core.trust.StatusList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publishes a registry's trust data with {@link TrustPublisher} (keys from {@link TestPki}) and
 * loads it with {@link TrustBundle}: everything verifies; each kind of damage is reported for the
 * damaged list (and what depends on it) only.
 */
class TrustBundleTest {
  private static final Instant PUBLISHED = T0.plus(Duration.ofDays(10));
  private static final Clock CLOCK = Clock.fixed(PUBLISHED.plusSeconds(60), ZoneOffset.UTC);
  private static final List<BodyId> BODIES = List.of(NL_NCCA, NL_CB, DE_NCCA, DE_CB);

  @TempDir Path tmp;

  private static TestDatabase db;
  private static JpaRegistry registry;
  private static TestPki pki;
  private Path bundle;

  @BeforeAll
  static void world() {
    open();
  }

  /** A registry with the NL and DE bodies, each with a key from the test PKI, and a certificate. */
  private static void open() {
    db = TestDatabase.create();
    registry = db.open(Clock.fixed(T0, ZoneOffset.UTC));
    Fixtures.enrolBodies(registry);
    pki =
        TestPki.create(Clock.fixed(T0, ZoneOffset.UTC))
            .ca("EU-ROOT")
            .signer("OPERATOR", SignatureAlgorithm.ECDSA_P256_SHA256);
    for (BodyId b : BODIES) {
      pki.signer(b.value(), SignatureAlgorithm.ECDSA_P256_SHA256);
      registry.addSigningKey(
          new SigningKey(
              b, "key-" + b, pki.certificateDer(b.value()), T0.minus(Duration.ofDays(1)),
              Optional.empty(), Optional.empty()),
          ACTOR);
    }
    registry.recordIssued(Fixtures.simple("NL-CERT-1"), ACTOR);
  }

  @BeforeEach
  void folder() {
    bundle = tmp.resolve("trust");
  }

  @AfterAll
  static void close() {
    registry.close();
    db.close();
  }

  private static TrustPublisher publisher() {
    return TrustPublisher.builder()
        .registry(registry)
        .operator("European Commission (test)", NL_NCCA, pki.signerFor("OPERATOR"))
        .nccaSigner(MemberState.NL, pki.signerFor(NL_NCCA.value()))
        .nccaSigner(MemberState.DE, pki.signerFor(DE_NCCA.value()))
        .bodySigner(NL_CB, pki.signerFor(NL_CB.value()))
        .bodySigner(DE_CB, pki.signerFor(DE_CB.value()))
        .validity(Duration.ofDays(90), Duration.ofDays(30), Duration.ofDays(1))
        .build();
  }

  private static List<Anchor> anchors() {
    return List.of(Anchor.of(pki.certificateDer("OPERATOR"), T0.minus(Duration.ofDays(1))));
  }

  private TrustSnapshot load(SeenSequenceStore seen) {
    return TrustBundle.load(bundle, anchors(), seen, CLOCK);
  }

  private static Map<String, ListHealth> health(TrustSnapshot s) {
    Map<String, ListHealth> m = new TreeMap<>();
    s.lists().forEach(i -> m.put(i.id(), i.health()));
    return m;
  }

  private static Map<String, ListHealth> allOk() {
    Map<String, ListHealth> m = new TreeMap<>();
    for (String id :
        List.of(
            "lotl", "lists/NL", "lists/DE", "status/NL-NCCA", "status/NL-CB", "status/DE-NCCA",
            "status/DE-CB")) {
      m.put(id, ListHealth.OK);
    }
    return m;
  }

  /** Changes one byte of {@code file} inside the first occurrence of {@code marker}. */
  private static void tamper(Path file, String marker) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    byte[] m = marker.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i + m.length <= bytes.length; i++) {
      boolean match = true;
      for (int j = 0; j < m.length && match; j++) {
        match = bytes[i + j] == m[j];
      }
      if (match) {
        bytes[i + m.length - 2] ^= 0x01;
        Files.write(file, bytes);
        return;
      }
    }
    throw new AssertionError(marker + " not found in " + file);
  }

  @Test
  void publishThenLoad_everyListOk_indexedAndKeysDecoded() throws SigningException {
    TrustPublisher.Publication pub = publisher().publish(bundle, PUBLISHED);
    InMemorySeenSequenceStore seen = new InMemorySeenSequenceStore();

    TrustSnapshot s = load(seen);

    assertEquals(allOk(), health(s));
    assertEquals(PUBLISHED, pub.issued());
    assertTrue(Files.exists(bundle.resolve("anchors.pem")));
    assertTrue(Files.exists(bundle.resolve("certs/operator.pem")));
    assertEquals(CLOCK.instant(), s.loadedAt());
    assertEquals(NL_CB, s.index().entity(NL_CB).orElseThrow().id());
    assertTrue(s.verificationKey(pki.certificateDer(NL_CB.value())).isPresent());
    assertTrue(s.verificationKey(pki.certificateDer("OPERATOR")).isEmpty());
    StatusList nlCb = s.index().statusList(NL_CB).orElseThrow();
    assertEquals(
        ListedStatus.IN_FORCE,
        nlCb.statusAt(CertificateId.of("NL-CERT-1"), T0, PUBLISHED).status());
    assertEquals("lists/NL", s.listFor(NL_CB, ListKind.TRUST_LIST).orElseThrow().id());
    assertEquals("status/NL-CB", s.listFor(NL_CB, ListKind.STATUS_LIST).orElseThrow().id());
    assertEquals("lotl", s.listFor(NL_CB, ListKind.LIST_OF_TRUST_LISTS).orElseThrow().id());
    for (ListInfo i : s.lists()) {
      assertEquals(pub.sequences().get(i.id()), i.sequence(), i.id());
      assertEquals(pub.sequences().get(i.id()), seen.highest(i.id()).getAsLong(), i.id());
      assertEquals(PUBLISHED, i.issued());
      assertEquals(64, i.sha256Hex().length());
    }
  }

  @Test
  void tamperedNationalList_badSignatureForItOnly_itsBodiesUnverifiable() throws Exception {
    publisher().publish(bundle, PUBLISHED);
    tamper(bundle.resolve("lists/NL.p7m"), "<sequence>");

    TrustSnapshot s = load(new InMemorySeenSequenceStore());

    Map<String, ListHealth> expected = allOk();
    expected.put("lists/NL", ListHealth.BAD_SIGNATURE);
    expected.put("status/NL-NCCA", ListHealth.UNKNOWN_ANCHOR);
    expected.put("status/NL-CB", ListHealth.UNKNOWN_ANCHOR);
    assertEquals(expected, health(s));
    assertTrue(s.index().entity(NL_CB).isEmpty());
    assertTrue(s.index().entity(DE_CB).isPresent());
    assertTrue(s.verificationKey(pki.certificateDer(NL_CB.value())).isEmpty());
    assertEquals(ListHealth.BAD_SIGNATURE, s.trustListFor(MemberState.NL).orElseThrow().health());
  }

  @Test
  void nationalListSignedWithoutPinnedDigest_tamperedContent_badSignatureFromTheSignature()
      throws Exception {
    publisher().publish(bundle, PUBLISHED);
    tamper(bundle.resolve("status/DE-CB.p7m"), "<sequence>");

    TrustSnapshot s = load(new InMemorySeenSequenceStore());

    Map<String, ListHealth> expected = allOk();
    expected.put("status/DE-CB", ListHealth.BAD_SIGNATURE);
    assertEquals(expected, health(s));
    assertTrue(s.index().statusList(DE_CB).isEmpty());
    assertTrue(
        s.listFor(DE_CB, ListKind.STATUS_LIST).orElseThrow().message().contains("HASH_FAILURE"));
  }

  @Test
  void replayedOlderStatusList_rolledBack() throws Exception {
    publisher().publish(bundle, PUBLISHED);
    byte[] old = Files.readAllBytes(bundle.resolve("status/NL-CB.p7m"));
    TrustPublisher.Publication second =
        publisher().publish(bundle, PUBLISHED.plus(Duration.ofHours(1)));
    InMemorySeenSequenceStore seen = new InMemorySeenSequenceStore();
    assertEquals(allOk(), health(load(seen)));

    Files.write(bundle.resolve("status/NL-CB.p7m"), old);
    TrustSnapshot s = load(seen);

    Map<String, ListHealth> expected = allOk();
    expected.put("status/NL-CB", ListHealth.ROLLED_BACK);
    assertEquals(expected, health(s));
    assertEquals(
        second.sequences().get("status/NL-CB"), seen.highest("status/NL-CB").getAsLong());
  }

  @Test
  void anchorOutsideItsWindow_unknownAnchor_nothingTrusted() throws Exception {
    publisher().publish(bundle, PUBLISHED);
    List<Anchor> late =
        List.of(Anchor.of(pki.certificateDer("OPERATOR"), PUBLISHED.plus(Duration.ofDays(1))));
    List<Anchor> ended =
        List.of(
            new Anchor(
                pki.certificateDer("OPERATOR"),
                T0.minus(Duration.ofDays(10)),
                Optional.of(PUBLISHED.minusSeconds(1))));

    for (List<Anchor> anchors : List.of(late, ended)) {
      TrustSnapshot s =
          TrustBundle.load(bundle, anchors, new InMemorySeenSequenceStore(), CLOCK);

      Map<String, ListHealth> expected = new TreeMap<>();
      allOk().keySet().forEach(id -> expected.put(id, ListHealth.UNKNOWN_ANCHOR));
      assertEquals(expected, health(s));
      assertTrue(s.index().listOfTrustLists().isEmpty());
      assertTrue(s.index().keys().isEmpty());
    }
  }

  @Test
  void anchorsRotate_theOneValidAtSigningTimeIsUsed() throws Exception {
    publisher().publish(bundle, PUBLISHED);
    pki.signer("OPERATOR-NEXT", SignatureAlgorithm.ECDSA_P256_SHA256);
    List<Anchor> rotated =
        List.of(
            new Anchor(
                pki.certificateDer("OPERATOR"),
                T0.minus(Duration.ofDays(1)),
                Optional.of(PUBLISHED.plusSeconds(1))),
            Anchor.of(pki.certificateDer("OPERATOR-NEXT"), PUBLISHED.plusSeconds(1)));

    TrustSnapshot s = TrustBundle.load(bundle, rotated, new InMemorySeenSequenceStore(), CLOCK);

    assertEquals(allOk(), health(s));
  }

  @Test
  void anchorsFromThePublishedPem_ok() throws Exception {
    publisher().publish(bundle, PUBLISHED);
    List<Anchor> fromPem = Anchor.fromPem(bundle.resolve("anchors.pem"), T0);

    TrustSnapshot s = TrustBundle.load(bundle, fromPem, new InMemorySeenSequenceStore(), CLOCK);

    assertEquals(List.of(pki.certificateDer("OPERATOR")), fromPem.stream().map(Anchor::certificateDer).toList());
    assertEquals(allOk(), health(s));
    Files.write(bundle.resolve("empty.pem"), new byte[0]);
    assertThrows(
        IllegalArgumentException.class, () -> Anchor.fromPem(bundle.resolve("empty.pem"), T0));
  }

  @Test
  void caAsAnchor_signerIssuedByIt_ok() throws Exception {
    publisher().publish(bundle, PUBLISHED);
    List<Anchor> root =
        List.of(Anchor.of(pki.certificateDer("EU-ROOT"), T0.minus(Duration.ofDays(1))));

    TrustSnapshot s = TrustBundle.load(bundle, root, new InMemorySeenSequenceStore(), CLOCK);

    assertEquals(allOk(), health(s));
  }

  @Test
  void otherAnchor_unknownAnchor() throws Exception {
    publisher().publish(bundle, PUBLISHED);
    TestPki strangers =
        TestPki.create(Clock.fixed(T0, ZoneOffset.UTC))
            .ca("OTHER-ROOT")
            .signer("STRANGER", SignatureAlgorithm.ECDSA_P256_SHA256);
    List<Anchor> other =
        List.of(Anchor.of(strangers.certificateDer("STRANGER"), T0.minus(Duration.ofDays(1))));

    TrustSnapshot s = TrustBundle.load(bundle, other, new InMemorySeenSequenceStore(), CLOCK);

    assertEquals(ListHealth.UNKNOWN_ANCHOR, s.listFor(NL_CB, ListKind.LIST_OF_TRUST_LISTS).orElseThrow().health());
  }

  @Test
  void missingFiles_missing() throws Exception {
    publisher().publish(bundle, PUBLISHED);
    Files.delete(bundle.resolve("lists/DE.p7m"));
    Files.delete(bundle.resolve("status/NL-CB.p7m"));

    TrustSnapshot s = load(new InMemorySeenSequenceStore());

    Map<String, ListHealth> expected = allOk();
    expected.put("lists/DE", ListHealth.MISSING);
    expected.put("status/NL-CB", ListHealth.MISSING);
    expected.put("status/DE-NCCA", ListHealth.UNKNOWN_ANCHOR);
    expected.put("status/DE-CB", ListHealth.UNKNOWN_ANCHOR);
    assertEquals(expected, health(s));
  }

  @Test
  void missingListOfTrustLists_missing_nothingTrusted() throws Exception {
    publisher().publish(bundle, PUBLISHED);
    Files.delete(bundle.resolve("lotl.p7m"));

    TrustSnapshot s = load(new InMemorySeenSequenceStore());

    assertEquals(ListHealth.MISSING, health(s).get("lotl"));
    assertEquals(ListHealth.UNKNOWN_ANCHOR, health(s).get("lists/NL"));
    assertTrue(s.index().trustLists().isEmpty());
  }

  @Test
  void garbageFile_malformed() throws Exception {
    publisher().publish(bundle, PUBLISHED);
    Files.write(bundle.resolve("status/DE-CB.p7m"), "not an envelope".getBytes(StandardCharsets.UTF_8));

    TrustSnapshot s = load(new InMemorySeenSequenceStore());

    Map<String, ListHealth> expected = allOk();
    expected.put("status/DE-CB", ListHealth.MALFORMED);
    assertEquals(expected, health(s));
  }

  @Test
  void statusListSignedByAnotherBody_badSignature() throws Exception {
    publisher().publish(bundle, PUBLISHED);
    Files.copy(
        bundle.resolve("status/DE-CB.p7m"),
        bundle.resolve("status/NL-CB.p7m"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);

    TrustSnapshot s = load(new InMemorySeenSequenceStore());

    assertEquals(ListHealth.BAD_SIGNATURE, health(s).get("status/NL-CB"));
    assertEquals(ListHealth.OK, health(s).get("status/DE-CB"));
  }

  @Test
  void statusListSignedAfterItsKeyWasCompromised_badSignature() throws Exception {
    // changes the registry: on a world of its own
    TestDatabase sharedDb = db;
    JpaRegistry shared = registry;
    TestPki sharedPki = pki;
    open();
    try {
      registry.markKeyCompromised("key-" + DE_CB, PUBLISHED.minusSeconds(1), ACTOR);
      TrustPublisher.Publication p = publisher().publish(bundle, PUBLISHED);

      // the publisher will not sign with a key the trust list it publishes calls compromised
      assertEquals(java.util.Set.of(DE_CB), p.notSigned().keySet());
      assertFalse(Files.exists(bundle.resolve("status/DE-CB.p7m")));
      // one signed with it anyway (a thief's) is refused by the loader
      StatusList stolen =
          org.eucert.core.trust.StatusListBuilder.fromRegistry(
              registry, DE_CB, 99, PUBLISHED, Duration.ofDays(1));
      Files.write(
          bundle.resolve("status/DE-CB.p7m"),
          org.eucert.certs.sign.EnvelopeCodec.standard()
              .sign(
                  org.eucert.core.xml.StatusListCodec.create().write(stolen),
                  PUBLISHED,
                  pki.signerFor(DE_CB.value())));

      TrustSnapshot s = load(new InMemorySeenSequenceStore());

      Map<String, ListHealth> expected = allOk();
      expected.put("status/DE-CB", ListHealth.BAD_SIGNATURE);
      assertEquals(expected, health(s));
    } finally {
      close();
      db = sharedDb;
      registry = shared;
      pki = sharedPki;
    }
  }

  @Test
  void staleness_judgedAtTheInstantGiven() throws Exception {
    publisher().publish(bundle, PUBLISHED);
    TrustSnapshot s = load(new InMemorySeenSequenceStore());
    ListInfo status = s.listFor(NL_CB, ListKind.STATUS_LIST).orElseThrow();
    ListInfo list = s.listFor(NL_CB, ListKind.TRUST_LIST).orElseThrow();

    assertFalse(status.staleAt(PUBLISHED.plus(Duration.ofHours(23))));
    assertTrue(status.staleAt(PUBLISHED.plus(Duration.ofDays(1))));
    assertFalse(list.staleAt(PUBLISHED.plus(Duration.ofDays(2))));
    TrustHealth fresh = s.health(PUBLISHED.plus(Duration.ofHours(1)));
    assertTrue(fresh.isHealthy());
    TrustHealth later = s.health(PUBLISHED.plus(Duration.ofDays(2)));
    assertEquals(4, later.stale().size());
    assertTrue(later.stale().stream().allMatch(i -> i.kind() == ListKind.STATUS_LIST));
    assertEquals(
        Duration.ofDays(2),
        later.lists().stream().filter(l -> l.info().id().equals("lotl")).findFirst().orElseThrow().age());
    assertFalse(later.isHealthy());
  }

  @Test
  void publish_bodySignerNotAListedKey_refusedBeforeWritingAnything() {
    TrustPublisher wrong =
        TrustPublisher.builder()
            .registry(registry)
            .operator("European Commission (test)", NL_NCCA, pki.signerFor("OPERATOR"))
            .nccaSigner(MemberState.NL, pki.signerFor(NL_NCCA.value()))
            .bodySigner(NL_CB, pki.signerFor(DE_CB.value()))
            .build();

    assertThrows(IllegalStateException.class, () -> wrong.publish(bundle, PUBLISHED));
    assertFalse(Files.exists(bundle));
  }

  @Test
  void republish_newSequenceNumbersFromTheRegistry() throws Exception {
    TrustPublisher.Publication first = publisher().publish(bundle, PUBLISHED);
    TrustPublisher.Publication second = publisher().publish(bundle, PUBLISHED.plusSeconds(3600));

    for (String id : first.sequences().keySet()) {
      assertEquals(first.sequences().get(id) + 1, second.sequences().get(id), id);
    }
    assertNotEquals(first.sequences(), second.sequences());
    assertArrayEquals(
        Files.readAllBytes(bundle.resolve("anchors.pem")),
        TrustPublisher.pem(List.of(pki.certificateDer("OPERATOR"))));
  }
}
