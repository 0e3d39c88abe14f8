/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.model;

/**
 * The per-certificate approvals an NCCA gives, which an offline verifier must be able to check.
 *
 * @since 0.1
 */
public enum ApprovalKind {
  /** CSA Art 56(6)(a): prior approval of an individual 'high' certificate issued by a CAB. */
  PRIOR_APPROVAL_HIGH,
  /** EUCC Art 12(2): validity beyond five years. */
  VALIDITY_EXTENSION,
  /** EUCC Art 7(4): AVA_VAN.4 or .5 outside a technical domain or Annex II PP. */
  AVA_VAN_EXCEPTION,
  /** EUCC Art 17(4): prior approval for a CB to certify a protection profile. */
  PROTECTION_PROFILE_PRIOR_APPROVAL
}
