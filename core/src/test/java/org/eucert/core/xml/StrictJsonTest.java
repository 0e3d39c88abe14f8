/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.xml;

import static org.eucert.core.xml.Documents.assertRefused;
import static org.eucert.core.xml.XmlFormatException.JSON_INVALID;
import static org.eucert.core.xml.XmlFormatException.JSON_TOO_DEEP;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The strict JSON reader the JSON twin is checked with. */
class StrictJsonTest {
  @Test
  void parse_valid_readsValues() {
    Object v =
        StrictJson.parse(
            " {\"a\": [1, -2.5e3, true, false, null], \"b\": \"x\\u00e9\\n\\\"\", \"c\": {}} ", 8);

    assertEquals(
        Map.of(
            "a",
            List.of(
                new StrictJson.Num("1"),
                new StrictJson.Num("-2.5e3"),
                true,
                false,
                StrictJson.NULL),
            "b",
            "xé\n\"",
            "c",
            Map.of()),
        v);
  }

  @Test
  void parse_surrogatePairEscape_reads() {
    assertEquals("\uD83D\uDE00", StrictJson.parse("\"\\uD83D\\uDE00\"", 1));
  }

  @Test
  void parse_notStrictJson_refusedWithJsonInvalid() {
    for (String bad :
        List.of(
            "",
            "{",
            "{\"a\":1,}",
            "[1,]",
            "{'a':1}",
            "{a:1}",
            "01",
            "1.",
            ".5",
            "+1",
            "NaN",
            "\"tab\there\"",
            "\"\\x41\"",
            "\"\\u12\"",
            "tru",
            "nul",
            "[1] [2]",
            "{\"a\":1 \"b\":2}",
            "// comment\n{}")) {
      assertRefused(JSON_INVALID, () -> StrictJson.parse(bad, 8));
    }
  }

  @Test
  void parse_repeatedKey_refusedWithJsonInvalid() {
    assertRefused(JSON_INVALID, () -> StrictJson.parse("{\"a\":{\"b\":1,\"b\":1}}", 8));
  }

  @Test
  void parse_characterXmlCannotCarry_refusedWithJsonInvalid() {
    for (String bad : List.of("\"\\u0000\"", "\"\\u001f\"", "\"\\uFFFE\"", "\"\\uDC00\"")) {
      assertRefused(JSON_INVALID, () -> StrictJson.parse(bad, 8));
    }
  }

  @Test
  void parse_nestingAtAndBeyondLimit_refusedOnlyBeyond() {
    StrictJson.parse("[[[]]]", 3);

    assertRefused(JSON_TOO_DEEP, () -> StrictJson.parse("[[[[]]]]", 3));
    assertRefused(JSON_TOO_DEEP, () -> StrictJson.parse("{\"a\":{\"b\":{\"c\":{}}}}", 3));
  }

  @Test
  void parse_hugeLimit_boundedAnyway() {
    String bomb = "[".repeat(50_000) + "]".repeat(50_000);

    assertRefused(JSON_TOO_DEEP, () -> StrictJson.parse(bomb, Integer.MAX_VALUE));
  }

  @Test
  void decodeUtf8_malformedOrBom_refusedWithJsonInvalid() {
    assertRefused(JSON_INVALID, () -> StrictJson.decodeUtf8(new byte[] {'"', (byte) 0xC3, '"'}));
    assertRefused(
        JSON_INVALID, () -> StrictJson.decodeUtf8("\uFEFF{}".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void firstDifference_findsThePath() {
    Object a = StrictJson.parse("{\"x\":{\"y\":[1,2,{\"z\":\"q\"}]}}", 8);
    Object b = StrictJson.parse("{\"x\":{\"y\":[1,2,{\"z\":\"r\"}]}}", 8);
    Object c = StrictJson.parse("{\"x\":{\"y\":[1,2]}}", 8);
    Object d = StrictJson.parse("{\"x\":{\"y\":[1,\"2\",{\"z\":\"q\"}]}}", 8);

    assertEquals(Optional.empty(), StrictJson.firstDifference(a, a));
    assertEquals(Optional.of("$.x.y[2].z"), StrictJson.firstDifference(a, b));
    assertEquals(Optional.of("$.x.y[2]"), StrictJson.firstDifference(a, c));
    assertEquals(Optional.of("$.x.y[1]"), StrictJson.firstDifference(a, d));
  }
}
