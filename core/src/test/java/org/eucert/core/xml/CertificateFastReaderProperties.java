/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.xml;

import static org.eucert.core.xml.Documents.CERTIFICATES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.eucert.core.model.CertificateContent;
import org.eucert.core.testing.ModelArbitraries;
import org.eucert.core.xml.bind.certificate.CertificateFastReader;

/**
 * The dedicated certificate reader behind {@link CertificateCodec#parse} against the general
 * reader (secure parser, XSD validator, MOXy), {@link CertificateCodec#parseGeneral}: on written,
 * re-formatted and mutated documents both give the same content or the same refusal, and the
 * dedicated reader does take the common form (so the comparison is not vacuous).
 */
class CertificateFastReaderProperties {
  private static final XmlLimits LIMITS = XmlLimits.certificateDefaults();
  private static final byte[] VECTOR = Documents.resource("vectors/xml/certificate-eucc.xml");
  private static final Pattern SIMPLE = Pattern.compile("<([A-Za-z:]+)>([^<]*)</\\1>");

  @Provide
  Arbitrary<CertificateContent> contents() {
    return ModelArbitraries.certificateContents();
  }

  @Property
  void writtenDocument_dedicatedReaderTakesIt_sameContent(
      @ForAll("contents") CertificateContent content) {
    byte[] xml = CERTIFICATES.write(content);

    assertNotNull(fast(xml), "the dedicated reader must take what the codec writes");
    assertEquals(content, CERTIFICATES.parse(xml));
    assertEquals(content, CERTIFICATES.parseGeneral(xml));
  }

  @Property(tries = 1000)
  void reformattedDocument_sameOutcomeBothReaders(
      @ForAll("contents") CertificateContent content, @ForAll("edits") List<Edit> edits) {
    String text = new String(CERTIFICATES.write(content), StandardCharsets.UTF_8);
    for (Edit e : edits) {
      text = e.apply(text);
    }
    byte[] xml = text.getBytes(StandardCharsets.UTF_8);

    Object general = outcome(CERTIFICATES::parseGeneral, xml);
    Statistics.label("dedicated reader").collect(fast(xml) != null ? "took it" : "left it");
    Statistics.label("general reader")
        .collect(general instanceof CertificateContent ? "accepted" : "refused")
        .coverage(
            c -> {
              c.check("accepted").count(k -> k > 50);
              c.check("refused").count(k -> k > 50);
            });
    assertEquals(general, outcome(CERTIFICATES::parse, xml), text);
  }

  @Property(tries = 1000)
  void mutatedBytes_sameOutcomeBothReaders(
      @ForAll("contents") CertificateContent content,
      @ForAll("mutations") List<Mutations.Mutation> mutations) {
    byte[] xml = Mutations.apply(CERTIFICATES.write(content), mutations);

    assertEquals(
        outcome(CERTIFICATES::parseGeneral, xml),
        outcome(CERTIFICATES::parse, xml),
        new String(xml, StandardCharsets.UTF_8));
  }

  @Example
  void outsideTheSubset_leftToTheGeneralReader() {
    String written = new String(CERTIFICATES.write(CERTIFICATES.parse(VECTOR)), StandardCharsets.UTF_8);
    assertNotNull(fast(bytes(written)));

    // each is valid certificate content, but outside the subset the dedicated reader reads
    List<String> outside =
        List.of(
            written.replace("<scheme>", "<!-- c --><scheme>"),
            written.replace("<scheme>EUCC", "<scheme><![CDATA[EUCC]]>"),
            written.replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<?xml version='1.0'?>"),
            written.replace("<scheme>", "<?pi x?><scheme>"),
            written.replace("<holder>", "<holder xmlns=\"urn:eucert:certificate:1\">"),
            written.replace("<assuranceLevel>HIGH", "<assuranceLevel> HIGH"),
            written.replace("Example Secure Element", "Example\r\nSecure Element"));
    for (String doc : outside) {
      assertNull(fast(bytes(doc)), doc);
      assertEquals(CERTIFICATES.parseGeneral(bytes(doc)), CERTIFICATES.parse(bytes(doc)));
    }
    // the vector itself has a comment
    assertNull(fast(VECTOR));
  }

