/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.model;

/**
 * How conformity with a scheme is attested.
 *
 * @since 0.1
 */
public enum ConformityRoute {
  /** A certificate issued by a conformity assessment body or an NCCA (CSA Art 56). */
  THIRD_PARTY_CERTIFICATION,
  /**
   * An EU statement of conformity under the manufacturer's sole responsibility; only where the
   * scheme allows it and only at level basic (CSA Art 53(1)).
   */
  SELF_ASSESSMENT
}
