/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.schemes.eucc;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.eucert.core.model.Accreditation;
import org.eucert.core.model.ApprovalKind;
import org.eucert.core.model.AssuranceLevel;
import org.eucert.core.model.Authorisation;
import org.eucert.core.model.Body;
import org.eucert.core.model.BodyRole;
import org.eucert.core.model.CertificateContent;
import org.eucert.core.model.CertifiedObjectType;
import org.eucert.core.model.EuccPart;
import org.eucert.core.model.LevelRule;
import org.eucert.core.rules.IssuingContext;
import org.eucert.core.rules.RuleInput;

/**
 * The EUCC rules on the authority of the issuing certification body and the ITSEF: R4
 * (authorisation for 'high'), R5 (scope of accreditation), R6 (periods of accreditation and
 * authorisation) and R14 (who certifies protection profiles). They share what an accreditation or
 * authorisation must cover to be "relied on" for a certificate.
 *
 * <p>Stateless.
 */
final class EuccIssuerRules {
  /** CSA Art 60(4): accreditation is issued for at most five years. */
  private static final Period CSA_60_4_MAX_ACCREDITATION = Period.ofYears(5);

  private EuccIssuerRules() {}

  // ---- R4 -------------------------------------------------------------------------------------

  static void highAuthorisation(RuleInput in, Consumer<String> out) {
    Optional<CertificateContent> c = in.certificate();
    if (c.isEmpty() || in.context().issuer().isEmpty()) {
      return; // a statement (R3); an unknown issuer (CSA-56-ISSUER-IDENTITY)
    }
    CertificateContent cert = c.get();
    Body issuer = in.context().issuer().get();
    if (!authorisationRequired(in, cert) || issuer.isNcca()) {
      return; // the NCCA issues 'high' itself (CSA Art 56(6)); who may is CSA-56-6-HIGH-ISSUER's
    }
    if (authorisationsReliedOn(in, cert, in.context().authorisations()).isEmpty()) {
      out.accept(
          "certification body "
              + issuer.id()
              + " held no authorisation in force on "
              + cert.issueDay()
              + " covering "
              + required(cert)
              + "; in force then: "
              + describe(in, in.context().authorisations())
              + " (EUCC Art 21; CSA Art 56(6))");
    }
    IssuingContext ctx = in.context();
    if (cert.itsef().isEmpty()) {
      out.accept(
          "a certificate at level "
              + cert.assuranceLevel()
              + " names no ITSEF; the evaluation needs an ITSEF authorised under EUCC Art 22");
      return;
    }
    Optional<String> mismatch = itsefMismatch(cert, ctx);
    if (mismatch.isPresent()) {
      out.accept(mismatch.get() + ", so its EUCC Art 22 authorisation cannot be checked");
      return;
    }
    if (authorisationsReliedOn(in, cert, ctx.itsefAuthorisations()).isEmpty()) {
      out.accept(
          "ITSEF "
              + ctx.itsef().orElseThrow().id()
              + " held no authorisation in force on "
              + cert.issueDay()
              + " covering "
              + required(cert)
              + "; in force then: "
              + describe(in, ctx.itsefAuthorisations())
              + " (EUCC Art 22)");
    }
  }

  /**
   * Whether the certificate needs authorisations: always at 'high' (EUCC Art 21-22), and at any
   * level whose scheme data requires one (CSA Art 60(3), the generic rule this one replaces).
   */
  private static boolean authorisationRequired(RuleInput in, CertificateContent cert) {
    return cert.assuranceLevel() == AssuranceLevel.HIGH
        || in.scheme()
            .level(cert.assuranceLevel())
            .map(LevelRule::authorisationRequired)
            .orElse(false);
  }

  /**
   * The authorisations of the list that the certificate can rely on: for its scheme, in force at
   * the issue instant, covering its product category or a protection profile it claims, an
   * evaluation level at or above its own (by the scheme's ranks) and its technical domain, if any.
   */
  static List<Authorisation> authorisationsReliedOn(
      RuleInput in, CertificateContent cert, List<Authorisation> authorisations) {
    return authorisations.stream()
        .filter(a -> a.scheme().equals(cert.scheme()) && a.inForceAt(cert.issuedAt()))
        .filter(a -> categoryOrPpCovered(a, cert))
        .filter(a -> levelCovered(in, a, cert))
        .filter(a -> domainCovered(a, cert))
        .collect(Collectors.toList());
  }

