/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.model;

import static org.eucert.core.model.EvaluationActivity.FUNCTIONAL_TESTING;
import static org.eucert.core.model.EvaluationActivity.PENETRATION_TESTING;
import static org.eucert.core.model.EvaluationActivity.PUBLICLY_KNOWN_VULNERABILITY_REVIEW;
import static org.eucert.core.model.EvaluationActivity.STATE_OF_THE_ART_FUNCTIONAL_TESTING;
import static org.eucert.core.model.EvaluationActivity.TECHNICAL_DOCUMENTATION_REVIEW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.junit.jupiter.api.Test;

class EvaluationActivityTest {
  @Test
  void basic_onlyDocumentationReview_CSA_52_5() {
    assertEquals(
        Set.of(TECHNICAL_DOCUMENTATION_REVIEW),
        EvaluationActivity.minimumFor(AssuranceLevel.BASIC));
  }

  @Test
  void substantial_vulnerabilityReviewAndFunctionalTesting_CSA_52_6() {
    assertEquals(
        Set.of(PUBLICLY_KNOWN_VULNERABILITY_REVIEW, FUNCTIONAL_TESTING),
        EvaluationActivity.minimumFor(AssuranceLevel.SUBSTANTIAL));
  }

  @Test
  void high_addsStateOfTheArtTestingAndPenetrationTesting_CSA_52_7() {
    assertEquals(
        Set.of(
            PUBLICLY_KNOWN_VULNERABILITY_REVIEW,
            STATE_OF_THE_ART_FUNCTIONAL_TESTING,
            PENETRATION_TESTING),
        EvaluationActivity.minimumFor(AssuranceLevel.HIGH));
  }

  @Test
  void null_refused() {
    assertThrows(NullPointerException.class, () -> EvaluationActivity.minimumFor(null));
  }
}
