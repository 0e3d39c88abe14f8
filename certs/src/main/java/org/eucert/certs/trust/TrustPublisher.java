/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.trust;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eucert.certs.sign.EnvelopeCodec;
import org.eucert.certs.sign.Signer;
import org.eucert.certs.sign.SigningException;
import org.eucert.core.model.BodyId;
import org.eucert.core.model.BodyRole;
import org.eucert.core.model.Bytes;
import org.eucert.core.model.MemberState;
import org.eucert.core.model.SigningKey;
import org.eucert.core.registry.Actor;
import org.eucert.core.registry.Registry;
import org.eucert.core.trust.ListOfTrustLists;
import org.eucert.core.trust.StatusList;
import org.eucert.core.trust.StatusListBuilder;
import org.eucert.core.trust.TrustList;
import org.eucert.core.trust.TrustListBuilder;
import org.eucert.core.trust.TrustListPointer;
import org.eucert.core.trust.TrustedEntity;
import org.eucert.core.xml.ListOfTrustListsCodec;
import org.eucert.core.xml.StatusListCodec;
import org.eucert.core.xml.TrustListCodec;

/**
 * Signs a registry's trust data into a bundle folder (ARCHITECTURE.md sections 7 and 10): {@code
 * lotl.p7m} (signed by the operator), {@code lists/<MS>.p7m} (one per Member State with an NCCA
 * signer, signed by it and pinned in the list of trust lists), {@code status/<body-id>.p7m} (one per
 * listed NCCA or certification body with a signer, signed by it), {@code anchors.pem} (the
 * operator's certificate) and {@code certs/*.pem} (every signer's certificate and chain). Sequence
 * numbers come from {@link Registry#nextPublicationSequence}; the issue instant is an argument.
 *
 * <p>Every list is built and signed before the first file is written; each file is then written to
 * a temporary file and renamed into place, the list of trust lists last. Status lists are published for the bodies that have a signer: a listed body with
 * signing keys but no signer has no status list, which a loader reports as {@link
 * ListHealth#MISSING}.
 *
 * <p>Immutable and thread-safe once built; the signers are the caller's to close.
 *
 * @since 0.1
 */
public final class TrustPublisher {
  /** The publication list names used with {@link Registry#nextPublicationSequence}. */
  public static final String LOTL_SEQUENCE = "list-of-trust-lists";

  /** The publication list name of trust lists. */
  public static final String TRUST_LIST_SEQUENCE = "trust-list";

  /** The publication list name of status lists. */
  public static final String STATUS_LIST_SEQUENCE = "status-list";

  private final Registry registry;
  private final String operator;
  private final BodyId operatorBody;
  private final Signer lotlSigner;
  private final ImmutableMap<MemberState, Signer> nccaSigners;
  private final ImmutableMap<BodyId, Signer> bodySigners;
  private final Duration lotlValidity;
  private final Duration trustListValidity;
  private final Duration statusListValidity;
  private final Actor actor;
  private final EnvelopeCodec envelopes;

