/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eucert.core.model.AssuranceLevel;
import org.eucert.core.model.BodyId;
import org.eucert.core.model.CertificateId;
import org.eucert.core.model.CertificateStatus;
import org.eucert.core.model.CertifiedObjectType;
import org.eucert.core.model.MemberState;
import org.eucert.core.model.SchemeId;
import org.eucert.core.time.LegalTime;

/**
 * A certificate as registry queries return it: the indexed columns copied from its content, and
 * its latest stored status. The full content is in the content document ({@link
 * Registry#documents}); the full status history in {@link Registry#certificate}.
 *
 * <p>{@code latestStatus} is the status of the newest stored event and may lie in the future (a
 * suspension starts on the day after the decision); it is never EXPIRED, which is derived from
 * {@code validUntil} by {@link CertificateRecord#statusAt}.
 *
 * <p>Immutable.
 *
 * @param id the identifier
 * @param scheme the scheme
 * @param schemeVersion the scheme version
 * @param issuer the issuing body
 * @param memberState the issuing body's Member State
 * @param holderName the holder's name
 * @param objectType the kind of object certified
 * @param productName the name of the product, service, process or protection profile
 * @param productType its type, where given
 * @param category the scheme's product category, where given
 * @param versions the versions covered
 * @param assuranceLevel the assurance level
 * @param evaluationLevel the evaluation level, e.g. {@code AVA_VAN.3}, where given
 * @param issuedAt the issue instant
 * @param validUntil the last day of validity, inclusive (Europe/Brussels)
 * @param predecessor the certificate this one replaces, if any
 * @param underlying for a composite product, the underlying certificate, if any
 * @param latestStatus the newest stored status
 * @param latestStatusFrom from when it holds
 * @param rowVersion the optimistic-lock version; grows with every change
 * @since 0.1
 */
public record CertificateSummary(
    CertificateId id,
    SchemeId scheme,
    String schemeVersion,
    BodyId issuer,
    MemberState memberState,
    String holderName,
    CertifiedObjectType objectType,
    String productName,
    Optional<String> productType,
    Optional<String> category,
    List<String> versions,
    AssuranceLevel assuranceLevel,
    Optional<String> evaluationLevel,
    Instant issuedAt,
    LocalDate validUntil,
    Optional<CertificateId> predecessor,
    Optional<CertificateId> underlying,
    CertificateStatus latestStatus,
    Instant latestStatusFrom,
    long rowVersion) {
  public CertificateSummary {
    checkNotNull(id, "id");
    checkNotNull(scheme, "scheme");
    checkNotNull(schemeVersion, "schemeVersion");
    checkNotNull(issuer, "issuer");
    checkNotNull(memberState, "memberState");
    checkNotNull(holderName, "holderName");
    checkNotNull(objectType, "objectType");
    checkNotNull(productName, "productName");
    checkNotNull(productType, "productType");
    checkNotNull(category, "category");
    versions = ImmutableList.copyOf(versions);
    checkNotNull(assuranceLevel, "assuranceLevel");
    checkNotNull(evaluationLevel, "evaluationLevel");
    issuedAt = LegalTime.normalize(issuedAt);
    checkNotNull(validUntil, "validUntil");
    checkNotNull(predecessor, "predecessor");
    checkNotNull(underlying, "underlying");
    checkNotNull(latestStatus, "latestStatus");
    checkArgument(latestStatus != CertificateStatus.EXPIRED, "EXPIRED is never stored");
    latestStatusFrom = LegalTime.normalize(latestStatusFrom);
  }
}
