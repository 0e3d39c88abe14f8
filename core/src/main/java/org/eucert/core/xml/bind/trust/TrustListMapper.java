/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.xml.bind.trust;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.eucert.core.xml.bind.Lexical.base64;
import static org.eucert.core.xml.bind.Lexical.base64Text;
import static org.eucert.core.xml.bind.Lexical.date;
import static org.eucert.core.xml.bind.Lexical.enumSet;
import static org.eucert.core.xml.bind.Lexical.enumValue;
import static org.eucert.core.xml.bind.Lexical.instant;
import static org.eucert.core.xml.bind.Lexical.instantText;
import static org.eucert.core.xml.bind.Lexical.list;
import static org.eucert.core.xml.bind.Lexical.names;
import static org.eucert.core.xml.bind.Lexical.nullIfEmpty;
import static org.eucert.core.xml.bind.Lexical.optionalDate;
import static org.eucert.core.xml.bind.Lexical.required;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eucert.core.model.Accreditation;
import org.eucert.core.model.AccreditationStatus;
import org.eucert.core.model.Approval;
import org.eucert.core.model.ApprovalKind;
import org.eucert.core.model.ApprovalStatus;
import org.eucert.core.model.AssuranceLevel;
import org.eucert.core.model.Authorisation;
import org.eucert.core.model.AuthorisationStatus;
import org.eucert.core.model.Body;
import org.eucert.core.model.BodyId;
import org.eucert.core.model.BodyRole;
import org.eucert.core.model.Bytes;
import org.eucert.core.model.CertificateId;
import org.eucert.core.model.Delegation;
import org.eucert.core.model.DelegationStatus;
import org.eucert.core.model.MemberState;
import org.eucert.core.model.Notification;
import org.eucert.core.model.NotificationStatus;
import org.eucert.core.model.SchemeId;
import org.eucert.core.model.SigningKey;
import org.eucert.core.time.Timeline;
import org.eucert.core.time.TimelineEntry;
import org.eucert.core.trust.TrustList;
import org.eucert.core.trust.TrustedEntity;

