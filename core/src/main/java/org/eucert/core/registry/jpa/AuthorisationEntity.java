/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An NCCA authorisation. */
@Entity
@Table(name = "eu_authorisation")
class AuthorisationEntity extends IdEntity {
  @Column(name = "body_id")
  String bodyId;

  @Column(name = "ncca_id")
  String nccaId;

  @Column(name = "scheme_id")
  String schemeId;

  @Column(name = "reference")
  String reference;

  @Column(name = "category_set")
  String categorySet;

  @Column(name = "profile_set")
  String profileSet;

  @Column(name = "highest_level")
  String highestLevel;

  @Column(name = "domain_set")
  String domainSet;

  @Column(name = "valid_from")
  java.time.LocalDate validFrom;

  @Column(name = "valid_until")
  java.time.LocalDate validUntil;

  @Version
  @Column(name = "row_version")
  long rowVersion;

  protected AuthorisationEntity() {}
}
