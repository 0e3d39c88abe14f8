/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.trust;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Optional;
import org.eucert.core.model.Bytes;
import org.eucert.core.time.LegalTime;

/**
 * A root of trust: a certificate allowed to sign the list of trust lists, given to the verifier
 * out of band, with the window in which it may sign (several anchors with windows let the key
 * rotate without a release; ARCHITECTURE.md section 7). "Which anchor was valid at t" is a query,
 * {@link #validAt}, never a wall-clock check.
 *
 * <p>Immutable.
 *
 * @param certificateDer the DER certificate
 * @param validFrom the first instant it may sign
 * @param validUntil the first instant it may no longer sign, if limited
 * @since 0.1
 */
public record Anchor(Bytes certificateDer, Instant validFrom, Optional<Instant> validUntil) {
  public Anchor {
    checkNotNull(certificateDer, "certificateDer");
    validFrom = LegalTime.normalize(checkNotNull(validFrom, "validFrom"));
    validUntil = checkNotNull(validUntil, "validUntil").map(LegalTime::normalize);
    checkArgument(certificateDer.size() > 0, "anchor certificate is empty");
    checkArgument(
        validUntil.map(validFrom::isBefore).orElse(true), "anchor window ends before it starts");
  }

  /** An anchor valid from {@code validFrom}, without end. */
  public static Anchor of(Bytes certificateDer, Instant validFrom) {
    return new Anchor(certificateDer, validFrom, Optional.empty());
  }

  /** Whether the anchor may sign at {@code instant}: within [validFrom, validUntil). */
  public boolean validAt(Instant instant) {
    checkNotNull(instant, "instant");
    return !instant.isBefore(validFrom) && validUntil.map(instant::isBefore).orElse(true);
  }
}
