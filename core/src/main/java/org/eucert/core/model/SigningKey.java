/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Optional;
import org.eucert.core.time.LegalTime;

/**
 * A body's signing key as published: its X.509 certificate (public material only), the window in
 * which it may sign, and, if it was compromised, the compromise instant (documents it signed at or
 * after that instant fail; those signed before keep their verdict).
 *
 * <p>Immutable. Holds no private material.
 *
 * @param body the body the key belongs to
 * @param keyId a stable identifier, e.g. the SHA-256 of the certificate, hex
 * @param certificate the DER-encoded X.509 certificate
 * @param validFrom first instant it may sign
 * @param validUntil first instant it may no longer sign, if limited
 * @param compromisedAt the compromise instant, if compromised
 * @since 0.1
 */
public record SigningKey(
    BodyId body,
    String keyId,
    Bytes certificate,
    Instant validFrom,
    Optional<Instant> validUntil,
    Optional<Instant> compromisedAt) {
  public SigningKey {
    checkNotNull(body, "body");
    checkNotNull(keyId, "keyId");
    checkNotNull(certificate, "certificate");
    validFrom = LegalTime.normalize(checkNotNull(validFrom, "validFrom"));
    validUntil = checkNotNull(validUntil, "validUntil").map(LegalTime::normalize);
    compromisedAt = checkNotNull(compromisedAt, "compromisedAt").map(LegalTime::normalize);
    checkArgument(!keyId.isBlank(), "key id is blank");
    checkArgument(certificate.size() > 0, "key %s has no certificate", keyId);
    checkArgument(
        validUntil.map(validFrom::isBefore).orElse(true), "key %s ends before it starts", keyId);
  }

  /** Whether the key was within its window at {@code instant}, ignoring compromise. */
  public boolean withinWindow(Instant instant) {
    checkNotNull(instant, "instant");
    return !instant.isBefore(validFrom) && validUntil.map(instant::isBefore).orElse(true);
  }

  /** Whether a signature made at {@code signingTime} is after the key's compromise. */
  public boolean compromisedBy(Instant signingTime) {
    checkNotNull(signingTime, "signingTime");
    return compromisedAt.map(c -> !signingTime.isBefore(c)).orElse(false);
  }

  /** Whether the key could sign at {@code instant}: within its window and not compromised. */
  public boolean usableAt(Instant instant) {
    return withinWindow(instant) && !compromisedBy(instant);
  }
}
