/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.model;

/**
 * The statuses ENISA publishes for each certificate: in force, suspended, withdrawn, expired (EUCC
 * Art 42(1)(b)). {@link #EXPIRED} is derived from the validity end, never stored as an event;
 * suspension does not stop the validity clock (EUCC Art 30(1)).
 *
 * @since 0.1
 */
public enum CertificateStatus {
  IN_FORCE,
  SUSPENDED,
  WITHDRAWN,
  EXPIRED
}
