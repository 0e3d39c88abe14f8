/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eucert.core.time.LegalTime;

/**
 * The content of a European cybersecurity certificate (CSA Art 2(11), Art 52(2); EUCC Annex VII;
 * DOMAIN.md 7.3): the generic part every scheme has, and a scheme-specific part.
 *
 * <p>The constructor checks only what makes the record meaningless (no id, a validity ending before
 * the day of issue); whether the content is <em>acceptable</em> under a scheme is for the rules
 * engine, so that a refused certificate can still be represented and reported on.
 *
 * <p>Immutable. Build with {@link #builder()}.
 *
 * @param id the identifier set by the issuing body (EUCC Annex VII(a))
 * @param scheme the scheme
 * @param schemeVersion the scheme version applied
 * @param object what is certified, with its versions
 * @param holder the holder
 * @param issuer the issuing body
 * @param itsef the ITSEF, where it is not the issuer (EUCC Annex VII(c)(2))
 * @param responsibleNcca the responsible NCCA (EUCC Annex VII(c)(3))
 * @param legalReferences the acts referred to, e.g. {@code CIR (EU) 2024/482}
 * @param certificationReport the certification report reference (EUCC Annex VII(c)(5))
 * @param assuranceLevel the assurance level (CSA Art 52(2))
 * @param evaluationLevel the scheme's evaluation level, e.g. {@code AVA_VAN.3}
 * @param standards ids of the standards applied (the scheme's {@link StandardReference}s)
 * @param protectionProfiles ids of protection profiles claimed
 * @param issuedAt the issue instant (microseconds; equal to the envelope's signing time)
 * @param validUntil the last day of validity, inclusive, Europe/Brussels
 * @param approvals references of NCCA approvals the certificate relies on
 * @param predecessor the certificate this one replaces after a review (EUCC Art 13(2)(c)-(d))
 * @param underlying for a composite product, the underlying product's certificate
 * @param markUrl the QR code's target of the mark and label (EUCC Art 11)
 * @param schemePart the scheme-specific part
 * @since 0.1
 */
