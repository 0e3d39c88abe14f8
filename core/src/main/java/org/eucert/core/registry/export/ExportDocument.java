/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry.export;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.List;
import org.eucert.core.registry.Actor;
import org.eucert.core.registry.ExportedCertificate;
import org.eucert.core.time.LegalTime;

/**
 * A registry export as a whole (CSA Art 50; EUCC Art 42): who exported, when (the exporter's
 * clock), and the certificates. The document form is {@code registry-export.xsd}, read and written
 * by {@link org.eucert.core.xml.RegistryExportCodec}.
 *
 * <p>Immutable.
 *
 * @param exporter who exported
 * @param exportedAt when, at microsecond precision
 * @param certificates the certificates, in the order written
 * @since 0.1
 */
public record ExportDocument(
    Actor exporter, Instant exportedAt, List<ExportedCertificate> certificates) {
  public ExportDocument {
    checkNotNull(exporter, "exporter");
    exportedAt = LegalTime.normalize(exportedAt);
    certificates = ImmutableList.copyOf(certificates);
  }
}
