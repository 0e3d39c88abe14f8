/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.model;

/**
 * Status of a per-certificate approval given by an NCCA.
 *
 * @since 0.1
 */
public enum ApprovalStatus {
  GRANTED,
  REVOKED
}
