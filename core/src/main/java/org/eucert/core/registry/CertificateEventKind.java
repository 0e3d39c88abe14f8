/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry;

/**
 * What a certificate event records. Events are appended, never changed; the certificate's stored
 * status time line is read from them ({@code EXPIRED} is derived from the validity end, never an
 * event).
 *
 * @since 0.1
 */
public enum CertificateEventKind {
  /** Recorded as issued: in force from the issue instant. */
  ISSUED,
  /** Suspended from the day after the decision (EUCC Art 30(1)). */
  SUSPENDED,
  /** The NCCA extended the suspension (EUCC Art 30(1)); the status does not change. */
  SUSPENSION_EXTENDED,
  /** In force again after a suspension (remedy accepted). */
  REINSTATED,
  /** Withdrawn (EUCC Art 14); terminal. */
  WITHDRAWN,
  /** A review confirmed the certificate (EUCC Art 13(2)(a)); the status does not change. */
  REVIEW_CONFIRMED;

  /** Whether an event of this kind changes the stored status. */
  public boolean changesStatus() {
    return this != SUSPENSION_EXTENDED && this != REVIEW_CONFIRMED;
  }
}
