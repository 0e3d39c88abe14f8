/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.issue;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.eucert.core.model.Attestation;
import org.eucert.core.model.Bytes;
import org.eucert.core.rules.Finding;

/**
 * What issuing returns: the attestation as issued, its XML document exactly as signed, the signed
 * envelope (CMS SignedData, DER; ARCHITECTURE.md section 6) and the findings below error level
 * (warnings, information) the rules made.
 *
 * <p>Immutable.
 *
 * @param attestation the certificate content or statement of conformity issued
 * @param document the XML document, byte for byte as signed
 * @param envelope the signed envelope ({@code .p7m})
 * @param findings the non-error findings of the rules run
 * @since 0.1
 */
public record IssuedEnvelope(
    Attestation attestation, Bytes document, Bytes envelope, List<Finding> findings) {
  public IssuedEnvelope {
    checkNotNull(attestation, "attestation");
    checkNotNull(document, "document");
    checkNotNull(envelope, "envelope");
    findings = ImmutableList.copyOf(findings);
  }
}
