/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Issuance: {@link org.eucert.certs.issue.Issuer} turns an {@link
 * org.eucert.core.model.IssuanceRequest} into a signed certificate recorded in the registry (CSA
 * Art 56; EUCC Art 9, Annex VII), re-issues after a review (EUCC Art 13(2)(c)-(d)), and {@link
 * org.eucert.certs.issue.StatementIssuer} lets a manufacturer sign its own EU statement of
 * conformity (CSA Art 53).
 *
 * <p>Everything is non-null unless documented otherwise.
 */
package org.eucert.certs.issue;