  @Example
  void hostileInput_neverTakenByTheDedicatedReader() {
    String written = new String(CERTIFICATES.write(CERTIFICATES.parse(VECTOR)), StandardCharsets.UTF_8);
    List<String> hostile =
        List.of(
            "<?xml version=\"1.0\"?><!DOCTYPE certificate [<!ENTITY a \"aaaa\">]>"
                + written.substring(written.indexOf("<certificate")),
            written.replace("<scheme>EUCC", "<scheme>&a;"),
            written.replace("<scheme>EUCC</scheme>", "<scheme>EUCC</scheme><scheme>EUCC</scheme>"),
            written.replace("</certificate>", "</certificate><certificate/>"),
            written.replace("</certificate>", ""),
            written.replace("Example Secure Element", "Example \u0001 Element"),
            written.replace("Example Secure Element", "&#0;"),
            written.replace("Example Secure Element", "&#xD800;"),
            written.replace("<id>EUCC", "<id xsi:nil=\"true\">EUCC"));
    for (String doc : hostile) {
      assertNull(fast(bytes(doc)), doc);
    }
    byte[] notUtf8 = bytes(written.replace("Example Secure Element", "Example \u00e9"));
    int at = indexOf(notUtf8, (byte) 0xC3);
    notUtf8[at + 1] = (byte) 0x28; // a lead byte without its continuation
    assertNull(fast(notUtf8));
    assertEquals(outcome(CERTIFICATES::parseGeneral, notUtf8), outcome(CERTIFICATES::parse, notUtf8));
  }

  @Example
  void limits_tighterThanTheDocument_leftToTheGeneralReader() {
    byte[] written = CERTIFICATES.write(CERTIFICATES.parse(VECTOR));

    assertNull(CertificateFastReader.read(written, 2, LIMITS.maxElements(), LIMITS.maxAttributes()));
    assertNull(CertificateFastReader.read(written, LIMITS.maxDepth(), 10, LIMITS.maxAttributes()));
    assertNull(CertificateFastReader.read(written, LIMITS.maxDepth(), LIMITS.maxElements(), 1));
    CertificateCodec shallow = CertificateCodec.create(new XmlLimits(1 << 20, 2, 20_000, 32));
    assertEquals(
        outcome(shallow::parseGeneral, written), outcome(shallow::parse, written));
  }

  // ---- edits that keep a document near the subset -------------------------------------------

  /** A textual edit at a relative position of the document. */
  record Edit(Kind kind, double at, int variant) {
    String apply(String text) {
      return kind.apply(text, at, variant);
    }
  }

