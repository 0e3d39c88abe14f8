/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.model;

/**
 * Status of a general delegation of the issuing task for 'high' (CSA Art 56(6)(b)).
 *
 * @since 0.1
 */
public enum DelegationStatus {
  ACTIVE,
  SUSPENDED,
  REVOKED
}
