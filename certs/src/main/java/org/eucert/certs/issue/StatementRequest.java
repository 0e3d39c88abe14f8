/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.issue;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import org.eucert.core.model.AssuranceLevel;
import org.eucert.core.model.CertificateId;
import org.eucert.core.model.CertifiedObject;
import org.eucert.core.model.Holder;
import org.eucert.core.model.SchemeId;

/**
 * What a manufacturer or provider declares in an EU statement of conformity (CSA Art 53(2)), less
 * the issue instant, which comes from the {@link StatementIssuer}'s clock. Any level may be asked
 * for, so that a request at another level than basic is refused with a finding rather than an
 * exception from the model.
 *
 * <p>Immutable.
 *
 * @param id the manufacturer's identifier of the statement
 * @param scheme the scheme
 * @param schemeVersion the scheme version
 * @param object what is declared conformant
 * @param manufacturer the manufacturer or provider, who is responsible (CSA Art 53(2))
 * @param assuranceLevel the level declared; only basic is ever issued (CSA Art 53(1))
 * @param standards the standards applied
 * @param documentationAvailableUntil until when the documentation stays available to the NCCA
 *     (CSA Art 53(3))
 * @since 0.1
 */
public record StatementRequest(
    CertificateId id,
    SchemeId scheme,
    String schemeVersion,
    CertifiedObject object,
    Holder manufacturer,
    AssuranceLevel assuranceLevel,
    List<String> standards,
    LocalDate documentationAvailableUntil) {
  public StatementRequest {
    checkNotNull(id, "id");
    checkNotNull(scheme, "scheme");
    checkNotNull(schemeVersion, "schemeVersion");
    checkArgument(!schemeVersion.isBlank(), "schemeVersion is blank");
    checkNotNull(object, "object");
    checkNotNull(manufacturer, "manufacturer");
    checkNotNull(assuranceLevel, "assuranceLevel");
    standards = ImmutableList.copyOf(standards);
    checkNotNull(documentationAvailableUntil, "documentationAvailableUntil");
  }
}
