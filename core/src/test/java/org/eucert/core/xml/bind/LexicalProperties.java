/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.xml.bind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.DateTimeException;
import java.time.Instant;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.StringLength;

/** {@link Lexical#strictInstant} against {@link Instant#parse}, its reference. */
class LexicalProperties {
  @Property(tries = 2000)
  void strictInstant_anyInstantOfTheXsdForm_equalsInstantParse(
      @ForAll @LongRange(min = -62135596800L, max = 253402300799L) long epochSecond,
      @ForAll @IntRange(min = 0, max = 999_999) int micros,
      @ForAll @IntRange(min = 0, max = 6) int digits) {
    String base = Instant.ofEpochSecond(epochSecond).toString(); // yyyy-mm-ddThh:mm:ssZ
    String fraction = digits == 0 ? "" : "." + String.format("%06d", micros).substring(0, digits);
    String text = base.substring(0, 19) + fraction + "Z";

    Instant strict = Lexical.strictInstant(text);

    assertNotNull(strict, text);
    assertEquals(Instant.parse(text), strict, text);
  }

  @Property(tries = 2000)
  void strictInstant_anyText_nullOrEqualToInstantParse(
      @ForAll @StringLength(min = 18, max = 28) @CharRange(from = '0', to = '9')
          @CharRange(from = ':', to = ':') @CharRange(from = '-', to = '-')
          @CharRange(from = 'T', to = 'T') @CharRange(from = 'Z', to = 'Z')
          @CharRange(from = '.', to = '.')
          String noise,
      @ForAll @IntRange(min = 0, max = 27) int cut) {
    // a valid form with a tail of noise: digits and separators in the wrong places
    String valid = "2026-05-04T09:30:00.123456Z";
    String text = valid.substring(0, Math.min(cut, valid.length())) + noise.substring(Math.min(cut, noise.length()));

    Instant strict = Lexical.strictInstant(text);
    if (strict != null) {
      assertEquals(Instant.parse(text), strict, text);
    }
  }

  @Example
  void strictInstant_outsideItsForm_leftToInstantParse() {
    for (String t :
        new String[] {
          "2026-02-29T00:00:00Z", // not a leap year
          "2026-05-04T24:00:00Z",
          "2026-05-04T23:59:60Z",
          "2026-05-04T09:30:00.Z",
          "2026-05-04T09:30:00.1234567Z",
          "2026-05-04T09:30:00+00:00",
          "+12026-05-04T09:30:00Z",
          "2026-05-04t09:30:00Z",
          "2026-05-04T09:30:0\u0661Z"
        }) {
      assertNull(Lexical.strictInstant(t), t);
    }
    assertEquals(Instant.parse("2024-02-29T23:59:59.000001Z"), Lexical.strictInstant("2024-02-29T23:59:59.000001Z"));
  }

  @Example
  void instant_refusesWhatInstantParseRefuses() {
    try {
      Lexical.instant("2026-02-29T00:00:00Z", "issuedAt");
      throw new AssertionError("accepted 29 February 2026");
    } catch (IllegalArgumentException e) {
      assertEquals(DateTimeException.class, e.getCause().getClass().getSuperclass());
    }
  }
}
