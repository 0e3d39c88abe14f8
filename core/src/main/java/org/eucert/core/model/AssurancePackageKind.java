/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.model;

/**
 * How an EUCC certificate declares its assurance package (EUCC Annex VIII): an EAL as such, an EAL
 * augmented by listed components (never written with '+'), a specific assurance package, or the
 * package of a protection profile without EAL.
 *
 * @since 0.1
 */
public enum AssurancePackageKind {
  EAL_CONFORMANT,
  EAL_AUGMENTED,
  SPECIFIC_ASSURANCE_PACKAGE,
  PACKAGE_CONFORMANT_TO_PP
}
