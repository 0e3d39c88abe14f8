/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry.jpa;

import static org.eucert.core.registry.jpa.Columns.opt;
import static org.eucert.core.registry.jpa.Columns.orNull;
import static org.eucert.core.registry.jpa.Columns.values;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
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

/**
 * Maps bodies and their records (accreditations, notifications, authorisations, delegations,
 * approvals, signing keys) between entities and model records, both ways. Time lines travel
 * separately as {@link StatusEntryEntity} rows.
 */
final class BodyMapper {
  static final String ACCREDITATION = "ACCREDITATION";
  static final String NOTIFICATION = "NOTIFICATION";
  static final String AUTHORISATION = "AUTHORISATION";
  static final String DELEGATION = "DELEGATION";
  static final String APPROVAL = "APPROVAL";
  static final String SCHEME_VERSION = "SCHEME_VERSION";

  private BodyMapper() {}

  static <S extends Enum<S>> Timeline<S> timeline(List<StatusEntryEntity> rows, Class<S> type) {
    List<TimelineEntry<S>> entries = new ArrayList<>(rows.size());
    for (StatusEntryEntity r : rows) {
      entries.add(TimelineEntry.of(Enum.valueOf(type, r.status), Columns.instant(r.fromUs)));
    }
    return Timeline.of(entries);
  }

  static BodyEntity toEntity(Body b, long recordedUs) {
    BodyEntity e = new BodyEntity();
    e.bodyId = b.id().value();
    e.role = b.role().name();
    e.name = b.name();
    e.memberState = b.memberState().name();
    e.notifiedBodyNumber = orNull(b.notifiedBodyNumber());
    e.supervisingNcca = b.supervisingNcca().map(BodyId::value).orElse(null);
    e.publicBody = b.publicBody();
    e.address = orNull(b.address());
    e.contact = orNull(b.contact());
    e.recordedUs = recordedUs;
    return e;
  }

  static Body toBody(BodyEntity e) {
    return new Body(
        BodyId.of(e.bodyId),
        BodyRole.valueOf(e.role),
        e.name,
        MemberState.valueOf(e.memberState),
        opt(e.notifiedBodyNumber),
        opt(e.supervisingNcca).map(BodyId::of),
        e.publicBody,
        opt(e.address),
        opt(e.contact));
  }

  static AccreditationEntity toEntity(Accreditation a) {
    AccreditationEntity e = new AccreditationEntity();
    e.bodyId = a.body().value();
    e.reference = a.reference();
    e.accreditationBody = a.accreditationBody();
    e.standard = a.standard();
    e.schemeSet = Columns.set(a.schemes().stream().map(SchemeId::value).toList());
    e.categorySet = Columns.set(a.productCategories());
    e.validFrom = a.validFrom();
    e.validUntil = a.validUntil();
    return e;
  }

  static Accreditation toAccreditation(AccreditationEntity e, List<StatusEntryEntity> status) {
    return new Accreditation(
        BodyId.of(e.bodyId),
        e.reference,
        e.accreditationBody,
        e.standard,
        values(e.schemeSet).stream().map(SchemeId::of).collect(Collectors.toSet()),
        Set.copyOf(values(e.categorySet)),
        e.validFrom,
        e.validUntil,
        timeline(status, AccreditationStatus.class));
  }

  static NotificationEntity toEntity(Notification n) {
    NotificationEntity e = new NotificationEntity();
    e.bodyId = n.body().value();
    e.schemeId = n.scheme().value();
    e.schemeVersion = n.schemeVersion().orElse("");
    e.levelBasic = n.levels().contains(AssuranceLevel.BASIC);
    e.levelSubstantial = n.levels().contains(AssuranceLevel.SUBSTANTIAL);
    e.levelHigh = n.levels().contains(AssuranceLevel.HIGH);
    e.reference = orNull(n.reference());
    return e;
  }

  static Notification toNotification(NotificationEntity e, List<StatusEntryEntity> status) {
    Set<AssuranceLevel> levels = EnumSet.noneOf(AssuranceLevel.class);
    if (e.levelBasic) {
      levels.add(AssuranceLevel.BASIC);
    }
    if (e.levelSubstantial) {
      levels.add(AssuranceLevel.SUBSTANTIAL);
    }
    if (e.levelHigh) {
      levels.add(AssuranceLevel.HIGH);
    }
    return new Notification(
        BodyId.of(e.bodyId),
        SchemeId.of(e.schemeId),
        e.schemeVersion.isEmpty() ? Optional.empty() : Optional.of(e.schemeVersion),
        levels,
        opt(e.reference),
        timeline(status, NotificationStatus.class));
  }

