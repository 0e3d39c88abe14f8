/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eucert.core.time.LegalTime;

/**
 * An EU statement of conformity (CSA Art 53): the manufacturer or provider declares, under its sole
 * responsibility, that its object meets a scheme's requirements. Only at level basic (Art 53(1),
 * enforced here because no scheme can say otherwise) and only where the scheme allows
 * self-assessment (checked by rules). Recognised in all Member States (Art 53(5)).
 *
 * <p>Immutable.
 *
 * @param id the statement's identifier
 * @param scheme the scheme
 * @param schemeVersion the scheme version
 * @param object what is declared conformant
 * @param manufacturer the manufacturer or provider issuing it
 * @param assuranceLevel always {@link AssuranceLevel#BASIC}
 * @param standards ids of the standards applied
 * @param issuedAt when it was issued
 * @param documentationAvailableUntil until when the statement and technical documentation are kept
 *     available to the NCCA (Art 53(3), the period the scheme sets under Art 54(1)(q))
 * @param copySentToNcca when a copy went to the NCCA (Art 53(3)), if recorded
 * @param copySentToEnisa when a copy went to ENISA (Art 53(3)), if recorded
 * @since 0.1
 */
public record StatementOfConformity(
    CertificateId id,
    SchemeId scheme,
    String schemeVersion,
    CertifiedObject object,
    Holder manufacturer,
    AssuranceLevel assuranceLevel,
    List<String> standards,
    Instant issuedAt,
    LocalDate documentationAvailableUntil,
    Optional<Instant> copySentToNcca,
    Optional<Instant> copySentToEnisa)
    implements Attestation {
  public StatementOfConformity {
    checkNotNull(id, "id");
    checkNotNull(scheme, "scheme");
    checkNotNull(schemeVersion, "schemeVersion");
    checkNotNull(object, "object");
    checkNotNull(manufacturer, "manufacturer");
    checkNotNull(assuranceLevel, "assuranceLevel");
    standards = ImmutableList.copyOf(standards);
    issuedAt = LegalTime.normalize(checkNotNull(issuedAt, "issuedAt"));
    checkNotNull(documentationAvailableUntil, "documentationAvailableUntil");
    copySentToNcca = checkNotNull(copySentToNcca, "copySentToNcca").map(LegalTime::normalize);
    copySentToEnisa = checkNotNull(copySentToEnisa, "copySentToEnisa").map(LegalTime::normalize);
    checkArgument(
        assuranceLevel == AssuranceLevel.BASIC,
        "CSA Art 53(1): an EU statement of conformity is only for level basic, not %s",
        assuranceLevel);
    checkArgument(
        !documentationAvailableUntil.isBefore(LegalTime.dayOf(issuedAt)),
        "statement %s: documentation availability ends before issue",
        id);
  }

  /** Always {@link ConformityRoute#SELF_ASSESSMENT}. */
  @Override
  public ConformityRoute route() {
    return ConformityRoute.SELF_ASSESSMENT;
  }

  /** The manufacturer's name stands as the issuer. */
  public String issuerName() {
    return manufacturer.name();
  }
}
