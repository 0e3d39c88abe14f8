/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A certificate: the indexed columns copied from its content and its latest stored status; the version column guards every status change. */
@Entity
@Table(name = "eu_certificate")
class CertificateEntity extends IdEntity {
  @Column(name = "certificate_id")
  String certificateId;

  @Column(name = "scheme_id")
  String schemeId;

  @Column(name = "scheme_version")
  String schemeVersion;

  @Column(name = "issuer_id")
  String issuerId;

  @Column(name = "member_state")
  String memberState;

  @Column(name = "holder_id")
  long holderId;

  @Column(name = "holder_name")
  String holderName;

  @Column(name = "object_type")
  String objectType;

  @Column(name = "product_name")
  String productName;

  @Column(name = "product_type")
  String productType;

  @Column(name = "category")
  String category;

  @Column(name = "version_set")
  String versionSet;

  @Column(name = "assurance_level")
  String assuranceLevel;

  @Column(name = "evaluation_level")
  String evaluationLevel;

  @Column(name = "issued_us")
  long issuedUs;

  @Column(name = "valid_until")
  java.time.LocalDate validUntil;

  @Column(name = "valid_end_us")
  long validEndUs;

  @Column(name = "predecessor_id")
  String predecessorId;

  @Column(name = "underlying_id")
  String underlyingId;

  @Column(name = "scope_sha256")
  String scopeSha256;

  @Column(name = "status")
  String status;

  @Column(name = "status_from_us")
  long statusFromUs;

  @Column(name = "event_count")
  int eventCount;

  @Column(name = "recorded_us")
  long recordedUs;

  @Version
  @Column(name = "row_version")
  long rowVersion;

  protected CertificateEntity() {}
}
