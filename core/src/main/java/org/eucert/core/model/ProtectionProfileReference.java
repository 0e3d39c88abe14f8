/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * A protection profile a scheme lists, e.g. in EUCC Annex II (certified PPs that allow AVA_VAN.4
 * and .5) or Annex III (recommended PPs).
 *
 * <p>Immutable.
 *
 * @param id the PP's identifier, e.g. {@code EN 419221-5:2018}
 * @param title its title
 * @param annex where the scheme lists it, e.g. {@code Annex II}
 * @param highestEvaluationLevel the highest evaluation level it supports, where it unlocks one
 * @since 0.1
 */
public record ProtectionProfileReference(
    String id, String title, String annex, Optional<String> highestEvaluationLevel) {
  public ProtectionProfileReference {
    checkNotNull(id, "id");
    checkNotNull(title, "title");
    checkNotNull(annex, "annex");
    checkNotNull(highestEvaluationLevel, "highestEvaluationLevel");
    checkArgument(!id.isBlank(), "protection profile id is blank");
  }
}
