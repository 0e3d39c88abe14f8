/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry.jpa;

import static org.eucert.core.registry.jpa.Columns.opt;
import static org.eucert.core.registry.jpa.Columns.orNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eucert.core.model.AssuranceLevel;
import org.eucert.core.model.BodyId;
import org.eucert.core.model.CertificateContent;
import org.eucert.core.model.CertificateId;
import org.eucert.core.model.CertificateStatus;
import org.eucert.core.model.CertifiedObjectType;
import org.eucert.core.model.Holder;
import org.eucert.core.model.MemberState;
import org.eucert.core.model.SchemeId;
import org.eucert.core.registry.Actor;
import org.eucert.core.registry.CertificateEvent;
import org.eucert.core.registry.CertificateEventKind;
import org.eucert.core.registry.CertificateRecord;
import org.eucert.core.registry.CertificateSummary;
import org.eucert.core.registry.WithdrawalReason;

/** Maps certificates, their events and holders between entities and registry records. */
final class CertificateMapper {
  private CertificateMapper() {}

  static CertificateEntity toEntity(
      CertificateContent c, long holderId, MemberState memberState, long recordedUs) {
    CertificateEntity e = new CertificateEntity();
    e.certificateId = c.id().value();
    e.schemeId = c.scheme().value();
    e.schemeVersion = c.schemeVersion();
    e.issuerId = c.issuer().id().value();
    e.memberState = memberState.name();
    e.holderId = holderId;
    e.holderName = c.holder().name();
    e.objectType = c.object().type().name();
    e.productName = c.object().name();
    e.productType = orNull(c.object().productType());
    e.category = orNull(c.object().category());
    e.versionSet = Columns.list(c.object().versions());
    e.assuranceLevel = c.assuranceLevel().name();
    e.evaluationLevel = orNull(c.evaluationLevel());
    e.issuedUs = Columns.micros(c.issuedAt());
    e.validUntil = c.validUntil();
    e.validEndUs = Columns.micros(c.validityEndExclusive());
    e.predecessorId = c.predecessor().map(CertificateId::value).orElse(null);
    e.underlyingId = c.underlying().map(CertificateId::value).orElse(null);
    e.scopeSha256 = Lifecycle.scopeDigest(c);
    e.status = CertificateStatus.IN_FORCE.name();
    e.statusFromUs = e.issuedUs;
    e.eventCount = 1; // the ISSUED event, written with the row
    e.recordedUs = recordedUs;
    return e;
  }

  static CertificateSummary toSummary(CertificateEntity e) {
    return new CertificateSummary(
        CertificateId.of(e.certificateId),
        SchemeId.of(e.schemeId),
        e.schemeVersion,
        BodyId.of(e.issuerId),
        MemberState.valueOf(e.memberState),
        e.holderName,
        CertifiedObjectType.valueOf(e.objectType),
        e.productName,
        opt(e.productType),
        opt(e.category),
        Columns.values(e.versionSet),
        AssuranceLevel.valueOf(e.assuranceLevel),
        opt(e.evaluationLevel),
        Columns.instant(e.issuedUs),
        e.validUntil,
        opt(e.predecessorId).map(CertificateId::of),
        opt(e.underlyingId).map(CertificateId::of),
        CertificateStatus.valueOf(e.status),
        Columns.instant(e.statusFromUs),
        e.rowVersion);
  }

  static CertificateRecord toRecord(
      CertificateEntity e, HolderEntity holder, List<CertificateEventEntity> events) {
    List<CertificateEvent> list = new ArrayList<>(events.size());
    for (CertificateEventEntity ev : events) {
      list.add(toEvent(ev));
    }
    return new CertificateRecord(toSummary(e), toHolder(holder), list);
  }

  static CertificateEvent toEvent(CertificateEventEntity e) {
    return new CertificateEvent(
        e.seq,
        CertificateEventKind.valueOf(e.kind),
        CertificateStatus.valueOf(e.status),
        Columns.instant(e.effectiveUs),
        Columns.instant(e.decidedUs),
        Columns.instant(e.recordedUs),
        Actor.of(e.actor),
        opt(e.reasonCode).map(WithdrawalReason::valueOf),
        opt(e.reasonText),
        Optional.ofNullable(e.plannedUntil),
        opt(e.decisionRef),
        opt(e.relatedId).map(CertificateId::of));
  }

  static CertificateEventEntity toEntity(
      long certificatePk, int seq, Lifecycle.NewEvent n, long recordedUs, Actor actor) {
    CertificateEventEntity e = new CertificateEventEntity();
    e.certificatePk = certificatePk;
    e.seq = seq;
    e.kind = n.kind().name();
    e.status = n.status().name();
    e.effectiveUs = Columns.micros(n.effectiveAt());
    e.decidedUs = Columns.micros(n.decidedAt());
    e.recordedUs = recordedUs;
    e.actor = actor.name();
    e.reasonCode = n.reason().map(Enum::name).orElse(null);
    e.reasonText = orNull(n.text());
    e.plannedUntil = n.plannedUntil().orElse(null);
    e.decisionRef = orNull(n.decisionReference());
    e.relatedId = n.related().map(CertificateId::value).orElse(null);
    return e;
  }

  static void copy(Holder h, HolderEntity e) {
    e.name = h.name();
    e.address = orNull(h.address());
    e.contact = orNull(h.contact());
    e.supplementaryUrl = orNull(h.supplementaryInfoUrl());
    e.vulnerabilityContact = orNull(h.vulnerabilityContact());
  }

  static Holder toHolder(HolderEntity e) {
    return new Holder(
        e.name,
        opt(e.address),
        opt(e.contact),
        opt(e.supplementaryUrl),
        opt(e.vulnerabilityContact));
  }
}
