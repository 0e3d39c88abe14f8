/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An accreditation; status time line in {@link StatusEntryEntity}. */
@Entity
@Table(name = "eu_accreditation")
class AccreditationEntity extends IdEntity {
  @Column(name = "body_id")
  String bodyId;

  @Column(name = "reference")
  String reference;

  @Column(name = "accreditation_body")
  String accreditationBody;

  @Column(name = "standard")
  String standard;

  @Column(name = "scheme_set")
  String schemeSet;

  @Column(name = "category_set")
  String categorySet;

  @Column(name = "valid_from")
  java.time.LocalDate validFrom;

  @Column(name = "valid_until")
  java.time.LocalDate validUntil;

  @Version
  @Column(name = "row_version")
  long rowVersion;

  protected AccreditationEntity() {}
}