  static AuthorisationEntity toEntity(Authorisation a) {
    AuthorisationEntity e = new AuthorisationEntity();
    e.bodyId = a.body().value();
    e.nccaId = a.ncca().value();
    e.schemeId = a.scheme().value();
    e.reference = a.reference();
    e.categorySet = Columns.set(a.productCategories());
    e.profileSet = Columns.set(a.protectionProfiles());
    e.highestLevel = orNull(a.highestEvaluationLevel());
    e.domainSet = Columns.set(a.technicalDomains());
    e.validFrom = a.validFrom();
    e.validUntil = a.validUntil();
    return e;
  }

  static Authorisation toAuthorisation(AuthorisationEntity e, List<StatusEntryEntity> status) {
    return new Authorisation(
        BodyId.of(e.bodyId),
        BodyId.of(e.nccaId),
        SchemeId.of(e.schemeId),
        e.reference,
        Set.copyOf(values(e.categorySet)),
        Set.copyOf(values(e.profileSet)),
        opt(e.highestLevel),
        Set.copyOf(values(e.domainSet)),
        e.validFrom,
        e.validUntil,
        timeline(status, AuthorisationStatus.class));
  }

  static DelegationEntity toEntity(Delegation d) {
    DelegationEntity e = new DelegationEntity();
    e.nccaId = d.ncca().value();
    e.delegateId = d.delegate().value();
    e.schemeId = d.scheme().value();
    e.reference = d.reference();
    e.categorySet = Columns.set(d.productCategories());
    e.validFrom = d.validFrom();
    e.validUntil = d.validUntil().orElse(null);
    return e;
  }

  static Delegation toDelegation(DelegationEntity e, List<StatusEntryEntity> status) {
    return new Delegation(
        BodyId.of(e.nccaId),
        BodyId.of(e.delegateId),
        SchemeId.of(e.schemeId),
        e.reference,
        Set.copyOf(values(e.categorySet)),
        e.validFrom,
        Optional.ofNullable(e.validUntil),
        timeline(status, DelegationStatus.class));
  }

  static ApprovalEntity toEntity(Approval a) {
    ApprovalEntity e = new ApprovalEntity();
    e.kind = a.kind().name();
    e.reference = a.reference();
    e.nccaId = a.ncca().value();
    e.bodyId = a.body().value();
    e.schemeId = a.scheme().value();
    e.certificateId = a.certificateId().map(CertificateId::value).orElse(null);
    e.maxValidUntil = a.maxValidUntil().orElse(null);
    e.evaluationLevel = orNull(a.evaluationLevel());
    return e;
  }

  static Approval toApproval(ApprovalEntity e, List<StatusEntryEntity> status) {
    return new Approval(
        ApprovalKind.valueOf(e.kind),
        e.reference,
        BodyId.of(e.nccaId),
        BodyId.of(e.bodyId),
        SchemeId.of(e.schemeId),
        opt(e.certificateId).map(CertificateId::of),
        Optional.ofNullable(e.maxValidUntil),
        opt(e.evaluationLevel),
        timeline(status, ApprovalStatus.class));
  }

  static SigningKeyEntity toEntity(SigningKey k) {
    SigningKeyEntity e = new SigningKeyEntity();
    e.bodyId = k.body().value();
    e.keyId = k.keyId();
    e.certificate = k.certificate().toByteArray();
    e.validFromUs = Columns.micros(k.validFrom());
    e.validUntilUs = Columns.micros(k.validUntil());
    e.compromisedUs = Columns.micros(k.compromisedAt());
    return e;
  }

  static SigningKey toSigningKey(SigningKeyEntity e) {
    return new SigningKey(
        BodyId.of(e.bodyId),
        e.keyId,
        Bytes.copyOf(e.certificate),
        Columns.instant(e.validFromUs),
        Columns.instant(e.validUntilUs),
        Columns.instant(e.compromisedUs));
  }
}
