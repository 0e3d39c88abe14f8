/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry;

import java.time.Instant;
import org.eucert.core.time.LegalTime;

/**
 * The decision to end a suspension because the remedy was accepted: the certificate is in force
 * again from {@code at}.
 *
 * <p>Immutable.
 *
 * @param at from when the certificate is in force again
 * @param reason why, e.g. the remedy accepted
 * @since 0.1
 */
public record Reinstatement(Instant at, String reason) {
  public Reinstatement {
    at = LegalTime.normalize(at);
    Texts.text(reason, "reason");
  }
}
