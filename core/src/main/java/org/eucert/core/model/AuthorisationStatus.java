/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.model;

/**
 * Status of an NCCA authorisation (CSA Art 58(7)(e), Art 60(3); EUCC Art 21-22). Expiry is derived from the end date.
 *
 * @since 0.1
 */
public enum AuthorisationStatus {
  ACTIVE,
  RESTRICTED,
  SUSPENDED,
  WITHDRAWN
}
