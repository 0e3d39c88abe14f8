/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A signing key (public material). */
@Entity
@Table(name = "eu_signing_key")
class SigningKeyEntity extends IdEntity {
  @Column(name = "body_id")
  String bodyId;

  @Column(name = "key_id")
  String keyId;

  @Column(name = "certificate")
  byte[] certificate;

  @Column(name = "valid_from_us")
  long validFromUs;

  @Column(name = "valid_until_us")
  Long validUntilUs;

  @Column(name = "compromised_us")
  Long compromisedUs;

  @Version
  @Column(name = "row_version")
  long rowVersion;

  protected SigningKeyEntity() {}
}
