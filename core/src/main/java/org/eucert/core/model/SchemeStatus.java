/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.model;

/**
 * Where a scheme stands (DOMAIN.md 7.2). Only an {@link #ADOPTED} scheme issues certificates in
 * production; a {@link #CANDIDATE} scheme issues only for an explicit pilot opt-in.
 *
 * @since 0.1
 */
public enum SchemeStatus {
  /** Requested by the Commission or the ECCG (CSA Art 48). */
  REQUESTED,
  /** ENISA is preparing the candidate scheme (CSA Art 49). */
  IN_PREPARATION,
  /** A candidate scheme exists but is not adopted by implementing act. */
  CANDIDATE,
  /** Adopted by implementing act (CSA Art 49(7)). */
  ADOPTED,
  /** No longer valid; still listed by ENISA (CSA Art 50). */
  NO_LONGER_VALID
}
