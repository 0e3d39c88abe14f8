/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A notification; {@code schemeVersion} is empty text when not limited to one version. */
@Entity
@Table(name = "eu_notification")
class NotificationEntity extends IdEntity {
  @Column(name = "body_id")
  String bodyId;

  @Column(name = "scheme_id")
  String schemeId;

  @Column(name = "scheme_version")
  String schemeVersion;

  @Column(name = "level_basic")
  boolean levelBasic;

  @Column(name = "level_substantial")
  boolean levelSubstantial;

  @Column(name = "level_high")
  boolean levelHigh;

  @Column(name = "reference")
  String reference;

  @Version
  @Column(name = "row_version")
  long rowVersion;

  protected NotificationEntity() {}
}
