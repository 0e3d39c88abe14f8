/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A general delegation. */
@Entity
@Table(name = "eu_delegation")
class DelegationEntity extends IdEntity {
  @Column(name = "ncca_id")
  String nccaId;

  @Column(name = "delegate_id")
  String delegateId;

  @Column(name = "scheme_id")
  String schemeId;

  @Column(name = "reference")
  String reference;

  @Column(name = "category_set")
  String categorySet;

  @Column(name = "valid_from")
  java.time.LocalDate validFrom;

  @Column(name = "valid_until")
  java.time.LocalDate validUntil;

  @Version
  @Column(name = "row_version")
  long rowVersion;

  protected DelegationEntity() {}
}
