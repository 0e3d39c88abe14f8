/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class MemberStateTest {
  @Test
  void el_isGreece() {
    assertEquals(MemberState.GR, MemberState.parse("EL"));
    assertEquals(MemberState.GR, MemberState.parse("el"));
    assertEquals(MemberState.GR, MemberState.parse("GR"));
  }

  @Test
  void twentySevenMemberStates() {
    assertEquals(27, MemberState.values().length);
  }

  @ParameterizedTest
  @EnumSource(MemberState.class)
  void parse_everyCode_anyCase_trimmed(MemberState ms) {
    assertEquals(ms, MemberState.parse(ms.name()));
    assertEquals(ms, MemberState.parse(" " + ms.name().toLowerCase(Locale.ROOT) + " "));
  }

  @Test
  void parse_lowerCaseI_isLocaleIndependent() {
    // under a Turkish default locale "it".toUpperCase() would be "İT"
    assertEquals(MemberState.IT, MemberState.parse("it"));
    assertEquals(MemberState.LT, MemberState.parse("lt"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "UK", "GB", "CH", "NO", "EU", "XX", "DEU", "D"})
  void parse_notAMemberState_refused(String code) {
    assertThrows(IllegalArgumentException.class, () -> MemberState.parse(code));
  }
}