/**
 * Maps {@link XmlTrustList} to {@link TrustList} and back. Not API.
 *
 * <p>{@link #toRecord} throws {@link IllegalArgumentException} or {@link NullPointerException}
 * when the binding holds what the model refuses; the codec reports it as {@code
 * XML_INVALID_CONTENT}. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class TrustListMapper {
  private TrustListMapper() {}

  /** The trust list a (schema-valid) binding describes. */
  public static TrustList toRecord(XmlTrustList x) {
    checkNotNull(x, "x");
    List<TrustedEntity> entities = new ArrayList<>();
    for (XmlEntity e : list(x.entities)) {
      entities.add(entity(e));
    }
    return new TrustList(
        BodyId.of(required(x.issuingNcca, "issuingNcca")),
        enumValue(MemberState.class, x.memberState, "memberState"),
        required(x.sequence, "sequence"),
        instant(x.issued, "issued"),
        instant(x.nextUpdate, "nextUpdate"),
        entities);
  }

  /** The binding of a trust list. */
  public static XmlTrustList toBinding(TrustList r) {
    checkNotNull(r, "r");
    XmlTrustList x = new XmlTrustList();
    x.issuingNcca = r.issuingNcca().value();
    x.memberState = r.memberState().name();
    x.sequence = r.sequence();
    x.issued = instantText(r.issued());
    x.nextUpdate = instantText(r.nextUpdate());
    List<XmlEntity> entities = new ArrayList<>();
    r.entities().forEach(e -> entities.add(entity(e)));
    x.entities = nullIfEmpty(entities);
    return x;
  }

  private static TrustedEntity entity(XmlEntity x) {
    XmlTrustBody xb = required(x.body, "body");
    BodyId id = BodyId.of(required(xb.id, "body id"));
    Body body =
        new Body(
            id,
            enumValue(BodyRole.class, xb.role, "role"),
            required(xb.name, "name"),
            enumValue(MemberState.class, xb.memberState, "memberState"),
            Optional.ofNullable(xb.notifiedBodyNumber),
            Optional.ofNullable(xb.supervisingNcca).map(BodyId::of),
            required(xb.publicBody, "publicBody"),
            Optional.ofNullable(xb.address),
            Optional.ofNullable(xb.contact));
    List<Accreditation> accreditations = new ArrayList<>();
    for (XmlAccreditation a : list(x.accreditations)) {
      accreditations.add(
          new Accreditation(
              id,
              required(a.reference, "accreditation reference"),
              required(a.accreditationBody, "accreditationBody"),
              required(a.standard, "standard"),
              schemes(a.schemes),
              strings(a.productCategories, "productCategory"),
              date(a.validFrom, "validFrom"),
              date(a.validUntil, "validUntil"),
              timeline(a.status, AccreditationStatus.class)));
    }
    List<Notification> notifications = new ArrayList<>();
    for (XmlNotification n : list(x.notifications)) {
      notifications.add(
          new Notification(
              id,
              SchemeId.of(required(n.scheme, "scheme")),
              Optional.ofNullable(n.schemeVersion),
              enumSet(AssuranceLevel.class, n.levels, "level"),
              Optional.ofNullable(n.reference),
              timeline(n.status, NotificationStatus.class)));
    }
    List<Authorisation> authorisations = new ArrayList<>();
    for (XmlAuthorisation a : list(x.authorisations)) {
      authorisations.add(
          new Authorisation(
              id,
              BodyId.of(required(a.ncca, "ncca")),
              SchemeId.of(required(a.scheme, "scheme")),
              required(a.reference, "authorisation reference"),
              strings(a.productCategories, "productCategory"),
              strings(a.protectionProfiles, "protectionProfile"),
              Optional.ofNullable(a.highestEvaluationLevel),
              strings(a.technicalDomains, "technicalDomain"),
              date(a.validFrom, "validFrom"),
              date(a.validUntil, "validUntil"),
              timeline(a.status, AuthorisationStatus.class)));
    }
    List<Delegation> delegations = new ArrayList<>();
    for (XmlDelegation d : list(x.delegations)) {
      delegations.add(
          new Delegation(
              BodyId.of(required(d.ncca, "ncca")),
              id,
              SchemeId.of(required(d.scheme, "scheme")),
              required(d.reference, "delegation reference"),
              strings(d.productCategories, "productCategory"),
              date(d.validFrom, "validFrom"),
              optionalDate(d.validUntil, "validUntil"),
              timeline(d.status, DelegationStatus.class)));
    }
    List<Approval> approvals = new ArrayList<>();
    for (XmlApproval a : list(x.approvals)) {
      approvals.add(
          new Approval(
              enumValue(ApprovalKind.class, a.kind, "approval kind"),
              required(a.reference, "approval reference"),
              BodyId.of(required(a.ncca, "ncca")),
              id,
              SchemeId.of(required(a.scheme, "scheme")),
              Optional.ofNullable(a.certificateId).map(CertificateId::of),
              optionalDate(a.maxValidUntil, "maxValidUntil"),
              Optional.ofNullable(a.evaluationLevel),
              timeline(a.status, ApprovalStatus.class)));
    }
    List<SigningKey> keys = new ArrayList<>();
    for (XmlSigningKey k : list(x.signingKeys)) {
      keys.add(
          new SigningKey(
              id,
              required(k.keyId, "keyId"),
              Bytes.copyOf(base64(k.certificate, "certificate")),
              instant(k.validFrom, "validFrom"),
              optionalInstant(k.validUntil, "validUntil"),
              optionalInstant(k.compromisedAt, "compromisedAt")));
    }
    return new TrustedEntity(
        body, accreditations, notifications, authorisations, delegations, approvals, keys);
  }

  private static XmlEntity entity(TrustedEntity r) {
    XmlEntity x = new XmlEntity();
    Body b = r.body();
    XmlTrustBody xb = new XmlTrustBody();
    xb.id = b.id().value();
    xb.role = b.role().name();
    xb.name = b.name();
    xb.memberState = b.memberState().name();
    xb.notifiedBodyNumber = b.notifiedBodyNumber().orElse(null);
    xb.supervisingNcca = b.supervisingNcca().map(BodyId::value).orElse(null);
    xb.publicBody = b.publicBody();
    xb.address = b.address().orElse(null);
    xb.contact = b.contact().orElse(null);
    x.body = xb;
    List<XmlAccreditation> accreditations = new ArrayList<>();
    for (Accreditation a : r.accreditations()) {
      XmlAccreditation xa = new XmlAccreditation();
      xa.reference = a.reference();
      xa.accreditationBody = a.accreditationBody();
      xa.standard = a.standard();
      xa.schemes = nullIfEmpty(a.schemes().stream().map(SchemeId::value).toList());
      xa.productCategories = nullIfEmpty(List.copyOf(a.productCategories()));
      xa.validFrom = a.validFrom().toString();
      xa.validUntil = a.validUntil().toString();
      xa.status = timeline(a.status());
      accreditations.add(xa);
    }
    x.accreditations = nullIfEmpty(accreditations);
    List<XmlNotification> notifications = new ArrayList<>();
    for (Notification n : r.notifications()) {
      XmlNotification xn = new XmlNotification();
      xn.scheme = n.scheme().value();
      xn.schemeVersion = n.schemeVersion().orElse(null);
      xn.levels = nullIfEmpty(names(n.levels()));
      xn.reference = n.reference().orElse(null);
      xn.status = timeline(n.status());
      notifications.add(xn);
    }
    x.notifications = nullIfEmpty(notifications);
    List<XmlAuthorisation> authorisations = new ArrayList<>();
    for (Authorisation a : r.authorisations()) {
      XmlAuthorisation xa = new XmlAuthorisation();
      xa.ncca = a.ncca().value();
      xa.scheme = a.scheme().value();
      xa.reference = a.reference();
      xa.productCategories = nullIfEmpty(List.copyOf(a.productCategories()));
      xa.protectionProfiles = nullIfEmpty(List.copyOf(a.protectionProfiles()));
      xa.highestEvaluationLevel = a.highestEvaluationLevel().orElse(null);
      xa.technicalDomains = nullIfEmpty(List.copyOf(a.technicalDomains()));
      xa.validFrom = a.validFrom().toString();
      xa.validUntil = a.validUntil().toString();
      xa.status = timeline(a.status());
      authorisations.add(xa);
    }
    x.authorisations = nullIfEmpty(authorisations);
    List<XmlDelegation> delegations = new ArrayList<>();
    for (Delegation d : r.delegations()) {
      XmlDelegation xd = new XmlDelegation();
      xd.ncca = d.ncca().value();
      xd.scheme = d.scheme().value();
      xd.reference = d.reference();
      xd.productCategories = nullIfEmpty(List.copyOf(d.productCategories()));
      xd.validFrom = d.validFrom().toString();
      xd.validUntil = d.validUntil().map(Object::toString).orElse(null);
      xd.status = timeline(d.status());
      delegations.add(xd);
    }
    x.delegations = nullIfEmpty(delegations);
    List<XmlApproval> approvals = new ArrayList<>();
    for (Approval a : r.approvals()) {
      XmlApproval xa = new XmlApproval();
      xa.kind = a.kind().name();
      xa.reference = a.reference();
      xa.ncca = a.ncca().value();
      xa.scheme = a.scheme().value();
      xa.certificateId = a.certificateId().map(CertificateId::value).orElse(null);
      xa.maxValidUntil = a.maxValidUntil().map(Object::toString).orElse(null);
      xa.evaluationLevel = a.evaluationLevel().orElse(null);
      xa.status = timeline(a.status());
      approvals.add(xa);
    }
    x.approvals = nullIfEmpty(approvals);
    List<XmlSigningKey> keys = new ArrayList<>();
    for (SigningKey k : r.signingKeys()) {
      XmlSigningKey xk = new XmlSigningKey();
      xk.keyId = k.keyId();
      xk.certificate = base64Text(k.certificate().toByteArray());
      xk.validFrom = instantText(k.validFrom());
      xk.validUntil = k.validUntil().map(i -> instantText(i)).orElse(null);
      xk.compromisedAt = k.compromisedAt().map(i -> instantText(i)).orElse(null);
      keys.add(xk);
    }
    x.signingKeys = nullIfEmpty(keys);
    return x;
  }

  private static Set<SchemeId> schemes(List<String> values) {
    Set<SchemeId> out = new LinkedHashSet<>();
    for (String v : list(values)) {
      if (!out.add(SchemeId.of(v))) {
        throw new IllegalArgumentException("scheme " + v + " given twice");
      }
    }
    return out;
  }

  private static Set<String> strings(List<String> values, String what) {
    Set<String> out = new LinkedHashSet<>();
    for (String v : list(values)) {
      if (!out.add(v)) {
        throw new IllegalArgumentException(what + " " + v + " given twice");
      }
    }
    return out;
  }

  private static Optional<Instant> optionalInstant(String text, String what) {
    return text == null ? Optional.empty() : Optional.of(instant(text, what));
  }

  private static <E extends Enum<E>> Timeline<E> timeline(
      List<XmlTimelineEntry> entries, Class<E> type) {
    List<TimelineEntry<E>> out = new ArrayList<>();
    for (XmlTimelineEntry e : list(entries)) {
      out.add(
          TimelineEntry.of(enumValue(type, e.status, "status"), instant(e.from, "status from")));
    }
    return Timeline.of(out);
  }

  private static <E extends Enum<E>> List<XmlTimelineEntry> timeline(Timeline<E> t) {
    List<XmlTimelineEntry> out = new ArrayList<>();
    for (TimelineEntry<E> e : t.entries()) {
      XmlTimelineEntry x = new XmlTimelineEntry();
      x.from = instantText(e.from());
      x.status = e.status().name();
      out.add(x);
    }
    return nullIfEmpty(out);
  }
}
