/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A scheme version: key, title and the document as imported; its status time line is in {@link StatusEntryEntity}. */
@Entity
@Table(name = "eu_scheme_version")
class SchemeVersionEntity extends IdEntity {
  @Column(name = "scheme_id")
  String schemeId;

  @Column(name = "version")
  String version;

  @Column(name = "title")
  String title;

  @Column(name = "document")
  byte[] document;

  @Column(name = "recorded_us")
  long recordedUs;

  @Version
  @Column(name = "row_version")
  long rowVersion;

  protected SchemeVersionEntity() {}
}
