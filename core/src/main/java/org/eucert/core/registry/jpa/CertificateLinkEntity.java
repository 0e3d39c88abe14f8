/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A link between two certificates. Only ever inserted. */
@Entity
@Table(name = "eu_certificate_link")
class CertificateLinkEntity extends IdEntity {
  @Column(name = "from_id")
  String fromId;

  @Column(name = "kind")
  String kind;

  @Column(name = "to_id")
  String toId;

  @Column(name = "recorded_us")
  long recordedUs;

  protected CertificateLinkEntity() {}

  CertificateLinkEntity(String fromId, String kind, String toId, long recordedUs) {
    this.fromId = fromId;
    this.kind = kind;
    this.toId = toId;
    this.recordedUs = recordedUs;
  }
}
