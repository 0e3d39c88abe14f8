/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.verify;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.eucert.core.model.AssuranceLevel;
import org.eucert.core.model.Attestation;
import org.eucert.core.model.CertificateContent;
import org.eucert.core.model.CertificateId;
import org.eucert.core.model.CertificateStatus;
import org.eucert.core.model.ConformityRoute;
import org.eucert.core.model.SchemeId;
import org.eucert.core.model.StatementOfConformity;

/**
 * What a verified document says about itself, for the report: identifier, scheme and version,
 * level, holder (or manufacturer), product, issuer, issue instant, validity end and the status at
 * the validation instant (EUCC Annex VII, CSA Art 53(2)).
 *
 * <p>Only present in a report once the content was read, i.e. after the signature over it
 * verified; still, it is what the document says, judged by the report's indication.
 *
 * <p>Immutable.
 *
 * @param id the certificate or statement identifier
 * @param scheme the scheme
 * @param schemeVersion the scheme version
 * @param level the assurance level
 * @param route third-party certification or self-assessment
 * @param holder the holder, or the manufacturer of a statement of conformity
 * @param product the certified object's name and versions
 * @param issuerId the issuing body's identifier; empty for a self-declared statement
 * @param issuerName the issuing body's name, or the manufacturer's
 * @param issuedAt the issue instant
 * @param validUntil the last day of validity (inclusive, Europe/Brussels); for a statement, the
 *     day its documentation stays available until
 * @param status the status at the validation instant, where the status step got that far
 * @since 0.1
 */
public record CertificateSummary(
    CertificateId id,
    SchemeId scheme,
    String schemeVersion,
    AssuranceLevel level,
    ConformityRoute route,
    String holder,
    String product,
    Optional<String> issuerId,
    String issuerName,
    Instant issuedAt,
    LocalDate validUntil,
    Optional<CertificateStatus> status) {
  public CertificateSummary {
    checkNotNull(id, "id");
    checkNotNull(scheme, "scheme");
    checkNotNull(schemeVersion, "schemeVersion");
    checkNotNull(level, "level");
    checkNotNull(route, "route");
    checkNotNull(holder, "holder");
    checkNotNull(product, "product");
    checkNotNull(issuerId, "issuerId");
    checkNotNull(issuerName, "issuerName");
    checkNotNull(issuedAt, "issuedAt");
    checkNotNull(validUntil, "validUntil");
    checkNotNull(status, "status");
  }

  /** The summary of {@code attestation}, with no status yet. */
  public static CertificateSummary from(Attestation attestation) {
    checkNotNull(attestation, "attestation");
    String product =
        attestation.object().name() + " " + String.join(", ", attestation.object().versions());
    if (attestation instanceof CertificateContent c) {
      return new CertificateSummary(
          c.id(),
          c.scheme(),
          c.schemeVersion(),
          c.assuranceLevel(),
          c.route(),
          c.holder().name(),
          product,
          Optional.of(c.issuer().id().value()),
          c.issuer().name(),
          c.issuedAt(),
          c.validUntil(),
          Optional.empty());
    }
    StatementOfConformity s = (StatementOfConformity) attestation;
    return new CertificateSummary(
        s.id(),
        s.scheme(),
        s.schemeVersion(),
        s.assuranceLevel(),
        s.route(),
        s.manufacturer().name(),
        product,
        Optional.empty(),
        s.manufacturer().name(),
        s.issuedAt(),
        s.documentationAvailableUntil(),
        Optional.empty());
  }

  /** This summary with the status at the validation instant. */
  public CertificateSummary withStatus(CertificateStatus status) {
    return new CertificateSummary(
        id,
        scheme,
        schemeVersion,
        level,
        route,
        holder,
        product,
        issuerId,
        issuerName,
        issuedAt,
        validUntil,
        Optional.of(status));
  }
}
