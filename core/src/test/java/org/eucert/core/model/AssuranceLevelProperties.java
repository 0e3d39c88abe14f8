/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.model;

import static org.eucert.core.model.AssuranceLevel.BASIC;
import static org.eucert.core.model.AssuranceLevel.HIGH;
import static org.eucert.core.model.AssuranceLevel.SUBSTANTIAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * CSA Art 52: the assurance levels are totally ordered {@code BASIC < SUBSTANTIAL < HIGH}, and the
 * minimum evaluation of Art 52(5)-(7) grows with the level.
 */
class AssuranceLevelProperties {
  /** The order written down from the Act, independent of the enum's declaration order. */
  private static final List<AssuranceLevel> LAW_ORDER = List.of(BASIC, SUBSTANTIAL, HIGH);

  @Example
  void order_isBasicSubstantialHigh_CSA_52() {
    assertTrue(BASIC.compareTo(SUBSTANTIAL) < 0 && SUBSTANTIAL.compareTo(HIGH) < 0);
    assertTrue(HIGH.isAtLeast(SUBSTANTIAL) && SUBSTANTIAL.isAtLeast(BASIC));
    assertFalse(BASIC.isAtLeast(SUBSTANTIAL) || SUBSTANTIAL.isAtLeast(HIGH));
    assertEquals(3, AssuranceLevel.values().length);
  }

  @Property
  void isAtLeast_isConsistentWithCompareToAndTheLaw(
      @ForAll AssuranceLevel a, @ForAll AssuranceLevel b) {
    assertEquals(a.compareTo(b) >= 0, a.isAtLeast(b));
    assertEquals(LAW_ORDER.indexOf(a) >= LAW_ORDER.indexOf(b), a.isAtLeast(b));
  }

  @Property
  void isAtLeast_isATotalOrder(
      @ForAll AssuranceLevel a, @ForAll AssuranceLevel b, @ForAll AssuranceLevel c) {
    assertTrue(a.isAtLeast(a), "reflexive");
    assertTrue(a.isAtLeast(b) || b.isAtLeast(a), "total");
    if (a.isAtLeast(b) && b.isAtLeast(a)) {
      assertEquals(a, b, "antisymmetric");
    }
    if (a.isAtLeast(b) && b.isAtLeast(c)) {
      assertTrue(a.isAtLeast(c), "transitive");
    }
  }

  @Property
  void minimumEvaluation_growsWithTheLevel_CSA_52_5_to_7(
      @ForAll AssuranceLevel lower, @ForAll AssuranceLevel higher) {
    if (!higher.isAtLeast(lower) || higher == lower) {
      return;
    }
    Set<EvaluationActivity> low = EvaluationActivity.minimumFor(lower);
    Set<EvaluationActivity> high = EvaluationActivity.minimumFor(higher);
    assertTrue(high.size() > low.size(), () -> higher + " asks no more than " + lower);
    // every activity of the lower level is required above, or replaced by its state-of-the-art form
    for (EvaluationActivity a : low) {
      if (a == EvaluationActivity.TECHNICAL_DOCUMENTATION_REVIEW) {
        continue; // 52(6)-(7) do not repeat the documentation review of 52(5)
      }
      assertTrue(
          high.contains(a)
              || (a == EvaluationActivity.FUNCTIONAL_TESTING
                  && high.contains(EvaluationActivity.STATE_OF_THE_ART_FUNCTIONAL_TESTING)),
          () -> higher + " drops " + a + " required at " + lower);
    }
  }

  @Property
  void penetrationTesting_onlyAndAlwaysAtHigh_CSA_52_7(@ForAll AssuranceLevel level) {
    assertEquals(
        level == HIGH,
        EvaluationActivity.minimumFor(level).contains(EvaluationActivity.PENETRATION_TESTING));
  }

  @Property
  void minimumFor_returnsAFreshSet(@ForAll AssuranceLevel level) {
    Set<EvaluationActivity> mine = EvaluationActivity.minimumFor(level);
    mine.clear();
    assertFalse(EvaluationActivity.minimumFor(level).isEmpty());
  }
}
