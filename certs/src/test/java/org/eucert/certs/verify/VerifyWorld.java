/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.verify;

import com.google.common.hash.Hashing;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.eucert.certs.sign.EnvelopeCodec;
import org.eucert.certs.sign.EnvelopeFormatException;
import org.eucert.certs.sign.VerificationKey;
import org.eucert.certs.sign.JcaSigner;
import org.eucert.certs.sign.Signer;
import org.eucert.certs.trust.ListHealth;
import org.eucert.certs.trust.ListInfo;
import org.eucert.certs.trust.ListKind;
import org.eucert.certs.trust.TrustHealth;
import org.eucert.certs.trust.TrustSnapshot;
import org.eucert.core.model.Accreditation;
import org.eucert.core.model.AccreditationStatus;
import org.eucert.core.model.AssuranceLevel;
import org.eucert.core.model.AssurancePackageKind;
import org.eucert.core.model.Body;
import org.eucert.core.model.BodyId;
import org.eucert.core.model.BodyReference;
import org.eucert.core.model.BodyRole;
import org.eucert.core.model.Bytes;
import org.eucert.core.model.CertificateContent;
import org.eucert.core.model.CertificateId;
import org.eucert.core.model.CertifiedObject;
import org.eucert.core.model.CertifiedObjectType;
import org.eucert.core.model.EuccPart;
import org.eucert.core.model.Holder;
import org.eucert.core.model.MemberState;
import org.eucert.core.model.Notification;
import org.eucert.core.model.NotificationStatus;
import org.eucert.core.model.SchemeId;
import org.eucert.core.model.SigningKey;
import org.eucert.core.registry.AuditHead;
import org.eucert.core.registry.CertificateEventKind;
import org.eucert.core.registry.WithdrawalReason;
import org.eucert.core.time.LegalTime;
import org.eucert.core.time.Timeline;
import org.eucert.core.trust.ListOfTrustLists;
import org.eucert.core.trust.StatusEntry;
import org.eucert.core.trust.StatusEvent;
import org.eucert.core.trust.StatusList;
import org.eucert.core.trust.TrustIndex;
import org.eucert.core.trust.TrustList;
import org.eucert.core.trust.TrustListPointer;
import org.eucert.core.trust.TrustedEntity;
import org.eucert.core.xml.CertificateCodec;
import org.eucert.schemes.catalogue.SchemeCatalogue;

/**
 * A small EUCC world for verifier tests, built in Java at fixed instants: three Member States (NL,
 * DE, FR), each with an NCCA, a certification body and an ITSEF, accredited and notified for EUCC
 * at substantial and high; test-only P-256 keys generated at class load; trust lists, a list of
 * trust lists and status lists as records, with each list's health and dates open to change by a
 * test; certificates written with {@link CertificateCodec} and signed with {@link EnvelopeCodec}.
 *
 * <p>The trust data is handed to the verifier as a {@link TrustSnapshot} built here (the lists'
 * records and their health, as a bundle loader would report them), so each sub-indication can be
 * reached by changing one thing. Not thread-safe; one world per test.
 */
final class VerifyWorld {
  static final Provider BC = new BouncyCastleProvider();
  static final SchemeCatalogue CATALOGUE = SchemeCatalogue.builtIn();
  static final CertificateCodec CODEC = CertificateCodec.create();
  static final EnvelopeCodec ENVELOPES = EnvelopeCodec.standard();
  static final SchemeId EUCC = SchemeId.of("EUCC");
  static final String VERSION = CATALOGUE.find(EUCC).orElseThrow().version();
  static final String CATEGORY = "Network devices";

  /** Trust data published on 2026-05-01, valid for 60 days; the verifier's clock is mid-June. */
  static final Instant PUBLISHED = Instant.parse("2026-05-01T00:00:00Z");

  static final Instant NOW = Instant.parse("2026-06-15T12:00:00Z");

  /** Status lists are issued on 2026-06-01 for 30 days: after the May certificates. */
  static final Instant STATUS_ISSUED = Instant.parse("2026-06-01T00:00:00Z");

