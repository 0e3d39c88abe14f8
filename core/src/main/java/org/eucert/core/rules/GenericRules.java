/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.rules;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eucert.core.model.ApprovalKind;
import org.eucert.core.model.AssuranceLevel;
import org.eucert.core.model.Attestation;
import org.eucert.core.model.Authorisation;
import org.eucert.core.model.Body;
import org.eucert.core.model.BodyRole;
import org.eucert.core.model.CertificateContent;
import org.eucert.core.model.CertificateField;
import org.eucert.core.model.EvaluationLevel;
import org.eucert.core.model.IssuerKind;
import org.eucert.core.model.LevelRule;
import org.eucert.core.model.SchemeStatus;
import org.eucert.core.model.SchemeVersion;
import org.eucert.core.model.StandardReference;
import org.eucert.core.time.LegalTime;

/**
 * The rules every scheme has, driven by the scheme's data (its levels, evaluation levels, standards,
 * mandatory fields, maximum validity) and by the Cybersecurity Act itself (who may issue, CSA Art
 * 56; notification, Art 61; accreditation, Art 60).
 *
 * <p>Periods follow Regulation (EEC, Euratom) No 1182/71 Art 3: a period of years running from the
 * day of issue ends with the same date in the last year, so a certificate issued on 2026-05-01 with
 * a maximum validity of five years may be valid through 2031-05-01.
 *
 * <p>Stateless; the rules are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class GenericRules {
  /**
   * CSA Art 49(7): only an adopted scheme issues, and not before the date it applies from; a
   * candidate or one in preparation only with the pilot opt-in.
   */
  public static final String SCHEME_ADOPTED = "CSA-49-SCHEME-ADOPTED";
  /** The attestation names the scheme and version it is checked against. */
  public static final String SCHEME_MATCH = "CSA-54-SCHEME-MATCH";
  /** CSA Art 52(1): the level is one the scheme offers for certification. */
  public static final String LEVEL_OFFERED = "CSA-52-LEVEL-OFFERED";
  /** CSA Art 53(1): self-assessment only where the scheme allows it, at basic. */
  public static final String SELF_ASSESSMENT = "CSA-53-SELF-ASSESSMENT";
  /** CSA Art 52(8): the evaluation level exists and maps to the assurance level. */
  public static final String EVALUATION_LEVEL = "CSA-52-8-EVALUATION-LEVEL";
  /** CSA Art 54(1)(c): the standards are the scheme's and applicable on the day of issue. */
  public static final String STANDARDS = "CSA-54-1-C-STANDARDS";
  /** CSA Art 54(1)(p): the fields the scheme makes mandatory are present. */
  public static final String MANDATORY_FIELDS = "CSA-54-1-P-MANDATORY-FIELDS";
  /** CSA Art 54(1)(r), 56(9): validity within the scheme's maximum. */
  public static final String MAX_VALIDITY = "CSA-54-1-R-MAX-VALIDITY";
  /** The certificate's issuer is the body of the issuing context. */
  public static final String ISSUER_IDENTITY = "CSA-56-ISSUER-IDENTITY";
  /** CSA Art 60(1)-(2): the issuer is accredited for the scheme on the day of issue. */
  public static final String ISSUER_ACCREDITED = "CSA-60-ISSUER-ACCREDITED";
  /** CSA Art 61(1): the issuer is notified for the scheme and level on the day of issue. */
  public static final String ISSUER_NOTIFIED = "CSA-61-ISSUER-NOTIFIED";
  /** CSA Art 56(4)-(5): who may issue at basic and substantial. */
  public static final String ISSUER_KIND = "CSA-56-4-ISSUER";
  /** CSA Art 56(6): who may issue 'high'. */
  public static final String HIGH_ISSUER = "CSA-56-6-HIGH-ISSUER";
  /** CSA Art 60(3): an NCCA authorisation where the level requires one. */
  public static final String AUTHORISATION = "CSA-60-3-AUTHORISATION";

  private static final ImmutableList<Rule> ALL =
      ImmutableList.of(
          SimpleRule.of(SCHEME_MATCH, "CSA Art 54(1)(p)", Severity.ERROR, GenericRules::schemeMatch),
          SimpleRule.of(SCHEME_ADOPTED, "CSA Art 49(7)", Severity.ERROR, GenericRules::adopted),
          SimpleRule.of(LEVEL_OFFERED, "CSA Art 52(1)", Severity.ERROR, GenericRules::levelOffered),
          SimpleRule.of(
              SELF_ASSESSMENT, "CSA Art 53(1)", Severity.ERROR, GenericRules::selfAssessment),
          SimpleRule.of(
              EVALUATION_LEVEL, "CSA Art 52(8)", Severity.ERROR, GenericRules::evaluationLevel),
          SimpleRule.of(STANDARDS, "CSA Art 54(1)(c)", Severity.ERROR, GenericRules::standards),
          SimpleRule.of(
              MANDATORY_FIELDS, "CSA Art 54(1)(p)", Severity.ERROR, GenericRules::mandatoryFields),
          SimpleRule.of(MAX_VALIDITY, "CSA Art 54(1)(r)", Severity.ERROR, GenericRules::maxValidity),
          SimpleRule.of(
              ISSUER_IDENTITY, "CSA Art 56(4)", Severity.ERROR, GenericRules::issuerIdentity),
          SimpleRule.of(
              ISSUER_ACCREDITED, "CSA Art 60(1)", Severity.ERROR, GenericRules::accredited),
          SimpleRule.of(ISSUER_NOTIFIED, "CSA Art 61(1)", Severity.ERROR, GenericRules::notified),
          SimpleRule.of(ISSUER_KIND, "CSA Art 56(4)", Severity.ERROR, GenericRules::issuerKind),
          SimpleRule.of(HIGH_ISSUER, "CSA Art 56(6)", Severity.ERROR, GenericRules::highIssuer),
          SimpleRule.of(
              AUTHORISATION, "CSA Art 60(3)", Severity.ERROR, GenericRules::authorisation));

  private GenericRules() {}

  /** Every generic rule, in the order they run. */
  public static List<Rule> all() {
    return ALL;
  }

  private static void schemeMatch(RuleInput in, java.util.function.Consumer<String> out) {
    Attestation a = in.attestation();
    SchemeVersion s = in.scheme();
    if (!a.scheme().equals(s.schemeId()) || !a.schemeVersion().equals(s.version())) {
      out.accept(
          "the attestation names scheme "
              + a.scheme()
              + " "
              + a.schemeVersion()
              + " but is checked against "
              + s.schemeId()
              + " "
              + s.version());
    }
  }

  private static void adopted(RuleInput in, java.util.function.Consumer<String> out) {
    Optional<SchemeStatus> st = in.scheme().statusAt(in.issuedAt());
    if (st.isEmpty()) {
      out.accept(
          "scheme " + in.scheme().schemeId() + " was not yet listed on " + day(in) + "");
    } else if ((st.get() == SchemeStatus.CANDIDATE || st.get() == SchemeStatus.IN_PREPARATION)
        && in.context().pilot()) {
      return; // explicit pilot opt-in
    } else if (st.get() == SchemeStatus.ADOPTED) {
      LocalDate day = LegalTime.dayOf(in.issuedAt());
      in.scheme()
          .applicableFrom()
          .filter(day::isBefore)
          .ifPresent(
              from ->
                  out.accept(
                      "scheme "
                          + in.scheme().schemeId()
                          + " applies from "
                          + from
                          + "; nothing is issued under it on "
                          + day));
    } else {
      out.accept(
          "scheme "
              + in.scheme().schemeId()
              + " was "
              + st.get()
              + " on "
              + day(in)
              + ", not ADOPTED"
              + (st.get() == SchemeStatus.CANDIDATE
                  ? "; a candidate scheme issues only with the pilot opt-in"
                  : ""));
    }
  }

  private static void levelOffered(RuleInput in, java.util.function.Consumer<String> out) {
    if (in.statement().isPresent()) {
      return; // SELF_ASSESSMENT's business
    }
    AssuranceLevel level = in.attestation().assuranceLevel();
    Optional<LevelRule> rule = in.scheme().level(level);
    if (rule.isEmpty()) {
      out.accept(
          "scheme "
              + in.scheme().schemeId()
              + " does not offer level "
              + level
              + "; it offers "
              + in.scheme().levels().keySet());
    } else if (!rule.get().allowsCertification()) {
      out.accept("scheme " + in.scheme().schemeId() + " has no certification at level " + level);
    }
  }

  private static void selfAssessment(RuleInput in, java.util.function.Consumer<String> out) {
    if (in.statement().isEmpty()) {
      return;
    }
    AssuranceLevel level = in.attestation().assuranceLevel();
    if (level != AssuranceLevel.BASIC
        || in.scheme().level(level).map(r -> !r.allowsSelfAssessment()).orElse(true)) {
      out.accept(
          "scheme "
              + in.scheme().schemeId()
              + " does not allow an EU statement of conformity at level "
              + level
              + " (only at basic, and only where the scheme allows self-assessment)");
    }
  }

  private static void evaluationLevel(RuleInput in, java.util.function.Consumer<String> out) {
    Optional<CertificateContent> c = in.certificate();
    if (c.isEmpty()) {
      return;
    }
    Optional<String> code = c.get().evaluationLevel();
    List<EvaluationLevel> defined = in.scheme().evaluationLevels();
    if (defined.isEmpty()) {
      code.ifPresent(
          v ->
              out.accept(
                  "scheme " + in.scheme().schemeId() + " defines no evaluation levels, got " + v));
      return;
    }
    if (code.isEmpty()) {
      out.accept("the certificate names no evaluation level; the scheme requires one");
      return;
    }
    Optional<EvaluationLevel> e = in.scheme().evaluationLevel(code.get());
    if (e.isEmpty()) {
      out.accept("unknown evaluation level " + code.get());
    } else if (e.get().assuranceLevel() != c.get().assuranceLevel()) {
      out.accept(
          "evaluation level "
              + code.get()
              + " corresponds to "
              + e.get().assuranceLevel()
              + ", not "
              + c.get().assuranceLevel());
    }
  }

  private static void standards(RuleInput in, java.util.function.Consumer<String> out) {
    LocalDate day = LegalTime.dayOf(in.issuedAt());
    for (String id : in.attestation().standards()) {
      Optional<StandardReference> s = in.scheme().standard(id);
      if (s.isEmpty()) {
        out.accept("standard " + id + " is not one of the scheme's");
      } else if (!s.get().applicableOn(day)) {
        out.accept(
            "standard "
                + id
                + " may not be applied to a certificate issued on "
                + day
                + describeWindow(s.get()));
      }
    }
  }

  private static String describeWindow(StandardReference s) {
    StringBuilder b = new StringBuilder();
    s.firstIssueDate().ifPresent(d -> b.append("; from ").append(d));
    s.lastIssueDate().ifPresent(d -> b.append("; until ").append(d));
    s.legalBasis().ifPresent(r -> b.append(" (").append(r).append(')'));
    return b.toString();
  }

  private static void mandatoryFields(RuleInput in, java.util.function.Consumer<String> out) {
    Optional<CertificateContent> c = in.certificate();
    if (c.isEmpty()) {
      return;
    }
    Set<CertificateField> missing = EnumSet.noneOf(CertificateField.class);
    missing.addAll(in.scheme().mandatoryFields());
    missing.removeAll(c.get().presentFields());
    if (!missing.isEmpty()) {
      out.accept("missing mandatory fields: " + missing);
    }
  }

  /** The latest validity end a period allows, counted from the day of issue (Reg 1182/71). */
  static LocalDate latestEnd(LocalDate issueDay, Period max) {
    return issueDay.plus(max);
  }

  private static void maxValidity(RuleInput in, java.util.function.Consumer<String> out) {
    Optional<CertificateContent> c = in.certificate();
    if (c.isEmpty()) {
      return;
    }
    CertificateContent cert = c.get();
    Optional<Period> max = in.scheme().level(cert.assuranceLevel()).flatMap(LevelRule::maxValidity);
    if (max.isEmpty()) {
      return;
    }
    LocalDate latest = latestEnd(cert.issueDay(), max.get());
    if (!cert.validUntil().isAfter(latest)) {
      return;
    }
    Optional<LocalDate> approved =
        in.citedApproval(ApprovalKind.VALIDITY_EXTENSION).flatMap(a -> a.maxValidUntil());
    if (approved.isPresent() && !cert.validUntil().isAfter(approved.get())) {
      return;
    }
    out.accept(
        "valid until "
            + cert.validUntil()
            + ", beyond the maximum of "
            + max.get()
            + " from "
            + cert.issueDay()
            + " (latest "
            + latest
            + ")"
            + approved.map(d -> " and beyond the approved extension to " + d).orElse(
                " without an NCCA approval of a longer validity"));
  }

  private static void issuerIdentity(RuleInput in, java.util.function.Consumer<String> out) {
    Optional<CertificateContent> c = in.certificate();
    if (c.isEmpty()) {
      return;
    }
    Optional<Body> issuer = in.context().issuer();
    if (issuer.isEmpty()) {
      out.accept("no issuing body is known for certificate " + c.get().id());
    } else if (!issuer.get().id().equals(c.get().issuer().id())) {
      out.accept(
          "the certificate names issuer "
              + c.get().issuer().id()
              + " but was issued by "
              + issuer.get().id());
    } else if (issuer.get().role() == BodyRole.ITSEF) {
      out.accept("an ITSEF evaluates but does not certify: " + issuer.get().id());
    }
  }

  private static void accredited(RuleInput in, java.util.function.Consumer<String> out) {
    Optional<CertificateContent> c = in.certificate();
    if (c.isEmpty() || in.context().issuer().isEmpty()) {
      return;
    }
    CertificateContent cert = c.get();
    Optional<String> category = cert.object().category();
    boolean ok =
        in.context().accreditations().stream()
            .anyMatch(a -> a.inForceAt(cert.issuedAt()) && a.covers(cert.scheme(), category));
    if (!ok) {
      out.accept(
          in.context().issuer().get().id()
              + " held no accreditation in force for "
              + cert.scheme()
              + category.map(k -> ", category " + k).orElse("")
              + " on "
              + cert.issueDay());
    }
  }

  private static void notified(RuleInput in, java.util.function.Consumer<String> out) {
    Optional<CertificateContent> c = in.certificate();
    if (c.isEmpty() || in.context().issuer().isEmpty()) {
      return;
    }
    CertificateContent cert = c.get();
    boolean ok =
        in.context().notifications().stream()
            .anyMatch(
                n ->
                    n.covers(
                        cert.scheme(), cert.schemeVersion(), cert.assuranceLevel(), cert.issuedAt()));
    if (!ok) {
      out.accept(
          in.context().issuer().get().id()
              + " was not notified for "
              + cert.scheme()
              + " "
              + cert.schemeVersion()
              + " at level "
              + cert.assuranceLevel()
              + " on "
              + cert.issueDay()
              + " (not notified, or suspended or withdrawn then)");
    }
  }

  /** The issuer kinds the issuer qualified as at the issue instant. */
  static Set<IssuerKind> qualifiedKinds(RuleInput in, CertificateContent cert) {
    Set<IssuerKind> kinds = EnumSet.noneOf(IssuerKind.class);
    Body issuer = in.context().issuer().orElseThrow();
    if (issuer.role() == BodyRole.NCCA) {
      kinds.add(IssuerKind.NCCA);
      return kinds;
    }
    if (issuer.role() != BodyRole.CERTIFICATION_BODY) {
      return kinds;
    }
    kinds.add(IssuerKind.ACCREDITED_CAB);
    if (issuer.publicBody()) {
      kinds.add(IssuerKind.PUBLIC_BODY_CAB);
    }
    if (in.context().delegations().stream()
        .anyMatch(d -> d.covers(cert.scheme(), cert.object().category(), cert.issuedAt()))) {
      kinds.add(IssuerKind.CAB_WITH_GENERAL_DELEGATION);
    }
    if (in.citedApproval(ApprovalKind.PRIOR_APPROVAL_HIGH).isPresent()) {
      kinds.add(IssuerKind.CAB_WITH_PRIOR_APPROVAL);
    }
    return kinds;
  }

  private static void checkKind(
      RuleInput in, boolean high, java.util.function.Consumer<String> out) {
    Optional<CertificateContent> c = in.certificate();
    if (c.isEmpty() || in.context().issuer().isEmpty()) {
      return;
    }
    CertificateContent cert = c.get();
    if ((cert.assuranceLevel() == AssuranceLevel.HIGH) != high) {
      return;
    }
    Optional<LevelRule> rule = in.scheme().level(cert.assuranceLevel());
    if (rule.isEmpty()) {
      return; // LEVEL_OFFERED reports it
    }
    Set<IssuerKind> allowed = rule.get().issuers();
    Set<IssuerKind> qualified = qualifiedKinds(in, cert);
    if (allowed.stream().noneMatch(qualified::contains)) {
      out.accept(
          in.context().issuer().get().id()
              + " qualified as "
              + (qualified.isEmpty() ? "no issuer" : qualified.toString())
              + " on "
              + cert.issueDay()
              + ", but level "
              + cert.assuranceLevel()
              + " of "
              + cert.scheme()
              + " is issued only by "
              + allowed
              + (high
                  ? " (the NCCA, or a CAB with a general delegation or a cited prior approval)"
                  : ""));
    }
  }

  private static void issuerKind(RuleInput in, java.util.function.Consumer<String> out) {
    checkKind(in, false, out);
  }

  private static void highIssuer(RuleInput in, java.util.function.Consumer<String> out) {
    checkKind(in, true, out);
  }

  private static void authorisation(RuleInput in, java.util.function.Consumer<String> out) {
    Optional<CertificateContent> c = in.certificate();
    if (c.isEmpty() || in.context().issuer().isEmpty()) {
      return;
    }
    CertificateContent cert = c.get();
    boolean required =
        in.scheme().level(cert.assuranceLevel()).map(LevelRule::authorisationRequired).orElse(false);
    if (!required || in.context().issuer().get().role() == BodyRole.NCCA) {
      return;
    }
    boolean ok =
        in.context().authorisations().stream()
            .anyMatch(
                a ->
                    a.scheme().equals(cert.scheme())
                        && a.inForceAt(cert.issuedAt())
                        && categoryCovered(a, cert));
    if (!ok) {
      out.accept(
          in.context().issuer().get().id()
              + " held no NCCA authorisation in force for "
              + cert.scheme()
              + " level "
              + cert.assuranceLevel()
              + " on "
              + cert.issueDay());
    }
  }

  private static boolean categoryCovered(Authorisation a, CertificateContent cert) {
    return a.productCategories().isEmpty()
        || cert.object().category().map(a.productCategories()::contains).orElse(false);
  }

  private static String day(RuleInput in) {
    return LegalTime.dayOf(in.issuedAt()).toString();
  }
}
