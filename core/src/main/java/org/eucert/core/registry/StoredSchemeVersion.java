/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import org.eucert.core.model.Bytes;
import org.eucert.core.model.SchemeId;
import org.eucert.core.model.SchemeStatus;
import org.eucert.core.time.Timeline;

/**
 * A scheme version as the registry holds it: its key, title and status time line, and the scheme
 * document exactly as imported (parse it with the scheme codec for everything else).
 *
 * <p>Immutable.
 *
 * @param scheme the scheme
 * @param version the version
 * @param title the title
 * @param status the status time line
 * @param document the scheme document as imported
 * @param recordedAt when it was imported
 * @since 0.1
 */
public record StoredSchemeVersion(
    SchemeId scheme,
    String version,
    String title,
    Timeline<SchemeStatus> status,
    Bytes document,
    Instant recordedAt) {
  public StoredSchemeVersion {
    checkNotNull(scheme, "scheme");
    checkNotNull(version, "version");
    checkNotNull(title, "title");
    checkNotNull(status, "status");
    checkNotNull(document, "document");
    checkNotNull(recordedAt, "recordedAt");
    checkArgument(!status.isEmpty(), "scheme %s %s has no status", scheme, version);
  }
}
