/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.trust;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.io.BaseEncoding;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeSet;
import org.eucert.certs.sign.EnvelopeCodec;
import org.eucert.certs.sign.EnvelopeFormatException;
import org.eucert.certs.sign.ParsedEnvelope;
import org.eucert.certs.sign.SignatureCheck;
import org.eucert.certs.sign.VerificationKey;
import org.eucert.core.model.BodyId;
import org.eucert.core.model.BodyRole;
import org.eucert.core.model.Bytes;
import org.eucert.core.model.MemberState;
import org.eucert.core.model.SigningKey;
import org.eucert.core.trust.ListOfTrustLists;
import org.eucert.core.trust.ListedKey;
import org.eucert.core.trust.StatusList;
import org.eucert.core.trust.TrustIndex;
import org.eucert.core.trust.TrustList;
import org.eucert.core.trust.TrustListPointer;
import org.eucert.core.trust.TrustedEntity;
import org.eucert.core.xml.XmlFormatException;

/**
 * Loads a trust bundle folder (ARCHITECTURE.md sections 7 and 10) into a {@link TrustSnapshot},
 * verifying every signature on the way: the list of trust lists against the pinned {@link Anchor}s
 * valid at its signing time; each Member State's list against the signer certificates pinned for it
 * in the list of trust lists (and the pinned file digest, if any); each status list against a
 * signing key that its issuer's verified trust list lists, usable at the signing time. Sequence
 * numbers lower than one already seen are refused as rolled back, and every verified list's number
 * is recorded in the {@link SeenSequenceStore}.
 *
 * <p>Bad bundle content never throws: each list gets a {@link ListHealth} and a message, and only
 * {@link ListHealth#OK} lists are indexed. A list that cannot be verified because what vouches for
 * it is not OK (the list of trust lists, or the issuer's trust list) is {@link
 * ListHealth#UNKNOWN_ANCHOR}. Everything is parsed, verified, decoded (one {@link VerificationKey}
 * per listed key) and indexed once, here.
 *
 * <p>Stateless; thread-safe.
 *
 * @since 0.1
 */
public final class TrustBundle {
  /** The largest file of a bundle read, in bytes. */
  public static final int MAX_FILE_BYTES = 17 << 20;

  private static final EnvelopeCodec ENVELOPES = EnvelopeCodec.withMaxSize(MAX_FILE_BYTES);

  private TrustBundle() {}

  /**
   * Loads the bundle in {@code dir}.
   *
   * @param anchors the certificates allowed to sign the list of trust lists (or to be the CA of its
   *     signer), each with its window
   * @param seen the sequence numbers already seen; updated with those of the verified lists
   * @param clock read once, for {@link TrustSnapshot#loadedAt()}
   * @throws java.io.UncheckedIOException only if the seen-sequence store cannot be written
   */
  public static TrustSnapshot load(
      Path dir, List<Anchor> anchors, SeenSequenceStore seen, Clock clock) {
    checkNotNull(dir, "dir");
    List<Anchor> anchorList = ImmutableList.copyOf(anchors);
    checkNotNull(seen, "seen");
    checkNotNull(clock, "clock");
    return new Loader(dir, anchorList, seen, clock.instant()).load();
  }

  /**
   * Builds, on the calling thread, what every load needs and what is built once per JVM: the XML
   * codecs of the three list formats, with their JAXB contexts and schemas. A one-shot program can
   * call it on a second thread while it reads its files; loading works the same without it.
   */
  public static void prepare() {
    checkNotNull(TrustPublisher.Codecs.LOTLS, "codecs");
  }

  /** One load: mutable while loading, confined to the calling thread. */
  private static final class Loader {
    private final Path dir;
    private final List<Anchor> anchors;
    private final SeenSequenceStore seen;
    private final Instant loadedAt;
    private final Map<String, ListInfo> infos = new LinkedHashMap<>();
    private final Map<BodyId, String> claimedLists = new HashMap<>();

    Loader(Path dir, List<Anchor> anchors, SeenSequenceStore seen, Instant loadedAt) {
      this.dir = dir;
      this.anchors = anchors;
      this.seen = seen;
      this.loadedAt = loadedAt;
    }

    /** The bytes of a file, or why not. */
    private record Read(byte[] bytes, String sha256Hex, ListHealth failure, String message) {
      boolean ok() {
        return bytes != null;
      }
    }

    /** Why a list is not OK. */
    private static final class Refusal extends Exception {
      private static final long serialVersionUID = 1L;
      final ListHealth health;

