/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class XmlFormatExceptionTest {
  @Test
  void constructor_unknownCode_throwsIllegalArgument() {
    assertThrows(
        IllegalArgumentException.class, () -> new XmlFormatException("XML_SOMETHING", "m"));
  }

  @Test
  void position_known_exposedAndInMessage() {
    XmlFormatException e =
        new XmlFormatException(XmlFormatException.XML_SCHEMA_INVALID, "bad", 3, 7, null);

    assertEquals(OptionalInt.of(3), e.line());
    assertEquals(OptionalInt.of(7), e.column());
    assertTrue(e.getMessage().contains("3") && e.getMessage().contains("7"), e.getMessage());
  }

  @Test
  void position_unknown_empty() {
    XmlFormatException e = new XmlFormatException(XmlFormatException.JSON_INVALID, "bad");

    assertEquals(OptionalInt.empty(), e.line());
    assertEquals(OptionalInt.empty(), e.column());
  }

  @Test
  void message_veryLong_shortened() {
    XmlFormatException e =
        new XmlFormatException(XmlFormatException.XML_SCHEMA_INVALID, "x".repeat(100_000));

    assertTrue(e.getMessage().length() < 1000);
  }
}