  private static boolean categoryOrPpCovered(Authorisation a, CertificateContent cert) {
    boolean category =
        a.productCategories().isEmpty()
            || cert.object().category().map(a.productCategories()::contains).orElse(false);
    return category
        || cert.protectionProfiles().stream().anyMatch(a.protectionProfiles()::contains);
  }

  private static boolean levelCovered(RuleInput in, Authorisation a, CertificateContent cert) {
    OptionalInt own =
        cert.evaluationLevel().map(e -> EuccRules.rank(in.scheme(), e)).orElse(OptionalInt.empty());
    if (own.isEmpty()) {
      return true; // no or an unknown evaluation level: R1 refuses the certificate
    }
    return a.highestEvaluationLevel()
        .map(h -> EuccRules.atLeast(in.scheme(), h, own.getAsInt()))
        .orElse(false);
  }

  private static boolean domainCovered(Authorisation a, CertificateContent cert) {
    return EuccRules.euccPart(cert)
        .flatMap(EuccPart::technicalDomain)
        .map(a.technicalDomains()::contains)
        .orElse(true);
  }

  private static String required(CertificateContent cert) {
    return cert.scheme()
        + cert.object().category().map(k -> ", category '" + k + "'").orElse(", no category")
        + (cert.protectionProfiles().isEmpty()
            ? ""
            : " or protection profiles " + cert.protectionProfiles())
        + ", evaluation level "
        + cert.evaluationLevel().orElse("(none)")
        + " or above"
        + EuccRules.euccPart(cert)
            .flatMap(EuccPart::technicalDomain)
            .map(d -> ", technical domain " + d)
            .orElse("");
  }

  private static String describe(RuleInput in, List<Authorisation> authorisations) {
    List<String> inForce =
        authorisations.stream()
            .filter(a -> a.inForceAt(in.issuedAt()))
            .map(
                a ->
                    a.reference()
                        + " ("
                        + a.scheme()
                        + ", categories "
                        + (a.productCategories().isEmpty() ? "any" : a.productCategories())
                        + ", PPs "
                        + a.protectionProfiles()
                        + ", up to "
                        + a.highestEvaluationLevel().orElse("no level")
                        + ", domains "
                        + a.technicalDomains()
                        + ")")
            .collect(Collectors.toList());
    return inForce.isEmpty() ? "none" : inForce.toString();
  }

  // ---- R5 -------------------------------------------------------------------------------------

  static void issuerScope(RuleInput in, Consumer<String> out) {
    Optional<CertificateContent> c = in.certificate();
    if (c.isEmpty() || in.context().issuer().isEmpty()) {
      return;
    }
    CertificateContent cert = c.get();
    IssuingContext ctx = in.context();
    if (accreditationsReliedOn(cert, ctx.accreditations()).isEmpty()) {
      out.accept(
          ctx.issuer().get().id()
              + " held no accreditation in force on "
              + cert.issueDay()
              + " whose scope covers "
              + scope(cert)
              + " (EUCC Art 9(1)(a); CSA Art 60(1)-(2))");
    }
    Optional<String> mismatch = itsefMismatch(cert, ctx);
    if (mismatch.isPresent()) {
      out.accept(mismatch.get() + ", so the scope of its accreditation cannot be checked");
      return;
    }
    ctx.itsef()
        .filter(itsef -> accreditationsReliedOn(cert, ctx.itsefAccreditations()).isEmpty())
        .ifPresent(
            itsef ->
                out.accept(
                    "ITSEF "
                        + itsef.id()
                        + " held no accreditation in force on "
                        + cert.issueDay()
                        + " whose scope covers "
                        + scope(cert)
                        + " (EUCC Art 9(1)(a))"));
  }

  /**
   * The accreditations of the list that the certificate can rely on: in force at the issue instant
   * and covering its scheme and product category.
   */
  static List<Accreditation> accreditationsReliedOn(
      CertificateContent cert, List<Accreditation> accreditations) {
    return accreditations.stream()
        .filter(a -> a.inForceAt(cert.issuedAt()))
        .filter(a -> a.covers(cert.scheme(), cert.object().category()))
        .collect(Collectors.toList());
  }

  private static String scope(CertificateContent cert) {
    return cert.scheme()
        + cert.object().category().map(k -> ", product category '" + k + "'").orElse("");
  }

