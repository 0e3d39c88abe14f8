/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.schemes.catalogue;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eucert.core.model.AssuranceLevel;
import org.eucert.core.model.LevelRule;
import org.eucert.core.model.SchemeElement;
import org.eucert.core.model.SchemeStatus;
import org.eucert.core.model.SchemeVersion;

/**
 * The completeness check of a scheme version: which of the 22 elements of CSA Art 54(1) it lacks,
 * and what else keeps it from issuing (no level offered, no maximum validity, CSA Art 54(1)(d) and
 * (r); not adopted, CSA Art 49(7)).
 *
 * <p>Immutable.
 *
 * @param scheme the scheme checked
 * @param missingElements the Art 54(1) elements it lacks, in order
 * @param warnings other gaps, one sentence each
 * @since 0.1
 */
public record SchemeCheck(SchemeVersion scheme, Set<SchemeElement> missingElements, List<String> warnings) {
  public SchemeCheck {
    checkNotNull(scheme, "scheme");
    missingElements = Set.copyOf(missingElements);
    warnings = ImmutableList.copyOf(warnings);
  }

  /** Checks a scheme version. */
  public static SchemeCheck of(SchemeVersion scheme) {
    checkNotNull(scheme, "scheme");
    List<String> warnings = new ArrayList<>();
    if (scheme.levels().isEmpty()) {
      warnings.add("offers no assurance level (CSA Art 54(1)(d)): nothing can be issued under it");
    }
    for (LevelRule r : scheme.levels().values()) {
      if (r.maxValidity().isEmpty() && r.allowsCertification()) {
        warnings.add(
            "level " + r.level() + " has no maximum validity (CSA Art 54(1)(r))");
      }
    }
    if (scheme.currentStatus() != SchemeStatus.ADOPTED) {
      warnings.add(
          "status is "
              + scheme.currentStatus()
              + ": not adopted by implementing act (CSA Art 49(7)); issuing needs the pilot opt-in");
    }
    if (scheme.level(AssuranceLevel.HIGH).isPresent() && !scheme.elements().containsKey(SchemeElement.U_PEER_ASSESSMENT)) {
      warnings.add("offers 'high' but says nothing of peer assessment (CSA Art 54(1)(u))");
    }
    return new SchemeCheck(scheme, scheme.missingElements(), warnings);
  }

  /** Whether all 22 Art 54(1) elements are present. */
  public boolean isComplete() {
    return missingElements.isEmpty();
  }
}
