/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.eucert.core.time.LegalTime;
import org.eucert.core.time.Timeline;

/**
 * A body's accreditation by a national accreditation body (CSA Art 60(1); Regulation (EC) No
 * 765/2008), e.g. to ISO/IEC 17065 for an EUCC certification body. CSA Art 60(4) limits
 * accreditation to five years; the constructor does not refuse a longer one, so records from
 * elsewhere can still be held and reported on: the EUCC rule {@code EUCC-R6-ACCREDITATION-PERIOD}
 * refuses to rely on it (no generic rule does so yet).
 *
 * <p>Immutable.
 *
 * @param body the accredited body
 * @param reference the accreditation reference number
 * @param accreditationBody the national accreditation body
 * @param standard the standard accredited against, e.g. {@code ISO/IEC 17065}
 * @param schemes the schemes in scope
 * @param productCategories the product categories in scope; empty means all of the schemes'
 * @param validFrom first day (inclusive)
 * @param validUntil last day (inclusive)
 * @param status status time line (restriction, suspension, revocation)
 * @since 0.1
 */
public record Accreditation(
    BodyId body,
    String reference,
    String accreditationBody,
    String standard,
    Set<SchemeId> schemes,
    Set<String> productCategories,
    LocalDate validFrom,
    LocalDate validUntil,
    Timeline<AccreditationStatus> status) {
  public Accreditation {
    checkNotNull(body, "body");
    checkNotNull(reference, "reference");
    checkNotNull(accreditationBody, "accreditationBody");
    checkNotNull(standard, "standard");
    schemes = ImmutableSet.copyOf(schemes);
    productCategories = ImmutableSet.copyOf(productCategories);
    checkNotNull(validFrom, "validFrom");
    checkNotNull(validUntil, "validUntil");
    checkNotNull(status, "status");
    checkArgument(!reference.isBlank(), "accreditation of %s has no reference", body);
    checkArgument(
        !validUntil.isBefore(validFrom), "accreditation %s ends before it starts", reference);
  }

  /**
   * Whether the accreditation was in force at {@code instant}: within its dates and active or
   * restricted (a restriction narrows the recorded scope but keeps it in force).
   */
  public boolean inForceAt(Instant instant) {
    if (!LegalTime.withinDays(instant, validFrom, Optional.of(validUntil))) {
      return false;
    }
    return status
        .at(instant)
        .map(s -> s == AccreditationStatus.ACTIVE || s == AccreditationStatus.RESTRICTED)
        .orElse(false);
  }

  /** Whether the scope covers a scheme and (if given) a product category. */
  public boolean covers(SchemeId scheme, Optional<String> productCategory) {
    checkNotNull(scheme, "scheme");
    checkNotNull(productCategory, "productCategory");
    return schemes.contains(scheme)
        && (productCategories.isEmpty()
            || productCategory.map(productCategories::contains).orElse(false));
  }
}
