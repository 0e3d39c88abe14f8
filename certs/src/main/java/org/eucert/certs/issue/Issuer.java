/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.issue;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.eucert.certs.sign.EnvelopeCodec;
import org.eucert.certs.sign.Signer;
import org.eucert.core.model.Accreditation;
import org.eucert.core.model.Body;
import org.eucert.core.model.BodyId;
import org.eucert.core.model.BodyReference;
import org.eucert.core.model.BodyRole;
import org.eucert.core.model.Bytes;
import org.eucert.core.model.CertificateContent;
import org.eucert.core.model.CertificateId;
import org.eucert.core.model.CertificateIdParts;
import org.eucert.core.model.CertificateIdPattern;
import org.eucert.core.model.IssuanceRequest;
import org.eucert.core.model.LegalReference;
import org.eucert.core.model.SchemeVersion;
import org.eucert.core.model.SigningKey;
import org.eucert.core.registry.Actor;
import org.eucert.core.registry.CertificateDocuments;
import org.eucert.core.registry.ConcurrentUpdateException;
import org.eucert.core.registry.IssuedCertificate;
import org.eucert.core.registry.Registry;
import org.eucert.core.registry.ReviewOutcome;
import org.eucert.core.rules.Finding;
import org.eucert.core.rules.IssuingContext;
import org.eucert.core.rules.RuleCode;
import org.eucert.core.rules.RuleEngine;
import org.eucert.core.rules.RuleInput;
import org.eucert.core.rules.RuleReport;
import org.eucert.core.rules.Severity;
import org.eucert.core.time.LegalTime;
import org.eucert.core.xml.CertificateCodec;
import org.eucert.schemes.catalogue.SchemeCatalogue;

/**
 * Issues certificates: from an {@link IssuanceRequest}, it reads the issuing body's authority from
 * the registry as it stood at the issue instant (accreditation, notification, authorisation,
 * delegation, approvals; the ITSEF's accreditation and authorisation), runs the scheme's rules
 * (generic CSA rules plus the scheme profile's, e.g. EUCC), checks the signing key, assigns the
 * identifier from the body's or the scheme's {@link CertificateIdPattern}, writes the certificate
 * XML, signs it and records content and signed bytes in one registry transaction (CSA Art 56;
 * EUCC Art 9, Annex VII; ARCHITECTURE.md sections 5, 6, 9).
 *
 * <p>A refused request throws {@link IssuanceRefusedException} with every error finding and
 * records nothing: no number is drawn, nothing is signed. The issue instant comes only from the
 * injected {@link Clock} (truncated to the second, the signing-time precision), so a test or
 * sandbox can issue in the past with a fixed clock; no request field sets it.
 *
 * <p>The rules run before a number is drawn, on the content with a provisional identifier (number
 * 0, or the successor's revision), and again on the final content. An NCCA approval that names a
 * certificate identifier therefore applies only to a re-issue (whose identifier is known in
 * advance); approvals for a first issue must name none (CSA Art 56(6)(a) approvals are then
 * matched by body, scheme and the reference the request cites).
 *
 * <p>Re-issue after a review (EUCC Art 13(2)(c)-(d)): {@link #reissue} issues a successor whose
 * identifier is the predecessor's with the next revision (where the pattern has a revision group)
 * and which names the predecessor; the registry withdraws the predecessor, records the successor
 * and links them in one transaction, under its state machine (DOMAIN.md 7.5).
 *
 * <p>Thread-safe if its signer is (the signers of {@code org.eucert.certs.sign} are): identifiers
 * come from the registry's per-body counters, unique under concurrent callers.
 *
 * @since 0.1
 */
public final class Issuer {
  /** The scheme and version requested are not in the catalogue. */
  public static final String SCHEME_UNKNOWN = "ISSUE-SCHEME-UNKNOWN";

  /** The issuing body is not enrolled in the registry. */
  public static final String ISSUER_UNKNOWN = "ISSUE-ISSUER-UNKNOWN";

  /** The ITSEF named is not an enrolled ITSEF. */
  public static final String ITSEF_UNKNOWN = "ISSUE-ITSEF-UNKNOWN";

  /** The signer's certificate is not a signing key the registry holds for the issuing body. */
  public static final String SIGNING_KEY_UNKNOWN = "ISSUE-SIGNING-KEY-UNKNOWN";

