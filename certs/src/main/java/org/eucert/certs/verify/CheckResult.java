/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.verify;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.eucert.core.model.LegalReference;

/**
 * The result of one step of verification: which {@link Check}, its outcome, a message for people,
 * the provision it enforces and, where it did not pass, the sub-indication it leads to.
 *
 * <p>Immutable.
 *
 * @param check the step
 * @param outcome what it found
 * @param message what was checked, with which values; what was wrong where it was
 * @param legalReference the provision or standard clause
 * @param subIndication the sub-indication, present exactly when the outcome is FAILED or
 *     INDETERMINATE
 * @since 0.1
 */
public record CheckResult(
    Check check,
    CheckOutcome outcome,
    String message,
    LegalReference legalReference,
    Optional<SubIndication> subIndication) {
  public CheckResult {
    checkNotNull(check, "check");
    checkNotNull(outcome, "outcome");
    checkNotNull(message, "message");
    checkNotNull(legalReference, "legalReference");
    checkNotNull(subIndication, "subIndication");
    checkArgument(!message.isBlank(), "check %s has no message", check);
    boolean negative = outcome == CheckOutcome.FAILED || outcome == CheckOutcome.INDETERMINATE;
    checkArgument(
        negative == subIndication.isPresent(),
        "check %s: outcome %s with sub-indication %s",
        check,
        outcome,
        subIndication);
    subIndication.ifPresent(
        s ->
            checkArgument(
                s.indication().name().equals(outcome.name()),
                "check %s: sub-indication %s is %s, not %s",
                check,
                s,
                s.indication(),
                outcome));
  }

  /** A passed check. */
  public static CheckResult passed(Check check, String message) {
    return new CheckResult(
        check, CheckOutcome.PASSED, message, check.legalReference(), Optional.empty());
  }

  /** A check passed with a warning. */
  public static CheckResult warning(Check check, String message) {
    return new CheckResult(
        check, CheckOutcome.WARNING, message, check.legalReference(), Optional.empty());
  }

  /** A check that did not pass, with the outcome of the sub-indication's indication. */
  public static CheckResult of(Check check, SubIndication sub, String message) {
    return of(check, sub, message, check.legalReference());
  }

  /** A check that did not pass, citing {@code legalReference}. */
  public static CheckResult of(
      Check check, SubIndication sub, String message, LegalReference legalReference) {
    CheckOutcome outcome =
        sub.indication() == Indication.FAILED ? CheckOutcome.FAILED : CheckOutcome.INDETERMINATE;
    return new CheckResult(check, outcome, message, legalReference, Optional.of(sub));
  }

  /** Whether the check passed, with or without a warning. */
  public boolean isPassed() {
    return outcome == CheckOutcome.PASSED || outcome == CheckOutcome.WARNING;
  }
}