      Refusal(ListHealth health, String message) {
        super(message, null, false, false);
        this.health = health;
      }
    }

    TrustSnapshot load() {
      Optional<ListOfTrustLists> lotl = loadLotl();
      List<TrustList> trustLists = new ArrayList<>();
      if (lotl.isPresent()) {
        for (TrustListPointer p : lotl.get().pointers()) {
          loadTrustList(p).ifPresent(trustLists::add);
        }
      } else {
        String why = "cannot be verified: " + ListOfTrustLists.ID + " is " + infos.get(ListOfTrustLists.ID).health();
        for (String f : files("lists")) {
          unverifiable(f, ListKind.TRUST_LIST, why);
        }
      }
      TrustIndex keysOnly = TrustIndex.of(lotl, trustLists, List.of());
      Map<Bytes, VerificationKey> keys = new HashMap<>();
      for (ListedKey k : keysOnly.keys()) {
        try {
          keys.put(k.key().certificate(), VerificationKey.of(k.key().certificate()));
        } catch (EnvelopeFormatException e) {
          // an undecodable listed key verifies nothing; documents signed with it are refused
        }
      }
      List<StatusList> statusLists = new ArrayList<>();
      TreeSet<String> statusIds = new TreeSet<>(files("status"));
      for (TrustList list : trustLists) {
        for (TrustedEntity e : list.entities()) {
          if (e.body().role() != BodyRole.ITSEF && !e.signingKeys().isEmpty()) {
            statusIds.add(StatusList.idFor(e.id()));
          }
        }
      }
      for (String id : statusIds) {
        loadStatusList(id, keysOnly, keys).ifPresent(statusLists::add);
      }
      TrustIndex index = TrustIndex.of(lotl, trustLists, statusLists);
      return new Snapshot(
          index, ImmutableList.copyOf(infos.values()), keys, ImmutableMap.copyOf(claimedLists),
          loadedAt);
    }

    private Optional<ListOfTrustLists> loadLotl() {
      String id = ListOfTrustLists.ID;
      Read read = read(id + ".p7m");
      if (!read.ok()) {
        put(id, ListKind.LIST_OF_TRUST_LISTS, Optional.empty(), Optional.empty(), read);
        return Optional.empty();
      }
      try {
        ParsedEnvelope env = parse(read);
        VerificationKey key = anchorKey(env);
        check(env.verify(key), "the list of trust lists");
        ListOfTrustLists lotl = Codecs.lotl(env.content());
        checkSigningTime(env, lotl.issued());
        checkSequence(id, lotl.sequence());
        ok(id, ListKind.LIST_OF_TRUST_LISTS, Optional.empty(), Optional.empty(), lotl.sequence(),
            lotl.issued(), lotl.nextUpdate(), read,
            lotl.pointers().size() + " trust lists, operator " + lotl.operator());
        return Optional.of(lotl);
      } catch (Refusal r) {
        refused(id, ListKind.LIST_OF_TRUST_LISTS, Optional.empty(), Optional.empty(), read, r);
        return Optional.empty();
      }
    }

    private VerificationKey anchorKey(ParsedEnvelope env) throws Refusal {
      Instant signed = env.signingTime();
      Bytes signer = env.signerCertificateDer();
      boolean outOfWindow = false;
      for (Anchor a : anchors) {
        VerificationKey anchorKey;
        try {
          anchorKey = VerificationKey.of(a.certificateDer());
        } catch (EnvelopeFormatException e) {
          continue;
        }
        boolean direct = a.certificateDer().equals(signer);
        boolean issued = !direct && env.verifyChain(anchorKey) == SignatureCheck.VALID;
        if (direct || issued) {
          if (!a.validAt(signed)) {
            outOfWindow = true;
            continue;
          }
          if (direct) {
            return anchorKey;
          }
          try {
            return VerificationKey.of(signer);
          } catch (EnvelopeFormatException e) {
            throw new Refusal(ListHealth.BAD_SIGNATURE, "the signer's key cannot be decoded");
          }
        }
      }
      throw new Refusal(
          ListHealth.UNKNOWN_ANCHOR,
          outOfWindow
              ? "signed at " + signed + " by an anchor outside its validity window"
              : "not signed by a pinned anchor (nor by a certificate an anchor issued)");
    }

