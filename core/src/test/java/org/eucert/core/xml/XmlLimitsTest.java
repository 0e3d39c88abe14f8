/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class XmlLimitsTest {
  @Test
  void defaults_certificateSmallerThanScheme() {
    XmlLimits c = XmlLimits.certificateDefaults();
    XmlLimits s = XmlLimits.schemeDefaults();

    assertEquals(1 << 20, c.maxBytes());
    assertEquals(32, c.maxDepth());
    assertTrue(s.maxBytes() > c.maxBytes() && s.maxElements() > c.maxElements());
  }

  @Test
  void constructor_nonPositiveBound_throwsIllegalArgument() {
    assertThrows(IllegalArgumentException.class, () -> new XmlLimits(0, 1, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> new XmlLimits(1, 0, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> new XmlLimits(1, 1, -1, 1));
    assertThrows(IllegalArgumentException.class, () -> new XmlLimits(1, 1, 1, 0));
  }

  @Test
  void equality_byValue() {
    new EqualsTester()
        .addEqualityGroup(XmlLimits.certificateDefaults(), new XmlLimits(1 << 20, 32, 20_000, 32))
        .addEqualityGroup(XmlLimits.schemeDefaults())
        .addEqualityGroup(new XmlLimits(1, 1, 1, 1))
        .testEquals();
  }
}
