/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.xml;

import static org.eucert.core.xml.Documents.afterDeclaration;
import static org.eucert.core.xml.Documents.assertRefused;
import static org.eucert.core.xml.Documents.bytes;
import static org.eucert.core.xml.Documents.replaceOnce;
import static org.eucert.core.xml.Documents.utf8;
import static org.eucert.core.xml.TrustSamples.LOTLS;
import static org.eucert.core.xml.TrustSamples.STATUS_LISTS;
import static org.eucert.core.xml.TrustSamples.TRUST_LISTS;
import static org.eucert.core.xml.XmlFormatException.JSON_INVALID;
import static org.eucert.core.xml.XmlFormatException.XML_DOCTYPE_FORBIDDEN;
import static org.eucert.core.xml.XmlFormatException.XML_INVALID_CONTENT;
import static org.eucert.core.xml.XmlFormatException.XML_SCHEMA_INVALID;
import static org.eucert.core.xml.XmlFormatException.XML_TOO_DEEP;
import static org.eucert.core.xml.XmlFormatException.XML_TOO_LARGE;
import static org.eucert.core.xml.XmlFormatException.XML_UNKNOWN_NAMESPACE;
import static org.eucert.core.xml.XmlFormatException.XML_UNSUPPORTED_VERSION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Hostile and invalid input for the three trust data codecs, and their fixed layout. */
class TrustCodecsTest {