    private Optional<TrustList> loadTrustList(TrustListPointer p) {
      String id = TrustList.idFor(p.memberState());
      Optional<MemberState> ms = Optional.of(p.memberState());
      Read read = read(p.location());
      if (!read.ok()) {
        put(id, ListKind.TRUST_LIST, ms, Optional.empty(), read);
        return Optional.empty();
      }
      Optional<BodyId> ncca = Optional.empty();
      try {
        if (p.digest().isPresent() && !p.digest().get().toHex().equals(read.sha256Hex())) {
          throw new Refusal(
              ListHealth.BAD_SIGNATURE, "the file's SHA-256 is not the one pinned in the list of trust lists");
        }
        ParsedEnvelope env = parse(read);
        if (!p.signerCertificates().contains(env.signerCertificateDer())) {
          claim(env, id);
          throw new Refusal(
              ListHealth.BAD_SIGNATURE, "signed by a certificate not pinned for " + p.memberState());
        }
        SignatureCheck verdict = env.verify(decode(env.signerCertificateDer()));
        if (verdict != SignatureCheck.VALID) {
          claim(env, id);
        }
        check(verdict, "the " + p.memberState() + " trust list");
        TrustList list = Codecs.trustList(env.content());
        ncca = Optional.of(list.issuingNcca());
        list.entities().forEach(e -> claimedLists.putIfAbsent(e.id(), id));
        if (list.memberState() != p.memberState()) {
          throw new Refusal(
              ListHealth.MALFORMED,
              "the file for " + p.memberState() + " holds the list of " + list.memberState());
        }
        checkSigningTime(env, list.issued());
        checkSequence(id, list.sequence());
        ok(id, ListKind.TRUST_LIST, ms, ncca, list.sequence(), list.issued(), list.nextUpdate(),
            read, list.entities().size() + " bodies, issued by " + list.issuingNcca());
        return Optional.of(list);
      } catch (Refusal r) {
        refused(id, ListKind.TRUST_LIST, ms, ncca, read, r);
        return Optional.empty();
      }
    }

    /** Remembers which bodies a (not verified) list names, so a caller can find the bad list. */
    private void claim(ParsedEnvelope env, String id) {
      try {
        Codecs.trustList(env.content()).entities().forEach(e -> claimedLists.putIfAbsent(e.id(), id));
      } catch (Refusal ignored) {
        // nothing to claim
      }
    }

    private Optional<StatusList> loadStatusList(
        String id, TrustIndex trusted, Map<Bytes, VerificationKey> keys) {
      Optional<BodyId> body = bodyOf(id);
      Read read = read(id + ".p7m");
      if (!read.ok()) {
        put(id, ListKind.STATUS_LIST, Optional.empty(), body, read);
        return Optional.empty();
      }
      try {
        if (body.isEmpty()) {
          throw new Refusal(ListHealth.MALFORMED, "the file name is not a body identifier");
        }
        if (trusted.entity(body.get()).isEmpty()) {
          String where = claimedLists.get(body.get());
          throw new Refusal(
              ListHealth.UNKNOWN_ANCHOR,
              where == null
                  ? "its issuer is not listed in a verified trust list"
                  : "cannot be verified: " + where + " is " + infos.get(where).health());
        }
        ParsedEnvelope env = parse(read);
        Optional<ListedKey> listed = trusted.keyFor(env.signerCertificateDer());
        if (listed.isEmpty() || !listed.get().entity().id().equals(body.get())) {
          throw new Refusal(
              ListHealth.BAD_SIGNATURE, "not signed by a signing key listed for " + body.get());
        }
        SigningKey k = listed.get().key();
        if (!k.usableAt(env.signingTime())) {
          throw new Refusal(
              ListHealth.BAD_SIGNATURE,
              "signed at " + env.signingTime() + " with key " + k.keyId()
                  + (k.compromisedBy(env.signingTime()) ? ", compromised by then" : ", outside its window"));
        }
        VerificationKey key = keys.get(k.certificate());
        if (key == null) {
          throw new Refusal(ListHealth.BAD_SIGNATURE, "the listed key " + k.keyId() + " cannot be decoded");
        }
        check(env.verify(key), "the status list");
        StatusList list = Codecs.statusList(env.content());
        if (!list.issuer().equals(body.get())) {
          throw new Refusal(
              ListHealth.MALFORMED, "the file of " + body.get() + " holds the list of " + list.issuer());
        }
        checkSigningTime(env, list.issued());
        checkSequence(id, list.sequence());
        ok(id, ListKind.STATUS_LIST, Optional.empty(), body, list.sequence(), list.issued(),
            list.nextUpdate(), read, list.entries().size() + " certificates");
        return Optional.of(list);
      } catch (Refusal r) {
        refused(id, ListKind.STATUS_LIST, Optional.empty(), body, read, r);
        return Optional.empty();
      }
    }

