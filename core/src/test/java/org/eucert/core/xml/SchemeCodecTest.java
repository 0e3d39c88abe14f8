/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.xml;

import static org.eucert.core.xml.Documents.SCHEMES;
import static org.eucert.core.xml.Documents.afterDeclaration;
import static org.eucert.core.xml.Documents.assertRefused;
import static org.eucert.core.xml.Documents.assertValid;
import static org.eucert.core.xml.Documents.bytes;
import static org.eucert.core.xml.Documents.replaceOnce;
import static org.eucert.core.xml.Documents.utf8;
import static org.eucert.core.xml.XmlFormatException.JSON_INVALID;
import static org.eucert.core.xml.XmlFormatException.JSON_TOO_DEEP;
import static org.eucert.core.xml.XmlFormatException.JSON_TOO_LARGE;
import static org.eucert.core.xml.XmlFormatException.XML_DOCTYPE_FORBIDDEN;
import static org.eucert.core.xml.XmlFormatException.XML_INVALID_CONTENT;
import static org.eucert.core.xml.XmlFormatException.XML_NOT_REPRESENTABLE;
import static org.eucert.core.xml.XmlFormatException.XML_NOT_WELL_FORMED;
import static org.eucert.core.xml.XmlFormatException.XML_SCHEMA_INVALID;
import static org.eucert.core.xml.XmlFormatException.XML_TOO_DEEP;
import static org.eucert.core.xml.XmlFormatException.XML_TOO_LARGE;
import static org.eucert.core.xml.XmlFormatException.XML_UNKNOWN_NAMESPACE;
import static org.eucert.core.xml.XmlFormatException.XML_UNSUPPORTED_VERSION;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.Optional;
import org.eucert.core.model.AssuranceLevel;
import org.eucert.core.model.CertificateIdPattern;
import org.eucert.core.model.LevelRule;
import org.eucert.core.model.SchemeElement;
import org.eucert.core.model.SchemeId;
import org.eucert.core.model.SchemeStatus;
import org.eucert.core.model.SchemeVersion;
import org.eucert.core.model.StandardReference;
import org.eucert.core.time.Timeline;
import org.junit.jupiter.api.Test;

/**
 * {@link SchemeCodec}: the EUCC scheme data, the written form, and hostile input to both parsers.
 * API-level: uses only the public API.
 */
class SchemeCodecTest {
  private static final String EUCC = Documents.text("vectors/xml/scheme-eucc.xml");

  // ------------------------------------------------------------------ reading and writing

  @Test
  void parse_euccVector_readsEveryPart() {
    SchemeVersion s = SCHEMES.parse(bytes(EUCC));

    assertEquals(SchemeId.of("EUCC"), s.schemeId());
    assertEquals("2025-2462", s.version());
    assertEquals(3, s.legalBasis().size());
    assertEquals(
        Optional.of(SchemeStatus.ADOPTED), s.statusAt(Instant.parse("2024-02-27T00:00:00Z")));
    assertEquals(Optional.of(LocalDate.of(2025, 2, 27)), s.applicableFrom());
    assertTrue(s.isComplete());
    LevelRule high = s.level(AssuranceLevel.HIGH).orElseThrow();
    assertEquals(Optional.of(Period.ofYears(5)), high.maxValidity());
    assertTrue(high.authorisationRequired());
    assertEquals(5, s.evaluationLevels().size());
    assertTrue(s.evaluationLevel("AVA_VAN.4").orElseThrow().restricted());
    assertEquals(
        Optional.of(LocalDate.of(2027, 12, 31)), s.standard("CC_3_1_R5").orElseThrow().lastIssueDate());
    assertEquals(
        Optional.of("AVA_VAN.5"),
        s.protectionProfile("EN 419221-5:2018").orElseThrow().highestEvaluationLevel());
    assertEquals(
        Optional.of(CertificateIdPattern.of(CertificateIdPattern.EUCC_DEFAULT)),
        s.certificateIdPattern());
    assertEquals(5, s.notes().size());
  }

  @Test
  void write_euccVector_validAgainstXsdAndReadsBackEqual() {
    SchemeVersion s = SCHEMES.parse(bytes(EUCC));

    byte[] xml = SCHEMES.write(s);

    assertValid(Documents.independentSchema(SchemeCodec.XSD_RESOURCE), xml);
    assertEquals(s, SCHEMES.parse(xml));
  }

