/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.trust;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eucert.certs.sign.VerificationKey;
import org.eucert.core.model.BodyId;
import org.eucert.core.model.Bytes;
import org.eucert.core.model.MemberState;
import org.eucert.core.trust.TrustIndex;

/**
 * Trust data as loaded from a bundle at one moment: the index of the lists whose signatures
 * verified, and the health of every list (ARCHITECTURE.md section 7). Verifications that depend on
 * a list that is not {@link ListHealth#OK}, or is stale at the verification clock, are
 * INDETERMINATE.
 *
 * <p>Implementations are immutable and thread-safe; everything is parsed, verified, decoded and
 * indexed once at load.
 *
 * @since 0.1
 */
public interface TrustSnapshot {
  /** The index of the lists whose signature verified (OK lists only). */
  TrustIndex index();

  /** Every list the bundle has or should have, the list of trust lists first. */
  List<ListInfo> lists();

  /**
   * The list of {@code kind} for a body: for a {@link ListKind#TRUST_LIST}, the list of the
   * Member State the body is listed in (or, for an unlisted body, none); for a {@link
   * ListKind#STATUS_LIST}, the body's status list; for {@link ListKind#LIST_OF_TRUST_LISTS}, the
   * list of trust lists whatever the body.
   */
  Optional<ListInfo> listFor(BodyId issuer, ListKind kind);

  /**
   * The key of a certificate listed as a signing key in a trust list whose signature verified,
   * decoded once at load; empty if the certificate is not listed (or its key cannot be decoded).
   */
  Optional<VerificationKey> verificationKey(Bytes signerCertificateDer);

  /** The trust list of a Member State, whatever its health, if the bundle has or should have one. */
  Optional<ListInfo> trustListFor(MemberState memberState);

  /** When the snapshot was loaded, by the loader's clock. */
  Instant loadedAt();

  /** The health view at {@code now}. */
  TrustHealth health(Instant now);
}
