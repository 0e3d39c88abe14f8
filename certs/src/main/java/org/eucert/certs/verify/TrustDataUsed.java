/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.verify;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;

/**
 * One signed list a verdict relied on, identified so that the verdict can be reproduced: which
 * list, its kind, its sequence number, when it was issued and when it must be replaced, and the
 * SHA-256 of its signed bytes.
 *
 * <p>Immutable.
 *
 * @param id the list's identifier, e.g. {@code lotl}, {@code lists/NL}, {@code status/NL-CB-1}
 * @param kind {@code LIST_OF_TRUST_LISTS}, {@code TRUST_LIST} or {@code STATUS_LIST}
 * @param sequence the list's sequence number
 * @param issued when the list was issued
 * @param nextUpdate when the list must be replaced by
 * @param sha256Hex the SHA-256 of the list's envelope, lower-case hex
 * @since 0.1
 */
public record TrustDataUsed(
    String id, String kind, long sequence, Instant issued, Instant nextUpdate, String sha256Hex) {
  public TrustDataUsed {
    checkNotNull(id, "id");
    checkNotNull(kind, "kind");
    checkNotNull(issued, "issued");
    checkNotNull(nextUpdate, "nextUpdate");
    checkNotNull(sha256Hex, "sha256Hex");
    checkArgument(!id.isBlank(), "list id is blank");
    checkArgument(sequence >= 0, "negative sequence %s of %s", sequence, id);
  }
}
