/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.eucert.core.model.Bytes;
import org.eucert.core.model.CertificateId;
import org.eucert.core.model.SchemeId;
import org.eucert.core.time.LegalTime;

/**
 * An EU statement of conformity (CSA Art 53) as the registry holds it: its indexed columns, its
 * document exactly as recorded (parse it with the codec for everything else) and, if it was
 * signed, the signed envelope.
 *
 * <p>Immutable.
 *
 * @param id the statement's identifier
 * @param scheme the scheme
 * @param schemeVersion the scheme version
 * @param manufacturerName the manufacturer or provider that issued it
 * @param productName what it declares conformant
 * @param issuedAt when it was issued
 * @param documentationAvailableUntil until when the documentation is kept available (Art 53(3))
 * @param copySentToNcca when a copy went to the NCCA, if recorded
 * @param copySentToEnisa when a copy went to ENISA, if recorded
 * @param document the document as recorded
 * @param signedEnvelope the signed envelope, if any
 * @since 0.1
 */
public record StoredStatement(
    CertificateId id,
    SchemeId scheme,
    String schemeVersion,
    String manufacturerName,
    String productName,
    Instant issuedAt,
    LocalDate documentationAvailableUntil,
    Optional<Instant> copySentToNcca,
    Optional<Instant> copySentToEnisa,
    Bytes document,
    Optional<Bytes> signedEnvelope) {
  public StoredStatement {
    checkNotNull(id, "id");
    checkNotNull(scheme, "scheme");
    checkNotNull(schemeVersion, "schemeVersion");
    checkNotNull(manufacturerName, "manufacturerName");
    checkNotNull(productName, "productName");
    issuedAt = LegalTime.normalize(issuedAt);
    checkNotNull(documentationAvailableUntil, "documentationAvailableUntil");
    checkNotNull(copySentToNcca, "copySentToNcca");
    checkNotNull(copySentToEnisa, "copySentToEnisa");
    checkNotNull(document, "document");
    checkNotNull(signedEnvelope, "signedEnvelope");
  }
}
