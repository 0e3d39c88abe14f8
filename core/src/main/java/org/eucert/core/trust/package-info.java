/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Trust data (ARCHITECTURE.md section 7): the list of trust lists ({@link
 * org.eucert.core.trust.ListOfTrustLists}), one trust list per Member State ({@link
 * org.eucert.core.trust.TrustList}) naming its NCCA and conformity assessment bodies with their
 * time-lined records and signing keys, and one status list per issuing body ({@link
 * org.eucert.core.trust.StatusList}). {@link org.eucert.core.trust.TrustIndex} indexes them once
 * for the verifier; {@link org.eucert.core.trust.TrustListBuilder} and {@link
 * org.eucert.core.trust.StatusListBuilder} build them from a registry. Pure data: no signing here
 * (see {@code org.eucert.certs.trust}).
 *
 * <p>Everything in this package is non-null unless documented otherwise; every value is immutable.
 */
package org.eucert.core.trust;
