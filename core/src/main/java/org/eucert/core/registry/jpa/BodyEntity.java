/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An enrolled body. */
@Entity
@Table(name = "eu_body")
class BodyEntity extends IdEntity {
  @Column(name = "body_id")
  String bodyId;

  @Column(name = "role")
  String role;

  @Column(name = "name")
  String name;

  @Column(name = "member_state")
  String memberState;

  @Column(name = "notified_body_number")
  String notifiedBodyNumber;

  @Column(name = "supervising_ncca")
  String supervisingNcca;

  @Column(name = "public_body")
  boolean publicBody;

  @Column(name = "address")
  String address;

  @Column(name = "contact")
  String contact;

  @Column(name = "recorded_us")
  long recordedUs;

  @Version
  @Column(name = "row_version")
  long rowVersion;

  protected BodyEntity() {}
}
