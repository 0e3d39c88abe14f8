/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An EU statement of conformity. */
@Entity
@Table(name = "eu_statement")
class StatementEntity extends IdEntity {
  @Column(name = "statement_id")
  String statementId;

  @Column(name = "scheme_id")
  String schemeId;

  @Column(name = "scheme_version")
  String schemeVersion;

  @Column(name = "holder_id")
  long holderId;

  @Column(name = "product_name")
  String productName;

  @Column(name = "issued_us")
  long issuedUs;

  @Column(name = "available_until")
  java.time.LocalDate availableUntil;

  @Column(name = "sent_ncca_us")
  Long sentNccaUs;

  @Column(name = "sent_enisa_us")
  Long sentEnisaUs;

  @Column(name = "document")
  byte[] document;

  @Column(name = "signed_envelope")
  byte[] signedEnvelope;

  @Column(name = "recorded_us")
  long recordedUs;

  @Version
  @Column(name = "row_version")
  long rowVersion;

  protected StatementEntity() {}
}
