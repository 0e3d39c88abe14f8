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
 * An NCCA's authorisation of a conformity assessment body for a scheme's specific requirements
 * (CSA Art 60(3)), in EUCC the authorisation of a certification body (Art 21) or ITSEF (Art 22) for
 * 'high'. It specifies the ICT product categories and protection profiles covered, the highest
 * evaluation level (AVA_VAN) and the technical domains; it is valid no longer than the
 * accreditation (EUCC Art 21(4), 22(5): checked by the rule {@code EUCC-R6-ACCREDITATION-PERIOD},
 * not by this constructor).
 *
 * <p>Immutable.
 *
 * @param body the authorised body
 * @param ncca the authorising NCCA
 * @param scheme the scheme
 * @param reference the authorisation reference
 * @param productCategories product categories covered; empty means none is restricted
 * @param protectionProfiles protection profiles covered
 * @param highestEvaluationLevel the highest evaluation level covered, e.g. {@code AVA_VAN.5}
 * @param technicalDomains technical domains covered
 * @param validFrom first day (inclusive)
 * @param validUntil last day (inclusive)
 * @param status status time line
 * @since 0.1
 */
public record Authorisation(
    BodyId body,
    BodyId ncca,
    SchemeId scheme,
    String reference,
    Set<String> productCategories,
    Set<String> protectionProfiles,
    Optional<String> highestEvaluationLevel,
    Set<String> technicalDomains,
    LocalDate validFrom,
    LocalDate validUntil,
    Timeline<AuthorisationStatus> status) {
  public Authorisation {
    checkNotNull(body, "body");
    checkNotNull(ncca, "ncca");
    checkNotNull(scheme, "scheme");
    checkNotNull(reference, "reference");
    productCategories = ImmutableSet.copyOf(productCategories);
    protectionProfiles = ImmutableSet.copyOf(protectionProfiles);
    checkNotNull(highestEvaluationLevel, "highestEvaluationLevel");
    technicalDomains = ImmutableSet.copyOf(technicalDomains);
    checkNotNull(validFrom, "validFrom");
    checkNotNull(validUntil, "validUntil");
    checkNotNull(status, "status");
    checkArgument(!reference.isBlank(), "authorisation of %s has no reference", body);
    checkArgument(
        !validUntil.isBefore(validFrom), "authorisation %s ends before it starts", reference);
  }

  /** Whether the authorisation was in force at {@code instant} (dates and status). */
  public boolean inForceAt(Instant instant) {
    if (!LegalTime.withinDays(instant, validFrom, Optional.of(validUntil))) {
      return false;
    }
    return status
        .at(instant)
        .map(s -> s == AuthorisationStatus.ACTIVE || s == AuthorisationStatus.RESTRICTED)
        .orElse(false);
  }
}
