/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.trust;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.io.BaseEncoding;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eucert.core.model.BodyId;
import org.eucert.core.model.Bytes;
import org.eucert.core.model.MemberState;
import org.eucert.core.model.SigningKey;
import org.eucert.core.rules.IssuingContext;

/**
 * Trust data indexed once for the verifier: signing keys by certificate (DER or its SHA-256),
 * entities by body id, trust lists by Member State, status lists by issuer (ARCHITECTURE.md
 * sections 7 and 11: nothing is re-parsed or re-scanned per verification).
 *
 * <p>It indexes what it is given and judges nothing: the caller (e.g. {@code TrustBundle}) decides
 * which lists are trustworthy (verified signatures) and passes only those. When a body or a key is
 * listed twice, the listing by the trust list of the body's own Member State wins, then the first.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class TrustIndex {
  private static final TrustIndex EMPTY = of(Optional.empty(), List.of(), List.of());

  private final Optional<ListOfTrustLists> listOfTrustLists;
  private final ImmutableList<TrustList> trustLists;
  private final ImmutableList<StatusList> statusLists;
  private final ImmutableMap<MemberState, TrustList> byMemberState;
  private final ImmutableMap<BodyId, TrustedEntity> entities;
  private final ImmutableMap<BodyId, String> listOfEntity;
  private final ImmutableMap<Bytes, ListedKey> keysByDer;
  private final ImmutableMap<String, ListedKey> keysBySha256;
  private final ImmutableMap<BodyId, StatusList> statusByIssuer;

  private TrustIndex(
      Optional<ListOfTrustLists> listOfTrustLists,
      List<TrustList> trustLists,
      List<StatusList> statusLists) {
    this.listOfTrustLists = checkNotNull(listOfTrustLists, "listOfTrustLists");
    this.trustLists = ImmutableList.copyOf(trustLists);
    this.statusLists = ImmutableList.copyOf(statusLists);
    Map<MemberState, TrustList> ms = new EnumMap<>(MemberState.class);
    Map<BodyId, TrustedEntity> ents = new LinkedHashMap<>();
    Map<BodyId, String> listOf = new HashMap<>();
    for (TrustList list : this.trustLists) {
      ms.putIfAbsent(list.memberState(), list);
    }
    // own Member State first, then the others: the own listing wins
    for (int pass = 0; pass < 2; pass++) {
      for (TrustList list : this.trustLists) {
        for (TrustedEntity e : list.entities()) {
          boolean own = e.body().memberState() == list.memberState();
          if ((pass == 0) == own && !ents.containsKey(e.id())) {
            ents.put(e.id(), e);
            listOf.put(e.id(), list.id());
          }
        }
      }
    }
    Map<Bytes, ListedKey> byDer = new HashMap<>();
    Map<String, ListedKey> bySha = new HashMap<>();
    for (TrustedEntity e : ents.values()) {
      for (SigningKey k : e.signingKeys()) {
        ListedKey lk = new ListedKey(e, k, listOf.get(e.id()));
        if (byDer.putIfAbsent(k.certificate(), lk) == null) {
          bySha.put(sha256Hex(k.certificate()), lk);
        }
      }
    }
    Map<BodyId, StatusList> st = new HashMap<>();
    for (StatusList s : this.statusLists) {
      st.putIfAbsent(s.issuer(), s);
    }
    this.byMemberState = ImmutableMap.copyOf(ms);
    this.entities = ImmutableMap.copyOf(ents);
    this.listOfEntity = ImmutableMap.copyOf(listOf);
    this.keysByDer = ImmutableMap.copyOf(byDer);
    this.keysBySha256 = ImmutableMap.copyOf(bySha);
    this.statusByIssuer = ImmutableMap.copyOf(st);
  }

  /** An index of the given lists. */
  public static TrustIndex of(
      ListOfTrustLists listOfTrustLists, List<TrustList> trustLists, List<StatusList> statusLists) {
    return of(Optional.of(checkNotNull(listOfTrustLists, "listOfTrustLists")), trustLists, statusLists);
  }

  /**
   * An index of the given lists, possibly without a list of trust lists (when it could not be
   * trusted, nothing else is: pass empty lists too).
   */
  public static TrustIndex of(
      Optional<ListOfTrustLists> listOfTrustLists,
      List<TrustList> trustLists,
      List<StatusList> statusLists) {
    return new TrustIndex(listOfTrustLists, trustLists, statusLists);
  }

  /** An index of nothing: every look-up is empty. */
  public static TrustIndex empty() {
    return EMPTY;
  }

  /** The list of trust lists, if one is indexed. */
  public Optional<ListOfTrustLists> listOfTrustLists() {
    return listOfTrustLists;
  }

  /** The indexed trust lists. */
  public List<TrustList> trustLists() {
    return trustLists;
  }

  /** The indexed status lists. */
  public List<StatusList> statusLists() {
    return statusLists;
  }

  /** The listed key whose certificate is exactly {@code signerCertificateDer}. */
  public Optional<ListedKey> keyFor(Bytes signerCertificateDer) {
    checkNotNull(signerCertificateDer, "signerCertificateDer");
    return Optional.ofNullable(keysByDer.get(signerCertificateDer));
  }

  /** The listed key whose certificate has that SHA-256 (lower-case hex). */
  public Optional<ListedKey> keyForSha256(String sha256Hex) {
    checkNotNull(sha256Hex, "sha256Hex");
    return Optional.ofNullable(keysBySha256.get(sha256Hex));
  }

  /** Every listed key, in no particular order. */
  public List<ListedKey> keys() {
    return keysByDer.values().asList();
  }

  /** A listed body. */
  public Optional<TrustedEntity> entity(BodyId id) {
    checkNotNull(id, "id");
    return Optional.ofNullable(entities.get(id));
  }

  /** The identifier of the trust list that lists a body ({@code lists/<MS>}). */
  public Optional<String> trustListIdOf(BodyId id) {
    checkNotNull(id, "id");
    return Optional.ofNullable(listOfEntity.get(id));
  }

  /** A Member State's trust list. */
  public Optional<TrustList> trustList(MemberState memberState) {
    checkNotNull(memberState, "memberState");
    return Optional.ofNullable(byMemberState.get(memberState));
  }

  /** An issuing body's status list. */
  public Optional<StatusList> statusList(BodyId issuer) {
    checkNotNull(issuer, "issuer");
    return Optional.ofNullable(statusByIssuer.get(issuer));
  }

  /**
   * A builder of the rules' issuing context, filled with what the trust lists say about {@code
   * issuer}: the body, its accreditations, notifications, authorisations, delegations and
   * approvals. Left without an issuer if the issuer is not listed (the rules then refuse).
   */
  public IssuingContext.Builder issuingContext(BodyId issuer) {
    checkNotNull(issuer, "issuer");
    IssuingContext.Builder b = IssuingContext.builder();
    entity(issuer)
        .ifPresent(
            e -> {
              b.issuer(e.body());
              e.accreditations().forEach(b::addAccreditation);
              e.notifications().forEach(b::addNotification);
              e.authorisations().forEach(b::addAuthorisation);
              e.delegations().forEach(b::addDelegation);
              e.approvals().forEach(b::addApproval);
            });
    return b;
  }

  /**
   * As {@link #issuingContext(BodyId)}, with the ITSEF that evaluated and its accreditations and
   * authorisations, if it is listed as an ITSEF.
   */
  public IssuingContext.Builder issuingContext(BodyId issuer, BodyId itsef) {
    checkNotNull(itsef, "itsef");
    IssuingContext.Builder b = issuingContext(issuer);
    entity(itsef)
        .filter(e -> e.body().role() == org.eucert.core.model.BodyRole.ITSEF)
        .ifPresent(
            e -> {
              b.itsef(e.body());
              e.accreditations().forEach(b::addItsefAccreditation);
              e.authorisations().forEach(b::addItsefAuthorisation);
            });
    return b;
  }

  /** Lower-case hex SHA-256 of some bytes. */
  static String sha256Hex(Bytes bytes) {
    try {
      return BaseEncoding.base16()
          .lowerCase()
          .encode(MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray()));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
