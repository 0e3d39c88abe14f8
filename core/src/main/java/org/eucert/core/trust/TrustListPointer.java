/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.trust;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.eucert.core.model.Bytes;
import org.eucert.core.model.MemberState;

/**
 * A pointer from the list of trust lists to one Member State's trust list (TS 119 612 "other TSL
 * pointer"): where it lies in the bundle, the certificates allowed to sign it (pinned, one or more,
 * so that a key can roll over) and optionally the SHA-256 of the signed file.
 *
 * <p>Immutable.
 *
 * @param memberState the Member State
 * @param location the relative path in the bundle, {@code lists/<MS>.p7m}
 * @param signerCertificates the DER certificates pinned as the list's signers; never empty
 * @param digest the SHA-256 of the signed list file, if pinned
 * @since 0.1
 */
public record TrustListPointer(
    MemberState memberState,
    String location,
    List<Bytes> signerCertificates,
    Optional<Bytes> digest) {
  public TrustListPointer {
    checkNotNull(memberState, "memberState");
    checkNotNull(location, "location");
    signerCertificates = ImmutableList.copyOf(signerCertificates);
    checkNotNull(digest, "digest");
    checkArgument(
        location.equals(locationFor(memberState)),
        "location of the %s list must be %s: '%s'",
        memberState,
        locationFor(memberState),
        location);
    checkArgument(!signerCertificates.isEmpty(), "no signer pinned for the %s list", memberState);
    signerCertificates.forEach(c -> checkArgument(c.size() > 0, "empty pinned certificate"));
    checkArgument(
        digest.map(d -> d.size() == 32).orElse(true), "a SHA-256 digest has 32 bytes");
  }

  /** The usual location of a Member State's list, {@code lists/<MS>.p7m}. */
  public static String locationFor(MemberState memberState) {
    return "lists/" + memberState.name() + ".p7m";
  }
}
