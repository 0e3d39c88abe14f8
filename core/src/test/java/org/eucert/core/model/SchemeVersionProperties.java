/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.eucert.core.testing.GenericTestScheme;

/** {@link SchemeVersion#missingElements()} lists exactly the absent CSA Art 54(1) letters. */
class SchemeVersionProperties {
  @Provide
  Arbitrary<Map<SchemeElement, String>> elementTexts() {
    return Arbitraries.maps(
            Arbitraries.of(SchemeElement.class),
            Arbitraries.oneOf(
                Arbitraries.of("", " ", "\t\n"), Arbitraries.strings().alpha().ofMinLength(1)))
        .ofMaxSize(SchemeElement.values().length);
  }

  @Property
  void missingElements_areExactlyTheAbsentOrBlankLetters_CSA_54_1(
      @ForAll("elementTexts") Map<SchemeElement, String> texts) {
    SchemeVersion.Builder b =
        SchemeVersion.builder()
            .schemeId(GenericTestScheme.ID)
            .version("p")
            .title("t")
            .statusHistory(GenericTestScheme.status());
    texts.forEach(b::element);
    SchemeVersion s = b.build();

    Set<SchemeElement> expected = EnumSet.allOf(SchemeElement.class);
    texts.forEach(
        (e, text) -> {
          if (!text.isBlank()) {
            expected.remove(e);
          }
        });
    assertEquals(expected, s.missingElements());
    assertEquals(expected.isEmpty(), s.isComplete());
    assertEquals(22, s.missingElements().size() + s.elements().size());
  }

  @Property
  void letters_runFromAToV_inOrder(@ForAll SchemeElement e) {
    assertEquals((char) ('a' + e.ordinal()), e.letter());
    assertEquals("CSA Art 54(1)(" + e.letter() + ")", e.article());
    assertEquals(Character.toUpperCase(e.letter()), e.name().charAt(0));
  }
}
