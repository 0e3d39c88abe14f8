/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * The documents of a certificate, in their own table so that queries over certificates never read
 * the (several kilobytes of) bytes. Written in the same transaction as the certificate row.
 */
@Entity
@Table(name = "eu_certificate_document")
class CertificateDocumentEntity {
  @Id
  @Column(name = "certificate_pk")
  long certificatePk;

  @Column(name = "content_document")
  byte[] contentDocument;

  @Column(name = "content_sha256")
  String contentSha256;

  @Column(name = "signed_envelope")
  byte[] signedEnvelope;

  @Column(name = "signed_sha256")
  String signedSha256;

  protected CertificateDocumentEntity() {}

  @Override
  public boolean equals(Object o) {
    return o instanceof CertificateDocumentEntity other && certificatePk == other.certificatePk;
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(certificatePk);
  }
}
