/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import org.eucert.core.time.LegalTime;

/**
 * The decision to withdraw a certificate (EUCC Art 14; CSA Art 58(8)(e)), effective at {@code at}.
 * Withdrawal is terminal: nothing follows it.
 *
 * <p>Immutable.
 *
 * @param at from when the certificate is withdrawn
 * @param reason why
 * @param text the reason as given
 * @since 0.1
 */
public record Withdrawal(Instant at, WithdrawalReason reason, String text) {
  public Withdrawal {
    at = LegalTime.normalize(at);
    checkNotNull(reason, "reason");
    Texts.text(text, "text");
  }
}
