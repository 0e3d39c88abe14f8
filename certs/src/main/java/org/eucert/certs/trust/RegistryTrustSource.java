/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.trust;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eucert.certs.sign.EnvelopeFormatException;
import org.eucert.certs.sign.VerificationKey;
import org.eucert.core.model.BodyId;
import org.eucert.core.model.BodyRole;
import org.eucert.core.model.Bytes;
import org.eucert.core.model.MemberState;
import org.eucert.core.model.SigningKey;
import org.eucert.core.registry.RecordNotFoundException;
import org.eucert.core.registry.Registry;
import org.eucert.core.time.LegalTime;
import org.eucert.core.trust.ListOfTrustLists;
import org.eucert.core.trust.ListedKey;
import org.eucert.core.trust.StatusList;
import org.eucert.core.trust.StatusListBuilder;
import org.eucert.core.trust.TrustIndex;
import org.eucert.core.trust.TrustList;
import org.eucert.core.trust.TrustListBuilder;
import org.eucert.core.trust.TrustListPointer;
import org.eucert.core.trust.TrustedEntity;

/**
 * The registry-backed trust source (ARCHITECTURE.md section 7): a {@link TrustSnapshot} built
 * straight from a {@link Registry} that a body runs, with no published files in between, for a
 * body that verifies against its own records (or tests what it is about to publish).
 *
 * <p>It holds what {@link TrustPublisher} would publish at the same instant: every Member State's
 * trust list whose NCCA is enrolled, a list of trust lists pointing to those whose NCCA has a
 * signing key, and the status list of every certification body or NCCA with a signing key. Nothing
 * is signed and no sequence number is drawn: the registry is this body's own record, trusted as
 * such, so every list is {@link ListHealth#OK} with sequence 1 and a message saying where it came
 * from. Each list is issued at the snapshot instant and due for update {@code validity} later; a
 * verifier built on the snapshot therefore fails closed (TRUST_DATA_STALE) once that has passed,
 * and the registry's later changes (a withdrawal, a new certificate) are seen only by a new
 * snapshot: build one after each change, or at least once per {@code validity}.
 *
 * <p>Static methods only; the snapshots are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class RegistryTrustSource {
  private static final String MESSAGE = "built from the registry, not published";

  private RegistryTrustSource() {}

  /**
   * The registry's trust data as of {@code at}.
   *
   * @param operator the name written as the list of trust lists' operator
   * @param at the snapshot instant: every list's issue instant, and the status lists' cut-off
   * @param validity how long the lists count as fresh; positive
   * @throws IllegalArgumentException if {@code validity} is not positive or {@code operator} blank
   */
  public static TrustSnapshot snapshot(
      Registry registry, String operator, Instant at, Duration validity) {
    checkNotNull(registry, "registry");
    checkNotNull(operator, "operator");
    checkArgument(!validity.isNegative() && !validity.isZero(), "validity must be positive");
    Instant issued = LegalTime.normalize(checkNotNull(at, "at"));
    Map<String, ListInfo> infos = new LinkedHashMap<>();
    List<TrustList> trustLists = new ArrayList<>();
    List<TrustListPointer> pointers = new ArrayList<>();
    List<StatusList> statusLists = new ArrayList<>();
    for (MemberState ms : MemberState.values()) {
      TrustList list;
      try {
        list = TrustListBuilder.fromRegistry(registry, ms, 1, issued, validity);
      } catch (RecordNotFoundException e) {
        continue; // no NCCA of that Member State is enrolled: it has no list
      }
      trustLists.add(list);
      infos.put(
          list.id(),
          info(list.id(), ListKind.TRUST_LIST, Optional.of(ms), Optional.empty(), list.issued(),
              list.nextUpdate(), TrustPublisher.Codecs.TRUST_LISTS.write(list)));
      List<Bytes> nccaKeys = new ArrayList<>();
      for (TrustedEntity e : list.entities()) {
        if (e.id().equals(list.issuingNcca())) {
          e.signingKeys().stream().map(SigningKey::certificate).forEach(nccaKeys::add);
        }
      }
      if (!nccaKeys.isEmpty()) {
        pointers.add(
            new TrustListPointer(ms, TrustListPointer.locationFor(ms), nccaKeys, Optional.empty()));
      }
      for (TrustedEntity e : list.entities()) {
        if (e.body().role() == BodyRole.ITSEF || e.signingKeys().isEmpty()) {
          continue;
        }
        StatusList status = StatusListBuilder.fromRegistry(registry, e.id(), 1, issued, validity);
        statusLists.add(status);
        infos.put(
            status.id(),
            info(status.id(), ListKind.STATUS_LIST, Optional.empty(), Optional.of(e.id()),
                status.issued(), status.nextUpdate(), TrustPublisher.Codecs.STATUS_LISTS.write(status)));
      }
    }
    ListOfTrustLists lotl =
        new ListOfTrustLists(operator, 1, issued, issued.plus(validity), pointers);
    Map<String, ListInfo> ordered = new LinkedHashMap<>();
    ordered.put(
        ListOfTrustLists.ID,
        info(ListOfTrustLists.ID, ListKind.LIST_OF_TRUST_LISTS, Optional.empty(), Optional.empty(),
            lotl.issued(), lotl.nextUpdate(), TrustPublisher.Codecs.LOTLS.write(lotl)));
    ordered.putAll(infos);
    TrustIndex index = TrustIndex.of(lotl, trustLists, statusLists);
    Map<Bytes, VerificationKey> keys = new HashMap<>();
    for (ListedKey k : index.keys()) {
      try {
        keys.put(k.key().certificate(), VerificationKey.of(k.key().certificate()));
      } catch (EnvelopeFormatException e) {
        // an undecodable key verifies nothing: documents signed with it are SIGNER_NOT_LISTED
      }
    }
    return new TrustBundle.Snapshot(
        index, ImmutableList.copyOf(ordered.values()), keys, ImmutableMap.<BodyId, String>of(),
        issued);
  }

  private static ListInfo info(
      String id,
      ListKind kind,
      Optional<MemberState> ms,
      Optional<BodyId> body,
      Instant issued,
      Instant nextUpdate,
      byte[] xml) {
    return new ListInfo(
        id, kind, ms, body, 1, issued, nextUpdate,
        HexFormat.of().formatHex(TrustPublisher.sha256(xml)), ListHealth.OK, MESSAGE);
  }
}
