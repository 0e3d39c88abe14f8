/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A holder, unique by name, as last recorded. */
@Entity
@Table(name = "eu_holder")
class HolderEntity extends IdEntity {
  @Column(name = "name")
  String name;

  @Column(name = "address")
  String address;

  @Column(name = "contact")
  String contact;

  @Column(name = "supplementary_url")
  String supplementaryUrl;

  @Column(name = "vulnerability_contact")
  String vulnerabilityContact;

  @Version
  @Column(name = "row_version")
  long rowVersion;

  protected HolderEntity() {}
}
