/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.xml.bind.scheme;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.eucert.core.xml.bind.Lexical.enumSet;
import static org.eucert.core.xml.bind.Lexical.enumValue;
import static org.eucert.core.xml.bind.Lexical.instant;
import static org.eucert.core.xml.bind.Lexical.instantText;
import static org.eucert.core.xml.bind.Lexical.list;
import static org.eucert.core.xml.bind.Lexical.names;
import static org.eucert.core.xml.bind.Lexical.nullIfEmpty;
import static org.eucert.core.xml.bind.Lexical.optionalDate;
import static org.eucert.core.xml.bind.Lexical.period;
import static org.eucert.core.xml.bind.Lexical.required;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eucert.core.model.AssuranceLevel;
import org.eucert.core.model.CertificateField;
import org.eucert.core.model.CertificateIdPattern;
import org.eucert.core.model.CertifiedObjectType;
import org.eucert.core.model.ConformityRoute;
import org.eucert.core.model.EvaluationActivity;
import org.eucert.core.model.EvaluationLevel;
import org.eucert.core.model.IssuerKind;
import org.eucert.core.model.LevelRule;
import org.eucert.core.model.ProtectionProfileReference;
import org.eucert.core.model.Requirement;
import org.eucert.core.model.SchemeElement;
import org.eucert.core.model.SchemeId;
import org.eucert.core.model.SchemeStatus;
import org.eucert.core.model.SchemeVersion;
import org.eucert.core.model.SecurityObjective;
import org.eucert.core.model.StandardReference;
import org.eucert.core.model.TechnicalDomain;
import org.eucert.core.time.Timeline;
import org.eucert.core.time.TimelineEntry;
import org.eucert.core.xml.bind.Lexical;