public record CertificateContent(
    CertificateId id,
    SchemeId scheme,
    String schemeVersion,
    CertifiedObject object,
    Holder holder,
    BodyReference issuer,
    Optional<BodyReference> itsef,
    Optional<BodyReference> responsibleNcca,
    List<String> legalReferences,
    Optional<String> certificationReport,
    AssuranceLevel assuranceLevel,
    Optional<String> evaluationLevel,
    List<String> standards,
    List<String> protectionProfiles,
    Instant issuedAt,
    LocalDate validUntil,
    List<String> approvals,
    Optional<CertificateId> predecessor,
    Optional<CertificateId> underlying,
    Optional<String> markUrl,
    Optional<SchemeSpecificPart> schemePart)
    implements Attestation {
  public CertificateContent {
    checkNotNull(id, "id");
    checkNotNull(scheme, "scheme");
    checkNotNull(schemeVersion, "schemeVersion");
    checkNotNull(object, "object");
    checkNotNull(holder, "holder");
    checkNotNull(issuer, "issuer");
    checkNotNull(itsef, "itsef");
    checkNotNull(responsibleNcca, "responsibleNcca");
    legalReferences = ImmutableList.copyOf(legalReferences);
    checkNotNull(certificationReport, "certificationReport");
    checkNotNull(assuranceLevel, "assuranceLevel");
    checkNotNull(evaluationLevel, "evaluationLevel");
    standards = ImmutableList.copyOf(standards);
    protectionProfiles = ImmutableList.copyOf(protectionProfiles);
    issuedAt = LegalTime.normalize(checkNotNull(issuedAt, "issuedAt"));
    checkNotNull(validUntil, "validUntil");
    approvals = ImmutableList.copyOf(approvals);
    checkNotNull(predecessor, "predecessor");
    checkNotNull(underlying, "underlying");
    checkNotNull(markUrl, "markUrl");
    checkNotNull(schemePart, "schemePart");
    checkArgument(
        !validUntil.isBefore(LegalTime.dayOf(issuedAt)),
        "certificate %s: validity ends %s, before its day of issue %s",
        id,
        validUntil,
        LegalTime.dayOf(issuedAt));
    checkArgument(!predecessor.equals(Optional.of(id)), "certificate %s replaces itself", id);
  }

  /** Always {@link ConformityRoute#THIRD_PARTY_CERTIFICATION}. */
  @Override
  public ConformityRoute route() {
    return ConformityRoute.THIRD_PARTY_CERTIFICATION;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding everything of this content, to derive another. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The day of issue in the legal zone: the day on which the issuer's authority is judged. */
  public LocalDate issueDay() {
    return LegalTime.dayOf(issuedAt);
  }

  /** The first instant at which the certificate is no longer valid (the day after validUntil). */
  public Instant validityEndExclusive() {
    return LegalTime.endExclusive(validUntil);
  }

  /** The fields that have a value, for the schemes' mandatory-field rules. */
  public Set<CertificateField> presentFields() {
    Set<CertificateField> f = EnumSet.noneOf(CertificateField.class);
    f.add(CertificateField.PRODUCT_NAME);
    f.add(CertificateField.PRODUCT_VERSIONS);
    f.add(CertificateField.HOLDER_NAME);
    f.add(CertificateField.ISSUER_NAME);
    f.add(CertificateField.ASSURANCE_LEVEL);
    f.add(CertificateField.ISSUE_DATE);
    f.add(CertificateField.VALIDITY);
    object.toeName().ifPresent(v -> f.add(CertificateField.TOE_NAME));
    object.productType().ifPresent(v -> f.add(CertificateField.PRODUCT_TYPE));
    object.toeType().ifPresent(v -> f.add(CertificateField.TOE_TYPE));
    object.scope().ifPresent(v -> f.add(CertificateField.SCOPE));
    holder.address().ifPresent(v -> f.add(CertificateField.HOLDER_ADDRESS));
    holder.contact().ifPresent(v -> f.add(CertificateField.HOLDER_CONTACT));
    holder.supplementaryInfoUrl().ifPresent(v -> f.add(CertificateField.HOLDER_SUPPLEMENTARY_INFO_URL));
    issuer.address().ifPresent(v -> f.add(CertificateField.ISSUER_ADDRESS));
    issuer.contact().ifPresent(v -> f.add(CertificateField.ISSUER_CONTACT));
    issuer
        .accreditationReference()
        .ifPresent(v -> f.add(CertificateField.ISSUER_ACCREDITATION_REFERENCE));
    itsef.ifPresent(v -> f.add(CertificateField.ITSEF));
    responsibleNcca.ifPresent(v -> f.add(CertificateField.RESPONSIBLE_NCCA));
    if (!legalReferences.isEmpty()) {
      f.add(CertificateField.LEGAL_REFERENCE);
    }
    certificationReport.ifPresent(v -> f.add(CertificateField.CERTIFICATION_REPORT));
    evaluationLevel.ifPresent(v -> f.add(CertificateField.EVALUATION_LEVEL));
    if (!standards.isEmpty()) {
      f.add(CertificateField.STANDARDS);
    }
    if (!protectionProfiles.isEmpty()) {
      f.add(CertificateField.PROTECTION_PROFILES);
    }
    markUrl.ifPresent(v -> f.add(CertificateField.MARK_URL));
    if (schemePart.filter(p -> p instanceof EuccPart e && !e.packageName().isBlank()).isPresent()) {
      f.add(CertificateField.ASSURANCE_PACKAGE);
    }
    return Sets.immutableEnumSet(f);
  }

  /** Builds {@link CertificateContent}. Not thread-safe. */
  public static final class Builder {
    private CertificateId id;
    private SchemeId scheme;
    private String schemeVersion;
    private CertifiedObject object;
    private Holder holder;
    private BodyReference issuer;
    private Optional<BodyReference> itsef = Optional.empty();
    private Optional<BodyReference> responsibleNcca = Optional.empty();
    private final List<String> legalReferences = new ArrayList<>();
    private Optional<String> certificationReport = Optional.empty();
    private AssuranceLevel assuranceLevel;
    private Optional<String> evaluationLevel = Optional.empty();
    private final List<String> standards = new ArrayList<>();
    private final List<String> protectionProfiles = new ArrayList<>();
    private Instant issuedAt;
    private LocalDate validUntil;
    private final List<String> approvals = new ArrayList<>();
    private Optional<CertificateId> predecessor = Optional.empty();
    private Optional<CertificateId> underlying = Optional.empty();
    private Optional<String> markUrl = Optional.empty();
    private Optional<SchemeSpecificPart> schemePart = Optional.empty();

    private Builder() {}

    private Builder(CertificateContent c) {
      id = c.id;
      scheme = c.scheme;
      schemeVersion = c.schemeVersion;
      object = c.object;
      holder = c.holder;
      issuer = c.issuer;
      itsef = c.itsef;
      responsibleNcca = c.responsibleNcca;
      legalReferences.addAll(c.legalReferences);
      certificationReport = c.certificationReport;
      assuranceLevel = c.assuranceLevel;
      evaluationLevel = c.evaluationLevel;
      standards.addAll(c.standards);
      protectionProfiles.addAll(c.protectionProfiles);
      issuedAt = c.issuedAt;
      validUntil = c.validUntil;
      approvals.addAll(c.approvals);
      predecessor = c.predecessor;
      underlying = c.underlying;
      markUrl = c.markUrl;
      schemePart = c.schemePart;
    }

    public Builder id(CertificateId id) {
      this.id = id;
      return this;
    }

    public Builder scheme(SchemeId scheme, String version) {
      this.scheme = scheme;
      this.schemeVersion = version;
      return this;
    }

    public Builder object(CertifiedObject object) {
      this.object = object;
      return this;
    }

    public Builder holder(Holder holder) {
      this.holder = holder;
      return this;
    }

    public Builder issuer(BodyReference issuer) {
      this.issuer = issuer;
      return this;
    }

    public Builder itsef(Optional<BodyReference> itsef) {
      this.itsef = checkNotNull(itsef, "itsef");
      return this;
    }

    public Builder responsibleNcca(Optional<BodyReference> ncca) {
      this.responsibleNcca = checkNotNull(ncca, "ncca");
      return this;
    }

    public Builder legalReferences(List<String> refs) {
      legalReferences.clear();
      legalReferences.addAll(refs);
      return this;
    }

    public Builder certificationReport(Optional<String> ref) {
      this.certificationReport = checkNotNull(ref, "ref");
      return this;
    }

    public Builder assuranceLevel(AssuranceLevel level) {
      this.assuranceLevel = level;
      return this;
    }

    public Builder evaluationLevel(Optional<String> code) {
      this.evaluationLevel = checkNotNull(code, "code");
      return this;
    }

    public Builder standards(List<String> ids) {
      standards.clear();
      standards.addAll(ids);
      return this;
    }

    public Builder protectionProfiles(List<String> ids) {
      protectionProfiles.clear();
      protectionProfiles.addAll(ids);
      return this;
    }

    public Builder issuedAt(Instant issuedAt) {
      this.issuedAt = issuedAt;
      return this;
    }

    public Builder validUntil(LocalDate validUntil) {
      this.validUntil = validUntil;
      return this;
    }

    public Builder approvals(List<String> refs) {
      approvals.clear();
      approvals.addAll(refs);
      return this;
    }

    public Builder predecessor(Optional<CertificateId> predecessor) {
      this.predecessor = checkNotNull(predecessor, "predecessor");
      return this;
    }

    public Builder underlying(Optional<CertificateId> underlying) {
      this.underlying = checkNotNull(underlying, "underlying");
      return this;
    }

    public Builder markUrl(Optional<String> url) {
      this.markUrl = checkNotNull(url, "url");
      return this;
    }

    public Builder schemePart(Optional<SchemeSpecificPart> part) {
      this.schemePart = checkNotNull(part, "part");
      return this;
    }

    /** Builds the content; see the record's constructor for what is checked. */
    public CertificateContent build() {
      return new CertificateContent(
          id,
          scheme,
          schemeVersion,
          object,
          holder,
          issuer,
          itsef,
          responsibleNcca,
          legalReferences,
          certificationReport,
          assuranceLevel,
          evaluationLevel,
          standards,
          protectionProfiles,
          issuedAt,
          validUntil,
          approvals,
          predecessor,
          underlying,
          markUrl,
          schemePart);
    }
  }
}
