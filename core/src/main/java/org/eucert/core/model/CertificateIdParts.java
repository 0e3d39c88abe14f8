/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * The parts of a certificate identifier that EUCC Art 11(3)(b) names: the scheme, the issuing
 * body's notified-body or accreditation number, the year and month of issuance, the number the body
 * assigned, and (in practice, DOMAIN.md 2.12) a revision for re-issues.
 *
 * <p>Immutable.
 *
 * @param scheme the scheme name part, e.g. {@code EUCC}
 * @param body the body's number or code, e.g. {@code 3110}
 * @param year year of issuance
 * @param month month of issuance, where the pattern has one
 * @param number the number the body assigned
 * @param revision the revision of a re-issue, where present
 * @since 0.1
 */
public record CertificateIdParts(
    String scheme,
    String body,
    int year,
    Optional<Integer> month,
    long number,
    Optional<Integer> revision) {
  public CertificateIdParts {
    checkNotNull(scheme, "scheme");
    checkNotNull(body, "body");
    checkNotNull(month, "month");
    checkNotNull(revision, "revision");
    checkArgument(year >= 1000 && year <= 9999, "year out of range: %s", year);
    month.ifPresent(m -> checkArgument(m >= 1 && m <= 12, "month out of range: %s", m));
    checkArgument(number >= 0, "number must not be negative: %s", number);
    revision.ifPresent(r -> checkArgument(r >= 0, "revision must not be negative: %s", r));
  }

  /** The same parts with another revision. */
  public CertificateIdParts withRevision(int newRevision) {
    return new CertificateIdParts(scheme, body, year, month, number, Optional.of(newRevision));
  }
}