  enum Kind {
    /** Removes all whitespace between tags. */
    COMPACT {
      @Override
      String apply(String t, double at, int v) {
        return t.replaceAll(">\\s+<", "><");
      }
    },
    /** Drops a line (an element, or the start or end of one). */
    DROP_LINE {
      @Override
      String apply(String t, double at, int v) {
        List<String> lines = new ArrayList<>(Arrays.asList(t.split("\n", -1)));
        lines.remove(index(lines.size(), at));
        return String.join("\n", lines);
      }
    },
    /** Repeats a line. */
    DUPLICATE_LINE {
      @Override
      String apply(String t, double at, int v) {
        List<String> lines = new ArrayList<>(Arrays.asList(t.split("\n", -1)));
        int i = index(lines.size(), at);
        lines.add(i, lines.get(i));
        return String.join("\n", lines);
      }
    },
    /** Swaps a line with the next: order of elements. */
    SWAP_LINES {
      @Override
      String apply(String t, double at, int v) {
        List<String> lines = new ArrayList<>(Arrays.asList(t.split("\n", -1)));
        if (lines.size() < 2) {
          return t;
        }
        int i = index(lines.size() - 1, at);
        String l = lines.get(i);
        lines.set(i, lines.get(i + 1));
        lines.set(i + 1, l);
        return String.join("\n", lines);
      }
    },
    /** Declares a prefix for the certificate namespace and uses it everywhere. */
    PREFIX {
      @Override
      String apply(String t, double at, int v) {
        String p = v % 2 == 0 ? "c" : "cert";
        return t.replace("xmlns=\"urn:eucert:certificate:1\"", "xmlns:" + p + "=\"urn:eucert:certificate:1\"")
            .replaceAll("<(/?)([A-Za-z]+)([ >/])", "<$1" + p + ":$2$3");
      }
    },
    /** Rewrites one value: padded, emptied, lengthened to a facet's bound, non-ASCII, escaped. */
    VALUE {
      @Override
      String apply(String t, double at, int v) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = SIMPLE.matcher(t);
        while (m.find()) {
          spans.add(new int[] {m.start(2), m.end(2)});
        }
        if (spans.isEmpty()) {
          return t;
        }
        int[] s = spans.get(index(spans.size(), at));
        String value = t.substring(s[0], s[1]);
        return t.substring(0, s[0]) + rewrite(value, v) + t.substring(s[1]);
      }
    },
    /** An empty-element tag for one element. */
    EMPTY_TAG {
      @Override
      String apply(String t, double at, int v) {
        Matcher m = SIMPLE.matcher(t);
        List<int[]> spans = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (m.find()) {
          spans.add(new int[] {m.start(), m.end()});
          names.add(m.group(1));
        }
        if (spans.isEmpty()) {
          return t;
        }
        int i = index(spans.size(), at);
        String tag = v % 2 == 0 ? "<" + names.get(i) + "/>" : "<" + names.get(i) + "></" + names.get(i) + ">";
        return t.substring(0, spans.get(i)[0]) + tag + t.substring(spans.get(i)[1]);
      }
    },
    /** Whitespace inside a tag, or an attribute on an element. */
    TAG {
      @Override
      String apply(String t, double at, int v) {
        Matcher m = SIMPLE.matcher(t);
        List<Integer> ends = new ArrayList<>();
        while (m.find()) {
          ends.add(m.start(2));
        }
        if (ends.isEmpty()) {
          return t;
        }
        int gt = ends.get(index(ends.size(), at)) - 1; // the '>' of a start tag
        String[] inserts = {" ", "\n\t", " name=\"p\"", " a=\"1\"", " xmlns:x=\"urn:x\""};
        return t.substring(0, gt) + inserts[Math.floorMod(v, inserts.length)] + t.substring(gt);
      }
    },
    /** The declaration: dropped, shortened, or another encoding named. */
    DECLARATION {
      @Override
      String apply(String t, double at, int v) {
        String d = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
        String[] other = {"", "<?xml version=\"1.0\"?>", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>", " " + d};
        return t.replace(d, other[Math.floorMod(v, other.length)]);
      }
    };

    abstract String apply(String text, double at, int variant);

    static int index(int size, double at) {
      return Math.max(0, Math.min(size - 1, (int) (at * size)));
    }

    static String rewrite(String value, int v) {
      switch (Math.floorMod(v, 12)) {
        case 0:
          return " " + value;
        case 1:
          return value + "\n";
        case 2:
          return "";
        case 3:
          return "a".repeat(80);
        case 4:
          return "a".repeat(81);
        case 5:
          return "x".repeat(200);
        case 6:
          return "x".repeat(1001);
        case 7:
          return value + "\u00e9\ud834\udd1e";
        case 8:
          return value.isEmpty() ? "&#x41;" : "&#" + (int) value.charAt(0) + ";" + value.substring(1);
        case 9:
          return value + "&amp;&lt;&gt;&quot;&apos;";
        case 10:
          return value.replace('-', '_') + "  x";
        default:
          return "\ud834\udd1e".repeat(1000);
      }
    }
  }

  @Provide
  Arbitrary<List<Edit>> edits() {
    return Combinators.combine(
            Arbitraries.of(Kind.class), Arbitraries.doubles().between(0, 1), Arbitraries.integers())
        .as(Edit::new)
        .list()
        .ofMinSize(0)
        .ofMaxSize(3);
  }

  @Provide
  Arbitrary<List<Mutations.Mutation>> mutations() {
    return Mutations.mutations().list().ofMinSize(1).ofMaxSize(3);
  }

  // ---- helpers -------------------------------------------------------------------------------

  private static Object fast(byte[] xml) {
    return CertificateFastReader.read(
        xml, LIMITS.maxDepth(), LIMITS.maxElements(), LIMITS.maxAttributes());
  }

  /** The content read, or the refusal's code: what a caller can tell apart. */
  private static Object outcome(Function<byte[], CertificateContent> reader, byte[] xml) {
    try {
      return reader.apply(xml);
    } catch (XmlFormatException e) {
      return "refused " + e.code();
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static int indexOf(byte[] bytes, byte b) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    throw new AssertionError("no such byte");
  }
}
