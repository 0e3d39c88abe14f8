/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.verify;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.eucert.certs.sign.EnvelopeCodec;
import org.eucert.certs.trust.TrustSnapshot;
import org.eucert.certs.verify.TrustView.ListState;
import org.eucert.certs.verify.TrustView.ListedSigner;
import org.eucert.certs.verify.TrustView.StatusAnswer;
import org.eucert.certs.verify.TrustView.StatusView;
import org.eucert.core.model.Attestation;
import org.eucert.core.model.BodyId;
import org.eucert.core.model.BodyReference;
import org.eucert.core.model.CertificateContent;
import org.eucert.core.model.CertificateStatus;
import org.eucert.core.model.SchemeId;
import org.eucert.core.model.SchemeVersion;
import org.eucert.core.model.StatementOfConformity;
import org.eucert.core.rules.Finding;
import org.eucert.core.rules.IssuingContext;
import org.eucert.core.rules.RuleEngine;
import org.eucert.core.rules.RuleInput;
import org.eucert.core.rules.RuleReport;
import org.eucert.core.rules.Severity;
import org.eucert.core.time.LegalTime;
import org.eucert.core.xml.CertificateCodec;
import org.eucert.core.xml.StatementCodec;
import org.eucert.core.xml.XmlFormatException;
import org.eucert.schemes.catalogue.SchemeCatalogue;

/**
 * Verifies a signed certificate (or EU statement of conformity): bytes in, {@link
 * VerificationReport} out (ARCHITECTURE.md section 8, DOMAIN.md 7.7).
 *
 * <p>The steps, in order, each recorded as a {@link CheckResult}; the first that does not pass
 * decides the verdict:
 *
 * <ol>
 *   <li>{@link Check#ENVELOPE}: strict parse within size limits, else FORMAT_FAILURE;
 *   <li>{@link Check#SIGNATURE}: message digest, then the signature, with the listed key decoded
 *       at trust load (or, for a signer that is not listed, the envelope's own certificate): else
 *       HASH_FAILURE, SIG_CRYPTO_FAILURE;
 *   <li>{@link Check#CRYPTO_POLICY}: algorithm and key size, else CRYPTO_CONSTRAINTS_FAILURE;
 *   <li>{@link Check#TRUST_DATA}: the list of trust lists signed by a pinned anchor (else
 *       UNKNOWN_ANCHOR), it and the trust list needed healthy and fresh by the clock (else
 *       TRUST_DATA_STALE);
 *   <li>{@link Check#SIGNER_CERTIFICATE}: the signer's certificate valid at the signing time;
 *   <li>{@link Check#SIGNER_LISTED}: the key is a listed body's, within its window (else
 *       SIGNER_NOT_LISTED) and the signing time before any compromise (else KEY_COMPROMISED);
 *   <li>{@link Check#CONTENT}: the XML read strictly; the signing-time equals the issue instant
 *       written in it, to the second (else FORMAT_FAILURE);
 *   <li>{@link Check#AUTHORITY}: the rules engine with the scheme's profile and the issuing
 *       context from the trust lists, rules on the issuer (ISSUER_NOT_NOTIFIED, OUT_OF_SCOPE);
 *   <li>{@link Check#SCHEME_RULES}: the other rules (SCHEME_RULE_VIOLATION) and the policy's
 *       schemes and minimum level (OUT_OF_SCOPE);
 *   <li>{@link Check#VALIDITY}: CERTIFICATE_NOT_YET_VALID, CERTIFICATE_EXPIRED;
 *   <li>{@link Check#STATUS}: from the issuer's status list, which must be healthy and fresh
 *       (TRUST_DATA_STALE), cover the instant (NO_STATUS_INFORMATION), list the certificate with
 *       this content's digest (NOT_REGISTERED): CERTIFICATE_WITHDRAWN, CERTIFICATE_SUSPENDED.
 * </ol>
 *
 * <p>The content is read before authority is judged because authority depends on the scheme,
 * level and issue instant written in it. A document whose signer is not listed and whose content
 * is an EU statement of conformity takes the self-declared path instead ({@link
 * Check#SELF_DECLARED}, CSA Art 53): signature intact, the scheme allows self-assessment at basic,
 * the signer is the manufacturer named; the report is marked self-declared.
 *
 * <p>A listed signer's envelope may carry CA certificates after the signer's; they must chain to
 * a self-signed root the envelope includes, checked once per distinct chain and cached, so that
 * no byte of an envelope is free to change. The default content reader reads certificates
 * ({@code certificate.xsd}) and EU statements of conformity ({@code statement.xsd}).
 *
 * <p>Never throws for bad input. Fail closed: an unexpected exception (or a stack overflow on
 * deeply nested input) inside a step is caught and becomes the verdict of that step, with the
 * exception class in the message: FAILED/FORMAT_FAILURE in the steps that read the document
 * (envelope, signature, content), INDETERMINATE/TRUST_DATA_STALE in the steps that depend on trust
 * data, INDETERMINATE/CRYPTO_CONSTRAINTS_FAILURE in the policy step; nothing ever defaults to
 * PASSED. Only a null argument throws.
 *
 * <p>Freshness of trust data is judged against the clock; validity and status against the
 * validation instant. Immutable and thread-safe: build once, verify from many threads. Nothing is
 * decoded or built per call but the envelope and the content themselves.
 *
 * @since 0.1
 */
