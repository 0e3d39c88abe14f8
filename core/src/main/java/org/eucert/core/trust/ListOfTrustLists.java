/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.trust;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eucert.core.model.MemberState;
import org.eucert.core.time.LegalTime;

/**
 * The Union-level list of trust lists (ARCHITECTURE.md section 7; after the TS 119 612 list of
 * trusted lists): one pointer per Member State to its trust list with the pinned signer
 * certificates. Its own signers are the verifier's roots of trust, given out of band.
 *
 * <p>Immutable.
 *
 * @param operator who operates and signs the list
 * @param sequence sequence number, 1 or more
 * @param issued when it was issued
 * @param nextUpdate when the next list is due at the latest
 * @param pointers one per Member State, at most one each
 * @since 0.1
 */
public record ListOfTrustLists(
    String operator,
    long sequence,
    Instant issued,
    Instant nextUpdate,
    List<TrustListPointer> pointers) {
  /** The list's identifier in a bundle. */
  public static final String ID = "lotl";

  public ListOfTrustLists {
    checkNotNull(operator, "operator");
    checkArgument(!operator.isBlank(), "the list of trust lists names no operator");
    checkArgument(sequence >= 1, "sequence starts at 1: %s", sequence);
    issued = LegalTime.normalize(checkNotNull(issued, "issued"));
    nextUpdate = LegalTime.normalize(checkNotNull(nextUpdate, "nextUpdate"));
    checkArgument(
        nextUpdate.isAfter(issued), "next update %s is not after issue %s", nextUpdate, issued);
    pointers = ImmutableList.copyOf(pointers);
    Set<MemberState> seen = EnumSet.noneOf(MemberState.class);
    for (TrustListPointer p : pointers) {
      checkArgument(seen.add(p.memberState()), "two pointers for %s", p.memberState());
    }
  }

  /** The pointer to a Member State's list, if any. */
  public Optional<TrustListPointer> pointer(MemberState memberState) {
    checkNotNull(memberState, "memberState");
    return pointers.stream().filter(p -> p.memberState() == memberState).findFirst();
  }
}
