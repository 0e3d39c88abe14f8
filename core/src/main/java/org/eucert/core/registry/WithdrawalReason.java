/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry;

/**
 * Why a certificate was withdrawn (DOMAIN.md 7.2; EUCC Art 14, 20, 28, 29, 31, 35; CSA Art
 * 58(8)(e)).
 *
 * @since 0.1
 */
public enum WithdrawalReason {
  /** The holder asked for it (EUCC Art 14). */
  HOLDER_REQUEST,
  /** A vulnerability that cannot be remedied (EUCC Art 35(6)). */
  UNREMEDIABLE_VULNERABILITY,
  /** No appropriate remedial action within the deadline (EUCC Art 28(6), 29(2)). */
  NO_REMEDIAL_ACTION,
  /** Continued or recurring infringement by the holder (EUCC Art 29(3)). */
  RECURRING_NON_COMPLIANCE,
  /** Non-compliance of the conformity assessment body (EUCC Art 31). */
  CAB_NON_COMPLIANCE,
  /** Withdrawn by the NCCA (CSA Art 58(8)(e)). */
  NCCA_DECISION,
  /** A review withdrew it and a successor replaces it (EUCC Art 13(2)(c), (d)). */
  REPLACED_BY_REVIEW,
  /** Any other reason, given in the text. */
  OTHER
}
