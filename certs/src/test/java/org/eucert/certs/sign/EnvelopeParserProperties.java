/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.sign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * "Parsers on arbitrary bytes return a value or a declared exception" (STYLE.md 11): the strict
 * parser, given random bytes, or a real envelope with a byte inserted or removed, either parses or
 * throws {@link EnvelopeFormatException}, never anything else.
 */
class EnvelopeParserProperties {
  private static byte[] envelope;

  @BeforeContainer
  static void sign() throws Exception {
    envelope = SignFixtures.envelope(SignatureAlgorithm.ECDSA_P256_SHA256);
  }

  private static void parsesOrThrowsDeclared(byte[] input) {
    try {
      assertNotNull(EnvelopeCodec.standard().parse(input));
    } catch (EnvelopeFormatException e) {
      assertNotNull(e.failure());
    }
  }

  @Property(tries = 500)
  void randomBytes_parseOrThrowEnvelopeFormatException(@ForAll @Size(max = 3000) byte[] input) {
    parsesOrThrowsDeclared(input);
  }

  @Property(tries = 500)
  void randomBytesBehindASequenceHeader_parseOrThrowEnvelopeFormatException(
      @ForAll @Size(max = 3000) byte[] body) {
    byte[] input = new byte[body.length + 4];
    input[0] = 0x30;
    input[1] = (byte) 0x82;
    input[2] = (byte) (body.length >>> 8);
    input[3] = (byte) body.length;
    System.arraycopy(body, 0, input, 4, body.length);
    parsesOrThrowsDeclared(input);
  }

  @Property(tries = 500)
  void insertedOrRemovedByte_isRefused(
      @ForAll @IntRange(min = 0, max = 100_000) int where, @ForAll byte value, @ForAll boolean insert) {
    int position = where % envelope.length;
    byte[] input;
    if (insert) {
      input = new byte[envelope.length + 1];
      System.arraycopy(envelope, 0, input, 0, position);
      input[position] = value;
      System.arraycopy(envelope, position, input, position + 1, envelope.length - position);
    } else {
      input = new byte[envelope.length - 1];
      System.arraycopy(envelope, 0, input, 0, position);
      System.arraycopy(envelope, position + 1, input, position, envelope.length - position - 1);
    }
    boolean refused;
    try {
      refused = EnvelopeCodec.standard().parse(input).verify() != SignatureCheck.VALID;
    } catch (EnvelopeFormatException e) {
      refused = true;
    }
    assertEquals(true, refused, (insert ? "inserted at " : "removed at ") + position);
  }
}
