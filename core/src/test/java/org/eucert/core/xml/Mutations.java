/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.xml;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Byte-level mutations of a valid document, for "a parser only ever refuses" properties. */
final class Mutations {
  private Mutations() {}

  /** What to do at a relative position (0 to 1) of the document. */
  enum Kind {
    FLIP_BIT,
    SET_BYTE,
    DELETE_BYTE,
    INSERT_BYTE,
    TRUNCATE
  }

  record Mutation(Kind kind, double at, byte value) {}

  static Arbitrary<Mutation> mutations() {
    return Combinators.combine(
            Arbitraries.of(Kind.class),
            Arbitraries.doubles().between(0, 1),
            Arbitraries.oneOf(
                Arbitraries.bytes(), Arbitraries.of((byte) '<', (byte) '>', (byte) '&', (byte) '"')))
        .as(Mutation::new);
  }

  static byte[] apply(byte[] document, List<Mutation> mutations) {
    byte[] d = document.clone();
    for (Mutation m : mutations) {
      if (d.length == 0) {
        break;
      }
      int i = Math.min(d.length - 1, (int) (m.at() * d.length));
      switch (m.kind()) {
        case FLIP_BIT:
          d[i] ^= (byte) (1 << (m.value() & 7));
          break;
        case SET_BYTE:
          d[i] = m.value();
          break;
        case DELETE_BYTE:
          byte[] shorter = new byte[d.length - 1];
          System.arraycopy(d, 0, shorter, 0, i);
          System.arraycopy(d, i + 1, shorter, i, d.length - i - 1);
          d = shorter;
          break;
        case INSERT_BYTE:
          byte[] longer = new byte[d.length + 1];
          System.arraycopy(d, 0, longer, 0, i);
          longer[i] = m.value();
          System.arraycopy(d, i, longer, i + 1, d.length - i);
          d = longer;
          break;
        case TRUNCATE:
          d = Arrays.copyOf(d, i);
          break;
        default:
          throw new AssertionError(m.kind());
      }
    }
    return d;
  }

  /** The parser returns a value or throws {@link XmlFormatException}; anything else fails. */
  static void assertReadsOrRefuses(Function<byte[], ?> parser, byte[] document) {
    try {
      parser.apply(document);
    } catch (XmlFormatException expected) {
      // a declared refusal
    } catch (RuntimeException | Error e) {
      throw new AssertionError(
          "parser threw " + e + " for:\n" + Documents.utf8(document), e);
    }
  }
}
