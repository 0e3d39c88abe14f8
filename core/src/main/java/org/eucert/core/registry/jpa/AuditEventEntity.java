/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/** One audit entry, keyed by its sequence number. Only ever inserted. */
@Entity
@Table(name = "eu_audit_event")
class AuditEventEntity {
  @Id
  @Column(name = "seq")
  long seq;

  @Column(name = "recorded_us")
  long recordedUs;

  @Column(name = "actor")
  String actor;

  @Column(name = "action")
  String action;

  @Column(name = "subject_kind")
  String subjectKind;

  @Column(name = "subject_id")
  String subjectId;

  @Column(name = "before_state")
  String beforeState;

  @Column(name = "after_state")
  String afterState;

  @Column(name = "prev_hash")
  String prevHash;

  @Column(name = "hash")
  String hash;

  protected AuditEventEntity() {}

  @Override
  public boolean equals(Object o) {
    return o instanceof AuditEventEntity other && seq == other.seq;
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(seq);
  }
}
