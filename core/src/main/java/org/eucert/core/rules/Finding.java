/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.eucert.core.model.LegalReference;

/**
 * What a rule found: its code, severity and legal reference, and a message for people saying what
 * was wrong, with which value, and what the law requires.
 *
 * <p>Immutable.
 *
 * @since 0.1
 */
public record Finding(RuleCode code, Severity severity, LegalReference legalReference, String message) {
  public Finding {
    checkNotNull(code, "code");
    checkNotNull(severity, "severity");
    checkNotNull(legalReference, "legalReference");
    checkNotNull(message, "message");
    checkArgument(!message.isBlank(), "finding %s has no message", code);
  }

  @Override
  public String toString() {
    return severity + " " + code + " (" + legalReference + "): " + message;
  }
}