    private void unverifiable(String id, ListKind kind, String why) {
      Read read = read(id + ".p7m");
      Optional<MemberState> ms = Optional.empty();
      if (kind == ListKind.TRUST_LIST) {
        try {
          ms = Optional.of(MemberState.parse(id.substring(id.indexOf('/') + 1)));
        } catch (IllegalArgumentException e) {
          // a file that names no Member State
        }
      }
      infos.put(
          id,
          new ListInfo(id, kind, ms, Optional.empty(), 0, Instant.EPOCH, Instant.EPOCH,
              read.ok() ? read.sha256Hex() : "", ListHealth.UNKNOWN_ANCHOR, why));
    }

    private static Optional<BodyId> bodyOf(String id) {
      try {
        return Optional.of(BodyId.of(id.substring(id.indexOf('/') + 1)));
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    }

    private VerificationKey decode(Bytes der) throws Refusal {
      try {
        return VerificationKey.of(der);
      } catch (EnvelopeFormatException e) {
        throw new Refusal(ListHealth.BAD_SIGNATURE, "the pinned signer's key cannot be decoded");
      }
    }

    private static void check(SignatureCheck check, String what) throws Refusal {
      if (check != SignatureCheck.VALID) {
        throw new Refusal(ListHealth.BAD_SIGNATURE, "the signature of " + what + " fails: " + check);
      }
    }

    private static ParsedEnvelope parse(Read read) throws Refusal {
      try {
        return ENVELOPES.parse(read.bytes());
      } catch (EnvelopeFormatException e) {
        throw new Refusal(ListHealth.MALFORMED, "not a signed envelope: " + e.failure());
      }
    }

    private static void checkSigningTime(ParsedEnvelope env, Instant issued) throws Refusal {
      if (!env.signingTime().equals(issued.truncatedTo(ChronoUnit.SECONDS))) {
        throw new Refusal(
            ListHealth.MALFORMED,
            "signing time " + env.signingTime() + " is not the issue instant " + issued);
      }
    }

    private void checkSequence(String id, long sequence) throws Refusal {
      OptionalLong highest = seen.highest(id);
      if (highest.isPresent() && sequence < highest.getAsLong()) {
        throw new Refusal(
            ListHealth.ROLLED_BACK,
            "sequence " + sequence + " is lower than " + highest.getAsLong() + ", already seen");
      }
      seen.record(id, sequence);
    }

    private Read read(String relative) {
      Path file = dir.resolve(relative);
      try {
        long size = Files.size(file);
        if (size > MAX_FILE_BYTES) {
          return new Read(null, "", ListHealth.MALFORMED, "larger than " + MAX_FILE_BYTES + " bytes");
        }
        byte[] bytes = Files.readAllBytes(file);
        return new Read(bytes, sha256Hex(bytes), ListHealth.OK, "");
      } catch (NoSuchFileException e) {
        return new Read(null, "", ListHealth.MISSING, relative + " is not in the bundle");
      } catch (IOException e) {
        return new Read(
            null, "", ListHealth.MALFORMED, relative + " cannot be read: " + e.getClass().getSimpleName());
      }
    }

    private List<String> files(String sub) {
      List<String> out = new ArrayList<>();
      Path folder = dir.resolve(sub);
      if (!Files.isDirectory(folder)) {
        return out;
      }
      try (DirectoryStream<Path> s = Files.newDirectoryStream(folder, "*.p7m")) {
        for (Path p : s) {
          String name = p.getFileName().toString();
          out.add(sub + "/" + name.substring(0, name.length() - ".p7m".length()));
        }
      } catch (IOException e) {
        // an unreadable folder lists nothing; expected lists are then MISSING
      }
      out.sort(null);
      return out;
    }

    private void put(
        String id, ListKind kind, Optional<MemberState> ms, Optional<BodyId> body, Read failed) {
      infos.put(
          id,
          new ListInfo(id, kind, ms, body, 0, Instant.EPOCH, Instant.EPOCH, failed.sha256Hex(),
              failed.failure(), failed.message()));
    }

    private void refused(
        String id, ListKind kind, Optional<MemberState> ms, Optional<BodyId> body, Read read,
        Refusal r) {
      infos.put(
          id,
          new ListInfo(id, kind, ms, body, 0, Instant.EPOCH, Instant.EPOCH, read.sha256Hex(),
              r.health, r.getMessage()));
    }

    private void ok(
        String id, ListKind kind, Optional<MemberState> ms, Optional<BodyId> body, long sequence,
        Instant issued, Instant nextUpdate, Read read, String message) {
      infos.put(
          id,
          new ListInfo(id, kind, ms, body, sequence, issued, nextUpdate, read.sha256Hex(),
              ListHealth.OK, message));
    }
  }

