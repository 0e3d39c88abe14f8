/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.rules.spi;

import java.util.List;
import java.util.Set;
import org.eucert.core.model.SchemeId;
import org.eucert.core.rules.Rule;
import org.eucert.core.rules.RuleCode;

/**
 * The scheme-specific rules of one scheme, found with {@link java.util.ServiceLoader}: a new scheme
 * is data (its XML) plus, where the law needs more than the data can say, a small profile class.
 *
 * <p>A profile may supersede generic rules whose check it refines under the scheme's own article
 * (EUCC's {@code EUCC-R7-VALIDITY} replaces {@code CSA-54-1-R-MAX-VALIDITY}), so each problem is
 * reported once, under its most specific code.
 *
 * <p>Implementations are immutable and thread-safe and have a public no-argument constructor.
 *
 * @since 0.1
 */
public interface SchemeProfile {
  /** The scheme this profile belongs to. */
  SchemeId schemeId();

  /** The scheme-specific rules. */
  List<Rule> rules();

  /** Codes of generic rules that this profile's rules replace for its scheme. */
  default Set<RuleCode> supersedes() {
    return Set.of();
  }
}
