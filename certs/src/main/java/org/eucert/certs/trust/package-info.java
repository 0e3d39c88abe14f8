/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Signed trust data (ARCHITECTURE.md sections 7 and 10): {@link
 * org.eucert.certs.trust.TrustPublisher} signs the list of trust lists, the trust lists and the
 * status lists of a registry into a bundle folder; {@link org.eucert.certs.trust.TrustBundle}
 * loads a bundle, verifies every signature against pinned {@link org.eucert.certs.trust.Anchor}s
 * and returns a {@link org.eucert.certs.trust.TrustSnapshot} that says, per list, whether it can
 * be relied on ({@link org.eucert.certs.trust.ListHealth}).
 *
 * <p>Everything in this package is non-null unless documented otherwise.
 */
package org.eucert.certs.trust;
