/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The EUCC scheme profile (Commission Implementing Regulation (EU) 2024/482 as amended by 2024/3144
 * and 2025/2462): {@link org.eucert.schemes.eucc.EuccProfile}, registered as a {@link
 * org.eucert.core.rules.spi.SchemeProfile} service, and its rules with their stable codes in {@link
 * org.eucert.schemes.eucc.EuccRules}.
 *
 * <p>The rules read what the sources leave unverified (technical domains, Annex II protection
 * profiles, standards windows, the identifier format) from the scheme's data, never from code.
 *
 * <p>Everything in this package is non-null unless documented otherwise.
 */
package org.eucert.schemes.eucc;
