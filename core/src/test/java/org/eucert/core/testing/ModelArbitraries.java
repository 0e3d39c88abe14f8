/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import org.eucert.core.model.AssuranceLevel;
import org.eucert.core.model.AssurancePackageKind;
import org.eucert.core.model.BodyId;
import org.eucert.core.model.BodyReference;
import org.eucert.core.model.CertificateContent;
import org.eucert.core.model.CertificateField;
import org.eucert.core.model.CertificateId;
import org.eucert.core.model.CertificateIdPattern;
import org.eucert.core.model.CertifiedObject;
import org.eucert.core.model.CertifiedObjectType;
import org.eucert.core.model.ConformityRoute;
import org.eucert.core.model.EuccPart;
import org.eucert.core.model.EvaluationActivity;
import org.eucert.core.model.EvaluationLevel;
import org.eucert.core.model.GenericPart;
import org.eucert.core.model.Holder;
import org.eucert.core.model.IssuerKind;
import org.eucert.core.model.LevelRule;
import org.eucert.core.model.ProtectionProfileReference;
import org.eucert.core.model.Requirement;
import org.eucert.core.model.SchemeElement;
import org.eucert.core.model.SchemeId;
import org.eucert.core.model.SchemeSpecificPart;
import org.eucert.core.model.SchemeStatus;
import org.eucert.core.model.SchemeVersion;
import org.eucert.core.model.SecurityObjective;
import org.eucert.core.model.StandardReference;
import org.eucert.core.model.TechnicalDomain;
import org.eucert.core.time.LegalTime;
import org.eucert.core.time.Timeline;
import org.eucert.core.time.TimelineEntry;

/**
 * jqwik arbitraries of the model, for properties in every module. They generate <em>valid</em>
 * values only: each respects its constructor's rules (a 'high' level names only the issuers CSA
 * Art 56(6) allows and the Art 52 minimum activities, evaluation levels map to offered levels,
 * requirements cite listed standards and offered levels, a validity never ends before the day of
 * issue, a certificate never replaces itself), and every value is one the XML formats can carry:
 * texts are non-blank, within the XSDs' lengths, free of characters XML cannot hold, and include
 * markup characters, tabs, line breaks, carriage returns and non-ASCII letters; identifiers and codes
 * have no leading, trailing or repeated spaces; instants are microseconds between 1970 and 2100.
 *
 * <p>Sizes are small so that a property's tries stay fast. Stateless; every method returns a new
 * arbitrary.
 *
 * @since 0.1
 */
public final class ModelArbitraries {
  private static final String ALNUM =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final String TEXT_EXTRA = " <>&\"'\t\n\r-./:;()[]{}#%+=?!@éüßΩ€中";
  private static final long MAX_MICROS = 4_102_444_800_000_000L; // 2100-01-01T00:00:00Z
  private static final List<String> ID_PATTERNS =
      List.of(
          CertificateIdPattern.EUCC_DEFAULT,
          "{scheme}-{yyyy}-{seq:3}",
          "{body}/{yyyy}/{MM}/{seq:5}[-{rev:1}]",
          "CERT-{yyyy}-{seq:6}");

  private ModelArbitraries() {}

  /** Non-blank free text of 1 to 30 characters, with markup and whitespace characters. */
  public static Arbitrary<String> texts() {
    return Arbitraries.strings()
        .withChars(ALNUM + TEXT_EXTRA)
        .ofMinLength(1)
        .ofMaxLength(30)
        .filter(s -> !s.isBlank());
  }

  /** Free text of 0 to 20 characters, possibly empty or blank (generic property values). */
  public static Arbitrary<String> possiblyEmptyTexts() {
    return Arbitraries.strings().withChars(ALNUM + TEXT_EXTRA).ofMaxLength(20);
  }