  private TrustPublisher(Builder b) {
    this.registry = checkNotNull(b.registry, "registry");
    this.operator = checkNotNull(b.operator, "operator");
    this.operatorBody = checkNotNull(b.operatorBody, "operatorBody");
    this.lotlSigner = checkNotNull(b.lotlSigner, "lotlSigner");
    this.nccaSigners = ImmutableMap.copyOf(b.nccaSigners);
    this.bodySigners = ImmutableMap.copyOf(b.bodySigners);
    this.lotlValidity = b.lotlValidity;
    this.trustListValidity = b.trustListValidity;
    this.statusListValidity = b.statusListValidity;
    this.actor = b.actor;
    this.envelopes = EnvelopeCodec.withMaxSize(b.maxEnvelopeBytes);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * What was published: sequence numbers by list id, the files written, and the bodies whose
   * status list was not signed, with the reason (their signer's key is compromised at the
   * publication instant: a list signed with it would be refused by every verifier).
   */
  public record Publication(
      Instant issued, Map<String, Long> sequences, List<Path> files, Map<BodyId, String> notSigned) {
    public Publication {
      checkNotNull(issued, "issued");
      sequences = ImmutableMap.copyOf(sequences);
      files = ImmutableList.copyOf(files);
      notSigned = ImmutableMap.copyOf(notSigned);
    }
  }

  /**
   * Publishes the bundle into {@code dir} (created if needed; existing lists are replaced).
   *
   * @param issued the issue instant of every list; truncated to whole seconds (the envelopes'
   *     signing time equals it)
   * @throws SigningException if a signer fails; nothing is written then (every list is signed
   *     before the first file is written), but the sequence numbers drawn are spent
   * @throws IllegalStateException if a body's signer is not one of its listed signing keys
   * @throws UncheckedIOException if a file cannot be written
   */
  public Publication publish(Path dir, Instant issued) throws SigningException {
    checkNotNull(dir, "dir");
    Instant at = checkNotNull(issued, "issued").truncatedTo(ChronoUnit.SECONDS);
    Map<String, Long> sequences = new LinkedHashMap<>();
    Map<BodyId, String> notSigned = new LinkedHashMap<>();
    Map<String, byte[]> outputs = new LinkedHashMap<>();
    Map<String, Bytes> certificates = new LinkedHashMap<>();
    List<TrustListPointer> pointers = new ArrayList<>();
    TrustListCodec trustCodec = Codecs.TRUST_LISTS;
    StatusListCodec statusCodec = Codecs.STATUS_LISTS;
    for (Map.Entry<MemberState, Signer> e : nccaSigners.entrySet()) {
      MemberState ms = e.getKey();
      Signer signer = e.getValue();
      TrustList probe = TrustListBuilder.fromRegistry(registry, ms, 1, at, trustListValidity);
      long seq = registry.nextPublicationSequence(probe.issuingNcca(), TRUST_LIST_SEQUENCE, actor);
      TrustList list =
          new TrustList(
              probe.issuingNcca(), ms, seq, probe.issued(), probe.nextUpdate(), probe.entities());
      byte[] signed = envelopes.sign(trustCodec.write(list), at, signer);
      outputs.put(TrustListPointer.locationFor(ms), signed);
      sequences.put(list.id(), seq);
      collect(certificates, "ncca-" + ms.name(), signer);
      pointers.add(
          new TrustListPointer(
              ms,
              TrustListPointer.locationFor(ms),
              List.of(der(signer.certificate())),
              Optional.of(Bytes.copyOf(sha256(signed)))));
      for (TrustedEntity entity : list.entities()) {
        if (entity.body().role() == BodyRole.ITSEF) {
          continue;
        }
        BodyId body = entity.id();
        Signer given = bodySigners.get(body);
        Signer statusSigner = given != null ? given : body.equals(list.issuingNcca()) ? signer : null;
        if (statusSigner == null) {
          continue;
        }
        Bytes signerDer = der(statusSigner.certificate());
        Optional<SigningKey> key =
            entity.signingKeys().stream().filter(k -> k.certificate().equals(signerDer)).findFirst();
        checkState(
            key.isPresent() || given == null,
            "the signer given for %s's status list is not one of its listed signing keys",
            body);
        if (key.isEmpty()) {
          // the NCCA's trust-list key is not one of its listed signing keys: nothing it signs as
          // an issuer would verify, so it has no status list to publish
          continue;
        }
        if (key.get().compromisedBy(at)) {
          // the trust list just built says this key is compromised: verifiers refuse anything it
          // signs from then on. The previous status list, if any, stays until its next update;
          // the trust list carrying the compromise is still published, which matters most
          notSigned.put(
              body,
              "its signing key " + key.get().keyId() + " was compromised at "
                  + key.get().compromisedAt().orElseThrow()
                  + "; enrol a new key for it and sign its status list with that");
          continue;
        }
        long sseq = registry.nextPublicationSequence(body, STATUS_LIST_SEQUENCE, actor);
        StatusList status =
            StatusListBuilder.fromRegistry(registry, body, sseq, at, statusListValidity);
        byte[] sbytes =
            envelopes.sign(statusCodec.write(status), at, Signer.withVerifiableChain(statusSigner));
        outputs.put(status.id() + ".p7m", sbytes);
        sequences.put(status.id(), sseq);
        collect(certificates, "body-" + body.value(), statusSigner);
      }
    }
    long lseq = registry.nextPublicationSequence(operatorBody, LOTL_SEQUENCE, actor);
    ListOfTrustLists lotl =
        new ListOfTrustLists(operator, lseq, at, at.plus(lotlValidity), pointers);
    byte[] lbytes = envelopes.sign(Codecs.LOTLS.write(lotl), at, lotlSigner);
    collect(certificates, "operator", lotlSigner);
    for (Map.Entry<String, Bytes> c : certificates.entrySet()) {
      outputs.put("certs/" + c.getKey() + ".pem", pem(List.of(c.getValue())));
    }
    outputs.put("anchors.pem", pem(List.of(der(lotlSigner.certificate()))));
    outputs.put("lotl.p7m", lbytes); // last: a reader sees the new pointers after the new lists
    List<Path> files = new ArrayList<>();
    for (Map.Entry<String, byte[]> o : outputs.entrySet()) {
      files.add(write(dir, o.getKey(), o.getValue()));
    }
    sequences.put(ListOfTrustLists.ID, lseq);
    return new Publication(at, sequences, files, notSigned);
  }

  private static void collect(Map<String, Bytes> out, String name, Signer signer) {
    List<X509Certificate> chain = signer.chain();
    for (int i = 0; i < chain.size(); i++) {
      out.putIfAbsent(i == 0 ? name : name + "-ca" + i, der(chain.get(i)));
    }
  }

  static Bytes der(X509Certificate certificate) {
    try {
      return Bytes.copyOf(certificate.getEncoded());
    } catch (CertificateEncodingException e) {
      throw new IllegalStateException("a signer's certificate cannot be encoded", e);
    }
  }

  /** PEM text of DER certificates. */
  static byte[] pem(List<Bytes> certificates) {
    StringBuilder s = new StringBuilder();
    Base64.Encoder b64 = Base64.getMimeEncoder(64, new byte[] {'\n'});
    for (Bytes c : certificates) {
      s.append("-----BEGIN CERTIFICATE-----\n")
          .append(b64.encodeToString(c.toByteArray()))
          .append("\n-----END CERTIFICATE-----\n");
    }
    return s.toString().getBytes(StandardCharsets.US_ASCII);
  }

  static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static Path write(Path dir, String relative, byte[] data) {
    Path target = dir.resolve(relative);
    try {
      Files.createDirectories(target.getParent());
      Path tmp = Files.createTempFile(target.getParent(), ".publish", ".tmp");
      try {
        Files.write(tmp, data);
        try {
          Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    }
    return target;
  }

  /** The codecs, built once (holder idiom). */
  static final class Codecs {
    static final TrustListCodec TRUST_LISTS = TrustListCodec.create();
    static final StatusListCodec STATUS_LISTS = StatusListCodec.create();
    static final ListOfTrustListsCodec LOTLS = ListOfTrustListsCodec.create();

    private Codecs() {}
  }

  /** Builds a {@link TrustPublisher}. Not thread-safe. */
  public static final class Builder {
    private Registry registry;
    private String operator;
    private BodyId operatorBody;
    private Signer lotlSigner;
    private final Map<MemberState, Signer> nccaSigners = new EnumMap<>(MemberState.class);
    private final Map<BodyId, Signer> bodySigners = new LinkedHashMap<>();
    private Duration lotlValidity = Duration.ofDays(180);
    private Duration trustListValidity = Duration.ofDays(30);
    private Duration statusListValidity = Duration.ofDays(1);
    private Actor actor = Actor.of("eucert:publisher");
    private int maxEnvelopeBytes = 16 << 20;

    private Builder() {}

    /** The registry to publish from. */
    public Builder registry(Registry registry) {
      this.registry = checkNotNull(registry, "registry");
      return this;
    }

    /**
     * The operator of the list of trust lists: its name in the list, the enrolled body whose
     * publication sequence numbers the list (e.g. a coordinating NCCA), and its signer, whose
     * certificate is the anchor.
     */
    public Builder operator(String name, BodyId sequenceBody, Signer signer) {
      this.operator = checkNotNull(name, "name");
      this.operatorBody = checkNotNull(sequenceBody, "sequenceBody");
      this.lotlSigner = checkNotNull(signer, "signer");
      return this;
    }

    /** The signer of a Member State's trust list (its NCCA); also signs the NCCA's status list. */
    public Builder nccaSigner(MemberState memberState, Signer signer) {
      nccaSigners.put(checkNotNull(memberState, "memberState"), checkNotNull(signer, "signer"));
      return this;
    }

    /** The signer of a body's status list: one of the body's listed signing keys. */
    public Builder bodySigner(BodyId body, Signer signer) {
      bodySigners.put(checkNotNull(body, "body"), checkNotNull(signer, "signer"));
      return this;
    }

    /** Validity periods (next update minus issue) of the three kinds of list. */
    public Builder validity(Duration lotl, Duration trustList, Duration statusList) {
      for (Duration d : List.of(lotl, trustList, statusList)) {
        checkArgument(!d.isNegative() && !d.isZero(), "validity must be positive: %s", d);
      }
      this.lotlValidity = lotl;
      this.trustListValidity = trustList;
      this.statusListValidity = statusList;
      return this;
    }

    /** Who publishes, for the registry's audit log (sequence numbers). */
    public Builder actor(Actor actor) {
      this.actor = checkNotNull(actor, "actor");
      return this;
    }

    public TrustPublisher build() {
      checkState(registry != null, "no registry");
      checkState(lotlSigner != null, "no operator");
      return new TrustPublisher(this);
    }
  }
}
