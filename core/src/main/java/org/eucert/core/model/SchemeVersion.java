/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Maps;
import com.google.common.collect.Sets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eucert.core.time.Timeline;

/**
 * One version of a European cybersecurity certification scheme: everything CSA Art 54(1) requires
 * a scheme to contain, its levels with their rules, its evaluation levels, standards, requirements,
 * technical domains and protection profiles, the Annex-VII-like list of mandatory certificate fields
 * and the pattern for new certificate identifiers, all as data.
 *
 * <p>A scheme may be incomplete (a candidate, a pilot): {@link #missingElements()} lists the Art
 * 54(1) elements it lacks. Unknowns stay empty, never invented.
 *
 * <p>Immutable and thread-safe. Build with {@link #builder()}.
 *
 * @since 0.1
 */
public final class SchemeVersion {
  private final SchemeId schemeId;
  private final String version;
  private final String title;
  private final ImmutableList<String> legalBasis;
  private final Timeline<SchemeStatus> statusHistory;
  private final ImmutableSet<CertifiedObjectType> objectTypes;
  private final ImmutableSet<SecurityObjective> objectives;
  private final ImmutableMap<SchemeElement, String> elements;
  private final ImmutableMap<AssuranceLevel, LevelRule> levels;
  private final ImmutableList<EvaluationLevel> evaluationLevels;
  private final ImmutableList<StandardReference> standards;
  private final ImmutableList<Requirement> requirements;
  private final ImmutableList<TechnicalDomain> technicalDomains;
  private final ImmutableList<ProtectionProfileReference> protectionProfiles;
  private final ImmutableSet<CertificateField> mandatoryFields;
  private final ImmutableList<String> productCategories;
  private final Optional<CertificateIdPattern> certificateIdPattern;
  private final Optional<LocalDate> applicableFrom;
  private final ImmutableList<String> notes;