  /** A typical issue instant of a test certificate. */
  static final Instant ISSUED = Instant.parse("2026-05-12T09:30:00Z");
  static final Instant KEYS_FROM = Instant.parse("2025-01-01T00:00:00Z");

  static final List<MemberState> STATES = List.of(MemberState.NL, MemberState.DE, MemberState.FR);

  /** Keys for every body of every state, plus a stranger's; generated once per JVM. */
  private static final Map<String, TestKey> KEYS = new LinkedHashMap<>();

  /** A test-only key and its self-signed certificate. */
  record TestKey(KeyPair pair, X509Certificate certificate, Bytes der, Signer signer) {}

  static synchronized TestKey key(String name) {
    return KEYS.computeIfAbsent(name, VerifyWorld::generate);
  }

  /** A test-only key whose certificate is issued by a root CA, the chain carrying the root. */
  static synchronized TestKey chainedKey(String name) {
    TestKey k = KEYS.get("chained:" + name);
    if (k == null) {
      k = generateChained(name);
      KEYS.put("chained:" + name, k);
    }
    return k;
  }

  private static TestKey generateChained(String name) {
    try {
      TestKey root = key("Root CA for " + name);
      KeyPairGenerator g = KeyPairGenerator.getInstance("EC", BC);
      g.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
      KeyPair kp = g.generateKeyPair();
      X500Principal subject = new X500Principal("CN=" + name + ", O=" + name + ", C=EU");
      X509Certificate c =
          new JcaX509CertificateConverter()
              .setProvider(BC)
              .getCertificate(
                  new JcaX509v3CertificateBuilder(
                          root.certificate().getSubjectX500Principal(),
                          BigInteger.valueOf(Math.abs((long) name.hashCode()) + 7),
                          Date.from(Instant.parse("2024-01-01T00:00:00Z")),
                          Date.from(Instant.parse("2036-01-01T00:00:00Z")),
                          subject,
                          kp.getPublic())
                      .build(
                          new JcaContentSignerBuilder("SHA256withECDSA")
                              .setProvider(BC)
                              .build(root.pair().getPrivate())));
      Signer s = JcaSigner.of(kp.getPrivate(), List.of(c, root.certificate()), BC);
      return new TestKey(kp, c, Bytes.copyOf(c.getEncoded()), s);
    } catch (Exception e) {
      throw new IllegalStateException("chained test key " + name, e);
    }
  }

  /** Lists the chained key (CA-issued, root carried) as the CB's key instead of its own. */
  void useChainedKey(MemberState ms) {
    BodyId cb = cb(ms);
    keys.get(cb)
        .set(
            0,
            new SigningKey(
                cb, "k2", chainedKey(cb.value()).der(), KEYS_FROM, Optional.empty(),
                Optional.empty()));
  }