  /** Codes and references: one to three words of {@code [A-Za-z0-9._:/-]}, single spaces. */
  public static Arbitrary<String> codes() {
    return Arbitraries.strings()
        .withChars(ALNUM + "._:/-")
        .ofMinLength(1)
        .ofMaxLength(10)
        .list()
        .ofMinSize(1)
        .ofMaxSize(3)
        .map(words -> String.join(" ", words));
  }

  public static Arbitrary<SchemeId> schemeIds() {
    return Combinators.combine(
            Arbitraries.chars().range('A', 'Z'),
            Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-").ofMaxLength(8))
        .as((first, rest) -> SchemeId.of(first + rest));
  }

  /** Scheme version labels such as {@code 2024-482} or {@code 1.1.1}. */
  public static Arbitrary<String> versions() {
    return Arbitraries.strings().withChars(ALNUM + "._-").ofMinLength(1).ofMaxLength(12);
  }

  public static Arbitrary<BodyId> bodyIds() {
    return Combinators.combine(
            Arbitraries.strings().withChars(ALNUM).ofLength(1),
            Arbitraries.strings().withChars(ALNUM + "._-").ofMaxLength(12))
        .as((first, rest) -> BodyId.of(first + rest));
  }

  public static Arbitrary<CertificateId> certificateIds() {
    return Combinators.combine(
            Arbitraries.strings().withChars(ALNUM).ofLength(1),
            Arbitraries.strings().withChars(ALNUM + "./_-").ofMaxLength(20))
        .as((first, rest) -> CertificateId.of(first + rest));
  }

  /** Instants from 1970 to 2100 at second, millisecond or microsecond precision. */
  public static Arbitrary<Instant> instants() {
    Arbitrary<Long> micros = Arbitraries.longs().between(0, MAX_MICROS - 1);
    return Arbitraries.oneOf(
        micros.map(m -> Instant.EPOCH.plus(m, ChronoUnit.MICROS)),
        micros.map(m -> Instant.EPOCH.plus(m / 1000, ChronoUnit.MILLIS)),
        micros.map(m -> Instant.EPOCH.plusSeconds(m / 1_000_000)));
  }

  /** Calendar dates from 1970 to 2199. */
  public static Arbitrary<LocalDate> dates() {
    return Arbitraries.longs()
        .between(0, LocalDate.of(2199, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  /** Positive periods of years, months and days. */
  public static Arbitrary<Period> periods() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 10),
            Arbitraries.integers().between(0, 24),
            Arbitraries.integers().between(0, 400))
        .as(Period::of)
        .filter(p -> !p.isZero());
  }

  // ---------------------------------------------------------------- certificates

  public static Arbitrary<Holder> holders() {
    return Combinators.combine(
            texts(), texts().optional(), texts().optional(), texts().optional(), texts().optional())
        .as(Holder::new);
  }

  public static Arbitrary<BodyReference> bodyReferences() {
    return Combinators.combine(
            bodyIds(),
            texts(),
            texts().optional(),
            texts().optional(),
            codes().optional(),
            codes().optional())
        .as(BodyReference::new);
  }

  public static Arbitrary<CertifiedObject> certifiedObjects() {
    return Combinators.combine(
            Arbitraries.of(CertifiedObjectType.class),
            texts(),
            texts().optional(),
            texts().list().ofMinSize(1).ofMaxSize(3),
            texts().optional(),
            texts().optional(),
            texts().optional(),
            texts().optional())
        .as(CertifiedObject::new);
  }

  public static Arbitrary<EuccPart> euccParts() {
    return Combinators.combine(
            Arbitraries.of(AssurancePackageKind.class),
            Arbitraries.oneOf(Arbitraries.of("EAL4", "EAL2", "", " "), texts()),
            codes().list().ofMaxSize(3),
            codes().optional(),
            texts().optional(),
            dates().optional())
        .as(EuccPart::new);
  }

  /** Generic parts with up to four properties, values possibly empty. */
  public static Arbitrary<GenericPart> genericParts() {
    Arbitrary<String> names =
        Combinators.combine(
                Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzABCXYZ").ofLength(1),
                Arbitraries.strings().withChars(ALNUM + "._-").ofMaxLength(12))
            .as((first, rest) -> first + rest);
    return Arbitraries.maps(names, possiblyEmptyTexts()).ofMaxSize(4).map(GenericPart::new);
  }

  /** An EUCC part or a generic part. */
  public static Arbitrary<SchemeSpecificPart> schemeSpecificParts() {
    return Arbitraries.oneOf(euccParts(), genericParts());
  }

  /** Certificate content with an EUCC part, a generic part or none. */
  public static Arbitrary<CertificateContent> certificateContents() {
    return certificateContents(schemeSpecificParts().optional());
  }

  /** Certificate content whose scheme-specific part comes from {@code parts}. */
  public static Arbitrary<CertificateContent> certificateContents(
      Arbitrary<Optional<SchemeSpecificPart>> parts) {
    Arbitrary<IdAndPredecessor> ids =
        Combinators.combine(certificateIds(), certificateIds().optional())
            .as((id, p) -> new IdAndPredecessor(id, p.filter(x -> !x.equals(id))));
    Arbitrary<Validity> validity =
        Combinators.combine(instants(), Arbitraries.integers().between(0, 4000))
            .as((at, days) -> new Validity(at, LegalTime.dayOf(at).plusDays(days)));
    return Builders.withBuilder(CertificateContent::builder)
        .use(ids)
        .in((b, v) -> b.id(v.id()).predecessor(v.predecessor()))
        .use(Combinators.combine(schemeIds(), versions()).as(Map::entry))
        .in((b, v) -> b.scheme(v.getKey(), v.getValue()))
        .use(certifiedObjects())
        .in(CertificateContent.Builder::object)
        .use(holders())
        .in(CertificateContent.Builder::holder)
        .use(bodyReferences())
        .in(CertificateContent.Builder::issuer)
        .use(bodyReferences().optional())
        .in(CertificateContent.Builder::itsef)
        .use(bodyReferences().optional())
        .in(CertificateContent.Builder::responsibleNcca)
        .use(texts().list().ofMaxSize(3))
        .in(CertificateContent.Builder::legalReferences)
        .use(texts().optional())
        .in(CertificateContent.Builder::certificationReport)
        .use(Arbitraries.of(AssuranceLevel.class))
        .in(CertificateContent.Builder::assuranceLevel)
        .use(codes().optional())
        .in(CertificateContent.Builder::evaluationLevel)
        .use(codes().list().ofMaxSize(3))
        .in(CertificateContent.Builder::standards)
        .use(codes().list().ofMaxSize(3))
        .in(CertificateContent.Builder::protectionProfiles)
        .use(validity)
        .in((b, v) -> b.issuedAt(v.issuedAt()).validUntil(v.validUntil()))
        .use(codes().list().ofMaxSize(3))
        .in(CertificateContent.Builder::approvals)
        .use(certificateIds().optional())
        .in(CertificateContent.Builder::underlying)
        .use(texts().optional())
        .in(CertificateContent.Builder::markUrl)
        .use(parts)
        .in(CertificateContent.Builder::schemePart)
        .build(CertificateContent.Builder::build);
  }

  // ---------------------------------------------------------------- schemes

  /**
   * The rule for one level: self-assessment only at basic (CSA Art 53(1)), for 'high' only the
   * issuers of CSA Art 56(6), at least the Art 52(5)-(7) activities.
   */
  public static Arbitrary<LevelRule> levelRules(AssuranceLevel level) {
    Arbitrary<Set<ConformityRoute>> routes =
        level == AssuranceLevel.BASIC
            ? Arbitraries.subsetOf(ConformityRoute.values()).ofMinSize(1)
            : Arbitraries.just(Set.of(ConformityRoute.THIRD_PARTY_CERTIFICATION));
    Set<IssuerKind> allowed =
        level == AssuranceLevel.HIGH
            ? EnumSet.of(
                IssuerKind.NCCA,
                IssuerKind.CAB_WITH_PRIOR_APPROVAL,
                IssuerKind.CAB_WITH_GENERAL_DELEGATION)
            : EnumSet.allOf(IssuerKind.class);
    return routes.flatMap(
        r ->
            Combinators.combine(
                    Arbitraries.subsetOf(allowed)
                        .ofMinSize(r.contains(ConformityRoute.THIRD_PARTY_CERTIFICATION) ? 1 : 0),
                    periods().optional(),
                    Arbitraries.subsetOf(EvaluationActivity.values()),
                    Arbitraries.of(true, false))
                .as(
                    (issuers, validity, extra, authorisation) -> {
                      Set<EvaluationActivity> activities =
                          EnumSet.copyOf(EvaluationActivity.minimumFor(level));
                      activities.addAll(extra);
                      return new LevelRule(level, r, issuers, validity, activities, authorisation);
                    }));
  }

  public static Arbitrary<Timeline<SchemeStatus>> schemeStatusHistories() {
    return Combinators.combine(
            instants().set().ofMinSize(1).ofMaxSize(4),
            Arbitraries.of(SchemeStatus.class).list().ofSize(4))
        .as(
            (at, statuses) -> {
              List<TimelineEntry<SchemeStatus>> entries = new ArrayList<>();
              int i = 0;
              for (Instant t : new TreeSet<>(at)) {
                entries.add(TimelineEntry.of(statuses.get(i++), t));
              }
              return Timeline.of(entries);
            });
  }

  public static Arbitrary<StandardReference> standardReferences() {
    return Combinators.combine(
            codes(),
            texts(),
            dates().optional(),
            Arbitraries.integers().between(0, 5000).optional(),
            codes().optional())
        .as(
            (id, title, first, length, basis) ->
                new StandardReference(
                    id,
                    title,
                    first,
                    length.map(d -> first.orElse(LocalDate.of(1999, 1, 1)).plusDays(d)),
                    basis));
  }

  public static Arbitrary<TechnicalDomain> technicalDomains() {
    return Combinators.combine(codes(), texts(), texts().list().ofMaxSize(3))
        .as(TechnicalDomain::new);
  }

  public static Arbitrary<ProtectionProfileReference> protectionProfileReferences() {
    return Combinators.combine(codes(), texts(), codes(), codes().optional())
        .as(ProtectionProfileReference::new);
  }

  /** Scheme versions: complete or not, with 0 to 3 levels and what depends on them. */
  public static Arbitrary<SchemeVersion> schemeVersions() {
    return Combinators.combine(
            Arbitraries.subsetOf(AssuranceLevel.values()),
            standardReferences().list().ofMaxSize(3).uniqueElements(StandardReference::id))
        .flatAs(ModelArbitraries::schemeVersions);
  }

  private static Arbitrary<SchemeVersion> schemeVersions(
      Set<AssuranceLevel> offered, List<StandardReference> standards) {
    List<AssuranceLevel> levels = new ArrayList<>(new TreeSet<>(offered));
    List<String> standardIds = standards.stream().map(StandardReference::id).toList();
    Arbitrary<List<LevelRule>> rules = Arbitraries.just(List.of());
    for (AssuranceLevel l : levels) {
      rules =
          rules.flatMap(
              done ->
                  levelRules(l)
                      .map(
                          r -> {
                            List<LevelRule> more = new ArrayList<>(done);
                            more.add(r);
                            return more;
                          }));
    }
    Arbitrary<List<EvaluationLevel>> evaluationLevels =
        levels.isEmpty()
            ? Arbitraries.just(List.of())
            : Combinators.combine(
                    codes(),
                    Arbitraries.of(levels),
                    Arbitraries.of(true, false),
                    codes().optional())
                .as(
                    (code, level, restricted, potential) ->
                        new EvaluationLevel(code, 1, level, restricted, potential))
                .list()
                .ofMaxSize(4)
                .uniqueElements(EvaluationLevel::code)
                .map(
                    list -> {
                      List<EvaluationLevel> ranked = new ArrayList<>();
                      for (int i = 0; i < list.size(); i++) {
                        EvaluationLevel e = list.get(i);
                        ranked.add(
                            new EvaluationLevel(
                                e.code(),
                                2 * i + 1,
                                e.assuranceLevel(),
                                e.restricted(),
                                e.attackPotential()));
                      }
                      return ranked;
                    });
    Arbitrary<List<Requirement>> requirements =
        levels.isEmpty()
            ? Arbitraries.just(List.of())
            : Combinators.combine(
                    codes(),
                    texts(),
                    standardIds.isEmpty()
                        ? Arbitraries.just(List.<String>of())
                        : Arbitraries.of(standardIds).list().ofMaxSize(3),
                    Arbitraries.subsetOf(levels).ofMinSize(1))
                .as(Requirement::new)
                .list()
                .ofMaxSize(3)
                .uniqueElements(Requirement::id);
    return Builders.withBuilder(SchemeVersion::builder)
        .use(schemeIds())
        .in(SchemeVersion.Builder::schemeId)
        .use(versions())
        .in(SchemeVersion.Builder::version)
        .use(texts())
        .in(SchemeVersion.Builder::title)
        .use(texts().list().ofMaxSize(3))
        .in((b, v) -> each(v, b::addLegalBasis, b))
        .use(schemeStatusHistories())
        .in(SchemeVersion.Builder::statusHistory)
        .use(Arbitraries.subsetOf(CertifiedObjectType.values()))
        .in((b, v) -> each(v, b::addObjectType, b))
        .use(Arbitraries.subsetOf(SecurityObjective.values()))
        .in((b, v) -> each(v, b::addObjective, b))
        .use(Arbitraries.maps(Arbitraries.of(SchemeElement.class), texts()).ofMaxSize(6))
        .in(
            (b, v) -> {
              v.forEach(b::element);
              return b;
            })
        .use(rules)
        .in((b, v) -> each(v, b::addLevel, b))
        .use(evaluationLevels)
        .in((b, v) -> each(v, b::addEvaluationLevel, b))
        .use(requirements)
        .in((b, v) -> each(v, b::addRequirement, b))
        .use(technicalDomains().list().ofMaxSize(2).uniqueElements(TechnicalDomain::id))
        .in((b, v) -> each(v, b::addTechnicalDomain, b))
        .use(
            protectionProfileReferences()
                .list()
                .ofMaxSize(2)
                .uniqueElements(ProtectionProfileReference::id))
        .in((b, v) -> each(v, b::addProtectionProfile, b))
        .use(Arbitraries.subsetOf(CertificateField.values()))
        .in((b, v) -> each(v, b::addMandatoryField, b))
        .use(texts().list().ofMaxSize(3))
        .in((b, v) -> each(v, b::addProductCategory, b))
        .use(Arbitraries.of(ID_PATTERNS).map(CertificateIdPattern::of).optional())
        .in(SchemeVersion.Builder::certificateIdPattern)
        .use(dates().optional())
        .in(SchemeVersion.Builder::applicableFrom)
        .use(texts().list().ofMaxSize(3))
        .in((b, v) -> each(v, b::addNote, b))
        .build(
            b -> {
              standards.forEach(b::addStandard);
              return b.build();
            });
  }

  private static <T> SchemeVersion.Builder each(
      Iterable<T> values, java.util.function.Function<T, SchemeVersion.Builder> add,
      SchemeVersion.Builder b) {
    values.forEach(add::apply);
    return b;
  }

  private record IdAndPredecessor(CertificateId id, Optional<CertificateId> predecessor) {}

  private record Validity(Instant issuedAt, LocalDate validUntil) {}
}