  private SchemeVersion(Builder b) {
    this.schemeId = checkNotNull(b.schemeId, "schemeId");
    this.version = checkNotNull(b.version, "version");
    checkArgument(version.matches("[A-Za-z0-9._-]{1,32}"), "not a scheme version: '%s'", version);
    this.title = checkNotNull(b.title, "title");
    checkArgument(!title.isBlank(), "scheme %s has no title", schemeId);
    this.legalBasis = ImmutableList.copyOf(b.legalBasis);
    this.statusHistory = checkNotNull(b.statusHistory, "statusHistory");
    checkArgument(!statusHistory.isEmpty(), "scheme %s %s has no status", schemeId, version);
    this.objectTypes = Sets.immutableEnumSet(b.objectTypes);
    this.objectives = Sets.immutableEnumSet(b.objectives);
    Map<SchemeElement, String> el = new EnumMap<>(SchemeElement.class);
    b.elements.forEach(
        (k, v) -> {
          checkNotNull(v, "element %s", k);
          if (!v.isBlank()) {
            el.put(k, v.strip());
          }
        });
    this.elements = Maps.immutableEnumMap(el);
    Map<AssuranceLevel, LevelRule> lv = new EnumMap<>(AssuranceLevel.class);
    for (LevelRule r : b.levels) {
      checkArgument(lv.put(r.level(), r) == null, "level %s defined twice", r.level());
    }
    this.levels = Maps.immutableEnumMap(lv);
    this.evaluationLevels = ImmutableList.copyOf(b.evaluationLevels);
    Set<String> codes = new HashSet<>();
    Set<Integer> ranks = new HashSet<>();
    for (EvaluationLevel e : evaluationLevels) {
      checkArgument(codes.add(e.code()), "evaluation level %s defined twice", e.code());
      checkArgument(ranks.add(e.rank()), "evaluation level rank %s used twice", e.rank());
      checkArgument(
          levels.containsKey(e.assuranceLevel()),
          "evaluation level %s maps to %s, which the scheme does not offer",
          e.code(),
          e.assuranceLevel());
    }
    this.standards = ImmutableList.copyOf(b.standards);
    this.requirements = ImmutableList.copyOf(b.requirements);
    this.technicalDomains = ImmutableList.copyOf(b.technicalDomains);
    this.protectionProfiles = ImmutableList.copyOf(b.protectionProfiles);
    this.mandatoryFields = Sets.immutableEnumSet(b.mandatoryFields);
    this.productCategories = ImmutableList.copyOf(b.productCategories);
    this.certificateIdPattern = checkNotNull(b.certificateIdPattern, "certificateIdPattern");
    this.applicableFrom = checkNotNull(b.applicableFrom, "applicableFrom");
    this.notes = ImmutableList.copyOf(b.notes);
    Set<String> std = new HashSet<>();
    standards.forEach(s -> checkArgument(std.add(s.id()), "standard %s listed twice", s.id()));
    Set<String> req = new HashSet<>();
    for (Requirement r : requirements) {
      checkArgument(req.add(r.id()), "requirement %s listed twice", r.id());
      for (String s : r.standardIds()) {
        checkArgument(std.contains(s), "requirement %s cites unknown standard %s", r.id(), s);
      }
      checkArgument(
          levels.keySet().containsAll(r.levels()),
          "requirement %s applies at a level the scheme does not offer: %s",
          r.id(),
          r.levels());
    }
    Set<String> td = new HashSet<>();
    technicalDomains.forEach(
        t -> checkArgument(td.add(t.id()), "technical domain %s listed twice", t.id()));
    Set<String> pps = new HashSet<>();
    protectionProfiles.forEach(
        p -> checkArgument(pps.add(p.id()), "protection profile %s listed twice", p.id()));
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding everything of this version, to derive a new version. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.schemeId = schemeId;
    b.version = version;
    b.title = title;
    b.legalBasis.addAll(legalBasis);
    b.statusHistory = statusHistory;
    b.objectTypes.addAll(objectTypes);
    b.objectives.addAll(objectives);
    b.elements.putAll(elements);
    b.levels.addAll(levels.values());
    b.evaluationLevels.addAll(evaluationLevels);
    b.standards.addAll(standards);
    b.requirements.addAll(requirements);
    b.technicalDomains.addAll(technicalDomains);
    b.protectionProfiles.addAll(protectionProfiles);
    b.mandatoryFields.addAll(mandatoryFields);
    b.productCategories.addAll(productCategories);
    b.certificateIdPattern = certificateIdPattern;
    b.applicableFrom = applicableFrom;
    b.notes.addAll(notes);
    return b;
  }

  public SchemeId schemeId() {
    return schemeId;
  }

  /** The version label, e.g. {@code 2024-482} or {@code 1.1.1}. */
  public String version() {
    return version;
  }

  public String title() {
    return title;
  }

  /**
   * The acts that adopted and amended this version, as cited, e.g. {@code Commission Implementing
   * Regulation (EU) 2024/482}; empty for a scheme not adopted.
   */
  public List<String> legalBasis() {
    return legalBasis;
  }

  /** The scheme's status over time (requested, candidate, adopted, no longer valid). */
  public Timeline<SchemeStatus> statusHistory() {
    return statusHistory;
  }

  /** The status at an instant; empty before the scheme was listed at all. */
  public Optional<SchemeStatus> statusAt(Instant instant) {
    return statusHistory.at(instant);
  }

  /** The newest status. */
  public SchemeStatus currentStatus() {
    return statusHistory.latest().orElseThrow().status();
  }

  /** What the scheme certifies (CSA Art 54(1)(a)). */
  public Set<CertifiedObjectType> objectTypes() {
    return objectTypes;
  }

  /** The CSA Art 51 (and 51a) objectives the scheme is designed to achieve. */
  public Set<SecurityObjective> objectives() {
    return objectives;
  }

  /** The text of each Art 54(1) element the scheme contains; absent keys are missing elements. */
  public Map<SchemeElement, String> elements() {
    return elements;
  }

  /** The Art 54(1) elements the scheme lacks, in order (a) to (v). */
  public Set<SchemeElement> missingElements() {
    Set<SchemeElement> missing = EnumSet.allOf(SchemeElement.class);
    missing.removeAll(elements.keySet());
    return Sets.immutableEnumSet(missing);
  }