public final class Verifier {
  private final TrustView trust;
  private final EnvelopeReader envelopes;
  private final ContentReader contents;
  private final Clock clock;
  private final VerificationPolicy policy;
  private final SchemeCatalogue catalogue;
  private final Map<SchemeId, RuleEngine> engines = new ConcurrentHashMap<>();

  private Verifier(Builder b) {
    this.trust = checkNotNull(b.trust, "trust data: call trustSnapshot(...)");
    this.envelopes = checkNotNull(b.envelopes, "envelope reader");
    this.contents = b.contents != null ? b.contents : DefaultCodec.READER;
    this.clock = checkNotNull(b.clock, "clock");
    this.policy = b.policy;
    this.catalogue = checkNotNull(b.catalogue, "catalogue");
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The policy. */
  public VerificationPolicy policy() {
    return policy;
  }

  /** Verifies {@code envelope} at the clock's current instant. Never throws for bad input. */
  public VerificationReport verify(byte[] envelope) {
    return verify(envelope, clock.instant());
  }

  /**
   * Verifies {@code envelope} at {@code validationInstant}: validity and status are judged at that
   * instant, the freshness of trust data at the clock's. Never throws for bad input.
   */
  public VerificationReport verify(byte[] envelope, Instant validationInstant) {
    checkNotNull(envelope, "envelope");
    checkNotNull(validationInstant, "validationInstant");
    Run run = new Run(LegalTime.normalize(validationInstant), clock.instant());
    try {
      run.envelope(envelope);
    } catch (RuntimeException | StackOverflowError e) {
      run.failClosed(e);
    }
    return run.report();
  }

  /** The certificate codec shared by verifiers built without one (holder idiom: built once). */
  private static final class DefaultCodec {
    static final ContentReader READER =
        ContentReader.attestations(CertificateCodec.create(), StatementCodec::create);
  }

  private RuleEngine engine(SchemeId scheme) {
    return engines.computeIfAbsent(scheme, catalogue::rules);
  }

  /** One verification: the checks so far and what they learnt. Not thread-safe. */
  private final class Run {
    private final Instant at;
    private final Instant now;
    private final List<CheckResult> checks = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<String> path = new ArrayList<>();
    private final List<TrustDataUsed> used = new ArrayList<>();
    private Optional<CertificateSummary> summary = Optional.empty();
    private boolean selfDeclared;
    private Check step = Check.ENVELOPE;
    private boolean ended;

    Run(Instant at, Instant now) {
      this.at = at;
      this.now = now;
    }

    // ---- the pipeline ---------------------------------------------------------------------

    void envelope(byte[] bytes) {
      SignedDocument doc;
      try {
        doc = envelopes.parse(bytes);
      } catch (EnvelopeReader.Rejected e) {
        fail(SubIndication.FORMAT_FAILURE, "not a well-formed envelope: " + e.getMessage());
        return;
      }
      pass("CMS SignedData (DER), one signer, " + doc.algorithm() + ", " + bytes.length + " bytes");
      signature(doc);
    }

    private void signature(SignedDocument doc) {
      step = Check.SIGNATURE;
      Optional<ListedSigner> listed = trust.signer(doc.signerCertificateDer());
      SignedDocument.SignatureOutcome outcome =
          listed.isPresent() ? listed.get().verify(doc) : doc.verifyWithOwnKey();
      switch (outcome) {
        case HASH_FAILURE:
          fail(
              SubIndication.HASH_FAILURE,
              "the content does not match the message-digest signed attribute");
          return;
        case SIG_CRYPTO_FAILURE:
          fail(
              SubIndication.SIG_CRYPTO_FAILURE,
              "the signature does not verify with the key of "
                  + (listed.isPresent() ? "listed body " + listed.get().body() : doc.signerSubject()));
          return;
        case VALID:
          break;
      }
      // a listed signer is named by its body (no certificate decoding on the hot path)
      pass("message digest and " + doc.algorithm() + " signature verify with the key of "
          + (listed.isPresent()
              ? "listed body " + listed.get().body() + " (key " + listed.get().key().keyId() + ")"
              : doc.signerSubject()));
      step = Check.CRYPTO_POLICY;
      int bits = listed.isPresent() ? listed.get().keyBits() : doc.ownKeyBits();
      Optional<String> refusal = policy.refusal(doc.algorithm(), bits);
      if (refusal.isPresent()) {
        fail(SubIndication.CRYPTO_CONSTRAINTS_FAILURE, refusal.get());
        return;
      }
      pass(doc.algorithm() + " with a " + bits + "-bit key is accepted by the policy");
      if (listed.isPresent()) {
        listedSigner(doc, listed.get());
      } else {
        unlistedSigner(doc);
      }
    }

    private void unlistedSigner(SignedDocument doc) {
      Optional<Attestation> content = contents.tryRead(doc.content());
      if (content.isPresent() && content.get() instanceof StatementOfConformity s) {
        selfDeclared(doc, s);
        return;
      }
      step = Check.TRUST_DATA;
      if (!listOfListsUsable()) {
        return;
      }
      List<ListState> bad =
          trust.trustLists().stream().filter(l -> problem(l).isPresent()).collect(Collectors.toList());
      if (!bad.isEmpty()) {
        fail(
            SubIndication.TRUST_DATA_STALE,
            "the signer " + doc.signerSubject() + " is in no usable trust list, and "
                + bad.stream().map(l -> problem(l).get()).collect(Collectors.joining("; "))
                + ": it may be listed there");
        return;
      }
      pass("the list of trust lists and all " + trust.trustLists().size()
          + " trust lists are signed, fresh and not rolled back");
      step = Check.SIGNER_LISTED;
      fail(
          SubIndication.SIGNER_NOT_LISTED,
          "the signer's key (" + doc.signerSubject() + ") belongs to no listed body");
    }

    private void listedSigner(SignedDocument doc, ListedSigner signer) {
      step = Check.TRUST_DATA;
      if (!listOfListsUsable()) {
        return;
      }
      Optional<ListState> list = trust.trustList(signer.trustListId());
      if (list.isEmpty()) {
        fail(
            SubIndication.TRUST_DATA_STALE,
            "the trust list " + signer.trustListId() + " that lists " + signer.body()
                + " was not loaded");
        return;
      }
      Optional<String> problem = problem(list.get());
      if (problem.isPresent()) {
        fail(SubIndication.TRUST_DATA_STALE, problem.get());
        return;
      }
      use(list.get());
      pass("the list of trust lists and the trust list " + list.get().data().id()
          + " are signed, fresh and not rolled back");

      step = Check.SIGNER_CERTIFICATE;
      Instant signed = doc.signingTime();
      if (signed.isBefore(signer.certificateNotBefore())
          || signed.isAfter(signer.certificateNotAfter())) {
        fail(
            SubIndication.SIGNER_NOT_LISTED,
            "signed at " + signed + ", outside the signer certificate's validity "
                + signer.certificateNotBefore() + " to " + signer.certificateNotAfter());
        return;
      }
      pass("the signer's certificate was valid at the signing time " + signed);

      step = Check.SIGNER_LISTED;
      if (signer.key().compromisedBy(signed)) {
        fail(
            SubIndication.KEY_COMPROMISED,
            "signed at " + signed + ", at or after the compromise of key " + signer.key().keyId()
                + " of " + signer.body() + " at " + signer.key().compromisedAt().orElseThrow());
        return;
      }
      if (!signer.key().withinWindow(signed)) {
        fail(
            SubIndication.SIGNER_NOT_LISTED,
            "signed at " + signed + ", outside the listed window of key " + signer.key().keyId()
                + " of " + signer.body() + " (" + signer.key().validFrom() + " to "
                + signer.key().validUntil().map(Instant::toString).orElse("open") + ")");
        return;
      }
      path.add(signer.body() + " key " + signer.key().keyId());
      pass("key " + signer.key().keyId() + " of listed body " + signer.body() + " ("
          + signer.memberState() + "), within its window, not compromised");
      content(doc, signer);
    }

    private void content(SignedDocument doc, ListedSigner signer) {
      step = Check.CONTENT;
      Attestation a;
      try {
        a = contents.read(doc.content());
      } catch (XmlFormatException e) {
        fail(SubIndication.FORMAT_FAILURE, "the content is not a valid document: " + e.getMessage());
        return;
      }
      if (!(a instanceof CertificateContent cert)) {
        fail(
            SubIndication.FORMAT_FAILURE,
            "a listed body signed a statement of conformity, which only a manufacturer issues");
        return;
      }
      summary = Optional.of(CertificateSummary.from(cert));
      if (!sameSecond(doc.signingTime(), cert.issuedAt())) {
        fail(
            SubIndication.FORMAT_FAILURE,
            "the signing-time " + doc.signingTime() + " is not the issue instant "
                + cert.issuedAt() + " written in certificate " + cert.id());
        return;
      }
      pass("certificate " + cert.id() + " (" + cert.scheme() + " " + cert.schemeVersion() + ", "
          + cert.assuranceLevel() + ") read strictly; signing-time equals its issue instant");
      rules(doc, cert, signer.body());
    }

    private void rules(SignedDocument doc, CertificateContent cert, BodyId signerBody) {
      step = Check.AUTHORITY;
      Optional<SchemeVersion> scheme = catalogue.find(cert.scheme(), cert.schemeVersion());
      if (scheme.isEmpty()) {
        step = Check.SCHEME_RULES;
        fail(
            SubIndication.SCHEME_RULE_VIOLATION,
            "scheme " + cert.scheme() + " version " + cert.schemeVersion()
                + " is not in the scheme catalogue");
        return;
      }
      BodyId named = cert.issuer().id();
      if (!named.equals(signerBody)) {
        fail(
            SubIndication.ISSUER_NOT_NOTIFIED,
            "certificate " + cert.id() + " names " + named + " as issuer but was signed by "
                + signerBody);
        return;
      }
      IssuingContext context =
          trust.issuingContext(named, cert.itsef().map(BodyReference::id));
      RuleReport report = engine(cert.scheme()).evaluate(new RuleInput(scheme.get(), cert, context));
      for (Finding f : report.findings()) {
        if (f.severity() == Severity.WARNING) {
          warnings.add(f.toString());
        }
      }
      List<Finding> errors = report.errors();
      Optional<Finding> authority = errors.stream().filter(RuleCodes::isAuthority)
          .min((x, y) -> RuleCodes.subIndication(x).compareTo(RuleCodes.subIndication(y)));
      if (authority.isPresent()) {
        Finding f = authority.get();
        fail(RuleCodes.subIndication(f), f.code() + ": " + f.message(), f.legalReference());
        return;
      }
      pass(named + " was accredited, notified and authorised for " + cert.scheme() + " at "
          + cert.assuranceLevel() + " on " + cert.issueDay());

      step = Check.SCHEME_RULES;
      Optional<Finding> other = errors.stream().filter(f -> !RuleCodes.isAuthority(f)).findFirst();
      if (other.isPresent()) {
        Finding f = other.get();
        fail(SubIndication.SCHEME_RULE_VIOLATION, f.code() + ": " + f.message(), f.legalReference());
        return;
      }
      if (!policyAccepts(cert)) {
        return;
      }
      pass("the " + report.findings().size() + " findings of the " + engine(cert.scheme()).rules().size()
          + " rules of " + cert.scheme() + " include no error");
      validity(doc, cert);
    }

    private boolean policyAccepts(Attestation a) {
      if (!policy.requiredSchemes().isEmpty() && !policy.requiredSchemes().contains(a.scheme())) {
        fail(
            SubIndication.OUT_OF_SCOPE,
            "the policy accepts schemes " + policy.requiredSchemes() + ", not " + a.scheme());
        return false;
      }
      if (!a.assuranceLevel().isAtLeast(policy.minimumLevel())) {
        fail(
            SubIndication.OUT_OF_SCOPE,
            "the policy requires level " + policy.minimumLevel() + " or above, not "
                + a.assuranceLevel());
        return false;
      }
      return true;
    }

    private void validity(SignedDocument doc, CertificateContent cert) {
      step = Check.VALIDITY;
      if (at.isBefore(cert.issuedAt())) {
        fail(
            SubIndication.CERTIFICATE_NOT_YET_VALID,
            "validation instant " + at + " is before the issue instant " + cert.issuedAt());
        return;
      }
      if (!at.isBefore(cert.validityEndExclusive())) {
        summary = summary.map(s -> s.withStatus(CertificateStatus.EXPIRED));
        fail(
            SubIndication.CERTIFICATE_EXPIRED,
            "validation instant " + at + " is after the validity end " + cert.validUntil()
                + " (inclusive, Europe/Brussels)");
        return;
      }
      pass("issued " + cert.issuedAt() + ", valid through " + cert.validUntil());
      status(doc, cert);
    }

    private void status(SignedDocument doc, CertificateContent cert) {
      step = Check.STATUS;
      BodyId issuer = cert.issuer().id();
      Optional<ListState> state = trust.statusListState(issuer);
      if (state.isEmpty()) {
        fail(SubIndication.NO_STATUS_INFORMATION, "no status list of " + issuer + " was loaded");
        return;
      }
      Optional<String> problem = problem(state.get());
      Optional<StatusView> list = trust.statusList(issuer);
      if (problem.isPresent() || list.isEmpty()) {
        fail(
            SubIndication.TRUST_DATA_STALE,
            problem.orElse("the status list of " + issuer + " could not be used"));
        return;
      }
      use(state.get());
      TrustDataUsed data = state.get().data();
      if (at.isAfter(data.nextUpdate())) {
        fail(
            SubIndication.NO_STATUS_INFORMATION,
            "status list " + data.id() + " (sequence " + data.sequence() + ") covers up to "
                + data.nextUpdate() + ", not the validation instant " + at);
        return;
      }
      StatusAnswer answer = list.get().statusAt(cert.id(), cert.issuedAt(), at);
      switch (answer.kind()) {
        case NO_STATUS_INFORMATION:
          fail(
              SubIndication.NO_STATUS_INFORMATION,
              "status list " + data.id() + " was issued " + data.issued()
                  + ", before certificate " + cert.id() + " was issued");
          return;
        case NOT_REGISTERED:
          fail(
              SubIndication.NOT_REGISTERED,
              "certificate " + cert.id() + " is absent from status list " + data.id()
                  + " issued " + data.issued() + ", after it");
          return;
        default:
          break;
      }
      String digest = doc.contentSha256Hex();
      Optional<String> registered = list.get().registeredDigest(cert.id());
      if (registered.isPresent() && !registered.get().equalsIgnoreCase(digest)) {
        fail(
            SubIndication.NOT_REGISTERED,
            "certificate " + cert.id() + " is registered with another content (SHA-256 "
                + registered.get() + ", this one " + digest + ")");
        return;
      }
      switch (answer.kind()) {
        case WITHDRAWN:
          summary = summary.map(s -> s.withStatus(CertificateStatus.WITHDRAWN));
          fail(
              SubIndication.CERTIFICATE_WITHDRAWN,
              "withdrawn since " + answer.since().map(Instant::toString).orElse("?")
                  + answer.reason().map(r -> ": " + r).orElse(""));
          return;
        case SUSPENDED:
          summary = summary.map(s -> s.withStatus(CertificateStatus.SUSPENDED));
          suspended(answer);
          return;
        default:
          summary = summary.map(s -> s.withStatus(CertificateStatus.IN_FORCE));
          pass("in force at " + at + " according to status list " + data.id() + " (sequence "
              + data.sequence() + ")");
      }
    }

    private void suspended(StatusAnswer answer) {
      String since = answer.since().map(Instant::toString).orElse("?");
      String message =
          "suspended since " + since + answer.reason().map(r -> " (" + r + ")").orElse("")
              + " (EUCC Art 30: suspension does not end validity; promotion must stop)";
      if (answer.plannedEnd().filter(at::isAfter).isPresent()) {
        String overdue =
            "the suspension's planned end " + answer.plannedEnd().get()
                + " has passed with no decision recorded: still suspended";
        warnings.add(overdue);
        message = message + "; " + overdue;
      }
      if (policy.acceptsSuspended()) {
        warnings.add("suspended: accepted by the policy (acceptSuspendedWithWarning)");
        warn(message);
      } else {
        fail(SubIndication.CERTIFICATE_SUSPENDED, message);
      }
    }

    private void selfDeclared(SignedDocument doc, StatementOfConformity s) {
      selfDeclared = true;
      summary = Optional.of(CertificateSummary.from(s));
      step = Check.SIGNER_CERTIFICATE;
      Instant signed = doc.signingTime();
      if (signed.isBefore(doc.signerNotBefore()) || signed.isAfter(doc.signerNotAfter())) {
        fail(
            SubIndication.SIG_CRYPTO_FAILURE,
            "signed at " + signed + ", outside the signer certificate's validity");
        return;
      }
      pass("the manufacturer's certificate was valid at the signing time " + signed);
      step = Check.CONTENT;
      if (!sameSecond(signed, s.issuedAt())) {
        fail(
            SubIndication.FORMAT_FAILURE,
            "the signing-time " + signed + " is not the date of the statement " + s.issuedAt());
        return;
      }
      pass("EU statement of conformity " + s.id() + " read strictly");
      step = Check.SELF_DECLARED;
      String subject = doc.signerSubject();
      if (!names(subject, s.manufacturer().name())) {
        fail(
            SubIndication.SIGNER_NOT_LISTED,
            "signed by " + subject + ", not by the manufacturer named, " + s.manufacturer().name());
        return;
      }
      Optional<SchemeVersion> scheme = catalogue.find(s.scheme(), s.schemeVersion());
      if (scheme.isEmpty()) {
        fail(
            SubIndication.SCHEME_RULE_VIOLATION,
            "scheme " + s.scheme() + " version " + s.schemeVersion() + " is not in the catalogue");
        return;
      }
      RuleReport report =
          engine(s.scheme()).evaluate(new RuleInput(scheme.get(), s, IssuingContext.selfDeclared()));
      Optional<Finding> error = report.errors().stream().findFirst();
      if (error.isPresent()) {
        Finding f = error.get();
        fail(SubIndication.SCHEME_RULE_VIOLATION, f.code() + ": " + f.message(), f.legalReference());
        return;
      }
      if (!policyAccepts(s)) {
        return;
      }
      warnings.add("self-declared by the manufacturer (CSA Art 53): no third party assessed it");
      warn("self-declared by " + s.manufacturer().name() + " under " + s.scheme()
          + ", which allows self-assessment at " + s.assuranceLevel()
          + "; no third party assessed it");
    }

    // ---- trust data ------------------------------------------------------------------------

    private boolean listOfListsUsable() {
      Optional<ListState> lotl = trust.listOfLists();
      if (lotl.isEmpty()) {
        fail(SubIndication.TRUST_DATA_STALE, "no list of trust lists was loaded");
        return false;
      }
      if ("UNKNOWN_ANCHOR".equals(lotl.get().health())) {
        fail(
            SubIndication.UNKNOWN_ANCHOR,
            "the list of trust lists is not signed by a pinned anchor: " + lotl.get().message());
        return false;
      }
      Optional<String> problem = problem(lotl.get());
      if (problem.isPresent()) {
        fail(SubIndication.TRUST_DATA_STALE, problem.get());
        return false;
      }
      path.addAll(trust.anchorPath());
      use(lotl.get());
      return true;
    }

    /** Why a list cannot be used now, if it cannot. */
    private Optional<String> problem(ListState l) {
      TrustDataUsed d = l.data();
      if (!l.isHealthy()) {
        return Optional.of(
            d.id() + " is " + l.health().toLowerCase(Locale.ROOT).replace('_', ' ')
                + (l.message().isBlank() ? "" : ": " + l.message()));
      }
      if (!now.isBefore(d.nextUpdate())) {
        return Optional.of(
            d.id() + " (sequence " + d.sequence() + ") is past its next-update " + d.nextUpdate()
                + " (now " + now + ")");
      }
      if (policy.maxTrustDataAge().filter(max -> now.isAfter(d.issued().plus(max))).isPresent()) {
        return Optional.of(
            d.id() + " was issued " + d.issued() + ", longer ago than the policy's "
                + policy.maxTrustDataAge().get());
      }
      return Optional.empty();
    }

    private void use(ListState l) {
      used.add(l.data());
      path.add(l.data().id() + " sequence " + l.data().sequence());
    }

    // ---- recording -------------------------------------------------------------------------

    private void pass(String message) {
      checkState(!ended, "check after the verdict");
      checks.add(CheckResult.passed(step, message));
    }

    private void warn(String message) {
      checkState(!ended, "check after the verdict");
      checks.add(CheckResult.warning(step, message));
    }

    private void fail(SubIndication sub, String message) {
      fail(sub, message, step.legalReference());
    }

    private void fail(
        SubIndication sub, String message, org.eucert.core.model.LegalReference reference) {
      checkState(!ended, "check after the verdict");
      checks.add(CheckResult.of(step, sub, message, reference));
      ended = true;
    }

    void failClosed(Throwable e) {
      if (ended) {
        return; // the verdict stands; an exception after it changes nothing
      }
      SubIndication sub;
      switch (step) {
        case ENVELOPE:
        case SIGNATURE:
        case CONTENT:
          sub = SubIndication.FORMAT_FAILURE;
          break;
        case CRYPTO_POLICY:
          sub = SubIndication.CRYPTO_CONSTRAINTS_FAILURE;
          break;
        default:
          sub = SubIndication.TRUST_DATA_STALE;
      }
      String m = e.getMessage();
      fail(
          sub,
          "could not be checked (" + e.getClass().getSimpleName()
              + (m == null ? "" : ": " + (m.length() > 300 ? m.substring(0, 300) + "..." : m))
              + "); refused to fail closed");
    }

    VerificationReport report() {
      if (checks.isEmpty()) {
        fail(SubIndication.FORMAT_FAILURE, "nothing was checked");
      }
      CheckResult last = checks.get(checks.size() - 1);
      if (last.isPassed()) {
        return new VerificationReport(
            Indication.PASSED, Optional.empty(), warnings, checks, summary, path, used, at,
            selfDeclared);
      }
      SubIndication sub = last.subIndication().orElseThrow();
      return new VerificationReport(
          sub.indication(), Optional.of(sub), warnings, checks, summary, path, used, at,
          selfDeclared);
    }
  }

  private static boolean sameSecond(Instant a, Instant b) {
    return a.truncatedTo(ChronoUnit.SECONDS).equals(b.truncatedTo(ChronoUnit.SECONDS));
  }

  /** Whether an X.500 subject names {@code name} as its CN or O (case-sensitive, exact). */
  static boolean names(String subject, String name) {
    for (String rdn : subject.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
      String r = rdn.trim();
      int eq = r.indexOf('=');
      if (eq > 0) {
        String type = r.substring(0, eq).trim();
        String value = r.substring(eq + 1).trim();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
          value = value.substring(1, value.length() - 1);
        }
        if ((type.equalsIgnoreCase("CN") || type.equalsIgnoreCase("O")) && value.equals(name)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Builds a {@link Verifier}. Not thread-safe. */
  public static final class Builder {
    private TrustView trust;
    private EnvelopeReader envelopes = EnvelopeDocument.reader(EnvelopeCodec.standard());
    private ContentReader contents;
    private Clock clock;
    private VerificationPolicy policy = VerificationPolicy.defaults();
    private SchemeCatalogue catalogue;

    private Builder() {}

    /**
     * The trust data: indexed once here (every listed key decoded, the lists by identifier), so
     * that verifying is look-ups.
     */
    public Builder trustSnapshot(TrustSnapshot snapshot) {
      this.trust = SnapshotTrustView.of(checkNotNull(snapshot, "snapshot"));
      return this;
    }

    /** Parses envelopes with {@code codec} (default: {@link EnvelopeCodec#standard()}). */
    public Builder envelopeCodec(EnvelopeCodec codec) {
      this.envelopes = EnvelopeDocument.reader(checkNotNull(codec, "codec"));
      return this;
    }

    /** The trust data, as the pipeline sees it. */
    Builder trustView(TrustView trust) {
      this.trust = checkNotNull(trust, "trust");
      return this;
    }

    /** How envelopes are parsed. */
    Builder envelopeReader(EnvelopeReader envelopes) {
      this.envelopes = checkNotNull(envelopes, "envelopes");
      return this;
    }

    /** How contents are read. */
    Builder contentReader(ContentReader contents) {
      this.contents = checkNotNull(contents, "contents");
      return this;
    }

    /** The clock that judges the freshness of trust data and gives the default instant. */
    public Builder clock(Clock clock) {
      this.clock = checkNotNull(clock, "clock");
      return this;
    }

    /** The policy (default: {@link VerificationPolicy#defaults()}). */
    public Builder policy(VerificationPolicy policy) {
      this.policy = checkNotNull(policy, "policy");
      return this;
    }

    /** The scheme catalogue whose rules judge the content. */
    public Builder catalogue(SchemeCatalogue catalogue) {
      this.catalogue = checkNotNull(catalogue, "catalogue");
      return this;
    }

    /** The verifier. */
    public Verifier build() {
      return new Verifier(this);
    }
  }
}
