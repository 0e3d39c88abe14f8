/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.model;

/**
 * Status of an accreditation by a national accreditation body (CSA Art 60(4): accreditation bodies restrict, suspend or revoke it). Expiry is derived from the accreditation's end date.
 *
 * @since 0.1
 */
public enum AccreditationStatus {
  ACTIVE,
  RESTRICTED,
  SUSPENDED,
  REVOKED
}
