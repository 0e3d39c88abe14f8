/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * One entry of the status time line of a scheme version, accreditation, notification,
 * authorisation, delegation or approval. Only ever inserted.
 */
@Entity
@Table(name = "eu_status_entry")
class StatusEntryEntity extends IdEntity {
  @Column(name = "owner_kind")
  String ownerKind;

  @Column(name = "owner_id")
  long ownerId;

  @Column(name = "seq")
  int seq;

  @Column(name = "status")
  String status;

  @Column(name = "from_us")
  long fromUs;

  protected StatusEntryEntity() {}

  StatusEntryEntity(String ownerKind, long ownerId, int seq, String status, long fromUs) {
    this.ownerKind = ownerKind;
    this.ownerId = ownerId;
    this.seq = seq;
    this.status = status;
    this.fromUs = fromUs;
  }
}
