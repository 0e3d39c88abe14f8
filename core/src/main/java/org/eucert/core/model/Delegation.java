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
 * A general delegation by an NCCA to a CAB of the task of issuing 'high' certificates (CSA Art
 * 56(6)(b)).
 *
 * <p>Immutable.
 *
 * @param ncca the delegating NCCA
 * @param delegate the CAB
 * @param scheme the scheme
 * @param reference the delegation reference
 * @param productCategories product categories covered; empty means all
 * @param validFrom first day (inclusive)
 * @param validUntil last day (inclusive), if limited
 * @param status status time line
 * @since 0.1
 */
public record Delegation(
    BodyId ncca,
    BodyId delegate,
    SchemeId scheme,
    String reference,
    Set<String> productCategories,
    LocalDate validFrom,
    Optional<LocalDate> validUntil,
    Timeline<DelegationStatus> status) {
  public Delegation {
    checkNotNull(ncca, "ncca");
    checkNotNull(delegate, "delegate");
    checkNotNull(scheme, "scheme");
    checkNotNull(reference, "reference");
    productCategories = ImmutableSet.copyOf(productCategories);
    checkNotNull(validFrom, "validFrom");
    checkNotNull(validUntil, "validUntil");
    checkNotNull(status, "status");
    checkArgument(!reference.isBlank(), "delegation to %s has no reference", delegate);
    checkArgument(
        validUntil.map(u -> !u.isBefore(validFrom)).orElse(true),
        "delegation %s ends before it starts",
        reference);
  }

  /**
   * Whether, at {@code instant}, the delegation was active and covered the scheme and (if the
   * delegation is limited to categories) the product category.
   */
  public boolean covers(SchemeId scheme, Optional<String> productCategory, Instant instant) {
    checkNotNull(scheme, "scheme");
    checkNotNull(productCategory, "productCategory");
    checkNotNull(instant, "instant");
    return this.scheme.equals(scheme)
        && (productCategories.isEmpty()
            || productCategory.map(productCategories::contains).orElse(false))
        && LegalTime.withinDays(instant, validFrom, validUntil)
        && status.at(instant).map(s -> s == DelegationStatus.ACTIVE).orElse(false);
  }
}
