/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.model;

/**
 * The role of a body in the framework.
 *
 * @since 0.1
 */
public enum BodyRole {
  /** National cybersecurity certification authority (CSA Art 58). */
  NCCA,
  /** A conformity assessment body that certifies (EUCC Art 2: certification body). */
  CERTIFICATION_BODY,
  /** A conformity assessment body that evaluates (EUCC Art 2: ITSEF). */
  ITSEF
}
