/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry;

import static com.google.common.base.Preconditions.checkNotNull;

import org.eucert.core.model.Bytes;
import org.eucert.core.model.CertificateId;

/**
 * The stored documents of a certificate, byte for byte as recorded, with their SHA-256 digests.
 *
 * <p>Immutable.
 *
 * @param id the certificate
 * @param contentDocument the content document (XML) as signed
 * @param signedEnvelope the signed envelope
 * @since 0.1
 */
public record CertificateDocuments(CertificateId id, Bytes contentDocument, Bytes signedEnvelope) {
  public CertificateDocuments {
    checkNotNull(id, "id");
    checkNotNull(contentDocument, "contentDocument");
    checkNotNull(signedEnvelope, "signedEnvelope");
  }
}