  /** The signing key's window does not include the issue instant. */
  public static final String SIGNING_KEY_EXPIRED = "ISSUE-SIGNING-KEY-EXPIRED";

  /** The signing key was compromised at or before the issue instant. */
  public static final String SIGNING_KEY_COMPROMISED = "ISSUE-SIGNING-KEY-COMPROMISED";

  /** The content the request describes is not a certificate at all (validity before issue). */
  public static final String CONTENT_INVALID = "ISSUE-CONTENT-INVALID";

  /** The predecessor of a re-issue is not held, or cannot be re-issued by this issuer. */
  public static final String PREDECESSOR = "ISSUE-PREDECESSOR";

  /** The pattern used when neither the body nor the scheme has one. */
  public static final String DEFAULT_PATTERN = "{scheme}-{body}-{yyyy}-{MM}-{seq:4}[-{rev:2}]";

  /** How often a registry write is tried when concurrent writers win. */
  private static final int WRITE_ATTEMPTS = 25;

  static final LegalReference KEY_POLICY = LegalReference.of("eucert", "ARCHITECTURE.md section 6");

  private final Registry registry;
  private final SchemeCatalogue catalogue;
  private final Clock clock;
  private final ContentSigner signer;
  private final Actor actor;
  private final CertificateCodec codec;
  private final ImmutableMap<BodyId, CertificateIdPattern> bodyPatterns;
  private final CertificateIdPattern defaultPattern;
  private final Map<String, RuleEngine> engines;

