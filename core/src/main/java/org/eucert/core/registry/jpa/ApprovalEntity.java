/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A per-certificate approval. */
@Entity
@Table(name = "eu_approval")
class ApprovalEntity extends IdEntity {
  @Column(name = "kind")
  String kind;

  @Column(name = "reference")
  String reference;

  @Column(name = "ncca_id")
  String nccaId;

  @Column(name = "body_id")
  String bodyId;

  @Column(name = "scheme_id")
  String schemeId;

  @Column(name = "certificate_id")
  String certificateId;

  @Column(name = "max_valid_until")
  java.time.LocalDate maxValidUntil;

  @Column(name = "evaluation_level")
  String evaluationLevel;

  @Version
  @Column(name = "row_version")
  long rowVersion;

  protected ApprovalEntity() {}
}