  @Test
  void write_sameScheme_sameBytesInDefaultNamespace() {
    SchemeVersion s = SCHEMES.parse(bytes(EUCC));

    byte[] first = SCHEMES.write(s);
    byte[] second = SchemeCodec.create().write(SCHEMES.parse(first));

    assertArrayEquals(first, second);
    assertTrue(
        utf8(first).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<scheme xmlns=\"urn:eucert:scheme:1\""),
        utf8(first));
  }

  @Test
  void writeJson_euccVector_readsBackEqual() {
    SchemeVersion s = SCHEMES.parse(bytes(EUCC));

    assertEquals(s, SCHEMES.parseJson(SCHEMES.writeJson(s)));
  }

  @Test
  void write_codeWithRepeatedSpaces_refusedWithNotRepresentable() {
    SchemeVersion s =
        minimal().addStandard(StandardReference.of("CC  2022", "Common Criteria")).build();

    assertRefused(XML_NOT_REPRESENTABLE, () -> SCHEMES.write(s));
    assertRefused(XML_NOT_REPRESENTABLE, () -> SCHEMES.writeJson(s));
  }

  @Test
  void write_textWithNulCharacter_refusedWithNotRepresentable() {
    SchemeVersion s = minimal().title("EUCC\u0000").build();

    assertRefused(XML_NOT_REPRESENTABLE, () -> SCHEMES.write(s));
    assertRefused(XML_NOT_REPRESENTABLE, () -> SCHEMES.writeJson(s));
  }

  @Test
  void write_textLongerThanXsdAllows_refusedWithNotRepresentable() {
    SchemeVersion s = minimal().element(SchemeElement.B_PURPOSE, "x".repeat(20_001)).build();

    assertRefused(XML_NOT_REPRESENTABLE, () -> SCHEMES.write(s));
  }

  @Test
  void publicApi_nullArguments_throwNullPointerException() {
    new NullPointerTester().testAllPublicStaticMethods(SchemeCodec.class);
    new NullPointerTester().testAllPublicInstanceMethods(SCHEMES);
  }

  // ------------------------------------------------------------------ hostile XML

  @Test
  void parse_externalEntity_refusedWithDoctypeForbidden() {
    String xxe =
        replaceOnce(
            afterDeclaration(
                EUCC, "<!DOCTYPE scheme [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"),
            "<title>EUCC:",
            "<title>&xxe;");

    assertRefused(XML_DOCTYPE_FORBIDDEN, () -> SCHEMES.parse(bytes(xxe)));
  }

  @Test
  void parse_externalParameterEntity_refusedWithDoctypeForbidden() {
    String doc =
        afterDeclaration(
            EUCC, "<!DOCTYPE scheme [<!ENTITY % p SYSTEM \"http://127.0.0.1:9/evil.dtd\"> %p;]>");

    assertRefused(XML_DOCTYPE_FORBIDDEN, () -> SCHEMES.parse(bytes(doc)));
  }

  @Test
  void parse_billionLaughs_refusedWithDoctypeForbidden() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE scheme [<!ENTITY lol0 \"lol\">");
    for (int i = 1; i < 10; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"");
      dtd.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
    }
    dtd.append("]>");
    String doc = replaceOnce(afterDeclaration(EUCC, dtd.toString()), "<title>EUCC:", "<title>&lol9;");

    assertRefused(XML_DOCTYPE_FORBIDDEN, () -> SCHEMES.parse(bytes(doc)));
  }

  @Test
  void parse_doctypeWithoutSubset_refusedWithDoctypeForbidden() {
    assertRefused(
        XML_DOCTYPE_FORBIDDEN,
        () -> SCHEMES.parse(bytes(afterDeclaration(EUCC, "<!DOCTYPE scheme>"))));
  }

  @Test
  void parse_doctypeWithSystemId_refusedWithDoctypeForbidden() {
    assertRefused(
        XML_DOCTYPE_FORBIDDEN,
        () ->
            SCHEMES.parse(
                bytes(afterDeclaration(EUCC, "<!DOCTYPE scheme SYSTEM \"http://127.0.0.1:9/s.dtd\">"))));
  }

  @Test
  void parse_doctypeWithPublicId_refusedWithDoctypeForbidden() {
    assertRefused(
        XML_DOCTYPE_FORBIDDEN,
        () ->
            SCHEMES.parse(
                bytes(
                    afterDeclaration(
                        EUCC, "<!DOCTYPE scheme PUBLIC \"-//X//DTD X//EN\" \"scheme.dtd\">"))));
  }

  @Test
  void parse_undeclaredEntity_refusedWithNotWellFormed() {
    String doc = replaceOnce(EUCC, "<title>EUCC:", "<title>&undeclared;");

    assertRefused(XML_NOT_WELL_FORMED, () -> SCHEMES.parse(bytes(doc)));
  }

  @Test
  void parse_largerThanDefaultLimit_refusedWithTooLarge() {
    byte[] huge = new byte[XmlLimits.schemeDefaults().maxBytes() + 1];
    Arrays.fill(huge, (byte) ' ');
    byte[] head = bytes(EUCC);
    System.arraycopy(head, 0, huge, 0, head.length);

    assertRefused(XML_TOO_LARGE, () -> SCHEMES.parse(huge));
  }

  @Test
  void parse_moreElementsThanLimit_refusedWithTooLarge() {
    SchemeCodec small = SchemeCodec.create(new XmlLimits(1 << 20, 32, 50, 32));

    assertRefused(XML_TOO_LARGE, () -> small.parse(bytes(EUCC)));
  }

  @Test
  void parse_moreAttributesThanLimit_refusedWithTooLarge() {
    SchemeCodec small = SchemeCodec.create(new XmlLimits(1 << 20, 32, 10_000, 3));

    // evaluationLevel elements have four or five attributes
    assertRefused(XML_TOO_LARGE, () -> small.parse(bytes(EUCC)));
  }

  @Test
  void parse_deeperThanLimit_refusedWithTooDeep() {
    SchemeCodec shallow = SchemeCodec.create(new XmlLimits(1 << 20, 2, 10_000, 32));

    // scheme/objectTypes/objectType is three deep
    assertRefused(XML_TOO_DEEP, () -> shallow.parse(bytes(EUCC)));
  }

  @Test
  void parse_deeplyNestedElements_refusedAtTheFirstUnexpectedElement() {
    // the XSD bounds the depth of a valid document, so a deep bomb fails validation at its first
    // element, long before the depth limit; what matters is a prompt, declared refusal
    String bomb = "<a>".repeat(100_000) + "</a>".repeat(100_000);
    String doc = replaceOnce(EUCC, "<title>", bomb + "<title>");

    assertRefused(XML_SCHEMA_INVALID, () -> SCHEMES.parse(bytes(doc)));
  }

  @Test
  void parse_unknownNamespace_refusedWithUnknownNamespace() {
    String doc = replaceOnce(EUCC, "urn:eucert:scheme:1", "urn:example:scheme");

    assertRefused(XML_UNKNOWN_NAMESPACE, () -> SCHEMES.parse(bytes(doc)));
  }

  @Test
  void parse_noNamespace_refusedWithUnknownNamespace() {
    String doc = replaceOnce(EUCC, " xmlns=\"urn:eucert:scheme:1\"", "");

    assertRefused(XML_UNKNOWN_NAMESPACE, () -> SCHEMES.parse(bytes(doc)));
  }

  @Test
  void parse_version2Namespace_refusedWithUnsupportedVersion() {
    String doc = replaceOnce(EUCC, "urn:eucert:scheme:1", "urn:eucert:scheme:2");

    assertRefused(XML_UNSUPPORTED_VERSION, () -> SCHEMES.parse(bytes(doc)));
  }

  @Test
  void parse_certificateDocument_refusedWithUnknownNamespace() {
    assertRefused(
        XML_UNKNOWN_NAMESPACE,
        () -> SCHEMES.parse(Documents.resource("vectors/xml/certificate-eucc.xml")));
  }

  @Test
  void parse_foreignElementInside_refusedWithUnknownNamespace() {
    String doc = replaceOnce(EUCC, "<title>", "<x:extra xmlns:x=\"urn:example\"/><title>");

    assertRefused(XML_UNKNOWN_NAMESPACE, () -> SCHEMES.parse(bytes(doc)));
  }

  @Test
  void parse_unknownElement_refusedWithSchemaInvalid() {
    String doc = replaceOnce(EUCC, "<applicableFrom>", "<appliesFrom>2025-01-01</appliesFrom><applicableFrom>");

    assertRefused(XML_SCHEMA_INVALID, () -> SCHEMES.parse(bytes(doc)));
  }

  @Test
  void parse_unknownAttribute_refusedWithSchemaInvalid() {
    String doc = replaceOnce(EUCC, "id=\"EUCC\"", "id=\"EUCC\" owner=\"ENISA\"");

    assertRefused(XML_SCHEMA_INVALID, () -> SCHEMES.parse(bytes(doc)));
  }

  @Test
  void parse_missingRequiredElement_refusedWithSchemaInvalid() {
    String doc =
        replaceOnce(
            EUCC,
            "<title>EUCC: Common Criteria based European cybersecurity certification scheme</title>",
            "");

    assertRefused(XML_SCHEMA_INVALID, () -> SCHEMES.parse(bytes(doc)));
  }

  @Test
  void parse_repeatedElement_refusedWithSchemaInvalid() {
    String doc = replaceOnce(EUCC, "<title>", "<title>Second title</title><title>");

    assertRefused(XML_SCHEMA_INVALID, () -> SCHEMES.parse(bytes(doc)));
  }

  @Test
  void parse_repeatedSetValue_refusedWithSchemaInvalid() {
    String doc =
        replaceOnce(
            EUCC,
            "<objectType>ICT_PRODUCT</objectType>",
            "<objectType>ICT_PRODUCT</objectType><objectType>ICT_PRODUCT</objectType>");

    assertRefused(XML_SCHEMA_INVALID, () -> SCHEMES.parse(bytes(doc)));
  }

  @Test
  void parse_repeatedElementName_refusedWithSchemaInvalid() {
    String doc =
        replaceOnce(
            EUCC,
            "<element name=\"B_PURPOSE\">",
            "<element name=\"A_SUBJECT_MATTER_AND_SCOPE\">");

    assertRefused(XML_SCHEMA_INVALID, () -> SCHEMES.parse(bytes(doc)));
  }

  @Test
  void parse_wrongEnumSpelling_refusedWithSchemaInvalid() {
    String doc = replaceOnce(EUCC, ">ADOPTED</status>", ">Adopted</status>");

    assertRefused(XML_SCHEMA_INVALID, () -> SCHEMES.parse(bytes(doc)));
  }

  @Test
  void parse_xsiTypeAttribute_refusedWithSchemaInvalid() {
    String doc =
        replaceOnce(
            EUCC,
            "<title>",
            "<title xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:type=\"xs:string\">");

    assertRefused(XML_SCHEMA_INVALID, () -> SCHEMES.parse(bytes(doc)));
  }

  @Test
  void parse_dateWithZone_refusedWithSchemaInvalid() {
    String doc = replaceOnce(EUCC, "2025-02-27<", "2025-02-27+01:00<");

    assertRefused(XML_SCHEMA_INVALID, () -> SCHEMES.parse(bytes(doc)));
  }

  @Test
  void parse_instantWithoutZ_refusedWithSchemaInvalid() {
    String doc = replaceOnce(EUCC, "2024-02-26T23:00:00Z", "2024-02-27T00:00:00+01:00");

    assertRefused(XML_SCHEMA_INVALID, () -> SCHEMES.parse(bytes(doc)));
  }

  @Test
  void parse_durationWithTime_refusedWithSchemaInvalid() {
    String doc = replaceOnce(EUCC, "<maxValidity>P5Y</maxValidity>", "<maxValidity>PT5H</maxValidity>");

    assertRefused(XML_SCHEMA_INVALID, () -> SCHEMES.parse(bytes(doc)));
  }

  @Test
  void parse_repeatedRequirementLevel_refusedWithInvalidContent() {
    String doc =
        replaceOnce(
            EUCC,
            "<technicalDomains>",
            "<requirements><requirement id=\"R1\" levels=\"HIGH HIGH\"><text>t</text></requirement>"
                + "</requirements><technicalDomains>");

    assertRefused(XML_INVALID_CONTENT, () -> SCHEMES.parse(bytes(doc)));
  }

  @Test
  void parse_statusesNotInTimeOrder_refusedWithInvalidContent() {
    String doc =
        replaceOnce(
            EUCC,
            "<status from=\"2024-02-26T23:00:00Z\">ADOPTED</status>",
            "<status from=\"2024-02-26T23:00:00Z\">ADOPTED</status>"
                + "<status from=\"2020-01-01T00:00:00Z\">CANDIDATE</status>");

    assertRefused(XML_INVALID_CONTENT, () -> SCHEMES.parse(bytes(doc)));
  }

  @Test
  void parse_badCertificateIdPattern_refusedWithInvalidContent() {
    String doc = replaceOnce(EUCC, "{seq:4}", "{sequence}");

    assertRefused(XML_INVALID_CONTENT, () -> SCHEMES.parse(bytes(doc)));
  }

  @Test
  void parse_invalidUtf8_refusedWithNotWellFormed() {
    byte[] doc = bytes(replaceOnce(EUCC, "<title>EUCC:", "<title>@@:"));
    int at = utf8(doc).indexOf("@@:");
    doc[at] = (byte) 0xC3; // a lead byte followed by '@': not UTF-8
    byte[] broken = doc;

    assertRefused(XML_NOT_WELL_FORMED, () -> SCHEMES.parse(broken));
  }

  @Test
  void parse_garbage_refusedWithNotWellFormed() {
    byte[] garbage = {(byte) 0x80, 0x00, (byte) 0xFF, 0x13, 0x37, (byte) 0xC0, (byte) 0xAF, 0x3C};

    assertRefused(XML_NOT_WELL_FORMED, () -> SCHEMES.parse(garbage));
  }

  @Test
  void parse_empty_refusedWithNotWellFormed() {
    assertRefused(XML_NOT_WELL_FORMED, () -> SCHEMES.parse(new byte[0]));
  }

  @Test
  void parse_truncated_refusedWithNotWellFormed() {
    byte[] doc = bytes(EUCC);
    byte[] truncated = Arrays.copyOf(doc, doc.length / 2);

    assertRefused(XML_NOT_WELL_FORMED, () -> SCHEMES.parse(truncated));
  }

  @Test
  void parse_notWellFormed_reportsLineAndColumn() {
    String doc = replaceOnce(EUCC, "<title>", "<title><");

    XmlFormatException e = assertRefused(XML_NOT_WELL_FORMED, () -> SCHEMES.parse(bytes(doc)));

    assertTrue(e.line().isPresent() && e.column().isPresent(), e.getMessage());
  }

  // ------------------------------------------------------------------ hostile JSON

  private static String json() {
    return utf8(SCHEMES.writeJson(SCHEMES.parse(bytes(EUCC))));
  }

  @Test
  void parseJson_garbage_refusedWithJsonInvalid() {
    assertRefused(JSON_INVALID, () -> SCHEMES.parseJson(bytes("{\"scheme\": [1, 2,,]")));
  }

  @Test
  void parseJson_xmlDocument_refusedWithJsonInvalid() {
    assertRefused(JSON_INVALID, () -> SCHEMES.parseJson(bytes(EUCC)));
  }

  @Test
  void parseJson_empty_refusedWithJsonInvalid() {
    assertRefused(JSON_INVALID, () -> SCHEMES.parseJson(new byte[0]));
  }

  @Test
  void parseJson_topLevelArray_refusedWithJsonInvalid() {
    assertRefused(JSON_INVALID, () -> SCHEMES.parseJson(bytes("[" + json() + "]")));
  }

  @Test
  void parseJson_largerThanLimit_refusedWithJsonTooLarge() {
    SchemeCodec small = SchemeCodec.create(new XmlLimits(1000, 32, 1000, 32));

    assertRefused(JSON_TOO_LARGE, () -> small.parseJson(bytes(json())));
  }

  @Test
  void parseJson_deeplyNested_refusedWithJsonTooDeep() {
    String bomb = "[".repeat(100_000) + "]".repeat(100_000);
    String doc = replaceOnce(json(), "\"title\":", "\"bomb\":" + bomb + ",\"title\":");

    assertRefused(JSON_TOO_DEEP, () -> SCHEMES.parseJson(bytes(doc)));
  }

  @Test
  void parseJson_unknownField_refusedWithJsonInvalid() {
    String doc = replaceOnce(json(), "\"title\":", "\"owner\":\"ENISA\",\"title\":");

    assertRefused(JSON_INVALID, () -> SCHEMES.parseJson(bytes(doc)));
  }

  @Test
  void parseJson_numberAsString_refusedWithJsonInvalid() {
    String doc = replaceOnce(json(), "\"rank\":1", "\"rank\":\"1\"");

    assertRefused(JSON_INVALID, () -> SCHEMES.parseJson(bytes(doc)));
  }

  @Test
  void parseJson_booleanAsNumber_refusedWithJsonInvalid() {
    String doc = replaceOnce(json(), "\"restricted\":true", "\"restricted\":1");

    assertRefused(JSON_INVALID, () -> SCHEMES.parseJson(bytes(doc)));
  }

  @Test
  void parseJson_objectForString_refusedWithJsonInvalid() {
    String doc = replaceOnce(json(), "\"version\":\"2025-2462\"", "\"version\":{\"major\":2025}");

    assertRefused(JSON_INVALID, () -> SCHEMES.parseJson(bytes(doc)));
  }

  @Test
  void parseJson_singleValueForList_refusedWithJsonInvalid() {
    String doc =
        replaceOnce(
            json(),
            "\"objectTypes\":[\"ICT_PRODUCT\",\"PROTECTION_PROFILE\"]",
            "\"objectTypes\":\"ICT_PRODUCT\"");

    assertRefused(JSON_INVALID, () -> SCHEMES.parseJson(bytes(doc)));
  }

  @Test
  void parseJson_nullValue_refusedWithJsonInvalid() {
    String doc = replaceOnce(json(), "\"applicableFrom\":\"2025-02-27\"", "\"applicableFrom\":null");

    assertRefused(JSON_INVALID, () -> SCHEMES.parseJson(bytes(doc)));
  }

  @Test
  void parseJson_repeatedKey_refusedWithJsonInvalid() {
    String doc = replaceOnce(json(), "\"title\":", "\"title\":\"First\",\"title\":");

    assertRefused(JSON_INVALID, () -> SCHEMES.parseJson(bytes(doc)));
  }

  @Test
  void parseJson_missingRequiredField_refusedWithJsonInvalid() {
    String doc =
        replaceOnce(
            json(),
            "\"title\":\"EUCC: Common Criteria based European cybersecurity certification scheme\",",
            "");

    assertRefused(JSON_INVALID, () -> SCHEMES.parseJson(bytes(doc)));
  }

  @Test
  void parseJson_wrongEnumSpelling_refusedWithJsonInvalid() {
    String doc = replaceOnce(json(), "\"value\":\"ADOPTED\"", "\"value\":\"Adopted\"");

    assertRefused(JSON_INVALID, () -> SCHEMES.parseJson(bytes(doc)));
  }

  @Test
  void parseJson_repeatedSetValue_refusedWithJsonInvalid() {
    String doc =
        replaceOnce(
            json(),
            "\"objectTypes\":[\"ICT_PRODUCT\",",
            "\"objectTypes\":[\"ICT_PRODUCT\",\"ICT_PRODUCT\",");

    assertRefused(JSON_INVALID, () -> SCHEMES.parseJson(bytes(doc)));
  }

  @Test
  void parseJson_contentTheModelRefuses_refusedWithJsonInvalid() {
    String doc = replaceOnce(json(), "{seq:4}", "{sequence}");

    assertRefused(JSON_INVALID, () -> SCHEMES.parseJson(bytes(doc)));
  }

  @Test
  void parseJson_invalidUtf8_refusedWithJsonInvalid() {
    byte[] doc = bytes(json());
    doc[doc.length / 2] = (byte) 0xFF;

    assertRefused(JSON_INVALID, () -> SCHEMES.parseJson(doc));
  }

  @Test
  void parseJson_characterXmlCannotCarry_refusedWithJsonInvalid() {
    String doc = replaceOnce(json(), "\"title\":\"EUCC:", "\"title\":\"EUCC\\u0001:");

    assertRefused(JSON_INVALID, () -> SCHEMES.parseJson(bytes(doc)));
  }

  @Test
  void parseJson_trailingText_refusedWithJsonInvalid() {
    assertRefused(JSON_INVALID, () -> SCHEMES.parseJson(bytes(json() + " {}")));
  }

  private static SchemeVersion.Builder minimal() {
    return SchemeVersion.builder()
        .schemeId(SchemeId.of("TEST"))
        .version("1")
        .title("Test scheme")
        .statusHistory(Timeline.starting(SchemeStatus.CANDIDATE, Instant.parse("2026-01-01T00:00:00Z")));
  }
}
