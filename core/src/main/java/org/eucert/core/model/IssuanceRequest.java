/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a certification body asks its issuer to issue once the evaluation is done (EUCC Art 9(1),
 * CSA Art 56(7)): the certificate content less what the issuer itself sets, namely the identifier
 * (EUCC Annex VII(a): set by the issuing body), the issue instant (from the issuer's clock), the
 * body references (read from the registry on the day of issue) and the predecessor (set only by a
 * re-issue under EUCC Art 13(2)(c)-(d)).
 *
 * <p>The constructor checks only what makes the request meaningless; whether it may be issued is
 * for the rules, run by the issuer, so that a refused request is reported with every finding.
 *
 * <p>The mark URL may contain the placeholder {@code {id}}, replaced by the assigned identifier in
 * lower case, e.g. {@code https://certification.enisa.europa.eu/certificates/{id}_en} (DOMAIN.md
 * 2.12).
 *
 * <p>Immutable. Build with {@link #builder()}.
 *
 * @param scheme the scheme
 * @param schemeVersion the scheme version to apply
 * @param issuer the issuing body, as enrolled in the registry
 * @param itsef the ITSEF that evaluated, as enrolled in the registry, if any
 * @param object what is certified
 * @param holder the applicant who becomes the holder
 * @param legalReferences the acts the certificate refers to (EUCC Annex VII(c)(4))
 * @param certificationReport the certification report reference (EUCC Annex VII(c)(5))
 * @param assuranceLevel the assurance level (CSA Art 52)
 * @param evaluationLevel the scheme's evaluation level, e.g. {@code AVA_VAN.3}
 * @param standards ids of the standards applied
 * @param protectionProfiles ids of the protection profiles claimed
 * @param validUntil the last day of validity, inclusive (EUCC Art 12)
 * @param approvals references of NCCA approvals the certificate relies on (CSA Art 56(6)(a), EUCC
 *     Art 7(4), 12)
 * @param underlying for a composite product, the underlying product's certificate
 * @param markUrl the QR code's target (EUCC Art 11), possibly with {@code {id}}
 * @param schemePart the scheme-specific part
 * @param pilot whether the request opts in to issuing under a candidate scheme for a pilot
 * @since 0.1
 */
public record IssuanceRequest(
    SchemeId scheme,
    String schemeVersion,
    BodyId issuer,
    Optional<BodyId> itsef,
    CertifiedObject object,
    Holder holder,
    List<String> legalReferences,
    Optional<String> certificationReport,
    AssuranceLevel assuranceLevel,
    Optional<String> evaluationLevel,
    List<String> standards,
    List<String> protectionProfiles,
    LocalDate validUntil,
    List<String> approvals,
    Optional<CertificateId> underlying,
    Optional<String> markUrl,
    Optional<SchemeSpecificPart> schemePart,
    boolean pilot) {
  /** The placeholder of the assigned identifier in {@link #markUrl()}. */
  public static final String ID_PLACEHOLDER = "{id}";

  public IssuanceRequest {
    checkNotNull(scheme, "scheme");
    checkNotNull(schemeVersion, "schemeVersion");
    checkArgument(!schemeVersion.isBlank(), "schemeVersion is blank");
    checkNotNull(issuer, "issuer");
    checkNotNull(itsef, "itsef");
    checkNotNull(object, "object");
    checkNotNull(holder, "holder");
    legalReferences = ImmutableList.copyOf(legalReferences);
    checkNotNull(certificationReport, "certificationReport");
    checkNotNull(assuranceLevel, "assuranceLevel");
    checkNotNull(evaluationLevel, "evaluationLevel");
    standards = ImmutableList.copyOf(standards);
    protectionProfiles = ImmutableList.copyOf(protectionProfiles);
    checkNotNull(validUntil, "validUntil");
    approvals = ImmutableList.copyOf(approvals);
    checkNotNull(underlying, "underlying");
    checkNotNull(markUrl, "markUrl");
    checkNotNull(schemePart, "schemePart");
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding everything of this request, to derive another. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * The request that would issue {@code content} again: everything the content says except what
   * the issuer sets (identifier, issue instant, body references, predecessor). The mark URL is
   * kept as written, so a derived request should usually set it again.
   */
  public static Builder from(CertificateContent content) {
    checkNotNull(content, "content");
    Builder b =
        builder()
            .scheme(content.scheme(), content.schemeVersion())
            .issuer(content.issuer().id())
            .itsef(content.itsef().map(BodyReference::id))
            .object(content.object())
            .holder(content.holder())
            .legalReferences(content.legalReferences())
            .certificationReport(content.certificationReport())
            .assuranceLevel(content.assuranceLevel())
            .evaluationLevel(content.evaluationLevel())
            .standards(content.standards())
            .protectionProfiles(content.protectionProfiles())
            .validUntil(content.validUntil())
            .approvals(content.approvals())
            .underlying(content.underlying())
            .markUrl(content.markUrl())
            .schemePart(content.schemePart());
    return b;
  }

  /** The mark URL with {@code {id}} replaced by {@code id} in lower case. */
  public Optional<String> markUrlFor(CertificateId id) {
    checkNotNull(id, "id");
    return markUrl.map(
        u -> u.replace(ID_PLACEHOLDER, id.value().toLowerCase(java.util.Locale.ROOT)));
  }

  /** Builds an {@link IssuanceRequest}. Not thread-safe. */
  public static final class Builder {
    private SchemeId scheme;
    private String schemeVersion;
    private BodyId issuer;
    private Optional<BodyId> itsef = Optional.empty();
    private CertifiedObject object;
    private Holder holder;
    private final List<String> legalReferences = new ArrayList<>();
    private Optional<String> certificationReport = Optional.empty();
    private AssuranceLevel assuranceLevel;
    private Optional<String> evaluationLevel = Optional.empty();
    private final List<String> standards = new ArrayList<>();
    private final List<String> protectionProfiles = new ArrayList<>();
    private LocalDate validUntil;
    private final List<String> approvals = new ArrayList<>();
    private Optional<CertificateId> underlying = Optional.empty();
    private Optional<String> markUrl = Optional.empty();
    private Optional<SchemeSpecificPart> schemePart = Optional.empty();
    private boolean pilot;

    private Builder() {}

    private Builder(IssuanceRequest r) {
      scheme = r.scheme;
      schemeVersion = r.schemeVersion;
      issuer = r.issuer;
      itsef = r.itsef;
      object = r.object;
      holder = r.holder;
      legalReferences.addAll(r.legalReferences);
      certificationReport = r.certificationReport;
      assuranceLevel = r.assuranceLevel;
      evaluationLevel = r.evaluationLevel;
      standards.addAll(r.standards);
      protectionProfiles.addAll(r.protectionProfiles);
      validUntil = r.validUntil;
      approvals.addAll(r.approvals);
      underlying = r.underlying;
      markUrl = r.markUrl;
      schemePart = r.schemePart;
      pilot = r.pilot;
    }

    public Builder scheme(SchemeId scheme, String version) {
      this.scheme = scheme;
      this.schemeVersion = version;
      return this;
    }

    public Builder issuer(BodyId issuer) {
      this.issuer = issuer;
      return this;
    }

    public Builder itsef(Optional<BodyId> itsef) {
      this.itsef = checkNotNull(itsef, "itsef");
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

    public Builder validUntil(LocalDate validUntil) {
      this.validUntil = validUntil;
      return this;
    }

    public Builder approvals(List<String> refs) {
      approvals.clear();
      approvals.addAll(refs);
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

    /**
     * Opts in to issuing under a candidate (not adopted) scheme, for a pilot (CSA Art 49(7) does
     * not apply yet). Named so that an audit can grep for it.
     */
    public Builder allowCandidateSchemeForPilot() {
      this.pilot = true;
      return this;
    }

    /** Builds the request; see the record's constructor for what is checked. */
    public IssuanceRequest build() {
      return new IssuanceRequest(
          scheme,
          schemeVersion,
          issuer,
          itsef,
          object,
          holder,
          legalReferences,
          certificationReport,
          assuranceLevel,
          evaluationLevel,
          standards,
          protectionProfiles,
          validUntil,
          approvals,
          underlying,
          markUrl,
          schemePart,
          pilot);
    }
  }
}