  static String sha256Hex(byte[] bytes) {
    return BaseEncoding.base16().lowerCase().encode(TrustPublisher.sha256(bytes));
  }

  /** The codecs, built once; content refusals become {@link ListHealth#MALFORMED}. */
  private static final class Codecs {
    static ListOfTrustLists lotl(byte[] xml) throws Loader.Refusal {
      try {
        return TrustPublisher.Codecs.LOTLS.parse(xml);
      } catch (XmlFormatException e) {
        throw new Loader.Refusal(ListHealth.MALFORMED, "content refused: " + e.code());
      }
    }

    static TrustList trustList(byte[] xml) throws Loader.Refusal {
      try {
        return TrustPublisher.Codecs.TRUST_LISTS.parse(xml);
      } catch (XmlFormatException e) {
        throw new Loader.Refusal(ListHealth.MALFORMED, "content refused: " + e.code());
      }
    }

    static StatusList statusList(byte[] xml) throws Loader.Refusal {
      try {
        return TrustPublisher.Codecs.STATUS_LISTS.parse(xml);
      } catch (XmlFormatException e) {
        throw new Loader.Refusal(ListHealth.MALFORMED, "content refused: " + e.code());
      }
    }
  }

  /** The loaded snapshot. Immutable. */
  static final class Snapshot implements TrustSnapshot {
    private final TrustIndex index;
    private final ImmutableList<ListInfo> lists;
    private final ImmutableMap<String, ListInfo> byId;
    private final ImmutableMap<Bytes, VerificationKey> keys;
    private final ImmutableMap<BodyId, String> claimedLists;
    private final Instant loadedAt;

    Snapshot(
        TrustIndex index,
        ImmutableList<ListInfo> lists,
        Map<Bytes, VerificationKey> keys,
        ImmutableMap<BodyId, String> claimedLists,
        Instant loadedAt) {
      this.index = index;
      this.lists = lists;
      ImmutableMap.Builder<String, ListInfo> b = ImmutableMap.builder();
      lists.forEach(i -> b.put(i.id(), i));
      this.byId = b.buildKeepingLast();
      this.keys = ImmutableMap.copyOf(keys);
      this.claimedLists = claimedLists;
      this.loadedAt = loadedAt;
    }

    @Override
    public TrustIndex index() {
      return index;
    }

    @Override
    public List<ListInfo> lists() {
      return lists;
    }

    @Override
    public Optional<ListInfo> listFor(BodyId issuer, ListKind kind) {
      checkNotNull(issuer, "issuer");
      checkNotNull(kind, "kind");
      switch (kind) {
        case LIST_OF_TRUST_LISTS:
          return Optional.ofNullable(byId.get(ListOfTrustLists.ID));
        case STATUS_LIST:
          return Optional.ofNullable(byId.get(StatusList.idFor(issuer)));
        case TRUST_LIST:
          return index
              .trustListIdOf(issuer)
              .or(() -> Optional.ofNullable(claimedLists.get(issuer)))
              .map(byId::get);
        default:
          throw new AssertionError(kind);
      }
    }

    @Override
    public Optional<ListInfo> trustListFor(MemberState memberState) {
      return Optional.ofNullable(byId.get(TrustList.idFor(checkNotNull(memberState, "memberState"))));
    }

    @Override
    public Optional<VerificationKey> verificationKey(Bytes signerCertificateDer) {
      return Optional.ofNullable(keys.get(checkNotNull(signerCertificateDer, "signerCertificateDer")));
    }

    @Override
    public Instant loadedAt() {
      return loadedAt;
    }

    @Override
    public TrustHealth health(Instant now) {
      checkNotNull(now, "now");
      List<TrustHealth.Line> lines = new ArrayList<>();
      for (ListInfo i : lists) {
        Duration age =
            i.issued().equals(Instant.EPOCH) || i.issued().isAfter(now)
                ? Duration.ZERO
                : Duration.between(i.issued(), now);
        lines.add(new TrustHealth.Line(i, age, i.staleAt(now)));
      }
      return new TrustHealth(now, loadedAt, lines);
    }

    @Override
    public String toString() {
      return "TrustSnapshot[" + lists.size() + " lists, loaded " + loadedAt + "]";
    }
  }
}