  /** One codec under test: its parser, a valid document, its root element and namespace. */
  record Case(
      String name,
      Function<byte[], Object> parse,
      Function<XmlLimits, Function<byte[], Object>> withLimits,
      String document,
      String root,
      String namespace) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> cases() {
    return Stream.of(
        new Case(
            "trust list",
            TRUST_LISTS::parse,
            l -> TrustListCodec.create(l)::parse,
            utf8(TRUST_LISTS.write(TrustSamples.trustList())),
            "trustList",
            TrustListCodec.NAMESPACE),
        new Case(
            "list of trust lists",
            LOTLS::parse,
            l -> ListOfTrustListsCodec.create(l)::parse,
            utf8(LOTLS.write(TrustSamples.lotl())),
            "listOfTrustLists",
            ListOfTrustListsCodec.NAMESPACE),
        new Case(
            "status list",
            STATUS_LISTS::parse,
            l -> StatusListCodec.create(l)::parse,
            utf8(STATUS_LISTS.write(TrustSamples.statusList())),
            "statusList",
            StatusListCodec.NAMESPACE));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void parse_validSample_readsBackEqualToWhatWasWritten(Case c) {
    Object parsed = c.parse().apply(bytes(c.document()));
    assertTrue(parsed != null);
    assertTrue(c.document().contains("<" + c.root() + " xmlns=\"" + c.namespace() + "\""));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void parse_externalEntity_refusedWithDoctypeForbidden(Case c) {
    String doc =
        replaceOnce(
            afterDeclaration(
                c.document(),
                "<!DOCTYPE " + c.root() + " [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"),
            "<issued>",
            "&xxe;<issued>");

    assertRefused(XML_DOCTYPE_FORBIDDEN, () -> c.parse().apply(bytes(doc)));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void parse_anyDoctype_refusedWithDoctypeForbidden(Case c) {
    String doc = afterDeclaration(c.document(), "<!DOCTYPE " + c.root() + ">");

    assertRefused(XML_DOCTYPE_FORBIDDEN, () -> c.parse().apply(bytes(doc)));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void parse_billionLaughs_refusedWithDoctypeForbidden(Case c) {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE " + c.root() + " [<!ENTITY lol0 \"lol\">");
    for (int i = 1; i < 10; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"");
      dtd.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
    }
    dtd.append("]>");
    String doc =
        replaceOnce(afterDeclaration(c.document(), dtd.toString()), "<issued>", "&lol9;<issued>");

    assertRefused(XML_DOCTYPE_FORBIDDEN, () -> c.parse().apply(bytes(doc)));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void parse_largerThanLimit_refusedWithTooLarge(Case c) {
    String padded = replaceOnce(c.document(), "<issued>", "<!--" + "x".repeat(17 << 20) + "-->");

    assertRefused(XML_TOO_LARGE, () -> c.parse().apply(bytes(padded)));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void parse_moreElementsThanLimit_refusedWithTooLarge(Case c) {
    assertRefused(
        XML_TOO_LARGE,
        () -> c.withLimits().apply(new XmlLimits(1 << 20, 32, 5, 32)).apply(bytes(c.document())));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void parse_deeperThanLimit_refusedWithTooDeep(Case c) {
    assertRefused(
        XML_TOO_DEEP,
        () -> c.withLimits().apply(new XmlLimits(1 << 20, 2, 10_000, 32)).apply(bytes(c.document())));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void parse_deepBomb_refusedPromptly(Case c) {
    String bomb = "<a>".repeat(50_000) + "</a>".repeat(50_000);
    String doc = replaceOnce(c.document(), "<issued>", bomb + "<issued>");

    XmlFormatException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            XmlFormatException.class, () -> c.parse().apply(bytes(doc)));
    assertTrue(
        e.code().equals(XML_SCHEMA_INVALID) || e.code().equals(XML_TOO_DEEP),
        () -> "unexpected code " + e.code());
  }

  @ParameterizedTest
  @MethodSource("cases")
  void parse_version2Namespace_refusedWithUnsupportedVersion(Case c) {
    String doc =
        replaceOnce(c.document(), c.namespace(), c.namespace().replaceAll(":1$", ":2"));

    assertRefused(XML_UNSUPPORTED_VERSION, () -> c.parse().apply(bytes(doc)));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void parse_unknownNamespace_refusedWithUnknownNamespace(Case c) {
    String doc = replaceOnce(c.document(), c.namespace(), "urn:x:other");

    assertRefused(XML_UNKNOWN_NAMESPACE, () -> c.parse().apply(bytes(doc)));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void parse_unknownElement_refusedWithSchemaInvalid(Case c) {
    String doc = replaceOnce(c.document(), "<issued>", "<published>x</published><issued>");

    assertRefused(XML_SCHEMA_INVALID, () -> c.parse().apply(bytes(doc)));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void parse_zeroSequence_refusedWithSchemaInvalid(Case c) {
    String doc = c.document().replaceFirst("<sequence>[0-9]+</sequence>", "<sequence>0</sequence>");

    assertRefused(XML_SCHEMA_INVALID, () -> c.parse().apply(bytes(doc)));
  }

  @Test
  void parse_otherDocumentKind_refusedWithUnknownNamespace() {
    assertRefused(
        XML_UNKNOWN_NAMESPACE, () -> TRUST_LISTS.parse(LOTLS.write(TrustSamples.lotl())));
    assertRefused(
        XML_UNKNOWN_NAMESPACE,
        () -> STATUS_LISTS.parse(TRUST_LISTS.write(TrustSamples.trustList())));
  }

  @Test
  void parse_trustListWithRepeatedBody_refusedWithSchemaInvalid() {
    String doc = utf8(TRUST_LISTS.write(TrustSamples.trustList()));
    String twice = doc.replace("<id>NL-CB-1</id>", "<id>NL-ITSEF-1</id>");

    assertRefused(XML_SCHEMA_INVALID, () -> TRUST_LISTS.parse(bytes(twice)));
  }

  @Test
  void parse_trustListWithoutItsNcca_refusedWithInvalidContent() {
    String doc = utf8(TRUST_LISTS.write(TrustSamples.trustList()));
    String other = replaceOnce(doc, "<issuingNcca>NL-NCCA</issuingNcca>", "<issuingNcca>X</issuingNcca>");

    assertRefused(XML_INVALID_CONTENT, () -> TRUST_LISTS.parse(bytes(other)));
  }

  @Test
  void parse_nextUpdateBeforeIssue_refusedWithInvalidContent() {
    String doc = utf8(LOTLS.write(TrustSamples.lotl()));
    String early =
        doc.replaceFirst("<nextUpdate>[^<]+</nextUpdate>", "<nextUpdate>2000-01-01T00:00:00Z</nextUpdate>");

    assertRefused(XML_INVALID_CONTENT, () -> LOTLS.parse(bytes(early)));
  }

  @Test
  void parse_pointerLocationOfAnotherMemberState_refusedWithInvalidContent() {
    String doc = utf8(LOTLS.write(TrustSamples.lotl()));
    String wrong = replaceOnce(doc, "<location>lists/DE.p7m</location>", "<location>lists/NL.p7m</location>");

    // the XSD cannot relate two elements' values; the model refuses: pointer location must match
    assertRefused(XML_INVALID_CONTENT, () -> LOTLS.parse(bytes(wrong)));
  }

  @Test
  void parse_statusEntriesOutOfOrder_refusedWithInvalidContent() {
    String doc = utf8(STATUS_LISTS.write(TrustSamples.statusList()));
    String swapped =
        doc.replace("EUCC-3110-2026-0001", "TMP").replace("EUCC-3110-2026-0002", "EUCC-3110-2026-0001")
            .replace("TMP", "EUCC-3110-2026-0002");

    assertRefused(XML_INVALID_CONTENT, () -> STATUS_LISTS.parse(bytes(swapped)));
  }

  @Test
  void parse_repeatedStatusEntry_refusedWithInvalidContent() {
    String doc = utf8(STATUS_LISTS.write(TrustSamples.statusList()));
    String repeated = doc.replace("EUCC-3110-2026-0002", "EUCC-3110-2026-0001");

    assertRefused(XML_INVALID_CONTENT, () -> STATUS_LISTS.parse(bytes(repeated)));
  }

  @Test
  void parse_eventAfterWithdrawal_refusedWithInvalidContent() {
    String doc = utf8(STATUS_LISTS.write(TrustSamples.statusList()));
    String after =
        doc.replaceFirst(
            "(<reason>HOLDER_REQUEST</reason>\\s*</event>)",
            "$1<event><kind>REINSTATED</kind><at>2027-01-01T00:00:00Z</at></event>");
    assertTrue(!after.equals(doc), "the sample has a withdrawal to follow");

    assertRefused(XML_INVALID_CONTENT, () -> STATUS_LISTS.parse(bytes(after)));
  }

  @Test
  void parseJson_unknownField_refusedWithJsonInvalid() {
    String json = utf8(STATUS_LISTS.writeJson(TrustSamples.statusList()));
    String extra = json.replaceFirst("\\{", "{\"extra\":1,");

    assertRefused(JSON_INVALID, () -> STATUS_LISTS.parseJson(bytes(extra)));
  }

  @Test
  void parseJson_wrongEnumSpelling_refusedWithJsonInvalid() {
    String json = utf8(TRUST_LISTS.writeJson(TrustSamples.trustList()));
    String lower = json.replace("\"CERTIFICATION_BODY\"", "\"certification_body\"");
    assertTrue(!lower.equals(json));

    assertRefused(JSON_INVALID, () -> TRUST_LISTS.parseJson(bytes(lower)));
  }

  @Test
  void write_sameRecordTwice_sameBytes() {
    assertEquals(
        utf8(TRUST_LISTS.write(TrustSamples.trustList())),
        utf8(TRUST_LISTS.write(TrustSamples.trustList())));
    assertEquals(
        utf8(STATUS_LISTS.writeJson(TrustSamples.statusList())),
        utf8(STATUS_LISTS.writeJson(TrustSamples.statusList())));
  }
}