  /** Whether all 22 elements of CSA Art 54(1) are present. */
  public boolean isComplete() {
    return missingElements().isEmpty();
  }

  /** The rules per offered level, lowest level first. */
  public Map<AssuranceLevel, LevelRule> levels() {
    return levels;
  }

  /** The rule for one level; empty if the scheme does not offer it. */
  public Optional<LevelRule> level(AssuranceLevel level) {
    return Optional.ofNullable(levels.get(checkNotNull(level, "level")));
  }

  /** Whether any level allows EU statements of conformity (CSA Art 54(1)(e), Art 53). */
  public boolean allowsSelfAssessment() {
    return levels.values().stream().anyMatch(LevelRule::allowsSelfAssessment);
  }

  /** The evaluation levels (CSA Art 52(8)), e.g. EUCC's AVA_VAN levels. */
  public List<EvaluationLevel> evaluationLevels() {
    return evaluationLevels;
  }

  /** The evaluation level with that code; empty if the scheme defines none. */
  public Optional<EvaluationLevel> evaluationLevel(String code) {
    checkNotNull(code, "code");
    return evaluationLevels.stream().filter(e -> e.code().equals(code)).findFirst();
  }

  public List<StandardReference> standards() {
    return standards;
  }

  /** The standard with that id; empty if the scheme lists none. */
  public Optional<StandardReference> standard(String id) {
    checkNotNull(id, "id");
    return standards.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  public List<Requirement> requirements() {
    return requirements;
  }

  public List<TechnicalDomain> technicalDomains() {
    return technicalDomains;
  }

  /** The technical domain with that id; empty if the scheme lists none. */
  public Optional<TechnicalDomain> technicalDomain(String id) {
    checkNotNull(id, "id");
    return technicalDomains.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  public List<ProtectionProfileReference> protectionProfiles() {
    return protectionProfiles;
  }

  /** The protection profile with that id; empty if the scheme lists none. */
  public Optional<ProtectionProfileReference> protectionProfile(String id) {
    checkNotNull(id, "id");
    return protectionProfiles.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /**
   * The certificate fields the scheme makes mandatory (see {@link
   * CertificateContent#presentFields()}), e.g. EUCC Annex VII.
   */
  public Set<CertificateField> mandatoryFields() {
    return mandatoryFields;
  }

  /** The product categories the scheme names (may be empty: open). */
  public List<String> productCategories() {
    return productCategories;
  }

  /** The default pattern of new certificate identifiers, if the scheme sets one. */
  public Optional<CertificateIdPattern> certificateIdPattern() {
    return certificateIdPattern;
  }

  /** The date from which the scheme applies, if known. */
  public Optional<LocalDate> applicableFrom() {
    return applicableFrom;
  }

  /** Free notes, e.g. what is UNVERIFIED about this scheme. */
  public List<String> notes() {
    return notes;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof SchemeVersion)) {
      return false;
    }
    SchemeVersion s = (SchemeVersion) o;
    return schemeId.equals(s.schemeId)
        && version.equals(s.version)
        && title.equals(s.title)
        && legalBasis.equals(s.legalBasis)
        && statusHistory.equals(s.statusHistory)
        && objectTypes.equals(s.objectTypes)
        && objectives.equals(s.objectives)
        && elements.equals(s.elements)
        && levels.equals(s.levels)
        && evaluationLevels.equals(s.evaluationLevels)
        && standards.equals(s.standards)
        && requirements.equals(s.requirements)
        && technicalDomains.equals(s.technicalDomains)
        && protectionProfiles.equals(s.protectionProfiles)
        && mandatoryFields.equals(s.mandatoryFields)
        && productCategories.equals(s.productCategories)
        && certificateIdPattern.equals(s.certificateIdPattern)
        && applicableFrom.equals(s.applicableFrom)
        && notes.equals(s.notes);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(schemeId, version, statusHistory, levels, elements);
  }

  @Override
  public String toString() {
    return "SchemeVersion[" + schemeId + " " + version + ", " + currentStatus() + "]";
  }

  /** Builds a {@link SchemeVersion}; {@link #build()} validates the combination. Not thread-safe. */
  public static final class Builder {
    private SchemeId schemeId;
    private String version;
    private String title;
    private final List<String> legalBasis = new ArrayList<>();
    private Timeline<SchemeStatus> statusHistory;
    private final Set<CertifiedObjectType> objectTypes = EnumSet.noneOf(CertifiedObjectType.class);
    private final Set<SecurityObjective> objectives = EnumSet.noneOf(SecurityObjective.class);
    private final Map<SchemeElement, String> elements = new LinkedHashMap<>();
    private final List<LevelRule> levels = new ArrayList<>();
    private final List<EvaluationLevel> evaluationLevels = new ArrayList<>();
    private final List<StandardReference> standards = new ArrayList<>();
    private final List<Requirement> requirements = new ArrayList<>();
    private final List<TechnicalDomain> technicalDomains = new ArrayList<>();
    private final List<ProtectionProfileReference> protectionProfiles = new ArrayList<>();
    private final Set<CertificateField> mandatoryFields = EnumSet.noneOf(CertificateField.class);
    private final List<String> productCategories = new ArrayList<>();
    private Optional<CertificateIdPattern> certificateIdPattern = Optional.empty();
    private Optional<LocalDate> applicableFrom = Optional.empty();
    private final List<String> notes = new ArrayList<>();

    private Builder() {}

    public Builder schemeId(SchemeId schemeId) {
      this.schemeId = schemeId;
      return this;
    }

    public Builder version(String version) {
      this.version = version;
      return this;
    }

    public Builder title(String title) {
      this.title = title;
      return this;
    }

    public Builder addLegalBasis(String act) {
      legalBasis.add(checkNotNull(act, "act"));
      return this;
    }

    public Builder statusHistory(Timeline<SchemeStatus> statusHistory) {
      this.statusHistory = statusHistory;
      return this;
    }

    public Builder addObjectType(CertifiedObjectType type) {
      objectTypes.add(checkNotNull(type, "type"));
      return this;
    }

    public Builder addObjective(SecurityObjective objective) {
      objectives.add(checkNotNull(objective, "objective"));
      return this;
    }

    public Builder element(SchemeElement element, String text) {
      elements.put(checkNotNull(element, "element"), checkNotNull(text, "text"));
      return this;
    }

    public Builder addLevel(LevelRule rule) {
      levels.add(checkNotNull(rule, "rule"));
      return this;
    }

    public Builder addEvaluationLevel(EvaluationLevel level) {
      evaluationLevels.add(checkNotNull(level, "level"));
      return this;
    }

    public Builder addStandard(StandardReference standard) {
      standards.add(checkNotNull(standard, "standard"));
      return this;
    }

    public Builder addRequirement(Requirement requirement) {
      requirements.add(checkNotNull(requirement, "requirement"));
      return this;
    }

    public Builder addTechnicalDomain(TechnicalDomain domain) {
      technicalDomains.add(checkNotNull(domain, "domain"));
      return this;
    }

    public Builder addProtectionProfile(ProtectionProfileReference pp) {
      protectionProfiles.add(checkNotNull(pp, "pp"));
      return this;
    }

    public Builder addMandatoryField(CertificateField field) {
      mandatoryFields.add(checkNotNull(field, "field"));
      return this;
    }

    public Builder addProductCategory(String category) {
      productCategories.add(checkNotNull(category, "category"));
      return this;
    }

    public Builder certificateIdPattern(Optional<CertificateIdPattern> pattern) {
      this.certificateIdPattern = checkNotNull(pattern, "pattern");
      return this;
    }

    public Builder applicableFrom(Optional<LocalDate> date) {
      this.applicableFrom = checkNotNull(date, "date");
      return this;
    }

    public Builder addNote(String note) {
      notes.add(checkNotNull(note, "note"));
      return this;
    }

    /**
     * Builds the scheme version.
     *
     * @throws IllegalArgumentException if a combination is inconsistent (a level twice, an
     *     evaluation level mapped to a level not offered, a requirement citing an unknown standard)
     * @throws NullPointerException if the id, version, title or status history is missing
     */
    public SchemeVersion build() {
      return new SchemeVersion(this);
    }
  }
}
