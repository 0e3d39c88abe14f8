/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import org.eucert.core.time.LegalTime;

/**
 * The outcome of a certification body's review of a certificate (EUCC Art 13(2); DOMAIN.md 7.2
 * {@code ReviewOutcome}). A closed family:
 *
 * <ul>
 *   <li>{@link Confirmed}: (a) the certificate is confirmed; its status does not change;
 *   <li>{@link Withdrawn}: (b) the certificate is withdrawn;
 *   <li>{@link ReissuedSameScope}: (c) withdrawn and replaced by a successor of the same scope and
 *       a validity ending later (the renewal route);
 *   <li>{@link ReissuedNewScope}: (d) withdrawn and replaced by a successor of a different scope.
 * </ul>
 *
 * <p>For (c) and (d) the caller gives the successor, issued and signed; the registry withdraws the
 * reviewed certificate with {@link WithdrawalReason#REPLACED_BY_REVIEW}, records the successor and
 * links them, all in one transaction.
 *
 * @since 0.1
 */
public sealed interface ReviewOutcome {
  /** When the outcome was decided; a withdrawal takes effect then. */
  Instant decidedAt();

  /**
   * (a) Confirmed.
   *
   * @param decidedAt the decision instant
   * @param reportReference the review or re-assessment report reference
   */
  record Confirmed(Instant decidedAt, String reportReference) implements ReviewOutcome {
    public Confirmed {
      decidedAt = LegalTime.normalize(decidedAt);
      Texts.text(reportReference, "reportReference");
    }
  }

  /**
   * (b) Withdrawn.
   *
   * @param withdrawal the withdrawal
   */
  record Withdrawn(Withdrawal withdrawal) implements ReviewOutcome {
    public Withdrawn {
      checkNotNull(withdrawal, "withdrawal");
    }

    @Override
    public Instant decidedAt() {
      return withdrawal.at();
    }
  }

  /**
   * (c) Withdrawn and replaced by a successor of the same scope with a validity ending later.
   *
   * @param decidedAt the decision instant: the reviewed certificate is withdrawn then
   * @param successor the successor, whose content names the reviewed certificate as predecessor
   */
  record ReissuedSameScope(Instant decidedAt, IssuedCertificate successor)
      implements ReviewOutcome {
    public ReissuedSameScope {
      decidedAt = LegalTime.normalize(decidedAt);
      checkNotNull(successor, "successor");
    }
  }

  /**
   * (d) Withdrawn and replaced by a successor of a different scope.
   *
   * @param decidedAt the decision instant: the reviewed certificate is withdrawn then
   * @param successor the successor, whose content names the reviewed certificate as predecessor
   */
  record ReissuedNewScope(Instant decidedAt, IssuedCertificate successor) implements ReviewOutcome {
    public ReissuedNewScope {
      decidedAt = LegalTime.normalize(decidedAt);
      checkNotNull(successor, "successor");
    }
  }
}
