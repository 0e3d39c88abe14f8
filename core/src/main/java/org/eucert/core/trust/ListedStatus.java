/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.trust;

/**
 * What a status list says about a certificate at an instant. {@code EXPIRED} is not among them: a
 * status list does not know validity periods, the verifier derives expiry from the certificate.
 *
 * @since 0.1
 */
public enum ListedStatus {
  /** Listed, and in force at the instant (as far as the list knows). */
  IN_FORCE,
  /** Listed, and suspended at the instant (EUCC Art 30). */
  SUSPENDED,
  /** Listed, and withdrawn at or before the instant (EUCC Art 14). */
  WITHDRAWN,
  /**
   * Not listed although the list was issued after the certificate's issue instant, or listed with
   * another issue instant: the issuer does not recognise it.
   */
  NOT_REGISTERED,
  /** The list was issued before the certificate's issue instant: it cannot know it. */
  NO_STATUS_INFORMATION,
  /** Listed, but the instant asked about is before its issue. */
  NOT_YET_ISSUED
}
