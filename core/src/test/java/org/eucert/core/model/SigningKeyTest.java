/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.eucert.core.testing.TestBodies;
import org.junit.jupiter.api.Test;

class SigningKeyTest {
  private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant UNTIL = Instant.parse("2028-01-01T00:00:00Z");
  private static final Instant COMPROMISED = Instant.parse("2027-03-01T12:00:00Z");
  private static final Bytes DER = Bytes.copyOf(new byte[] {0x30, 0x03, 0x02, 0x01, 0x01});

  private static SigningKey key(Optional<Instant> until, Optional<Instant> compromised) {
    return new SigningKey(TestBodies.CAB, "abcd", DER, FROM, until, compromised);
  }

  @Test
  void usableAt_fromValidFromInclusive_untilValidUntilExclusive() {
    SigningKey k = key(Optional.of(UNTIL), Optional.empty());
    assertFalse(k.usableAt(FROM.minusNanos(1)));
    assertTrue(k.usableAt(FROM));
    assertTrue(k.usableAt(UNTIL.minusNanos(1_000)));
    assertFalse(k.usableAt(UNTIL));
    assertTrue(
        key(Optional.empty(), Optional.empty()).usableAt(Instant.parse("2090-01-01T00:00:00Z")));
  }

  @Test
  void compromisedBy_atOrAfterTheCompromise_notBefore() {
    SigningKey k = key(Optional.of(UNTIL), Optional.of(COMPROMISED));
    assertFalse(k.compromisedBy(COMPROMISED.minusNanos(1_000)));
    assertTrue(k.compromisedBy(COMPROMISED));
    assertTrue(k.compromisedBy(UNTIL.plusSeconds(1)));
    assertTrue(k.usableAt(COMPROMISED.minusNanos(1_000)), "signed before: keeps its verdict");
    assertFalse(k.usableAt(COMPROMISED));
    assertTrue(k.withinWindow(COMPROMISED), "the window ignores compromise");
    assertFalse(key(Optional.of(UNTIL), Optional.empty()).compromisedBy(UNTIL));
  }

  @Test
  void instants_truncatedToMicroseconds() {
    SigningKey k =
        new SigningKey(
            TestBodies.CAB,
            "abcd",
            DER,
            FROM.plusNanos(1_500),
            Optional.of(UNTIL.plusNanos(999)),
            Optional.of(COMPROMISED.plusNanos(1)));
    assertEquals(FROM.plusNanos(1_000), k.validFrom());
    assertEquals(Optional.of(UNTIL), k.validUntil());
    assertEquals(Optional.of(COMPROMISED), k.compromisedAt());
  }

  @Test
  void windowNotAfterItsStart_refused() {
    assertThrows(IllegalArgumentException.class, () -> key(Optional.of(FROM), Optional.empty()));
    assertThrows(
        IllegalArgumentException.class,
        () -> key(Optional.of(FROM.minusSeconds(1)), Optional.empty()));
  }

  @Test
  void emptyCertificateOrBlankKeyId_refused() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new SigningKey(
                TestBodies.CAB,
                "abcd",
                Bytes.copyOf(new byte[0]),
                FROM,
                Optional.empty(),
                Optional.empty()));
    assertThrows(
        IllegalArgumentException.class,
        () -> new SigningKey(TestBodies.CAB, " ", DER, FROM, Optional.empty(), Optional.empty()));
  }
}
