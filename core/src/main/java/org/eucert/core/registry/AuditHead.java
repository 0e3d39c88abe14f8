/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The head of the audit chain: the sequence number and hash of the newest entry. Published in
 * signed status lists, it lets anyone notice a registry changed behind the library's back
 * (ARCHITECTURE.md section 7).
 *
 * <p>Immutable.
 *
 * @param seq the newest entry's sequence number; 0 for an empty log
 * @param hash the newest entry's hash; {@link AuditChain#GENESIS} for an empty log
 * @since 0.1
 */
public record AuditHead(long seq, String hash) {
  public AuditHead {
    checkArgument(seq >= 0, "seq must not be negative: %s", seq);
    checkNotNull(hash, "hash");
  }
}