  private static TestKey generate(String name) {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("EC", BC);
      g.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
      KeyPair kp = g.generateKeyPair();
      X500Principal subject = new X500Principal("CN=" + name + ", O=" + name + ", C=EU");
      X509Certificate c =
          new JcaX509CertificateConverter()
              .setProvider(BC)
              .getCertificate(
                  new JcaX509v3CertificateBuilder(
                          subject,
                          BigInteger.valueOf(Math.abs((long) name.hashCode()) + 1),
                          Date.from(Instant.parse("2024-01-01T00:00:00Z")),
                          Date.from(Instant.parse("2036-01-01T00:00:00Z")),
                          subject,
                          kp.getPublic())
                      .build(
                          new JcaContentSignerBuilder("SHA256withECDSA")
                              .setProvider(BC)
                              .build(kp.getPrivate())));
      Signer s = JcaSigner.of(kp.getPrivate(), List.of(c), BC);
      return new TestKey(kp, c, Bytes.copyOf(c.getEncoded()), s);
    } catch (Exception e) {
      throw new IllegalStateException("test key " + name, e);
    }
  }

  // ---- the state of the world, open to change -------------------------------------------

  /** One list's health and dates, as a loader would report them. */
  static final class ListMeta {
    long sequence = 3;
    Instant issued = PUBLISHED;
    Instant nextUpdate = PUBLISHED.plus(Duration.ofDays(60));
    ListHealth health = ListHealth.OK;
    String message = "";
  }

  final ListMeta lotl = new ListMeta();
  final Map<MemberState, ListMeta> trustListMeta = new EnumMap<>(MemberState.class);
  final Map<BodyId, ListMeta> statusMeta = new LinkedHashMap<>();
  final Map<BodyId, List<Notification>> notifications = new LinkedHashMap<>();
  final Map<BodyId, List<SigningKey>> keys = new LinkedHashMap<>();
  final Map<BodyId, TreeMap<CertificateId, StatusEntry>> status = new LinkedHashMap<>();
  final Set<MemberState> unlisted = EnumSet.noneOf(MemberState.class);
  private int serial;

  VerifyWorld() {
    for (MemberState ms : STATES) {
      trustListMeta.put(ms, new ListMeta());
      BodyId cb = cb(ms);
      ListMeta sm = new ListMeta();
      sm.issued = STATUS_ISSUED;
      sm.nextUpdate = STATUS_ISSUED.plus(Duration.ofDays(30));
      statusMeta.put(cb, sm);
      status.put(cb, new TreeMap<>());
      notifications.put(cb, new ArrayList<>(List.of(notification(cb, KEYS_FROM))));
      keys.put(
          cb,
          new ArrayList<>(
              List.of(
                  new SigningKey(
                      cb, "k1", key(cb.value()).der(), KEYS_FROM, Optional.empty(),
                      Optional.empty()))));
    }
  }

  static BodyId ncca(MemberState ms) {
    return BodyId.of(ms.name() + "-NCCA");
  }

  static BodyId cb(MemberState ms) {
    return BodyId.of(ms.name() + "-CB");
  }

  static BodyId itsef(MemberState ms) {
    return BodyId.of(ms.name() + "-ITSEF");
  }

  /** The notified-body number of a state's certification body: 3110, 3210, 3310. */
  static String nb(MemberState ms) {
    return Integer.toString(3110 + 100 * STATES.indexOf(ms));
  }

  static Notification notification(BodyId body, Instant from) {
    return new Notification(
        body,
        EUCC,
        Optional.empty(),
        EnumSet.of(AssuranceLevel.SUBSTANTIAL, AssuranceLevel.HIGH),
        Optional.of("OJ C/2025/1234"),
        Timeline.starting(NotificationStatus.NOTIFIED, from));
  }

  /** Withdraws the CB's notification from {@code at} (CSA Art 61(4)). */
  void withdrawNotification(MemberState ms, Instant at) {
    BodyId cb = cb(ms);
    Notification n = notifications.get(cb).get(0);
    notifications
        .get(cb)
        .set(
            0,
            new Notification(
                cb, n.scheme(), n.schemeVersion(), n.levels(), n.reference(),
                n.status().then(NotificationStatus.WITHDRAWN, at)));
  }

  /** Marks the CB's key compromised from {@code at}. */
  void compromiseKey(MemberState ms, Instant at) {
    BodyId cb = cb(ms);
    SigningKey k = keys.get(cb).get(0);
    keys.get(cb)
        .set(
            0,
            new SigningKey(
                cb, k.keyId(), k.certificate(), k.validFrom(), k.validUntil(), Optional.of(at)));
  }

  /** Ends the CB key's window at {@code at}. */
  void endKeyWindow(MemberState ms, Instant at) {
    BodyId cb = cb(ms);
    SigningKey k = keys.get(cb).get(0);
    keys.get(cb)
        .set(
            0,
            new SigningKey(
                cb, k.keyId(), k.certificate(), k.validFrom(), Optional.of(at),
                k.compromisedAt()));
  }

  // ---- bodies ---------------------------------------------------------------------------

  static Body body(MemberState ms, BodyRole role) {
    BodyId id = role == BodyRole.NCCA ? ncca(ms) : role == BodyRole.ITSEF ? itsef(ms) : cb(ms);
    return new Body(
        id,
        role,
        ms.name() + " " + role.name().toLowerCase(Locale.ROOT).replace('_', ' '),
        ms,
        role == BodyRole.CERTIFICATION_BODY ? Optional.of(nb(ms)) : Optional.empty(),
        role == BodyRole.NCCA ? Optional.empty() : Optional.of(ncca(ms)),
        role == BodyRole.NCCA,
        Optional.of("Street 1, " + ms.name()),
        Optional.of("contact@" + ms.name().toLowerCase(Locale.ROOT) + ".example"));
  }

  static Accreditation accreditation(BodyId body) {
    LocalDate from = LocalDate.of(2024, 3, 1);
    return new Accreditation(
        body,
        "ACC-" + body.value(),
        "National accreditation body",
        body.value().endsWith("ITSEF") ? "ISO/IEC 17025" : "ISO/IEC 17065",
        Set.of(EUCC),
        Set.of(CATEGORY, "Smart cards and similar devices"),
        from,
        from.plusYears(5).minusDays(1),
        Timeline.starting(AccreditationStatus.ACTIVE, LegalTime.startOfDay(from)));
  }

  TrustList trustList(MemberState ms) {
    ListMeta m = trustListMeta.get(ms);
    List<TrustedEntity> entities = new ArrayList<>();
    entities.add(
        new TrustedEntity(
            body(ms, BodyRole.NCCA), List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of()));
    BodyId cb = cb(ms);
    if (!unlisted.contains(ms)) {
      entities.add(
          new TrustedEntity(
              body(ms, BodyRole.CERTIFICATION_BODY),
              List.of(accreditation(cb)),
              notifications.get(cb),
              List.of(),
              List.of(),
              List.of(),
              keys.get(cb)));
    }
    entities.add(
        new TrustedEntity(
            body(ms, BodyRole.ITSEF), List.of(accreditation(itsef(ms))), List.of(), List.of(),
            List.of(), List.of(), List.of()));
    return new TrustList(ncca(ms), ms, m.sequence, m.issued, m.nextUpdate, entities);
  }

  ListOfTrustLists listOfTrustLists() {
    List<TrustListPointer> pointers = new ArrayList<>();
    for (MemberState ms : STATES) {
      pointers.add(
          new TrustListPointer(
              ms, TrustListPointer.locationFor(ms), List.of(key(ncca(ms).value()).der()),
              Optional.empty()));
    }
    return new ListOfTrustLists("European Commission", lotl.sequence, lotl.issued, lotl.nextUpdate,
        pointers);
  }

  StatusList statusList(BodyId cb) {
    ListMeta m = statusMeta.get(cb);
    return new StatusList(
        cb, m.sequence, m.issued, m.nextUpdate, new AuditHead(7, "ab".repeat(32)),
        List.copyOf(status.get(cb).values()));
  }

  // ---- certificates ---------------------------------------------------------------------

  /** A valid substantial certificate of {@code ms}'s CB, issued at {@code issuedAt}, 2 years. */
  CertificateContent content(MemberState ms, Instant issuedAt) {
    serial++;
    String id =
        "EUCC-" + nb(ms) + "-"
            + DateTimeFormatter.ofPattern("yyyy-MM", Locale.ROOT)
                .format(issuedAt.atZone(LegalTime.LEGAL_ZONE))
            + "-" + String.format(Locale.ROOT, "%04d", serial);
    Body cb = body(ms, BodyRole.CERTIFICATION_BODY);
    return CertificateContent.builder()
        .id(CertificateId.of(id))
        .scheme(EUCC, VERSION)
        .object(
            new CertifiedObject(
                CertifiedObjectType.ICT_PRODUCT,
                "Example Firewall " + serial,
                Optional.of("Firewall"),
                List.of("4.2.0"),
                Optional.of(CATEGORY),
                Optional.empty(),
                Optional.empty(),
                Optional.of("the whole appliance")))
        .holder(
            new Holder(
                "Example Devices N.V.",
                Optional.of("Productstraat 3, Eindhoven"),
                Optional.of("security@devices.example"),
                Optional.of("https://devices.example/security"),
                Optional.of("psirt@devices.example")))
        .issuer(
            new BodyReference(
                cb.id(), cb.name(), cb.address(), cb.contact(),
                Optional.of(accreditation(cb.id()).reference()), cb.notifiedBodyNumber()))
        .itsef(Optional.of(BodyReference.of(itsef(ms), body(ms, BodyRole.ITSEF).name())))
        .responsibleNcca(Optional.of(BodyReference.of(ncca(ms), body(ms, BodyRole.NCCA).name())))
        .legalReferences(List.of("Commission Implementing Regulation (EU) 2024/482"))
        .certificationReport(Optional.of("CR-" + id))
        .assuranceLevel(AssuranceLevel.SUBSTANTIAL)
        .evaluationLevel(Optional.of("AVA_VAN.2"))
        .standards(List.of("CC_2022", "CEM_2022"))
        .issuedAt(issuedAt)
        .validUntil(LegalTime.dayOf(issuedAt).plusYears(2))
        .markUrl(
            Optional.of(
                "https://certification.enisa.europa.eu/certificates/"
                    + id.toLowerCase(Locale.ROOT) + "_en"))
        .schemePart(
            Optional.of(
                new EuccPart(
                    AssurancePackageKind.EAL_CONFORMANT, "EAL3", List.of(), Optional.empty(),
                    Optional.empty(), Optional.empty())))
        .build();
  }

  /** An issued certificate: its content, XML and envelope. */
  record Issued(CertificateContent content, byte[] xml, byte[] envelope) {}

  /** Writes, signs with the CB's key and registers in the CB's status list. */
  Issued issue(CertificateContent content) {
    return issue(content, key(content.issuer().id().value()).signer(), true);
  }

  /** Writes and signs with {@code signer}; registers when {@code register}. */
  Issued issue(CertificateContent content, Signer signer, boolean register) {
    byte[] xml = CODEC.write(content);
    return sign(content, xml, content.issuedAt(), signer, register);
  }

  Issued sign(
      CertificateContent content, byte[] xml, Instant signingTime, Signer signer, boolean register) {
    byte[] env;
    try {
      env = ENVELOPES.sign(xml, signingTime, signer);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    if (register) {
      BodyId cb = content.issuer().id();
      status
          .computeIfAbsent(cb, b -> new TreeMap<>())
          .put(
              content.id(),
              new StatusEntry(
                  content.id(),
                  content.issuedAt(),
                  Bytes.copyOf(Hashing.sha256().hashBytes(xml).asBytes()),
                  List.of(
                      new StatusEvent(
                          CertificateEventKind.ISSUED, content.issuedAt(), Optional.empty(),
                          Optional.empty()))));
    }
    return new Issued(content, xml, env);
  }

  /** Appends a status event to a registered certificate. */
  void event(CertificateContent c, StatusEvent e) {
    TreeMap<CertificateId, StatusEntry> m = status.get(c.issuer().id());
    StatusEntry old = m.get(c.id());
    List<StatusEvent> events = new ArrayList<>(old.events());
    events.add(e);
    m.put(c.id(), new StatusEntry(old.id(), old.issued(), old.contentDigest(), events));
  }

  void suspend(CertificateContent c, Instant at, LocalDate plannedUntil) {
    event(c, new StatusEvent(CertificateEventKind.SUSPENDED, at, Optional.of(plannedUntil),
        Optional.empty()));
  }

  void reinstate(CertificateContent c, Instant at) {
    event(c, new StatusEvent(CertificateEventKind.REINSTATED, at, Optional.empty(),
        Optional.empty()));
  }

  void withdraw(CertificateContent c, Instant at) {
    event(c, new StatusEvent(CertificateEventKind.WITHDRAWN, at, Optional.empty(),
        Optional.of(WithdrawalReason.HOLDER_REQUEST)));
  }

  // ---- the snapshot and the verifier ----------------------------------------------------

  TrustSnapshot snapshot() {
    List<ListInfo> infos = new ArrayList<>();
    ListOfTrustLists l = listOfTrustLists();
    infos.add(info(ListOfTrustLists.ID, ListKind.LIST_OF_TRUST_LISTS, Optional.empty(),
        Optional.empty(), lotl));
    List<TrustList> tls = new ArrayList<>();
    for (MemberState ms : STATES) {
      ListMeta m = trustListMeta.get(ms);
      TrustList tl = trustList(ms);
      infos.add(info(tl.id(), ListKind.TRUST_LIST, Optional.of(ms), Optional.empty(), m));
      if (m.health == ListHealth.OK && lotl.health == ListHealth.OK) {
        tls.add(tl);
      }
    }
    List<StatusList> sls = new ArrayList<>();
    for (Map.Entry<BodyId, ListMeta> e : statusMeta.entrySet()) {
      StatusList sl = statusList(e.getKey());
      infos.add(info(sl.id(), ListKind.STATUS_LIST, Optional.empty(), Optional.of(e.getKey()),
          e.getValue()));
      if (e.getValue().health == ListHealth.OK) {
        sls.add(sl);
      }
    }
    TrustIndex index =
        lotl.health == ListHealth.OK
            ? TrustIndex.of(l, tls, sls)
            : TrustIndex.of(Optional.empty(), List.of(), sls);
    return new FixtureSnapshot(index, infos, NOW);
  }

  private static ListInfo info(
      String id, ListKind kind, Optional<MemberState> ms, Optional<BodyId> body, ListMeta m) {
    return new ListInfo(
        id, kind, ms, body, m.sequence, m.issued, m.nextUpdate,
        Hashing.sha256().hashUnencodedChars(id + m.sequence).toString(), m.health, m.message);
  }

  Verifier verifier() {
    return verifier(VerificationPolicy.defaults());
  }

  Verifier verifier(VerificationPolicy policy) {
    return Verifier.builder()
        .trustSnapshot(snapshot())
        .clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .policy(policy)
        .catalogue(CATALOGUE)
        .build();
  }

  /** A snapshot of records, as a bundle loader would give it. */
  record FixtureSnapshot(TrustIndex index, List<ListInfo> lists, Instant loadedAt)
      implements TrustSnapshot {
    @Override
    public Optional<ListInfo> listFor(BodyId issuer, ListKind kind) {
      switch (kind) {
        case LIST_OF_TRUST_LISTS:
          return lists.stream().filter(l -> l.kind() == kind).findFirst();
        case STATUS_LIST:
          return lists.stream()
              .filter(l -> l.kind() == kind && l.body().equals(Optional.of(issuer)))
              .findFirst();
        default:
          Optional<String> id = index.trustListIdOf(issuer);
          return lists.stream()
              .filter(l -> l.kind() == kind && id.equals(Optional.of(l.id())))
              .findFirst();
      }
    }

    @Override
    public Optional<ListInfo> trustListFor(MemberState memberState) {
      return lists.stream()
          .filter(l -> l.kind() == ListKind.TRUST_LIST && l.memberState().equals(Optional.of(memberState)))
          .findFirst();
    }

    @Override
    public Optional<VerificationKey> verificationKey(Bytes signerCertificateDer) {
      return index.keyFor(signerCertificateDer)
          .map(
              k -> {
                try {
                  return VerificationKey.of(k.key().certificate());
                } catch (EnvelopeFormatException e) {
                  throw new IllegalStateException(e);
                }
              });
    }

    @Override
    public TrustHealth health(Instant now) {
      List<TrustHealth.Line> lines = new ArrayList<>();
      for (ListInfo l : lists) {
        lines.add(new TrustHealth.Line(l, Duration.between(l.issued(), now), l.staleAt(now)));
      }
      return new TrustHealth(now, loadedAt, lines);
    }
  }

  static Instant day(int y, int m, int d) {
    return LegalTime.startOfDay(LocalDate.of(y, m, d));
  }

  static Instant at(String iso) {
    return Instant.parse(iso).atOffset(ZoneOffset.UTC).toInstant();
  }

  /** {@code haystack} with the first occurrence of {@code from} (UTF-8) overwritten by {@code to}. */
  static byte[] replaceOnce(byte[] haystack, String from, String to) {
    byte[] f = from.getBytes(StandardCharsets.UTF_8);
    byte[] t = to.getBytes(StandardCharsets.UTF_8);
    outer:
    for (int i = 0; i + f.length <= haystack.length; i++) {
      for (int j = 0; j < f.length; j++) {
        if (haystack[i + j] != f[j]) {
          continue outer;
        }
      }
      byte[] out = haystack.clone();
      System.arraycopy(t, 0, out, i, t.length);
      return out;
    }
    throw new AssertionError("not found: " + from);
  }
}
