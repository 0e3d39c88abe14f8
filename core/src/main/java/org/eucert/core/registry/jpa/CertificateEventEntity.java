/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One stored event of a certificate. Only ever inserted. */
@Entity
@Table(name = "eu_certificate_event")
class CertificateEventEntity extends IdEntity {
  @Column(name = "certificate_pk")
  long certificatePk;

  @Column(name = "seq")
  int seq;

  @Column(name = "kind")
  String kind;

  @Column(name = "status")
  String status;

  @Column(name = "effective_us")
  long effectiveUs;

  @Column(name = "decided_us")
  long decidedUs;

  @Column(name = "recorded_us")
  long recordedUs;

  @Column(name = "actor")
  String actor;

  @Column(name = "reason_code")
  String reasonCode;

  @Column(name = "reason_text")
  String reasonText;

  @Column(name = "planned_until")
  java.time.LocalDate plannedUntil;

  @Column(name = "decision_ref")
  String decisionRef;

  @Column(name = "related_id")
  String relatedId;

  protected CertificateEventEntity() {}
}
