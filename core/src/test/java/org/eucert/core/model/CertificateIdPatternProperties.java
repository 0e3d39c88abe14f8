/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link CertificateIdPattern}: what {@code format} writes, {@code parse} reads back as the same
 * parts, under the EUCC default and other patterns seen in practice (DOMAIN.md 2.12); {@code
 * format} refuses parts it cannot write readably rather than writing an identifier that reads back
 * as different parts; {@code parse} never throws.
 */
class CertificateIdPatternProperties {
  /** Patterns with and without scheme, body, month and revision, and with other separators. */
  static final List<String> PATTERNS =
      List.of(
          CertificateIdPattern.EUCC_DEFAULT,
          "{scheme}-{body}-{yyyy}-{seq:7}[-{rev:2}]",
          "{scheme}-{body}-{yyyy}-{MM}-{seq:2}",
          "{scheme}/{body}/{yyyy}/{MM}/{seq:1}",
          "CERT-{yyyy}-{seq:5}",
          "{body}.{yyyy}{MM}.{seq:3}[_r{rev:1}]",
          "{scheme}_{yyyy}-{seq:9}[.v{rev:3}]");

  @Provide
  Arbitrary<CertificateIdPattern> patterns() {
    return Arbitraries.of(PATTERNS).map(CertificateIdPattern::of);
  }

  /**
   * Parts as a body would use them: letters, digits (and '_' in the scheme), starting alphanumeric.
   */
  @Provide
  Arbitrary<CertificateIdParts> validParts() {
    return parts(
        Combinators.combine(
                Arbitraries.chars().range('A', 'Z'),
                Arbitraries.strings().withCharRange('A', 'Z').withChars('_').ofMaxLength(7))
            .as((first, rest) -> first + rest),
        Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(8),
        Arbitraries.longs().between(0, 999_999_999_999L));
  }

  /** Any parts the record allows: scheme and body with separators, numbers up to Long.MAX_VALUE. */
  @Provide
  Arbitrary<CertificateIdParts> anyParts() {
    Arbitrary<String> text =
        Arbitraries.strings().alpha().numeric().withChars('-', '.', '/', '_').ofMaxLength(8);
    return parts(text, text, Arbitraries.longs().between(0, Long.MAX_VALUE));
  }

  private static Arbitrary<CertificateIdParts> parts(
      Arbitrary<String> scheme, Arbitrary<String> body, Arbitrary<Long> number) {
    return Combinators.combine(
            scheme,
            body,
            Arbitraries.integers().between(1000, 9999),
            Arbitraries.integers().between(1, 12).optional(),
            number,
            Arbitraries.integers().between(0, Integer.MAX_VALUE).optional())
        .as(CertificateIdParts::new);
  }

  /** Identifiers as anyone might write them, mostly of this family's shape. */
  @Provide
  Arbitrary<CertificateId> ids() {
    Arbitrary<String> segment =
        Arbitraries.oneOf(
            Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(20),
            Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(6));
    Arbitrary<String> sep = Arbitraries.of("-", "/", ".", "_", "_r", ".v");
    return Combinators.combine(segment, sep.list().ofSize(7), segment.list().ofSize(7))
        .as(
            (first, seps, segs) -> {
              StringBuilder b = new StringBuilder(first);
              for (int i = 0; i < seps.size(); i++) {
                b.append(seps.get(i)).append(segs.get(i));
              }
              return b.length() <= 80 ? b.toString() : b.substring(0, 80);
            })
        .filter(s -> Character.isLetterOrDigit(s.charAt(0)))
        .map(CertificateId::of);
  }

  /** What {@code parse} can give back: the parts the pattern writes, the others empty. */
  static CertificateIdParts expected(CertificateIdPattern p, CertificateIdParts in) {
    String text = p.pattern();
    return new CertificateIdParts(
        text.contains("{scheme}") ? in.scheme() : "",
        text.contains("{body}") ? in.body() : "",
        in.year(),
        text.contains("{MM}") ? in.month() : Optional.empty(),
        in.number(),
        in.revision());
  }

  private static boolean writable(CertificateIdPattern p, CertificateIdParts in) {
    String text = p.pattern();
    return (!text.contains("{MM}") || in.month().isPresent())
        && (in.revision().isEmpty() || text.contains("{rev:"));
  }

  @Property
  void parse_readsBackWhatFormatWrote(
      @ForAll("patterns") CertificateIdPattern p, @ForAll("validParts") CertificateIdParts in) {
    if (!writable(p, in)) {
      assertThrows(IllegalArgumentException.class, () -> p.format(in));
      return;
    }
    CertificateId id = p.format(in);
    assertEquals(Optional.of(expected(p, in)), p.parse(id), () -> p + " wrote " + id);
  }

  @Property
  void format_refusesWhatParseCouldNotReadBack(
      @ForAll("patterns") CertificateIdPattern p, @ForAll("anyParts") CertificateIdParts in) {
    CertificateId id;
    try {
      id = p.format(in);
    } catch (IllegalArgumentException refused) {
      return;
    }
    assertEquals(
        Optional.of(expected(p, in)), p.parse(id), () -> p + " wrote " + id + " for " + in);
  }

  @Property
  void parse_neverThrows_andItsReadingIsStable(
      @ForAll("patterns") CertificateIdPattern p, @ForAll("ids") CertificateId id) {
    Optional<CertificateIdParts> read = p.parse(id);
    read.ifPresent(parts -> assertEquals(read, p.parse(p.format(parts)), () -> p + " read " + id));
  }
}
