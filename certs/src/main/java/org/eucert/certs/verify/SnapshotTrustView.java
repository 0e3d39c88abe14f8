/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.verify;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eucert.certs.sign.EnvelopeFormatException;
import org.eucert.certs.sign.VerificationKey;
import org.eucert.certs.trust.ListInfo;
import org.eucert.certs.trust.ListKind;
import org.eucert.certs.trust.TrustSnapshot;
import org.eucert.core.model.BodyId;
import org.eucert.core.model.Bytes;
import org.eucert.core.model.CertificateId;
import org.eucert.core.model.MemberState;
import org.eucert.core.model.SigningKey;
import org.eucert.core.registry.CertificateEventKind;
import org.eucert.core.rules.IssuingContext;
import org.eucert.core.time.LegalTime;
import org.eucert.core.trust.ListedKey;
import org.eucert.core.trust.StatusEntry;
import org.eucert.core.trust.StatusEvent;
import org.eucert.core.trust.StatusList;
import org.eucert.core.trust.TrustIndex;

/**
 * A {@link TrustSnapshot} as the pipeline sees it, indexed once: every listed key decoded into a
 * {@link VerificationKey} with its certificate's validity, the lists by identifier and kind, the
 * status lists wrapped, the issuing contexts built on first use and kept.
 *
 * <p>Immutable and thread-safe.
 */
final class SnapshotTrustView implements TrustView {
  private final TrustSnapshot snapshot;
  private final TrustIndex index;
  private final ImmutableMap<Bytes, Listed> signers;
  private final ImmutableMap<String, ListState> listsById;
  private final Optional<ListState> listOfLists;
  private final ImmutableList<ListState> trustLists;
  private final ImmutableMap<BodyId, StatusView> statusViews;
  private final Map<String, IssuingContext> contexts = new ConcurrentHashMap<>();
  private final ChainVerdicts chains = new ChainVerdicts();

  private SnapshotTrustView(TrustSnapshot snapshot) {
    this.snapshot = checkNotNull(snapshot, "snapshot");
    this.index = snapshot.index();
    Map<String, ListState> byId = new HashMap<>();
    Optional<ListState> lotl = Optional.empty();
    ImmutableList.Builder<ListState> tls = ImmutableList.builder();
    for (ListInfo l : snapshot.lists()) {
      ListState s = state(l);
      byId.putIfAbsent(l.id(), s);
      if (l.kind() == ListKind.LIST_OF_TRUST_LISTS && lotl.isEmpty()) {
        lotl = Optional.of(s);
      } else if (l.kind() == ListKind.TRUST_LIST) {
        tls.add(s);
      }
    }
    this.listsById = ImmutableMap.copyOf(byId);
    this.listOfLists = lotl;
    this.trustLists = tls.build();
    CertificateFactory x509;
    try {
      x509 = CertificateFactory.getInstance("X.509");
    } catch (CertificateException e) {
      throw new IllegalStateException("every Java platform has an X.509 certificate factory", e);
    }
    Map<Bytes, Listed> keys = new HashMap<>();
    for (ListedKey k : index.keys()) {
      Bytes der = k.key().certificate();
      try {
        // decoded once, at load, by the snapshot; decoded here only if it has none
        VerificationKey key = snapshot.verificationKey(der).orElse(null);
        if (key == null) {
          key = VerificationKey.of(der);
        }
        X509Certificate c =
            (X509Certificate)
                x509.generateCertificate(new ByteArrayInputStream(der.toByteArray()));
        keys.put(
            der,
            new Listed(
                k, key, c.getNotBefore().toInstant(), c.getNotAfter().toInstant(), chains));
      } catch (CertificateException | RuntimeException e) { // EnvelopeFormatException included
        // a listed certificate we cannot decode cannot verify anything: the signer is unlisted
      }
    }
    this.signers = ImmutableMap.copyOf(keys);
    Map<BodyId, StatusView> sv = new HashMap<>();
    for (StatusList s : index.statusLists()) {
      sv.putIfAbsent(s.issuer(), new Status(s));
    }
    this.statusViews = ImmutableMap.copyOf(sv);
  }

  static SnapshotTrustView of(TrustSnapshot snapshot) {
    return new SnapshotTrustView(snapshot);
  }

  private static ListState state(ListInfo l) {
    return new ListState(
        new TrustDataUsed(
            l.id(), l.kind().name(), Math.max(0, l.sequence()), l.issued(), l.nextUpdate(),
            l.sha256Hex()),
        l.health().name(),
        l.message());
  }

  @Override
  public List<String> anchorPath() {
    return List.of("pinned anchor");
  }

  @Override
  public Optional<ListState> listOfLists() {
    return listOfLists;
  }

  @Override
  public List<ListState> trustLists() {
    return trustLists;
  }