  /**
   * Why the ITSEF the certificate names cannot be matched with the ITSEF of the context, if it
   * cannot: the context knows none, or another one.
   */
  private static Optional<String> itsefMismatch(CertificateContent cert, IssuingContext ctx) {
    if (cert.itsef().isEmpty()) {
      return Optional.empty();
    }
    String named = cert.itsef().get().id().toString();
    if (ctx.itsef().isEmpty()) {
      return Optional.of("the certificate names ITSEF " + named + " but nothing is known of it");
    }
    if (!ctx.itsef().get().id().equals(cert.itsef().get().id())) {
      return Optional.of(
          "the certificate names ITSEF "
              + named
              + " but the ITSEF known is "
              + ctx.itsef().get().id());
    }
    return Optional.empty();
  }

  // ---- R6 -------------------------------------------------------------------------------------

  static void accreditationPeriod(RuleInput in, Consumer<String> out) {
    Optional<CertificateContent> c = in.certificate();
    if (c.isEmpty() || in.context().issuer().isEmpty()) {
      return;
    }
    CertificateContent cert = c.get();
    IssuingContext ctx = in.context();
    Body issuer = ctx.issuer().get();
    boolean authorised = authorisationRequired(in, cert) && !issuer.isNcca();
    checkPeriods(in, cert, issuer, ctx.accreditations(), ctx.authorisations(), authorised, out);
    if (ctx.itsef().isPresent() && itsefMismatch(cert, ctx).isEmpty()) {
      checkPeriods(
          in,
          cert,
          ctx.itsef().get(),
          ctx.itsefAccreditations(),
          ctx.itsefAuthorisations(),
          authorised,
          out);
    }
  }

  private static void checkPeriods(
      RuleInput in,
      CertificateContent cert,
      Body body,
      List<Accreditation> accreditations,
      List<Authorisation> authorisations,
      boolean authorised,
      Consumer<String> out) {
    List<Accreditation> accs = accreditationsReliedOn(cert, accreditations);
    if (accs.isEmpty()) {
      return; // R5
    }
    if (accs.stream().noneMatch(a -> !a.validUntil().isAfter(latestEnd(a)))) {
      Accreditation a = accs.get(0);
      out.accept(
          "accreditation "
              + a.reference()
              + " of "
              + body.id()
              + " runs from "
              + a.validFrom()
              + " until "
              + a.validUntil()
              + ", longer than the five years CSA Art 60(4) allows (latest "
              + latestEnd(a)
              + ")");
    }
    if (!authorised) {
      return;
    }
    List<Authorisation> auths = authorisationsReliedOn(in, cert, authorisations);
    LocalDate accreditationEnd =
        accs.stream().map(Accreditation::validUntil).max(LocalDate::compareTo).orElseThrow();
    if (!auths.isEmpty()
        && auths.stream().allMatch(a -> a.validUntil().isAfter(accreditationEnd))) {
      Authorisation a = auths.get(0);
      out.accept(
          "authorisation "
              + a.reference()
              + " of "
              + body.id()
              + " runs until "
              + a.validUntil()
              + ", after the accreditation it rests on ends ("
              + accreditationEnd
              + "); EUCC Art "
              + (body.role() == BodyRole.ITSEF ? "22(5)" : "21(4)")
              + " limits an authorisation to the accreditation's validity");
    }
  }

  /** The last day a five-year accreditation may run (Regulation 1182/71 Art 3, as for R7). */
  private static LocalDate latestEnd(Accreditation a) {
    return a.validFrom().plus(CSA_60_4_MAX_ACCREDITATION);
  }

  // ---- R14 ------------------------------------------------------------------------------------

  static void ppIssuer(RuleInput in, Consumer<String> out) {
    Optional<CertificateContent> c = in.certificate();
    if (c.isEmpty()
        || c.get().object().type() != CertifiedObjectType.PROTECTION_PROFILE
        || in.context().issuer().isEmpty()) {
      return;
    }
    Body issuer = in.context().issuer().get();
    if (issuer.isNcca()
        || (issuer.role() == BodyRole.CERTIFICATION_BODY && issuer.publicBody())
        || in.citedApproval(ApprovalKind.PROTECTION_PROFILE_PRIOR_APPROVAL).isPresent()) {
      return; // the public body's accreditation is R5's to check
    }
    out.accept(
        "protection profile '"
            + c.get().object().name()
            + "' was certified by "
            + issuer.id()
            + " ("
            + issuer.role()
            + ", not a public body) without a cited NCCA prior approval for this PP granted at"
            + " issue; EUCC Art 17(4) allows only the NCCA, a public body accredited as"
            + " certification body, or a certification body with that approval");
  }
}
