/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.eucert.core.model.CertificateId;

/**
 * A link between two certificates. The target may be a certificate held elsewhere.
 *
 * <p>Immutable.
 *
 * @param from the certificate that names the other
 * @param kind how they are linked
 * @param to the certificate named
 * @since 0.1
 */
public record CertificateLink(CertificateId from, Kind kind, CertificateId to) {
  /** How two certificates are linked. */
  public enum Kind {
    /** {@code from} replaces {@code to} after a review (EUCC Art 13(2)(c), (d); Art 40(2)). */
    PREDECESSOR,
    /** {@code from} certifies a composite product built on {@code to} (EUCC Art 2(10), 7(5)). */
    UNDERLYING
  }

  public CertificateLink {
    checkNotNull(from, "from");
    checkNotNull(kind, "kind");
    checkNotNull(to, "to");
    checkArgument(!from.equals(to), "a certificate is not linked to itself: %s", from);
  }
}