  @Override
  public Optional<ListState> trustList(String id) {
    return Optional.ofNullable(listsById.get(id));
  }

  @Override
  public Optional<ListedSigner> signer(Bytes certificateDer) {
    return Optional.ofNullable(signers.get(certificateDer));
  }

  @Override
  public IssuingContext issuingContext(BodyId issuer, Optional<BodyId> itsef) {
    String key = issuer.value() + "|" + itsef.map(BodyId::value).orElse("");
    return contexts.computeIfAbsent(
        key,
        k ->
            itsef.isPresent()
                ? index.issuingContext(issuer, itsef.get()).build()
                : index.issuingContext(issuer).build());
  }

  @Override
  public Optional<ListState> statusListState(BodyId issuer) {
    return snapshot.listFor(issuer, ListKind.STATUS_LIST).map(SnapshotTrustView::state);
  }

  @Override
  public Optional<StatusView> statusList(BodyId issuer) {
    return Optional.ofNullable(statusViews.get(issuer));
  }

  /** A listed key, decoded. */
  private static final class Listed implements ListedSigner {
    private final ListedKey listed;
    private final VerificationKey key;
    private final Instant notBefore;
    private final Instant notAfter;

    private final ChainVerdicts chains;

    Listed(
        ListedKey listed,
        VerificationKey key,
        Instant notBefore,
        Instant notAfter,
        ChainVerdicts chains) {
      this.chains = chains;
      this.listed = listed;
      this.key = key;
      this.notBefore = notBefore;
      this.notAfter = notAfter;
    }

    @Override
    public BodyId body() {
      return listed.entity().id();
    }

    @Override
    public MemberState memberState() {
      return listed.entity().body().memberState();
    }

    @Override
    public String trustListId() {
      return listed.trustListId();
    }

    @Override
    public SigningKey key() {
      return listed.key();
    }

    @Override
    public int keyBits() {
      return key.keySizeBits();
    }

    @Override
    public Instant certificateNotBefore() {
      return notBefore;
    }

    @Override
    public Instant certificateNotAfter() {
      return notAfter;
    }

    @Override
    public SignedDocument.SignatureOutcome verify(SignedDocument document) {
      if (document instanceof EnvelopeDocument e) {
        SignedDocument.SignatureOutcome o = e.verify(key);
        return o == SignedDocument.SignatureOutcome.VALID ? chains.check(e) : o;
      }
      return document.verifyWithOwnKey();
    }
  }

  /** A status list, as the pipeline asks it. */
  private static final class Status implements StatusView {
    private final StatusList list;

    Status(StatusList list) {
      this.list = list;
    }

    @Override
    public StatusAnswer statusAt(CertificateId id, Instant issueInstant, Instant at) {
      org.eucert.core.trust.StatusAnswer a = list.statusAt(id, issueInstant, at);
      Optional<Instant> since = a.event().map(StatusEvent::at);
      switch (a.status()) {
        case IN_FORCE:
          return new StatusAnswer(StatusAnswer.Kind.IN_FORCE, since, Optional.empty(), Optional.empty());
        case SUSPENDED:
          return new StatusAnswer(
              StatusAnswer.Kind.SUSPENDED, since, plannedEnd(a.entry().orElseThrow(), at),
              Optional.empty());
        case WITHDRAWN:
          return new StatusAnswer(
              StatusAnswer.Kind.WITHDRAWN,
              since,
              Optional.empty(),
              a.event().flatMap(StatusEvent::reason).map(Enum::name));
        case NOT_REGISTERED:
          return new StatusAnswer(
              StatusAnswer.Kind.NOT_REGISTERED, Optional.empty(), Optional.empty(), Optional.empty());
        default:
          // NO_STATUS_INFORMATION, and NOT_YET_ISSUED (the validity step refuses that first)
          return new StatusAnswer(
              StatusAnswer.Kind.NO_STATUS_INFORMATION,
              Optional.empty(),
              Optional.empty(),
              Optional.empty());
      }
    }

    /** The planned end of the suspension in force at {@code at}, extensions included. */
    private static Optional<Instant> plannedEnd(StatusEntry entry, Instant at) {
      Optional<Instant> end = Optional.empty();
      for (StatusEvent e : entry.events()) {
        if (e.at().isAfter(at)) {
          break;
        }
        if (e.kind() == CertificateEventKind.SUSPENDED) {
          end = e.plannedUntil().map(LegalTime::endExclusive);
        } else if (e.kind() == CertificateEventKind.SUSPENSION_EXTENDED
            && e.plannedUntil().isPresent()) {
          end = e.plannedUntil().map(LegalTime::endExclusive);
        }
      }
      return end;
    }

    @Override
    public Optional<String> registeredDigest(CertificateId id) {
      return list.entry(id).map(e -> e.contentDigest().toHex());
    }
  }
}
