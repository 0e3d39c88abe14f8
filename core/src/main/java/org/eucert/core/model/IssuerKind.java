/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.model;

/**
 * Who may issue a certificate at a level (CSA Art 56(4)-(6)); a scheme's {@link LevelRule} lists
 * the kinds it allows.
 *
 * @since 0.1
 */
public enum IssuerKind {
  /** CSA Art 56(4): a conformity assessment body accredited under Art 60. */
  ACCREDITED_CAB,
  /** CSA Art 56(5)(a), 56(6): the national cybersecurity certification authority itself. */
  NCCA,
  /** CSA Art 56(5)(b): a public body accredited as a conformity assessment body. */
  PUBLIC_BODY_CAB,
  /** CSA Art 56(6)(a): a CAB with the NCCA's prior approval for the individual certificate. */
  CAB_WITH_PRIOR_APPROVAL,
  /** CSA Art 56(6)(b): a CAB under a general delegation of the issuing task from the NCCA. */
  CAB_WITH_GENERAL_DELEGATION
}