/**
 * Maps {@link XmlScheme} to {@link SchemeVersion} and back. Not API.
 *
 * <p>{@link #toRecord} throws {@link IllegalArgumentException} or {@link NullPointerException}
 * when the binding holds what the model refuses; the codec reports it as {@code
 * XML_INVALID_CONTENT}. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class SchemeMapper {
  private SchemeMapper() {}

  /** The scheme version a (schema-valid) binding describes. */
  public static SchemeVersion toRecord(XmlScheme x) {
    checkNotNull(x, "x");
    SchemeVersion.Builder b =
        SchemeVersion.builder()
            .schemeId(SchemeId.of(required(x.id, "scheme id")))
            .version(required(x.version, "scheme version"))
            .title(required(x.title, "title"));
    list(x.legalBasis).forEach(b::addLegalBasis);
    List<TimelineEntry<SchemeStatus>> status = new ArrayList<>();
    for (XmlStatusEntry e : required(x.status, "status")) {
      status.add(
          TimelineEntry.of(
              enumValue(SchemeStatus.class, e.status, "status"), instant(e.from, "status from")));
    }
    b.statusHistory(Timeline.of(status));
    b.applicableFrom(optionalDate(x.applicableFrom, "applicableFrom"));
    enumSet(CertifiedObjectType.class, x.objectTypes, "objectType").forEach(b::addObjectType);
    enumSet(SecurityObjective.class, x.objectives, "objective").forEach(b::addObjective);
    Set<SchemeElement> seen = EnumSet.noneOf(SchemeElement.class);
    for (XmlSchemeElement e : list(x.elements)) {
      SchemeElement name = enumValue(SchemeElement.class, e.name, "element name");
      checkArgument(seen.add(name), "element %s given twice", name);
      b.element(name, required(e.text, "element text"));
    }
    for (XmlLevel l : list(x.levels)) {
      b.addLevel(
          new LevelRule(
              enumValue(AssuranceLevel.class, l.name, "level name"),
              enumSet(ConformityRoute.class, l.routes, "route"),
              enumSet(IssuerKind.class, l.issuers, "issuer"),
              Optional.ofNullable(l.maxValidity).map(p -> period(p, "maxValidity")),
              enumSet(EvaluationActivity.class, l.activities, "activity"),
              Boolean.TRUE.equals(l.authorisationRequired)));
    }
    for (XmlEvaluationLevel e : list(x.evaluationLevels)) {
      b.addEvaluationLevel(
          new EvaluationLevel(
              required(e.code, "evaluation level code"),
              required(e.rank, "evaluation level rank"),
              enumValue(AssuranceLevel.class, e.assuranceLevel, "evaluation level assuranceLevel"),
              Boolean.TRUE.equals(e.restricted),
              Optional.ofNullable(e.attackPotential)));
    }
    for (XmlStandard s : list(x.standards)) {
      b.addStandard(
          new StandardReference(
              required(s.id, "standard id"),
              required(s.title, "standard title"),
              optionalDate(s.firstIssueDate, "standard firstIssueDate"),
              optionalDate(s.lastIssueDate, "standard lastIssueDate"),
              Optional.ofNullable(s.legalBasis)));
    }
    for (XmlRequirement r : list(x.requirements)) {
      b.addRequirement(
          new Requirement(
              required(r.id, "requirement id"),
              required(r.text, "requirement text"),
              list(r.standardRefs),
              enumSet(AssuranceLevel.class, r.levels, "requirement level")));
    }
    for (XmlTechnicalDomain t : list(x.technicalDomains)) {
      b.addTechnicalDomain(
          new TechnicalDomain(
              required(t.id, "technical domain id"),
              required(t.name, "technical domain name"),
              list(t.documents)));
    }
    for (XmlProtectionProfile p : list(x.protectionProfiles)) {
      b.addProtectionProfile(
          new ProtectionProfileReference(
              required(p.id, "protection profile id"),
              required(p.title, "protection profile title"),
              required(p.annex, "protection profile annex"),
              Optional.ofNullable(p.highestEvaluationLevel)));
    }
    list(x.productCategories).forEach(b::addProductCategory);
    enumSet(CertificateField.class, x.mandatoryFields, "field").forEach(b::addMandatoryField);
    b.certificateIdPattern(
        Optional.ofNullable(x.certificateIdPattern).map(CertificateIdPattern::of));
    list(x.notes).forEach(b::addNote);
    return b.build();
  }

  /** The binding of a scheme version; lists and sets in the model's order. */
  public static XmlScheme toBinding(SchemeVersion s) {
    checkNotNull(s, "s");
    XmlScheme x = new XmlScheme();
    x.id = s.schemeId().value();
    x.version = s.version();
    x.title = s.title();
    x.legalBasis = nullIfEmpty(s.legalBasis());
    List<XmlStatusEntry> status = new ArrayList<>();
    for (TimelineEntry<SchemeStatus> e : s.statusHistory().entries()) {
      XmlStatusEntry xe = new XmlStatusEntry();
      xe.from = instantText(e.from());
      xe.status = e.status().name();
      status.add(xe);
    }
    x.status = status;
    x.applicableFrom = s.applicableFrom().map(Lexical::dateText).orElse(null);
    x.objectTypes = nullIfEmpty(names(s.objectTypes()));
    x.objectives = nullIfEmpty(names(s.objectives()));
    List<XmlSchemeElement> elements = new ArrayList<>();
    for (Map.Entry<SchemeElement, String> e : s.elements().entrySet()) {
      XmlSchemeElement xe = new XmlSchemeElement();
      xe.name = e.getKey().name();
      xe.text = e.getValue();
      elements.add(xe);
    }
    x.elements = nullIfEmpty(elements);
    List<XmlLevel> levels = new ArrayList<>();
    for (LevelRule r : s.levels().values()) {
      XmlLevel l = new XmlLevel();
      l.name = r.level().name();
      l.authorisationRequired = r.authorisationRequired();
      l.routes = nullIfEmpty(names(r.routes()));
      l.issuers = nullIfEmpty(names(r.issuers()));
      l.maxValidity = r.maxValidity().map(Object::toString).orElse(null);
      l.activities = nullIfEmpty(names(r.activities()));
      levels.add(l);
    }
    x.levels = nullIfEmpty(levels);
    List<XmlEvaluationLevel> evaluationLevels = new ArrayList<>();
    for (EvaluationLevel e : s.evaluationLevels()) {
      XmlEvaluationLevel xe = new XmlEvaluationLevel();
      xe.code = e.code();
      xe.rank = e.rank();
      xe.assuranceLevel = e.assuranceLevel().name();
      xe.restricted = e.restricted();
      xe.attackPotential = e.attackPotential().orElse(null);
      evaluationLevels.add(xe);
    }
    x.evaluationLevels = nullIfEmpty(evaluationLevels);
    List<XmlStandard> standards = new ArrayList<>();
    for (StandardReference r : s.standards()) {
      XmlStandard xs = new XmlStandard();
      xs.id = r.id();
      xs.firstIssueDate = r.firstIssueDate().map(Lexical::dateText).orElse(null);
      xs.lastIssueDate = r.lastIssueDate().map(Lexical::dateText).orElse(null);
      xs.legalBasis = r.legalBasis().orElse(null);
      xs.title = r.title();
      standards.add(xs);
    }
    x.standards = nullIfEmpty(standards);
    List<XmlRequirement> requirements = new ArrayList<>();
    for (Requirement r : s.requirements()) {
      XmlRequirement xr = new XmlRequirement();
      xr.id = r.id();
      xr.levels = names(r.levels());
      xr.text = r.text();
      xr.standardRefs = nullIfEmpty(r.standardIds());
      requirements.add(xr);
    }
    x.requirements = nullIfEmpty(requirements);
    List<XmlTechnicalDomain> domains = new ArrayList<>();
    for (TechnicalDomain t : s.technicalDomains()) {
      XmlTechnicalDomain xt = new XmlTechnicalDomain();
      xt.id = t.id();
      xt.name = t.name();
      xt.documents = nullIfEmpty(t.stateOfTheArtDocuments());
      domains.add(xt);
    }
    x.technicalDomains = nullIfEmpty(domains);
    List<XmlProtectionProfile> pps = new ArrayList<>();
    for (ProtectionProfileReference p : s.protectionProfiles()) {
      XmlProtectionProfile xp = new XmlProtectionProfile();
      xp.id = p.id();
      xp.annex = p.annex();
      xp.highestEvaluationLevel = p.highestEvaluationLevel().orElse(null);
      xp.title = p.title();
      pps.add(xp);
    }
    x.protectionProfiles = nullIfEmpty(pps);
    x.productCategories = nullIfEmpty(s.productCategories());
    x.mandatoryFields = nullIfEmpty(names(s.mandatoryFields()));
    x.certificateIdPattern = s.certificateIdPattern().map(CertificateIdPattern::pattern).orElse(null);
    x.notes = nullIfEmpty(s.notes());
    return x;
  }
}
