/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.issue;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.eucert.certs.sign.EnvelopeCodec;
import org.eucert.certs.sign.Signer;
import org.eucert.core.model.AssuranceLevel;
import org.eucert.core.model.Bytes;
import org.eucert.core.model.LegalReference;
import org.eucert.core.model.SchemeVersion;
import org.eucert.core.model.StatementOfConformity;
import org.eucert.core.registry.Actor;
import org.eucert.core.registry.Registry;
import org.eucert.core.rules.Finding;
import org.eucert.core.rules.GenericRules;
import org.eucert.core.rules.IssuingContext;
import org.eucert.core.rules.RuleInput;
import org.eucert.core.rules.RuleReport;
import org.eucert.core.rules.Severity;
import org.eucert.core.xml.StatementCodec;
import org.eucert.schemes.catalogue.SchemeCatalogue;

/**
 * Lets a manufacturer or provider issue its own EU statement of conformity (CSA Art 53), signed
 * with its own key in the same envelope as certificates (ARCHITECTURE.md section 6): only at
 * assurance level basic and only under a scheme whose basic level allows self-assessment (CSA Art
 * 53(1); DOMAIN.md 7.4 R3). EUCC never allows it (EUCC Art 6): its rule {@code
 * EUCC-R3-NO-SELF-ASSESSMENT} refuses.
 *
 * <p>The scheme's rules run with a self-declared context (no issuing body), so the scheme must be
 * adopted and applicable on the day of issue and the standards the scheme's. A refused request
 * throws {@link IssuanceRefusedException} with every finding and signs and records nothing. The
 * issue instant is the clock's, to the second.
 *
 * <p>If a registry is given, the statement is recorded there with its document and envelope (CSA
 * Art 53(3): the documentation stays available to the NCCA).
 *
 * <p>Thread-safe if its signer is.
 *
 * @since 0.1
 */
public final class StatementIssuer {
  private final SchemeCatalogue catalogue;
  private final Clock clock;
  private final Signer signer;
  private final ContentSigner contentSigner;
  private final Optional<Registry> registry;
  private final Actor actor;
  private final StatementCodec codec;

  private StatementIssuer(Builder b) {
    this.catalogue = b.catalogue;
    this.clock = b.clock;
    this.signer = b.signer;
    this.contentSigner = ContentSigner.of(b.codec, b.signer);
    this.registry = Optional.ofNullable(b.registry);
    this.actor = b.actor;
    this.codec = StatementCodec.create();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Issues, signs and (if a registry is set) records a statement of conformity.
   *
   * @throws IssuanceRefusedException with every finding if the statement may not be issued
   * @throws IssuanceSigningException if signing failed
   */
  public IssuedEnvelope issue(StatementRequest request) {
    checkNotNull(request, "request");
    Instant at = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    List<Finding> findings = new ArrayList<>();
    Optional<SchemeVersion> scheme = catalogue.find(request.scheme(), request.schemeVersion());
    if (scheme.isEmpty()) {
      findings.add(
          Issuer.error(
              Issuer.SCHEME_UNKNOWN,
              LegalReference.of("CSA", "Art 49(7)"),
              "scheme " + request.scheme() + " version " + request.schemeVersion()
                  + " is not in the catalogue"));
    }
    if (request.assuranceLevel() != AssuranceLevel.BASIC) {
      // the model holds statements at basic only; the refusal is the generic rule's
      findings.add(
          Issuer.error(
              GenericRules.SELF_ASSESSMENT,
              LegalReference.of("CSA", "Art 53(1)"),
              "an EU statement of conformity is only for level BASIC, not "
                  + request.assuranceLevel()));
    }
    checkSignerCertificate(at, findings);
    if (!findings.isEmpty()) {
      throw new IssuanceRefusedException("statement " + request.id(), findings);
    }
    StatementOfConformity statement =
        new StatementOfConformity(
            request.id(),
            request.scheme(),
            request.schemeVersion(),
            request.object(),
            request.manufacturer(),
            request.assuranceLevel(),
            request.standards(),
            at,
            request.documentationAvailableUntil(),
            Optional.empty(),
            Optional.empty());
    RuleReport report =
        catalogue
            .rules(request.scheme())
            .evaluate(new RuleInput(scheme.get(), statement, IssuingContext.selfDeclared()));
    if (!report.isAccepted()) {
      throw new IssuanceRefusedException("statement " + request.id(), report.errors());
    }
    byte[] xml = codec.write(statement);
    Bytes document = Bytes.copyOf(xml);
    Bytes envelope = Bytes.copyOf(contentSigner.sign(xml, at));
    registry.ifPresent(r -> r.recordStatement(statement, document, Optional.of(envelope), actor));
    return new IssuedEnvelope(
        statement,
        document,
        envelope,
        report.findings().stream().filter(f -> f.severity() != Severity.ERROR).toList());
  }

  private void checkSignerCertificate(Instant at, List<Finding> findings) {
    try {
      signer.certificate().checkValidity(Date.from(at));
    } catch (CertificateExpiredException | CertificateNotYetValidException e) {
      findings.add(
          Issuer.error(
              Issuer.SIGNING_KEY_EXPIRED,
              Issuer.KEY_POLICY,
              "the manufacturer's signing certificate is valid from "
                  + signer.certificate().getNotBefore().toInstant()
                  + " to "
                  + signer.certificate().getNotAfter().toInstant()
                  + ", not at the issue instant "
                  + at));
    }
  }

  /** Builds a {@link StatementIssuer}. Not thread-safe. */
  public static final class Builder {
    private SchemeCatalogue catalogue;
    private Clock clock;
    private Signer signer;
    private EnvelopeCodec codec = EnvelopeCodec.standard();
    private Registry registry;
    private Actor actor = Actor.of("eucert-statement-issuer");

    private Builder() {}

    /** The schemes and their rules. Required. */
    public Builder catalogue(SchemeCatalogue catalogue) {
      this.catalogue = checkNotNull(catalogue, "catalogue");
      return this;
    }

    /** The clock giving the issue instant. Required. */
    public Builder clock(Clock clock) {
      this.clock = checkNotNull(clock, "clock");
      return this;
    }

    /** The manufacturer's own signer. Required. */
    public Builder signer(Signer signer) {
      this.signer = checkNotNull(signer, "signer");
      return this;
    }

    /** The envelope codec; {@link EnvelopeCodec#standard()} by default. */
    public Builder envelopeCodec(EnvelopeCodec codec) {
      this.codec = checkNotNull(codec, "codec");
      return this;
    }

    /** A registry to record issued statements in; none by default. */
    public Builder registry(Registry registry) {
      this.registry = checkNotNull(registry, "registry");
      return this;
    }

    /** Who the registry's audit log names. */
    public Builder actor(Actor actor) {
      this.actor = checkNotNull(actor, "actor");
      return this;
    }

    /**
     * Builds the issuer.
     *
     * @throws IllegalStateException if the catalogue, clock or signer is missing
     */
    public StatementIssuer build() {
      checkState(catalogue != null, "set the catalogue");
      checkState(clock != null, "set the clock");
      checkState(signer != null, "set the signer");
      return new StatementIssuer(this);
    }
  }
}
