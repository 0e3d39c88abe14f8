/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.schemes.eucc;

import com.google.common.collect.ImmutableList;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eucert.core.model.Approval;
import org.eucert.core.model.ApprovalKind;
import org.eucert.core.model.AssuranceLevel;
import org.eucert.core.model.AssurancePackageKind;
import org.eucert.core.model.Attestation;
import org.eucert.core.model.CertificateContent;
import org.eucert.core.model.CertificateField;
import org.eucert.core.model.CertificateIdParts;
import org.eucert.core.model.CertificateIdPattern;
import org.eucert.core.model.CertifiedObjectType;
import org.eucert.core.model.EuccPart;
import org.eucert.core.model.EvaluationLevel;
import org.eucert.core.model.LevelRule;
import org.eucert.core.model.ProtectionProfileReference;
import org.eucert.core.model.SchemeVersion;
import org.eucert.core.model.StandardReference;
import org.eucert.core.rules.Rule;
import org.eucert.core.rules.RuleInput;
import org.eucert.core.rules.Severity;
import org.eucert.core.rules.SimpleRule;
import org.eucert.core.time.LegalTime;

/**
 * The rules of the EUCC scheme (Commission Implementing Regulation (EU) 2024/482 as amended by
 * 2024/3144 and 2025/2462) that its data alone cannot express, one per rule of DOMAIN.md 7.4, each
 * with a stable code.
 *
 * <p>Only what the law verifiably says is written here: the levels of Art 4(1), the AVA_VAN mapping
 * of Art 4(2)-(3), the five-year limits of Art 12(1) and CSA Art 60(4), and the structure of each
 * condition. Everything the sources leave unverified (technical domains, Annex II protection
 * profiles, standards and their issue-date windows, the identifier format) is read from the {@link
 * SchemeVersion}, so a change of the annexes changes data, not code.
 *
 * <p>Every rule is {@link Severity#ERROR}. A rule reports nothing for an input it does not concern
 * (a statement of conformity, a level below 'high') and leaves a problem another rule reports to
 * that rule, so that each problem is reported once where possible.
 *
 * <p>Stateless; the rules are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class EuccRules {
  /**
   * EUCC Art 4: the level is SUBSTANTIAL or HIGH (Art 4(1)); the AVA_VAN level is present, defined
   * by the scheme and maps to the level (Art 4(2)-(3)).
   */
  public static final String R1_LEVEL_AVA_VAN = "EUCC-R1-LEVEL-AVA-VAN";

  /**
   * EUCC Art 7(3)-(4): a restricted evaluation level (AVA_VAN.4, .5) needs a listed technical
   * domain, a listed protection profile supporting it, or a granted NCCA exception.
   */
  public static final String R2_AVA_VAN_4_5 = "EUCC-R2-AVA-VAN-4-5";

  /** EUCC Art 6: no conformity self-assessment, so no EU statement of conformity. */
  public static final String R3_NO_SELF_ASSESSMENT = "EUCC-R3-NO-SELF-ASSESSMENT";

  /**
   * CSA Art 56(6), EUCC Art 21-22: a 'high' certificate of a certification body needs the CB's and
   * the ITSEF's authorisations covering the category or protection profile, the AVA_VAN level and
   * the technical domain.
   */
  public static final String R4_HIGH_AUTHORISATION = "EUCC-R4-HIGH-AUTHORISATION";

  /**
   * EUCC Art 9(1)(a): the product category is within the scope of accreditation of both the CB and
   * the ITSEF on the day of issue.
   */
  public static final String R5_ISSUER_SCOPE = "EUCC-R5-ISSUER-SCOPE";

  /**
   * CSA Art 60(4), EUCC Art 21(4), 22(5): an accreditation relied on lasts at most five years, an
   * authorisation relied on ends no later than the accreditation.
   */
  public static final String R6_ACCREDITATION_PERIOD = "EUCC-R6-ACCREDITATION-PERIOD";

  /**
   * EUCC Art 12, 18: validity at most the scheme's maximum (five years) unless the NCCA approved
   * more; a protection-profile certificate ends no later than the PP's lifetime.
   */
  public static final String R7_VALIDITY = "EUCC-R7-VALIDITY";

  /**
   * EUCC Art 3 as replaced by Regulation (EU) 2024/3144: the standards cited are the scheme's and
   * applicable on the day of issue; at least one is cited.
   */
  public static final String R8_STANDARDS = "EUCC-R8-STANDARDS";

  /**
   * EUCC Annex VIII: the assurance package is declared without '+', augmentations as a list of CC
   * components, an EAL-conformant package by its EAL alone.
   */
  public static final String R9_PACKAGE_NOTATION = "EUCC-R9-PACKAGE-NOTATION";

  /**
   * EUCC Annex VII: the mandatory fields the scheme lists, the ITSEF where it is not the CB, the
   * protection profiles of a package conformant to a PP.
   */
  public static final String R10_ANNEX_VII_FIELDS = "EUCC-R10-ANNEX-VII-FIELDS";

  /**
   * EUCC Art 11, Annex IX: the mark's QR target is an https URL; the certificate identifier's year,
   * month and body agree with the day of issue and the issuing CB. A re-issue (a predecessor and
   * a revision in the identifier) keeps the year and month of the first issue.
   */
  public static final String R11_MARK_LABEL = "EUCC-R11-MARK-LABEL";

  /**
   * EUCC Art 17(4): a protection profile is certified only by the NCCA, a public body accredited as
   * CB, or a CB with the NCCA's prior approval for that PP.
   */
  public static final String R14_PP_ISSUER = "EUCC-R14-PP-ISSUER";

  /** EUCC Art 4(1): the only levels at which EUCC certificates are issued. */
  private static final Set<AssuranceLevel> ART_4_1_LEVELS =
      EnumSet.of(AssuranceLevel.SUBSTANTIAL, AssuranceLevel.HIGH);

  /** The AVA_VAN components, whose assurance level EUCC Art 4(2)-(3) fixes. */
  private static final Pattern AVA_VAN = Pattern.compile("AVA_VAN\\.([0-9]+)");

  /** EUCC Art 12(1): five years, where the scheme data is silent. */
  private static final Period ART_12_MAX_VALIDITY = Period.ofYears(5);

  /** A CC assurance component: class, family, component number, e.g. {@code ALC_DVS.2}. */
  private static final Pattern COMPONENT = Pattern.compile("[A-Z]{3}_[A-Z]{3,4}\\.[0-9]+");

  /** The evaluation assurance levels of CC Part 5. */
  private static final Pattern EAL = Pattern.compile("EAL[1-7]");

  private static final ImmutableList<Rule> ALL =
      ImmutableList.of(
          SimpleRule.of(R1_LEVEL_AVA_VAN, "EUCC Art 4", Severity.ERROR, EuccRules::levelAvaVan),
          SimpleRule.of(R2_AVA_VAN_4_5, "EUCC Art 7(3)-(4)", Severity.ERROR, EuccRules::avaVan45),
          SimpleRule.of(
              R3_NO_SELF_ASSESSMENT, "EUCC Art 6", Severity.ERROR, EuccRules::noSelfAssessment),
          SimpleRule.of(
              R4_HIGH_AUTHORISATION,
              "EUCC Art 21-22; CSA Art 56(6)",
              Severity.ERROR,
              EuccIssuerRules::highAuthorisation),
          SimpleRule.of(
              R5_ISSUER_SCOPE, "EUCC Art 9(1)(a)", Severity.ERROR, EuccIssuerRules::issuerScope),
          SimpleRule.of(
              R6_ACCREDITATION_PERIOD,
              "CSA Art 60(4); EUCC Art 21(4), 22(5)",
              Severity.ERROR,
              EuccIssuerRules::accreditationPeriod),
          SimpleRule.of(R7_VALIDITY, "EUCC Art 12, 18", Severity.ERROR, EuccRules::validity),
          SimpleRule.of(R8_STANDARDS, "EUCC Art 3", Severity.ERROR, EuccRules::standards),
          SimpleRule.of(
              R9_PACKAGE_NOTATION, "EUCC Annex VIII", Severity.ERROR, EuccRules::packageNotation),
          SimpleRule.of(
              R10_ANNEX_VII_FIELDS, "EUCC Annex VII", Severity.ERROR, EuccRules::annexViiFields),
          SimpleRule.of(R11_MARK_LABEL, "EUCC Art 11, Annex IX", Severity.ERROR, EuccRules::mark),
          SimpleRule.of(
              R14_PP_ISSUER, "EUCC Art 17(4)", Severity.ERROR, EuccIssuerRules::ppIssuer));

  private EuccRules() {}

  /** Every EUCC rule, in the order they run (R1 to R11, then R14). */
  public static List<Rule> all() {
    return ALL;
  }

  // ---- R1 -------------------------------------------------------------------------------------

  private static void levelAvaVan(RuleInput in, Consumer<String> out) {
    Optional<CertificateContent> c = in.certificate();
    if (c.isEmpty()) {
      return; // a statement of conformity: R3
    }
    CertificateContent cert = c.get();
    SchemeVersion scheme = in.scheme();
    AssuranceLevel level = cert.assuranceLevel();
    if (!ART_4_1_LEVELS.contains(level)) {
      out.accept(
          "assurance level "
              + level
              + " is refused: EUCC certificates are issued only at SUBSTANTIAL or HIGH (EUCC Art"
              + " 4(1))");
    } else if (!scheme.level(level).map(LevelRule::allowsCertification).orElse(false)) {
      out.accept(
          "scheme "
              + name(scheme)
              + " offers no certification at level "
              + level
              + "; it offers "
              + scheme.levels().keySet());
    }
    Optional<String> code = cert.evaluationLevel();
    if (code.isEmpty()) {
      out.accept(
          "the certificate names no AVA_VAN level; EUCC Art 4(2)-(3) and Annex VII(c)(8) require"
              + " the AVA_VAN level that corresponds to the assurance level");
      return;
    }
    Optional<EvaluationLevel> defined = scheme.evaluationLevel(code.get());
    if (defined.isEmpty()) {
      out.accept(
          "evaluation level '"
              + code.get()
              + "' is not defined by scheme "
              + name(scheme)
              + "; it defines "
              + scheme.evaluationLevels().stream()
                  .map(EvaluationLevel::code)
                  .collect(Collectors.toList()));
      return;
    }
    if (defined.get().assuranceLevel() != level) {
      out.accept(
          "evaluation level "
              + code.get()
              + " corresponds to "
              + defined.get().assuranceLevel()
              + " in scheme "
              + name(scheme)
              + ", not to the certificate's "
              + level
              + " (EUCC Art 4(2)-(3): substantial = AVA_VAN.1 or .2, high = AVA_VAN.3 to .5)");
      return;
    }
    Optional<AssuranceLevel> byLaw = art4Level(code.get());
    if (byLaw.isPresent() && byLaw.get() != level) {
      out.accept(
          "evaluation level "
              + code.get()
              + " corresponds to "
              + byLaw.get()
              + " under EUCC Art 4(2)-(3), not to "
              + level
              + "; the data of scheme "
              + name(scheme)
              + " maps it wrongly");
    }
  }

  /** The assurance level EUCC Art 4(2)-(3) gives an AVA_VAN level; empty for any other code. */
  static Optional<AssuranceLevel> art4Level(String code) {
    Matcher m = AVA_VAN.matcher(code);
    if (!m.matches()) {
      return Optional.empty();
    }
    switch (m.group(1)) {
      case "1":
      case "2":
        return Optional.of(AssuranceLevel.SUBSTANTIAL);
      case "3":
      case "4":
      case "5":
        return Optional.of(AssuranceLevel.HIGH);
      default:
        return Optional.empty(); // not an AVA_VAN level of CC Part 3
    }
  }

  // ---- R2 -------------------------------------------------------------------------------------

  private static void avaVan45(RuleInput in, Consumer<String> out) {
    Optional<CertificateContent> c = in.certificate();
    if (c.isEmpty() || c.get().evaluationLevel().isEmpty()) {
      return; // R3, R1
    }
    CertificateContent cert = c.get();
    SchemeVersion scheme = in.scheme();
    String code = cert.evaluationLevel().get();
    Optional<EvaluationLevel> level = scheme.evaluationLevel(code);
    if (level.isEmpty() || !level.get().restricted()) {
      return; // R1 reports an unknown level; an unrestricted one needs nothing more
    }
    // (a) a technical domain of Annex I
    Optional<String> domain = euccPart(cert).flatMap(EuccPart::technicalDomain);
    if (domain.flatMap(scheme::technicalDomain).isPresent()) {
      return;
    }
    // (b) a certified protection profile of Annex II supporting the level
    for (String pp : cert.protectionProfiles()) {
      Optional<String> highest =
          scheme.protectionProfile(pp).flatMap(ProtectionProfileReference::highestEvaluationLevel);
      if (highest.isPresent() && atLeast(scheme, highest.get(), level.get().rank())) {
        return;
      }
    }
    // (c) the NCCA's approval of the exceptional case, granted before issue
    Optional<Approval> exception = in.citedApproval(ApprovalKind.AVA_VAN_EXCEPTION);
    if (exception.flatMap(Approval::evaluationLevel).filter(code::equals).isPresent()) {
      return;
    }
    out.accept(
        code
            + " is allowed only (a) for a product in a technical domain the scheme lists"
            + domain
                .map(d -> " (named: '" + d + "', not listed)")
                .orElse(" (the certificate names none)")
            + ", (b) for a product claiming a listed protection profile that supports "
            + code
            + " (claimed: "
            + cert.protectionProfiles()
            + ") or (c) with the NCCA's approval of the exception, granted before issue and cited"
            + " by the certificate"
            + exception
                .map(
                    a ->
                        " (approval "
                            + a.reference()
                            + " is for "
                            + a.evaluationLevel().orElse("no level")
                            + ")")
                .orElse(" (none)")
            + " (EUCC Art 7(3)-(4))");
  }

  // ---- R3 -------------------------------------------------------------------------------------

  private static void noSelfAssessment(RuleInput in, Consumer<String> out) {
    in.statement()
        .ifPresent(
            s ->
                out.accept(
                    "EU statement of conformity "
                        + s.id()
                        + " is refused: EUCC Art 6 permits no conformity self-assessment"));
    SchemeVersion scheme = in.scheme();
    if (scheme.allowsSelfAssessment()) {
      out.accept(
          "the data of scheme "
              + name(scheme)
              + " allows self-assessment at "
              + scheme.levels().values().stream()
                  .filter(LevelRule::allowsSelfAssessment)
                  .map(LevelRule::level)
                  .collect(Collectors.toList())
              + ", which EUCC Art 6 excludes");
    }
  }

  // ---- R7 -------------------------------------------------------------------------------------

  private static void validity(RuleInput in, Consumer<String> out) {
    Optional<CertificateContent> c = in.certificate();
    if (c.isEmpty()) {
      return;
    }
    CertificateContent cert = c.get();
    Period max =
        in.scheme()
            .level(cert.assuranceLevel())
            .flatMap(LevelRule::maxValidity)
            .orElse(ART_12_MAX_VALIDITY);
    // Regulation 1182/71 Art 3: a period of years from the day of issue ends on the same date
    LocalDate latest = cert.issueDay().plus(max);
    if (cert.validUntil().isAfter(latest)) {
      Optional<LocalDate> approved =
          in.citedApproval(ApprovalKind.VALIDITY_EXTENSION).flatMap(Approval::maxValidUntil);
      if (approved.isEmpty() || cert.validUntil().isAfter(approved.get())) {
        out.accept(
            "valid until "
                + cert.validUntil()
                + ", beyond the maximum of "
                + max
                + " from the day of issue "
                + cert.issueDay()
                + " (latest "
                + latest
                + ")"
                + approved
                    .map(d -> " and beyond the NCCA-approved extension to " + d)
                    .orElse(" without a cited, granted NCCA approval of a longer validity")
                + " (EUCC Art 12)");
      }
    }
    if (cert.object().type() == CertifiedObjectType.PROTECTION_PROFILE) {
      Optional<LocalDate> lifetime = euccPart(cert).flatMap(EuccPart::protectionProfileLifetimeEnd);
      if (lifetime.isEmpty()) {
        out.accept(
            "protection-profile certificate "
                + cert.id()
                + " states no end of the PP's lifetime, which bounds its validity (EUCC Art 18)");
      } else if (cert.validUntil().isAfter(lifetime.get())) {
        out.accept(
            "protection-profile certificate valid until "
                + cert.validUntil()
                + ", after the PP's lifetime ends on "
                + lifetime.get()
                + " (EUCC Art 18)");
      }
    }
  }

  // ---- R8 -------------------------------------------------------------------------------------

  private static void standards(RuleInput in, Consumer<String> out) {
    Attestation a = in.attestation();
    SchemeVersion scheme = in.scheme();
    if (a.standards().isEmpty()) {
      out.accept(
          a.id()
              + " cites no standard; EUCC Art 3 and Annex VII(c)(7) require the version of the"
              + " Common Criteria and Common Evaluation Methodology applied");
    }
    LocalDate day = LegalTime.dayOf(a.issuedAt());
    for (String id : a.standards()) {
      Optional<StandardReference> s = scheme.standard(id);
      if (s.isEmpty()) {
        out.accept(
            "standard '"
                + id
                + "' is not one of scheme "
                + name(scheme)
                + "; it lists "
                + scheme.standards().stream()
                    .map(StandardReference::id)
                    .collect(Collectors.toList())
                + " (EUCC Art 3)");
      } else if (!s.get().applicableOn(day)) {
        StandardReference r = s.get();
        out.accept(
            "standard "
                + id
                + " may not be applied to a certificate issued on "
                + day
                + r.firstIssueDate().map(d -> "; it applies from " + d).orElse("")
                + r.lastIssueDate().map(d -> "; it applies until " + d).orElse("")
                + " ("
                + r.legalBasis().orElse("EUCC Art 3")
                + ")");
      }
    }
  }

  // ---- R9 -------------------------------------------------------------------------------------

  private static void packageNotation(RuleInput in, Consumer<String> out) {
    Optional<CertificateContent> c = in.certificate();
    if (c.isEmpty()) {
      return;
    }
    CertificateContent cert = c.get();
    Optional<EuccPart> p = euccPart(cert);
    if (p.isEmpty()) {
      out.accept(
          "certificate "
              + cert.id()
              + " has no EUCC part declaring its assurance package (EUCC Annex VIII, Annex"
              + " VII(c)(8))");
      return;
    }
    EuccPart part = p.get();
    if (part.packageName().contains("+")) {
      out.accept(
          "package name '"
              + part.packageName()
              + "' uses '+'; EUCC Annex VIII requires each augmentation listed as a component");
    }
    switch (part.packageKind()) {
      case EAL_CONFORMANT:
        if (!part.augmentations().isEmpty()) {
          out.accept(
              "an EAL-conformant package lists augmentations "
                  + part.augmentations()
                  + "; declare it EAL_AUGMENTED (EUCC Annex VIII)");
        }
        checkEal(part, out);
        break;
      case EAL_AUGMENTED:
        if (part.augmentations().isEmpty()) {
          out.accept(
              "an augmented package lists no component; EUCC Annex VIII requires every added"
                  + " component listed");
        }
        checkEal(part, out);
        break;
      default:
        break; // a specific package or a PP's package is named as it is
    }
    Set<String> seen = new HashSet<>();
    for (String aug : part.augmentations()) {
      if (aug.contains("+")) {
        out.accept(
            "augmentation '"
                + aug
                + "' uses '+'; EUCC Annex VIII requires the component alone, e.g. ALC_DVS.2");
      } else if (!COMPONENT.matcher(aug).matches()) {
        out.accept("augmentation '" + aug + "' is not a CC assurance component such as ALC_DVS.2");
      }
      if (!seen.add(aug)) {
        out.accept("augmentation " + aug + " is listed twice");
      }
      if (AVA_VAN.matcher(aug).matches() && !cert.evaluationLevel().equals(Optional.of(aug))) {
        out.accept(
            "augmentation "
                + aug
                + " contradicts the certificate's AVA_VAN level "
                + cert.evaluationLevel().orElse("(none)")
                + " (EUCC Annex VII(c)(8))");
      }
    }
  }

  private static void checkEal(EuccPart part, Consumer<String> out) {
    // a '+' in the name is reported above; 'EAL4+' is not reported twice
    if (!part.packageName().contains("+") && !EAL.matcher(part.packageName()).matches()) {
      out.accept(
          "a package declared "
              + part.packageKind()
              + " is named '"
              + part.packageName()
              + "', not an EAL from EAL1 to EAL7 (EUCC Annex VIII)");
    }
  }

  // ---- R10 ------------------------------------------------------------------------------------

  private static void annexViiFields(RuleInput in, Consumer<String> out) {
    Optional<CertificateContent> c = in.certificate();
    if (c.isEmpty()) {
      return;
    }
    CertificateContent cert = c.get();
    Set<CertificateField> missing = EnumSet.noneOf(CertificateField.class);
    missing.addAll(in.scheme().mandatoryFields());
    missing.removeAll(cert.presentFields());
    if (!missing.isEmpty()) {
      out.accept("missing fields that EUCC Annex VII requires: " + missing);
    }
    in.context()
        .itsef()
        .filter(itsef -> !itsef.id().equals(cert.issuer().id()))
        .filter(itsef -> cert.itsef().isEmpty())
        .ifPresent(
            itsef ->
                out.accept(
                    "ITSEF "
                        + itsef.id()
                        + " evaluated but the certificate does not name it; EUCC Annex VII(c)(2)"
                        + " requires the ITSEF's name where it is not the certification body"));
    boolean ppPackage =
        euccPart(cert)
            .filter(p -> p.packageKind() == AssurancePackageKind.PACKAGE_CONFORMANT_TO_PP)
            .isPresent();
    if (ppPackage && cert.protectionProfiles().isEmpty()) {
      out.accept(
          "the package is declared conformant to a protection profile but no protection profile"
              + " is listed (EUCC Annex VII(c)(9), Annex VIII)");
    }
  }

  // ---- R11 ------------------------------------------------------------------------------------

  private static void mark(RuleInput in, Consumer<String> out) {
    Optional<CertificateContent> c = in.certificate();
    if (c.isEmpty()) {
      return;
    }
    CertificateContent cert = c.get();
    if (cert.markUrl().isEmpty()) {
      out.accept(
          "no mark-and-label URL: EUCC Art 11 and Annex IX require the QR code to link to the"
              + " certificate's information");
    } else if (!isHttpsUrl(cert.markUrl().get())) {
      out.accept(
          "mark-and-label URL '"
              + cert.markUrl().get()
              + "' is not an absolute https:// URL (EUCC Art 11, Annex IX)");
    }
    Optional<CertificateIdParts> parsed =
        in.scheme().certificateIdPattern().flatMap(p -> p.parse(cert.id()));
    if (parsed.isEmpty()) {
      return; // formats differ by body (DOMAIN.md 2.12): only an identifier of the pattern is read
    }
    CertificateIdParts parts = parsed.get();
    String pattern =
        in.scheme().certificateIdPattern().map(CertificateIdPattern::pattern).orElse("");
    LocalDate day = cert.issueDay();
    if (!parts.scheme().isEmpty() && !parts.scheme().equals(cert.scheme().value())) {
      out.accept(
          "certificate identifier "
              + cert.id()
              + " names scheme '"
              + parts.scheme()
              + "', not "
              + cert.scheme()
              + " (EUCC Art 11(3)(b)(1))");
    }
    // a re-issue (EUCC Art 13(2)(c)-(d)) keeps its predecessor's year, month and number and
    // counts a revision (DOMAIN.md 2.12): its year and month are those of the first issue
    boolean reissue = cert.predecessor().isPresent() && parts.revision().isPresent();
    if (!reissue && parts.year() != day.getYear()) {
      out.accept(
          "certificate identifier "
              + cert.id()
              + " gives year "
              + parts.year()
              + " (pattern "
              + pattern
              + "), but the day of issue is "
              + day
              + " (EUCC Art 11(3)(b)(3))");
    }
    parts
        .month()
        .filter(m -> !reissue && m != day.getMonthValue())
        .ifPresent(
            m ->
                out.accept(
                    "certificate identifier "
                        + cert.id()
                        + " gives month "
                        + m
                        + " (pattern "
                        + pattern
                        + "), but the day of issue is "
                        + day
                        + " (EUCC Art 11(3)(b)(3))"));
    List<String> stated = new ArrayList<>();
    cert.issuer().notifiedBodyNumber().ifPresent(stated::add);
    cert.issuer().accreditationReference().ifPresent(stated::add);
    if (!parts.body().isEmpty() && !stated.isEmpty() && !stated.contains(parts.body())) {
      out.accept(
          "certificate identifier "
              + cert.id()
              + " names body '"
              + parts.body()
              + "', but the certificate gives the issuer's notified-body number or accreditation"
              + " reference as "
              + stated
              + " (EUCC Art 11(3)(b)(2))");
    }
  }

  private static boolean isHttpsUrl(String url) {
    if (!url.startsWith("https://")) {
      return false;
    }
    try {
      URI uri = new URI(url);
      return uri.getHost() != null && !uri.getHost().isEmpty();
    } catch (URISyntaxException e) {
      return false;
    }
  }

  // ---- shared ---------------------------------------------------------------------------------

  /** The certificate's EUCC part, if it has one. */
  static Optional<EuccPart> euccPart(CertificateContent cert) {
    return cert.schemePart().filter(EuccPart.class::isInstance).map(EuccPart.class::cast);
  }

  /** The rank of an evaluation level in the scheme; empty if the scheme does not define it. */
  static OptionalInt rank(SchemeVersion scheme, String code) {
    return scheme
        .evaluationLevel(code)
        .map(e -> OptionalInt.of(e.rank()))
        .orElse(OptionalInt.empty());
  }

  /** Whether {@code code} is a level of the scheme ranked at or above {@code rank}. */
  static boolean atLeast(SchemeVersion scheme, String code, int rank) {
    OptionalInt r = rank(scheme, code);
    return r.isPresent() && r.getAsInt() >= rank;
  }

  /** The scheme as messages name it, e.g. {@code EUCC 2024-482}. */
  static String name(SchemeVersion scheme) {
    return scheme.schemeId() + " " + scheme.version();
  }
}