  private Issuer(Builder b) {
    this.registry = b.registry;
    this.catalogue = b.catalogue;
    this.clock = b.clock;
    this.signer = b.signer;
    this.actor = b.actor;
    this.codec = CertificateCodec.create();
    this.bodyPatterns = ImmutableMap.copyOf(b.bodyPatterns);
    this.defaultPattern = CertificateIdPattern.of(DEFAULT_PATTERN);
    Map<String, RuleEngine> e = new HashMap<>();
    for (SchemeVersion s : catalogue.schemes()) {
      e.computeIfAbsent(s.schemeId().value(), k -> catalogue.rules(s.schemeId()));
    }
    this.engines = ImmutableMap.copyOf(e);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** What a successful re-issue returns: the successor's envelope. */
  public enum ReissueOutcome {
    /** EUCC Art 13(2)(c): withdrawn and replaced with the same scope and a later validity end. */
    SAME_SCOPE_EXTENDED_VALIDITY,
    /** EUCC Art 13(2)(d): withdrawn and replaced with a different scope. */
    NEW_SCOPE
  }

  /**
   * Issues a certificate.
   *
   * @return the certificate content, its XML as signed, the envelope and any warnings
   * @throws IssuanceRefusedException with every error finding; nothing is recorded
   * @throws IssuanceSigningException if signing failed; nothing is recorded
   * @throws org.eucert.core.registry.RegistryException if the registry refused to record it
   */
  public IssuedEnvelope issue(IssuanceRequest request) {
    checkNotNull(request, "request");
    Instant at = issueInstant();
    Prepared p = prepare(request, at, Optional.empty());
    CertificateId id = p.pattern.format(p.idParts(nextNumber(p)));
    Built built = build(p, id);
    retrying(() -> registry.recordIssued(built.issued, actor));
    return built.envelope;
  }

  /**
   * Re-issues a certificate after a review (EUCC Art 13(2)(c) or (d)): the successor is issued
   * from {@code request} at the clock's instant, named as the predecessor's successor and given
   * the predecessor's identifier with the next revision; the registry then withdraws the
   * predecessor with that instant and records the successor, in one transaction.
   *
   * @throws IssuanceRefusedException if the rules refuse the successor or the predecessor is not
   *     held; nothing is recorded
   * @throws org.eucert.core.registry.LifecycleRuleException if the successor does not fit the
   *     outcome (same scope, later validity for (c); another scope for (d))
   * @throws org.eucert.core.registry.IllegalStatusTransitionException if the predecessor is not
   *     in force (or suspended) at the decision
   */
  public IssuedEnvelope reissue(
      CertificateId predecessor, ReissueOutcome outcome, IssuanceRequest request) {
    checkNotNull(predecessor, "predecessor");
    checkNotNull(outcome, "outcome");
    checkNotNull(request, "request");
    Instant at = issueInstant();
    CertificateContent previous = predecessorContent(predecessor);
    if (!previous.issuer().id().equals(request.issuer())) {
      throw refused(
          PREDECESSOR,
          LegalReference.of("EUCC", "Art 13(1)"),
          "certificate "
              + predecessor
              + " was issued by "
              + previous.issuer().id()
              + "; only its issuing body reviews and re-issues it, not "
              + request.issuer());
    }
    Prepared p = prepare(request, at, Optional.of(previous));
    CertificateId id = successorId(p, previous);
    Built built = build(p, id);
    ReviewOutcome review =
        outcome == ReissueOutcome.SAME_SCOPE_EXTENDED_VALIDITY
            ? new ReviewOutcome.ReissuedSameScope(at, built.issued)
            : new ReviewOutcome.ReissuedNewScope(at, built.issued);
    retrying(() -> registry.review(predecessor, review, actor));
    return built.envelope;
  }

  /**
   * Renews a certificate (EUCC Art 13(2)(c)): the same content with a later validity end, as a
   * successor of the reviewed certificate. The mark URL is derived from {@code markUrl}, which
   * may contain {@code {id}}.
   */
  public IssuedEnvelope renew(
      CertificateId predecessor, LocalDate validUntil, Optional<String> markUrl) {
    checkNotNull(validUntil, "validUntil");
    checkNotNull(markUrl, "markUrl");
    CertificateContent previous = predecessorContent(predecessor);
    IssuanceRequest request =
        IssuanceRequest.from(previous).validUntil(validUntil).markUrl(markUrl).build();
    return reissue(predecessor, ReissueOutcome.SAME_SCOPE_EXTENDED_VALIDITY, request);
  }

  // ---- steps ----------------------------------------------------------------------------------

  private Instant issueInstant() {
    // the signing time is written to the second (ARCHITECTURE.md 6): the content says the same
    return clock.instant().truncatedTo(ChronoUnit.SECONDS);
  }

  /** Everything decided before a number is drawn: all checks passed. */
  private static final class Prepared {
    final SchemeVersion scheme;
    final IssuingContext context;
    final CertificateContent.Builder content;
    final IssuanceRequest request;
    final CertificateIdPattern pattern;
    final String bodyPart;
    final LocalDate day;
    final RuleEngine engine;

    Prepared(
        SchemeVersion scheme,
        IssuingContext context,
        CertificateContent.Builder content,
        IssuanceRequest request,
        CertificateIdPattern pattern,
        String bodyPart,
        LocalDate day,
        RuleEngine engine) {
      this.scheme = scheme;
      this.context = context;
      this.content = content;
      this.request = request;
      this.pattern = pattern;
      this.bodyPart = bodyPart;
      this.day = day;
      this.engine = engine;
    }

    CertificateIdParts idParts(long number) {
      return new CertificateIdParts(
          request.scheme().value(),
          bodyPart,
          day.getYear(),
          Optional.of(day.getMonthValue()),
          number,
          Optional.empty());
    }

    String series() {
      return request.scheme().value() + "-" + day.getYear();
    }
  }

  private static final class Built {
    final IssuedCertificate issued;
    final IssuedEnvelope envelope;

    Built(IssuedCertificate issued, IssuedEnvelope envelope) {
      this.issued = issued;
      this.envelope = envelope;
    }
  }

  private Prepared prepare(
      IssuanceRequest request, Instant at, Optional<CertificateContent> predecessor) {
    List<Finding> findings = new ArrayList<>();
    Optional<SchemeVersion> scheme = catalogue.find(request.scheme(), request.schemeVersion());
    if (scheme.isEmpty()) {
      findings.add(
          error(
              SCHEME_UNKNOWN,
              LegalReference.of("CSA", "Art 49(7)"),
              "scheme "
                  + request.scheme()
                  + " version "
                  + request.schemeVersion()
                  + " is not in the catalogue; known: "
                  + catalogue.versions(request.scheme()).stream()
                      .map(SchemeVersion::version)
                      .toList()));
    }
    Optional<Body> issuer = registry.body(request.issuer());
    if (issuer.isEmpty()) {
      findings.add(
          error(
              ISSUER_UNKNOWN,
              LegalReference.of("CSA", "Art 56(4)"),
              "issuing body " + request.issuer() + " is not enrolled in the registry"));
    }
    Optional<Body> itsef = Optional.empty();
    if (request.itsef().isPresent()) {
      itsef = registry.body(request.itsef().get()).filter(b -> b.role() == BodyRole.ITSEF);
      if (itsef.isEmpty()) {
        findings.add(
            error(
                ITSEF_UNKNOWN,
                LegalReference.of("EUCC", "Art 9(1)(a)"),
                request.itsef().get() + " is not an ITSEF enrolled in the registry"));
      }
    }
    if (!findings.isEmpty()) {
      throw new IssuanceRefusedException("issuance request", findings);
    }
    Body body = issuer.get();
    checkKey(body, at, findings);

    IssuingContext context = context(body, itsef, request.pilot());
    CertificateIdPattern pattern = patternFor(body, scheme.get());
    String bodyPart = bodyPart(body, context, request, at);
    LocalDate day = LegalTime.dayOf(at);
    CertificateContent.Builder content =
        CertificateContent.builder()
            .scheme(request.scheme(), request.schemeVersion())
            .object(request.object())
            .holder(request.holder())
            .issuer(reference(body, accreditationReference(context.accreditations(), request, at)))
            .itsef(
                itsef.map(
                    b ->
                        reference(
                            b, accreditationReference(context.itsefAccreditations(), request, at))))
            .responsibleNcca(responsibleNcca(body))
            .legalReferences(request.legalReferences())
            .certificationReport(request.certificationReport())
            .assuranceLevel(request.assuranceLevel())
            .evaluationLevel(request.evaluationLevel())
            .standards(request.standards())
            .protectionProfiles(request.protectionProfiles())
            .issuedAt(at)
            .validUntil(request.validUntil())
            .approvals(request.approvals())
            .predecessor(predecessor.map(CertificateContent::id))
            .underlying(request.underlying())
            .schemePart(request.schemePart());
    RuleEngine engine = engines.get(request.scheme().value());
    Prepared p =
        new Prepared(scheme.get(), context, content, request, pattern, bodyPart, day, engine);
    // the rules see the identifier the issue will have, number aside: a provisional number 0
    CertificateId provisional =
        predecessor.isPresent()
            ? successorIdOf(p, predecessor.get())
            : pattern.format(p.idParts(0));
    Optional<CertificateContent> candidate = content(p, provisional, findings);
    candidate.ifPresent(c -> findings.addAll(engine.evaluate(input(p, c)).errors()));
    if (!findings.isEmpty()) {
      throw new IssuanceRefusedException("issuance request", findings);
    }
    return p;
  }

  private static RuleInput input(Prepared p, CertificateContent c) {
    return new RuleInput(p.scheme, c, p.context);
  }

  private Optional<CertificateContent> content(
      Prepared p, CertificateId id, List<Finding> findings) {
    try {
      return Optional.of(p.content.id(id).markUrl(p.request.markUrlFor(id)).build());
    } catch (IllegalArgumentException e) {
      findings.add(error(CONTENT_INVALID, LegalReference.of("CSA", "Art 56(9)"), e.getMessage()));
      return Optional.empty();
    }
  }

  private long nextNumber(Prepared p) {
    return registry.nextCertificateNumber(p.request.issuer(), p.series(), actor);
  }

  private Built build(Prepared p, CertificateId id) {
    List<Finding> findings = new ArrayList<>();
    CertificateContent content = content(p, id, findings).orElseThrow();
    // the rules again on the final content: the identifier is part of what they judge (R11)
    RuleReport report = p.engine.evaluate(input(p, content));
    if (!report.isAccepted()) {
      throw new IssuanceRefusedException("certificate " + id, report.errors());
    }
    byte[] xml = codec.write(content);
    byte[] envelope = signer.sign(xml, content.issuedAt());
    Bytes document = Bytes.copyOf(xml);
    Bytes signed = Bytes.copyOf(envelope);
    List<Finding> notes =
        report.findings().stream().filter(f -> f.severity() != Severity.ERROR).toList();
    return new Built(
        new IssuedCertificate(content, document, signed),
        new IssuedEnvelope(content, document, signed, notes));
  }

  /**
   * Runs a registry write, again if a concurrent writer won (the registry's optimistic locking:
   * the loser wrote nothing and may retry, e.g. two issuers appending to the audit chain or
   * recording the same holder at once). The identifier is already unique, so a retry writes the
   * same certificate.
   */
  private static void retrying(Runnable write) {
    for (int attempt = 1; ; attempt++) {
      try {
        write.run();
        return;
      } catch (ConcurrentUpdateException e) {
        if (attempt >= WRITE_ATTEMPTS) {
          throw e;
        }
        try {
          Thread.sleep(ThreadLocalRandom.current().nextLong(1, 2L * attempt + 2));
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  private CertificateContent predecessorContent(CertificateId id) {
    Optional<CertificateDocuments> docs = registry.documents(id);
    if (docs.isEmpty()) {
      throw refused(
          PREDECESSOR,
          LegalReference.of("EUCC", "Art 13(2)"),
          "certificate " + id + " is not held in the registry");
    }
    return codec.parse(docs.get().contentDocument().toByteArray());
  }

  private CertificateId successorId(Prepared p, CertificateContent previous) {
    if (hasRevision(p.pattern) && p.pattern.parse(previous.id()).isPresent()) {
      return successorIdOf(p, previous);
    }
    return p.pattern.format(p.idParts(nextNumber(p)));
  }

  /**
   * The predecessor's identifier with the next revision (DOMAIN.md 2.12: observed practice keeps
   * the body's number and counts revisions), or, where the pattern has no revision group or does
   * not read the predecessor's identifier, a provisional new identifier (number 0) for the rules.
   */
  private static CertificateId successorIdOf(Prepared p, CertificateContent previous) {
    Optional<CertificateIdParts> parts = p.pattern.parse(previous.id());
    if (hasRevision(p.pattern) && parts.isPresent()) {
      CertificateIdParts prev = parts.get();
      return p.pattern.format(prev.withRevision(prev.revision().orElse(0) + 1));
    }
    return p.pattern.format(p.idParts(0));
  }

  private static boolean hasRevision(CertificateIdPattern pattern) {
    return pattern.pattern().contains("{rev:");
  }

  private void checkKey(Body body, Instant at, List<Finding> findings) {
    Bytes certificate = signer.certificateDer();
    Optional<SigningKey> key =
        registry.signingKeys(body.id()).stream()
            .filter(k -> k.certificate().equals(certificate))
            .findFirst();
    if (key.isEmpty()) {
      findings.add(
          error(
              SIGNING_KEY_UNKNOWN,
              KEY_POLICY,
              "the signer's certificate is not a signing key the registry holds for "
                  + body.id()
                  + "; add it with Registry.addSigningKey first"));
    } else if (key.get().compromisedBy(at)) {
      findings.add(
          error(
              SIGNING_KEY_COMPROMISED,
              KEY_POLICY,
              "signing key "
                  + key.get().keyId()
                  + " of "
                  + body.id()
                  + " was compromised at "
                  + key.get().compromisedAt().orElseThrow()
                  + ", before the issue instant "
                  + at));
    } else if (!key.get().withinWindow(at)) {
      findings.add(
          error(
              SIGNING_KEY_EXPIRED,
              KEY_POLICY,
              "signing key "
                  + key.get().keyId()
                  + " of "
                  + body.id()
                  + " is valid from "
                  + key.get().validFrom()
                  + key.get().validUntil().map(u -> " until " + u).orElse("")
                  + ", not at the issue instant "
                  + at));
    }
  }

  private IssuingContext context(Body issuer, Optional<Body> itsef, boolean pilot) {
    IssuingContext.Builder b = IssuingContext.builder().issuer(issuer);
    registry.accreditations(issuer.id()).forEach(b::addAccreditation);
    registry.notifications(issuer.id()).forEach(b::addNotification);
    registry.authorisations(issuer.id()).forEach(b::addAuthorisation);
    registry.delegations(issuer.id()).forEach(b::addDelegation);
    registry.approvals(issuer.id()).forEach(b::addApproval);
    if (itsef.isPresent()) {
      b.itsef(itsef.get());
      registry.accreditations(itsef.get().id()).forEach(b::addItsefAccreditation);
      registry.authorisations(itsef.get().id()).forEach(b::addItsefAuthorisation);
    }
    if (pilot) {
      b.allowCandidateSchemeForPilot();
    }
    return b.build();
  }

  private CertificateIdPattern patternFor(Body body, SchemeVersion scheme) {
    CertificateIdPattern own = bodyPatterns.get(body.id());
    if (own != null) {
      return own;
    }
    return scheme.certificateIdPattern().orElse(defaultPattern);
  }

  /**
   * The body part of an identifier (EUCC Art 11(3)(b)(2)): the notified-body number, else the
   * reference of the accreditation relied on, else the body id, letters and digits only.
   */
  private static String bodyPart(
      Body body, IssuingContext context, IssuanceRequest request, Instant at) {
    Optional<String> part = body.notifiedBodyNumber();
    if (part.isEmpty()) {
      part = accreditationReference(context.accreditations(), request, at);
    }
    String raw = part.orElse(body.id().value()).replaceAll("[^A-Za-z0-9]", "");
    return raw.isEmpty() ? "X" : raw;
  }

  private static Optional<String> accreditationReference(
      List<Accreditation> accreditations, IssuanceRequest request, Instant at) {
    return accreditations.stream()
        .filter(a -> a.inForceAt(at) && a.covers(request.scheme(), request.object().category()))
        .map(Accreditation::reference)
        .findFirst();
  }

  private static BodyReference reference(Body body, Optional<String> accreditation) {
    return new BodyReference(
        body.id(),
        body.name(),
        body.address(),
        body.contact(),
        accreditation,
        body.notifiedBodyNumber());
  }

  private Optional<BodyReference> responsibleNcca(Body issuer) {
    if (issuer.isNcca()) {
      return Optional.of(reference(issuer, Optional.empty()));
    }
    return issuer
        .supervisingNcca()
        .flatMap(registry::body)
        .map(n -> reference(n, Optional.empty()));
  }

  static Finding error(String code, LegalReference ref, String message) {
    return new Finding(RuleCode.of(code), Severity.ERROR, ref, message);
  }

  private static IssuanceRefusedException refused(
      String code, LegalReference ref, String message) {
    return new IssuanceRefusedException(
        "issuance request", ImmutableList.of(error(code, ref, message)));
  }

  /** Builds an {@link Issuer}. Not thread-safe. */
  public static final class Builder {
    private Registry registry;
    private SchemeCatalogue catalogue;
    private Clock clock;
    private ContentSigner signer;
    private Actor actor = Actor.of("eucert-issuer");
    private final Map<BodyId, CertificateIdPattern> bodyPatterns = new HashMap<>();

    private Builder() {}

    /** The registry the issuer reads authority from and records into. Required. */
    public Builder registry(Registry registry) {
      this.registry = checkNotNull(registry, "registry");
      return this;
    }

    /** The schemes and their rules. Required. */
    public Builder catalogue(SchemeCatalogue catalogue) {
      this.catalogue = checkNotNull(catalogue, "catalogue");
      return this;
    }

    /**
     * The clock giving the issue instant. Required. A fixed clock in the past issues in the past
     * (tests, sandboxes); nothing else sets the issue instant.
     */
    public Builder clock(Clock clock) {
      this.clock = checkNotNull(clock, "clock");
      return this;
    }

    /**
     * The issuing body's signer and the codec that wraps content in its envelope. Required (this
     * or {@link #signer(Signer)}). The signer's certificate must be a signing key the registry
     * holds for the issuing body, usable at the issue instant.
     */
    public Builder signer(EnvelopeCodec codec, Signer signer) {
      return signer(ContentSigner.of(codec, signer));
    }

    /** The issuing body's signer, with {@link EnvelopeCodec#standard()}. */
    public Builder signer(Signer signer) {
      return signer(EnvelopeCodec.standard(), signer);
    }

    /** Signs through the seam of this package (its tests). */
    Builder signer(ContentSigner signer) {
      this.signer = checkNotNull(signer, "signer");
      return this;
    }

    /** Who the registry's audit log names for what this issuer records. */
    public Builder actor(Actor actor) {
      this.actor = checkNotNull(actor, "actor");
      return this;
    }

    /**
     * The identifier pattern of one body, instead of its scheme's (EUCC Annex VII(a): the
     * identifier is established by the certification body).
     */
    public Builder idPattern(BodyId body, CertificateIdPattern pattern) {
      bodyPatterns.put(checkNotNull(body, "body"), checkNotNull(pattern, "pattern"));
      return this;
    }

    /**
     * Builds the issuer.
     *
     * @throws IllegalStateException if the registry, catalogue, clock or signer is missing
     */
    public Issuer build() {
      checkState(registry != null, "set the registry");
      checkState(catalogue != null, "set the catalogue");
      checkState(clock != null, "set the clock");
      checkState(signer != null, "set the signer");
      return new Issuer(this);
    }
  }
}
