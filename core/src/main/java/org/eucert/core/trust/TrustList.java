/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.trust;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eucert.core.model.BodyId;
import org.eucert.core.model.BodyRole;
import org.eucert.core.model.MemberState;
import org.eucert.core.time.LegalTime;

/**
 * One Member State's trust list, issued and signed by its NCCA: the NCCA and the conformity
 * assessment bodies it supervises, with their records and signing keys (ARCHITECTURE.md section 7;
 * shaped after ETSI TS 119 612 / TS 119 602: scheme information with sequence number, issue date
 * and next update, then the entities).
 *
 * <p>Immutable. Instants are at microsecond precision ({@link LegalTime#normalize}).
 *
 * @param issuingNcca the NCCA that issues and signs the list (CSA Art 58)
 * @param memberState the Member State
 * @param sequence the list's sequence number, 1 or more, increasing with each publication
 * @param issued when it was issued
 * @param nextUpdate when the next list is due at the latest; after it the list is stale
 * @param entities the listed bodies, with distinct ids; the issuing NCCA among them
 * @since 0.1
 */
public record TrustList(
    BodyId issuingNcca,
    MemberState memberState,
    long sequence,
    Instant issued,
    Instant nextUpdate,
    List<TrustedEntity> entities) {
  public TrustList {
    checkNotNull(issuingNcca, "issuingNcca");
    checkNotNull(memberState, "memberState");
    checkArgument(sequence >= 1, "sequence starts at 1: %s", sequence);
    issued = LegalTime.normalize(checkNotNull(issued, "issued"));
    nextUpdate = LegalTime.normalize(checkNotNull(nextUpdate, "nextUpdate"));
    checkArgument(
        nextUpdate.isAfter(issued), "next update %s is not after issue %s", nextUpdate, issued);
    entities = ImmutableList.copyOf(entities);
    Set<BodyId> seen = new HashSet<>();
    for (TrustedEntity e : entities) {
      checkArgument(seen.add(e.id()), "body %s listed twice", e.id());
    }
    Optional<TrustedEntity> ncca =
        entities.stream().filter(e -> e.id().equals(issuingNcca)).findFirst();
    checkArgument(ncca.isPresent(), "the issuing NCCA %s is not listed", issuingNcca);
    checkArgument(
        ncca.get().body().role() == BodyRole.NCCA, "issuer %s of the list is not an NCCA", issuingNcca);
  }

  /** The list's identifier in a bundle, {@code lists/<MS>}. */
  public String id() {
    return idFor(memberState);
  }

  /** The identifier of a Member State's list in a bundle, {@code lists/<MS>}. */
  public static String idFor(MemberState memberState) {
    return "lists/" + memberState.name();
  }

  /** The entity with that id, if listed. */
  public Optional<TrustedEntity> entity(BodyId id) {
    checkNotNull(id, "id");
    return entities.stream().filter(e -> e.id().equals(id)).findFirst();
  }
}
