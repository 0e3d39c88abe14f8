/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.Sets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.eucert.core.time.Timeline;

/**
 * A body's notification to the Commission for a scheme at given assurance levels (CSA Art 61(1);
 * CIR (EU) 2024/3143), with its status time line. A notification names a scheme version only where
 * it is limited to one.
 *
 * <p>Immutable.
 *
 * @param body the notified body
 * @param scheme the scheme
 * @param schemeVersion the one scheme version it is limited to, if so
 * @param levels the assurance levels notified; never empty
 * @param reference the notification or Official Journal reference, where known
 * @param status status time line: notified, suspended, withdrawn
 * @since 0.1
 */
public record Notification(
    BodyId body,
    SchemeId scheme,
    Optional<String> schemeVersion,
    Set<AssuranceLevel> levels,
    Optional<String> reference,
    Timeline<NotificationStatus> status) {
  public Notification {
    checkNotNull(body, "body");
    checkNotNull(scheme, "scheme");
    checkNotNull(schemeVersion, "schemeVersion");
    checkNotNull(reference, "reference");
    checkNotNull(status, "status");
    checkArgument(!levels.isEmpty(), "notification of %s for %s names no level", body, scheme);
    levels = Sets.immutableEnumSet(EnumSet.copyOf(levels));
  }

  /**
   * Whether, at {@code instant}, this notification was in force (status NOTIFIED) and covered the
   * scheme, version and level.
   */
  public boolean covers(SchemeId scheme, String version, AssuranceLevel level, Instant instant) {
    checkNotNull(scheme, "scheme");
    checkNotNull(version, "version");
    checkNotNull(level, "level");
    return this.scheme.equals(scheme)
        && schemeVersion.map(version::equals).orElse(true)
        && levels.contains(level)
        && status.at(instant).map(s -> s == NotificationStatus.NOTIFIED).orElse(false);
  }
}
