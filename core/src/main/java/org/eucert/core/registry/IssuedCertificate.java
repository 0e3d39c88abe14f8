/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.eucert.core.model.Bytes;
import org.eucert.core.model.CertificateContent;

/**
 * An issued certificate as the registry records it, in one transaction: its content (for the
 * indexed columns), the content document exactly as signed (the XML bytes), and the signed
 * envelope. The registry stores the bytes as given and never re-encodes them.
 *
 * <p>Immutable.
 *
 * @param content the certificate content
 * @param contentDocument the content document (XML) as signed
 * @param signedEnvelope the signed envelope (CMS SignedData, DER)
 * @since 0.1
 */
public record IssuedCertificate(
    CertificateContent content, Bytes contentDocument, Bytes signedEnvelope) {
  public IssuedCertificate {
    checkNotNull(content, "content");
    checkNotNull(contentDocument, "contentDocument");
    checkNotNull(signedEnvelope, "signedEnvelope");
    checkArgument(contentDocument.size() > 0, "certificate %s: empty content document", content.id());
    checkArgument(signedEnvelope.size() > 0, "certificate %s: empty signed envelope", content.id());
  }
}
