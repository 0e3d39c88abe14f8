/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.xml;

import static org.eucert.core.xml.Documents.CERTIFICATES;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.validation.Schema;
import org.eucert.core.model.AssuranceLevel;
import org.eucert.core.model.AssurancePackageKind;
import org.eucert.core.model.BodyId;
import org.eucert.core.model.CertificateContent;
import org.eucert.core.model.CertificateId;
import org.eucert.core.model.EuccPart;
import org.eucert.core.model.GenericPart;
import org.junit.jupiter.api.Test;

/**
 * {@link CertificateCodec}: the vectors, the written form, and hostile input to both parsers.
 * API-level: uses only the public API.
 */
class CertificateCodecTest {
  private static final String EUCC = Documents.text("vectors/xml/certificate-eucc.xml");
  private static final String GENERIC = Documents.text("vectors/xml/certificate-generic.xml");
  private static final Schema XSD =
      Documents.independentSchema(CertificateCodec.EUCC_XSD_RESOURCE, CertificateCodec.XSD_RESOURCE);

  // ------------------------------------------------------------------ reading and writing

  @Test
  void parse_euccVector_readsEveryComponent() {
    CertificateContent c = CERTIFICATES.parse(bytes(EUCC));

    assertEquals(CertificateId.of("EUCC-3110-2026-05-0042"), c.id());
    assertEquals("2025-2462", c.schemeVersion());
    assertEquals(List.of("1.0", "1.0.1"), c.object().versions());
    assertEquals(
        Optional.of("The whole product, including its cryptographic library & boot loader."),
        c.object().scope());
    assertEquals(BodyId.of("NL-TRUSTCB"), c.issuer().id());
    assertEquals(Optional.of("3110"), c.issuer().notifiedBodyNumber());
    assertEquals(BodyId.of("NL-LAB"), c.itsef().orElseThrow().id());
    assertEquals(AssuranceLevel.HIGH, c.assuranceLevel());
    assertEquals(List.of("CC_2022", "CEM_2022"), c.standards());
    assertEquals(Instant.parse("2026-05-04T09:30:00.123456Z"), c.issuedAt());
    assertEquals(LocalDate.of(2031, 5, 3), c.validUntil());
    EuccPart eucc = (EuccPart) c.schemePart().orElseThrow();
    assertEquals(AssurancePackageKind.EAL_AUGMENTED, eucc.packageKind());
    assertEquals(List.of("ALC_DVS.2", "AVA_VAN.5"), eucc.augmentations());
    assertEquals(Optional.of("SMART_CARDS_AND_SIMILAR_DEVICES"), eucc.technicalDomain());
  }

  @Test
  void parse_genericVector_readsPropertiesInOrder() {
    CertificateContent c = CERTIFICATES.parse(bytes(GENERIC));

    GenericPart part = (GenericPart) c.schemePart().orElseThrow();
    assertEquals(
        List.of("serviceModel", "dataLocation", "note"), List.copyOf(part.properties().keySet()));
    assertEquals("", part.properties().get("note"));
  }

  @Test
  void write_vectors_validAgainstXsdAndReadBackEqual() {
    for (String vector : List.of(EUCC, GENERIC)) {
      CertificateContent c = CERTIFICATES.parse(bytes(vector));

      byte[] xml = CERTIFICATES.write(c);

      assertValid(XSD, xml);
      assertEquals(c, CERTIFICATES.parse(xml));
      assertEquals(c, CERTIFICATES.parseJson(CERTIFICATES.writeJson(c)));
    }
  }

  @Test
  void write_euccVector_sameBytesWithFixedPrefixes() {
    CertificateContent c = CERTIFICATES.parse(bytes(EUCC));

    byte[] first = CERTIFICATES.write(c);
    byte[] second = CertificateCodec.create().write(CERTIFICATES.parse(first));

    assertArrayEquals(first, second);
    String text = utf8(first);
    assertTrue(
        text.contains(
            "<certificate xmlns=\"urn:eucert:certificate:1\""
                + " xmlns:eucc=\"urn:eucert:certificate:eucc:1\">"),
        text);
    assertTrue(text.contains("<eucc:packageKind>EAL_AUGMENTED</eucc:packageKind>"), text);
  }

  @Test
  void write_withoutSchemePart_readsBackEqual() {
    CertificateContent c =
        CERTIFICATES.parse(bytes(EUCC)).toBuilder().schemePart(Optional.empty()).build();

    assertEquals(c, CERTIFICATES.parse(CERTIFICATES.write(c)));
    assertEquals(c, CERTIFICATES.parseJson(CERTIFICATES.writeJson(c)));
  }

  @Test
  void write_emptyGenericPart_readsBackEqual() {
    CertificateContent c =
        CERTIFICATES.parse(bytes(GENERIC)).toBuilder()
            .schemePart(Optional.of(new GenericPart(Map.of())))
            .build();

    assertTrue(utf8(CERTIFICATES.write(c)).contains("<genericPart/>"));
    assertEquals(c, CERTIFICATES.parse(CERTIFICATES.write(c)));
    assertEquals(c, CERTIFICATES.parseJson(CERTIFICATES.writeJson(c)));
  }

  @Test
  void write_emptyPackageName_readsBackEqual() {
    // a certificate without a package must be representable so that the EUCC rules can report it
    CertificateContent c =
        CERTIFICATES.parse(bytes(EUCC)).toBuilder()
            .schemePart(
                Optional.of(
                    new EuccPart(
                        AssurancePackageKind.EAL_CONFORMANT,
                        "",
                        List.of(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty())))
            .build();

    assertEquals(c, CERTIFICATES.parse(CERTIFICATES.write(c)));
    assertEquals(c, CERTIFICATES.parseJson(CERTIFICATES.writeJson(c)));
  }

  @Test
  void write_codeWithLeadingSpace_refusedWithNotRepresentable() {
    CertificateContent c =
        CERTIFICATES.parse(bytes(EUCC)).toBuilder().evaluationLevel(Optional.of(" AVA_VAN.5")).build();

    assertRefused(XML_NOT_REPRESENTABLE, () -> CERTIFICATES.write(c));
    assertRefused(XML_NOT_REPRESENTABLE, () -> CERTIFICATES.writeJson(c));
  }

  @Test
  void write_blankLegalReference_refusedWithNotRepresentable() {
    CertificateContent c =
        CERTIFICATES.parse(bytes(EUCC)).toBuilder().legalReferences(List.of("")).build();

    assertRefused(XML_NOT_REPRESENTABLE, () -> CERTIFICATES.write(c));
  }

  @Test
  void write_yearBeyond9999_refusedWithNotRepresentable() {
    CertificateContent c =
        CERTIFICATES.parse(bytes(EUCC)).toBuilder().validUntil(LocalDate.of(10_000, 1, 1)).build();

    assertRefused(XML_NOT_REPRESENTABLE, () -> CERTIFICATES.write(c));
  }

  @Test
  void publicApi_nullArguments_throwNullPointerException() {
    new NullPointerTester().testAllPublicStaticMethods(CertificateCodec.class);
    new NullPointerTester().testAllPublicInstanceMethods(CERTIFICATES);
  }

  // ------------------------------------------------------------------ hostile XML

  @Test
  void parse_externalEntity_refusedWithDoctypeForbidden() {
    String xxe =
        replaceOnce(
            afterDeclaration(
                EUCC, "<!DOCTYPE certificate [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"),
            "<name>Example Secure Element</name>",
            "<name>&xxe;</name>");

    assertRefused(XML_DOCTYPE_FORBIDDEN, () -> CERTIFICATES.parse(bytes(xxe)));
  }

  @Test
  void parse_externalParameterEntity_refusedWithDoctypeForbidden() {
    String doc =
        afterDeclaration(
            EUCC,
            "<!DOCTYPE certificate [<!ENTITY % p SYSTEM \"http://127.0.0.1:9/evil.dtd\"> %p;]>");

    assertRefused(XML_DOCTYPE_FORBIDDEN, () -> CERTIFICATES.parse(bytes(doc)));
  }

  @Test
  void parse_billionLaughs_refusedWithDoctypeForbidden() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE certificate [<!ENTITY lol0 \"lol\">");
    for (int i = 1; i < 10; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"");
      dtd.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
    }
    dtd.append("]>");
    String doc =
        replaceOnce(
            afterDeclaration(EUCC, dtd.toString()),
            "<name>Example Secure Element</name>",
            "<name>&lol9;</name>");

    assertRefused(XML_DOCTYPE_FORBIDDEN, () -> CERTIFICATES.parse(bytes(doc)));
  }

  @Test
  void parse_doctypeOfAnyKind_refusedWithDoctypeForbidden() {
    for (String doctype :
        List.of(
            "<!DOCTYPE certificate>",
            "<!DOCTYPE certificate []>",
            "<!DOCTYPE certificate SYSTEM \"certificate.dtd\">",
            "<!DOCTYPE certificate PUBLIC \"-//X//DTD X//EN\" \"http://127.0.0.1:9/c.dtd\">",
            "<!DOCTYPE other [<!ELEMENT other ANY>]>")) {
      assertRefused(
          XML_DOCTYPE_FORBIDDEN, () -> CERTIFICATES.parse(bytes(afterDeclaration(EUCC, doctype))));
    }
  }

  @Test
  void parse_largerThanDefaultLimit_refusedWithTooLarge() {
    String padded = replaceOnce(EUCC, "<id>", "<!--" + "x".repeat(1 << 20) + "--><id>");

    assertRefused(XML_TOO_LARGE, () -> CERTIFICATES.parse(bytes(padded)));
  }

  @Test
  void parse_moreElementsThanLimit_refusedWithTooLarge() {
    CertificateCodec small = CertificateCodec.create(new XmlLimits(1 << 20, 32, 20, 32));

    assertRefused(XML_TOO_LARGE, () -> small.parse(bytes(EUCC)));
  }

  @Test
  void parse_moreAttributesThanLimit_refusedWithTooLarge() {
    String doc = replaceOnce(EUCC, "<id>", "<id a=\"1\" b=\"2\" c=\"3\">");
    CertificateCodec small = CertificateCodec.create(new XmlLimits(1 << 20, 32, 10_000, 2));

    assertRefused(XML_TOO_LARGE, () -> small.parse(bytes(doc)));
  }

  @Test
  void parse_deeperThanLimit_refusedWithTooDeep() {
    CertificateCodec shallow = CertificateCodec.create(new XmlLimits(1 << 20, 2, 10_000, 32));

    // certificate/object/type is three deep
    assertRefused(XML_TOO_DEEP, () -> shallow.parse(bytes(EUCC)));
  }

  @Test
  void parse_deeplyNestedElements_refusedAtTheFirstUnexpectedElement() {
    // the XSD bounds the depth of a valid certificate (4), so a deep bomb fails validation at its
    // first element, long before the depth limit; what matters is a prompt, declared refusal
    String bomb = "<a>".repeat(50_000) + "</a>".repeat(50_000);
    String doc = replaceOnce(EUCC, "<id>", bomb + "<id>");

    assertRefused(XML_SCHEMA_INVALID, () -> CERTIFICATES.parse(bytes(doc)));
  }

  @Test
  void parse_unknownNamespace_refusedWithUnknownNamespace() {
    String doc = replaceOnce(EUCC, "xmlns=\"urn:eucert:certificate:1\"", "xmlns=\"urn:x:cert\"");

    assertRefused(XML_UNKNOWN_NAMESPACE, () -> CERTIFICATES.parse(bytes(doc)));
  }

  @Test
  void parse_schemeDocument_refusedWithUnknownNamespace() {
    assertRefused(
        XML_UNKNOWN_NAMESPACE,
        () -> CERTIFICATES.parse(Documents.resource("vectors/xml/scheme-eucc.xml")));
  }

  @Test
  void parse_version2Namespace_refusedWithUnsupportedVersion() {
    String doc = replaceOnce(EUCC, "urn:eucert:certificate:1", "urn:eucert:certificate:2");

    assertRefused(XML_UNSUPPORTED_VERSION, () -> CERTIFICATES.parse(bytes(doc)));
  }

  @Test
  void parse_euccPartVersion2_refusedWithUnsupportedVersion() {
    String doc = replaceOnce(EUCC, "urn:eucert:certificate:eucc:1", "urn:eucert:certificate:eucc:2");

    assertRefused(XML_UNSUPPORTED_VERSION, () -> CERTIFICATES.parse(bytes(doc)));
  }

  @Test
  void parse_unknownElement_refusedWithSchemaInvalid() {
    String doc = replaceOnce(EUCC, "<markUrl>", "<logoUrl>https://x.test</logoUrl><markUrl>");

    assertRefused(XML_SCHEMA_INVALID, () -> CERTIFICATES.parse(bytes(doc)));
  }

  @Test
  void parse_unknownEuccElement_refusedWithSchemaInvalid() {
    String doc =
        replaceOnce(EUCC, "<eucc:packageName>", "<eucc:packageVersion>1</eucc:packageVersion><eucc:packageName>");

    assertRefused(XML_SCHEMA_INVALID, () -> CERTIFICATES.parse(bytes(doc)));
  }

  @Test
  void parse_missingRequiredElement_refusedWithSchemaInvalid() {
    String doc = replaceOnce(EUCC, "<validUntil>2031-05-03</validUntil>", "");

    assertRefused(XML_SCHEMA_INVALID, () -> CERTIFICATES.parse(bytes(doc)));
  }

  @Test
  void parse_repeatedElement_refusedWithSchemaInvalid() {
    String doc =
        replaceOnce(EUCC, "<assuranceLevel>HIGH</assuranceLevel>", "<assuranceLevel>HIGH</assuranceLevel><assuranceLevel>HIGH</assuranceLevel>");

    assertRefused(XML_SCHEMA_INVALID, () -> CERTIFICATES.parse(bytes(doc)));
  }

  @Test
  void parse_elementsOutOfOrder_refusedWithSchemaInvalid() {
    String doc =
        replaceOnce(
            EUCC,
            "<scheme>EUCC</scheme>\n  <schemeVersion>2025-2462</schemeVersion>",
            "<schemeVersion>2025-2462</schemeVersion>\n  <scheme>EUCC</scheme>");

    assertRefused(XML_SCHEMA_INVALID, () -> CERTIFICATES.parse(bytes(doc)));
  }

  @Test
  void parse_twoSchemeSpecificParts_refusedWithSchemaInvalid() {
    String doc =
        replaceOnce(EUCC, "</eucc:eucc>", "</eucc:eucc><genericPart><property name=\"a\">b</property></genericPart>");

    assertRefused(XML_SCHEMA_INVALID, () -> CERTIFICATES.parse(bytes(doc)));
  }

  @Test
  void parse_repeatedPropertyName_refusedWithSchemaInvalid() {
    String doc =
        replaceOnce(GENERIC, "<property name=\"dataLocation\">", "<property name=\"serviceModel\">");

    assertRefused(XML_SCHEMA_INVALID, () -> CERTIFICATES.parse(bytes(doc)));
  }

  @Test
  void parse_wrongEnumSpelling_refusedWithSchemaInvalid() {
    String doc = replaceOnce(EUCC, "<assuranceLevel>HIGH<", "<assuranceLevel>high<");

    assertRefused(XML_SCHEMA_INVALID, () -> CERTIFICATES.parse(bytes(doc)));
  }

  @Test
  void parse_wrongEuccEnumSpelling_refusedWithSchemaInvalid() {
    String doc = replaceOnce(EUCC, ">EAL_AUGMENTED<", ">EAL4+<");

    assertRefused(XML_SCHEMA_INVALID, () -> CERTIFICATES.parse(bytes(doc)));
  }

  @Test
  void parse_instantWithSevenFractionDigits_refusedWithSchemaInvalid() {
    String doc = replaceOnce(EUCC, "09:30:00.123456Z", "09:30:00.1234567Z");

    assertRefused(XML_SCHEMA_INVALID, () -> CERTIFICATES.parse(bytes(doc)));
  }

  @Test
  void parse_instantWithOffset_refusedWithSchemaInvalid() {
    String doc = replaceOnce(EUCC, "2026-05-04T09:30:00.123456Z", "2026-05-04T11:30:00.123456+02:00");

    assertRefused(XML_SCHEMA_INVALID, () -> CERTIFICATES.parse(bytes(doc)));
  }

  @Test
  void parse_idWithBadCharacters_refusedWithSchemaInvalid() {
    String doc = replaceOnce(EUCC, "<id>EUCC-3110-2026-05-0042</id>", "<id>EUCC 3110</id>");

    assertRefused(XML_SCHEMA_INVALID, () -> CERTIFICATES.parse(bytes(doc)));
  }

  @Test
  void parse_textLongerThanXsdAllows_refusedWithSchemaInvalid() {
    String doc = replaceOnce(EUCC, "Example Secure Element", "x".repeat(1001));

    assertRefused(XML_SCHEMA_INVALID, () -> CERTIFICATES.parse(bytes(doc)));
  }

  @Test
  void parse_xsiNilAttribute_refusedWithSchemaInvalid() {
    String doc =
        replaceOnce(
            EUCC,
            "<certificationReport>",
            "<certificationReport xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\">");

    assertRefused(XML_SCHEMA_INVALID, () -> CERTIFICATES.parse(bytes(doc)));
  }

  @Test
  void parse_validityEndingBeforeIssue_refusedWithInvalidContent() {
    String doc = replaceOnce(EUCC, "<validUntil>2031-05-03<", "<validUntil>2026-05-03<");

    assertRefused(XML_INVALID_CONTENT, () -> CERTIFICATES.parse(bytes(doc)));
  }

  @Test
  void parse_blankHolderName_refusedWithInvalidContent() {
    String doc = replaceOnce(EUCC, "<name>Example Semiconductors B.V.</name>", "<name>   </name>");

    assertRefused(XML_INVALID_CONTENT, () -> CERTIFICATES.parse(bytes(doc)));
  }

  @Test
  void parse_replacingItself_refusedWithInvalidContent() {
    String doc =
        replaceOnce(EUCC, "<markUrl>", "<predecessor>EUCC-3110-2026-05-0042</predecessor><markUrl>");

    assertRefused(XML_INVALID_CONTENT, () -> CERTIFICATES.parse(bytes(doc)));
  }

  @Test
  void parse_invalidUtf8_refusedWithNotWellFormed() {
    byte[] doc = bytes(replaceOnce(EUCC, "Example Secure Element", "Example @ecure Element"));
    doc[utf8(doc).indexOf("@ecure")] = (byte) 0xE2; // a 3-byte lead byte followed by ASCII
    byte[] broken = doc;

    assertRefused(XML_NOT_WELL_FORMED, () -> CERTIFICATES.parse(broken));
  }

  @Test
  void parse_garbage_refusedWithNotWellFormed() {
    byte[] garbage = {(byte) 0xFF, (byte) 0xFF, 0x00, 0x01, (byte) 0xC3, 0x28, 0x3C, 0x3E};

    assertRefused(XML_NOT_WELL_FORMED, () -> CERTIFICATES.parse(garbage));
  }

  @Test
  void parse_empty_refusedWithNotWellFormed() {
    assertRefused(XML_NOT_WELL_FORMED, () -> CERTIFICATES.parse(new byte[0]));
  }

  @Test
  void parse_truncated_refusedWithNotWellFormed() {
    String truncated = EUCC.substring(0, EUCC.indexOf("<eucc:technicalDomain>"));

    assertRefused(XML_NOT_WELL_FORMED, () -> CERTIFICATES.parse(bytes(truncated)));
  }

  @Test
  void parse_xml11WithControlCharacter_refusedWithNotWellFormed() {
    String doc =
        replaceOnce(
            replaceOnce(EUCC, "version=\"1.0\"", "version=\"1.1\""),
            "Example Secure Element",
            "Example &#x1; Element");

    assertRefused(XML_NOT_WELL_FORMED, () -> CERTIFICATES.parse(bytes(doc)));
  }

  @Test
  void parse_otherEncoding_refusedWithNotWellFormed() {
    String doc = replaceOnce(EUCC, "encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"");

    assertRefused(
        XML_NOT_WELL_FORMED,
        () -> CERTIFICATES.parse(doc.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
  }

  @Test
  void parse_utf16_refusedWithNotWellFormed() {
    String doc = replaceOnce(EUCC, "encoding=\"UTF-8\"", "encoding=\"UTF-16\"");

    assertRefused(
        XML_NOT_WELL_FORMED,
        () -> CERTIFICATES.parse(doc.getBytes(java.nio.charset.StandardCharsets.UTF_16)));
  }

  @Test
  void parse_byteOrderMarkAndNoDeclaration_reads() {
    String doc = "\uFEFF" + EUCC.substring(EUCC.indexOf("?>") + 2);

    assertEquals(CERTIFICATES.parse(bytes(EUCC)), CERTIFICATES.parse(bytes(doc)));
  }

  @Test
  void parseJson_schemeDocument_refusedWithJsonInvalid() {
    byte[] scheme =
        Documents.SCHEMES.writeJson(
            Documents.SCHEMES.parse(Documents.resource("vectors/xml/scheme-eucc.xml")));

    assertRefused(JSON_INVALID, () -> CERTIFICATES.parseJson(scheme));
  }

  @Test
  void parse_textAfterRoot_refusedWithNotWellFormed() {
    assertRefused(XML_NOT_WELL_FORMED, () -> CERTIFICATES.parse(bytes(EUCC + "<certificate/>")));
  }

  // ------------------------------------------------------------------ hostile JSON

  private static String json() {
    return utf8(CERTIFICATES.writeJson(CERTIFICATES.parse(bytes(EUCC))));
  }

  @Test
  void parseJson_garbage_refusedWithJsonInvalid() {
    assertRefused(JSON_INVALID, () -> CERTIFICATES.parseJson(bytes("{\"certificate\":tru}")));
  }

  @Test
  void parseJson_empty_refusedWithJsonInvalid() {
    assertRefused(JSON_INVALID, () -> CERTIFICATES.parseJson(new byte[0]));
  }

  @Test
  void parseJson_largerThanDefaultLimit_refusedWithJsonTooLarge() {
    String padded = json() + " ".repeat(1 << 20);

    assertRefused(JSON_TOO_LARGE, () -> CERTIFICATES.parseJson(bytes(padded)));
  }

  @Test
  void parseJson_deeplyNested_refusedWithJsonTooDeep() {
    String bomb = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);
    String doc = replaceOnce(json(), "\"id\":", "\"bomb\":" + bomb + ",\"id\":");

    assertRefused(JSON_TOO_DEEP, () -> CERTIFICATES.parseJson(bytes(doc)));
  }

  @Test
  void parseJson_unknownField_refusedWithJsonInvalid() {
    String doc = replaceOnce(json(), "\"holder\":{", "\"holder\":{\"vat\":\"NL123\",");

    assertRefused(JSON_INVALID, () -> CERTIFICATES.parseJson(bytes(doc)));
  }

  @Test
  void parseJson_unknownEuccField_refusedWithJsonInvalid() {
    String doc = replaceOnce(json(), "\"eucc\":{", "\"eucc\":{\"avaVan\":5,");

    assertRefused(JSON_INVALID, () -> CERTIFICATES.parseJson(bytes(doc)));
  }

  @Test
  void parseJson_numberForString_refusedWithJsonInvalid() {
    String doc = replaceOnce(json(), "\"notifiedBodyNumber\":\"3110\"", "\"notifiedBodyNumber\":3110");

    assertRefused(JSON_INVALID, () -> CERTIFICATES.parseJson(bytes(doc)));
  }

  @Test
  void parseJson_arrayForString_refusedWithJsonInvalid() {
    String doc = replaceOnce(json(), "\"assuranceLevel\":\"HIGH\"", "\"assuranceLevel\":[\"HIGH\"]");

    assertRefused(JSON_INVALID, () -> CERTIFICATES.parseJson(bytes(doc)));
  }

  @Test
  void parseJson_nullValue_refusedWithJsonInvalid() {
    String doc =
        replaceOnce(
            json(),
            "\"markUrl\":\"https://certification.example.test/EUCC-3110-2026-05-0042\"",
            "\"markUrl\":null");

    assertRefused(JSON_INVALID, () -> CERTIFICATES.parseJson(bytes(doc)));
  }

  @Test
  void parseJson_emptyArray_refusedWithJsonInvalid() {
    String doc = replaceOnce(json(), "\"validUntil\":", "\"approval\":[],\"validUntil\":");

    assertRefused(JSON_INVALID, () -> CERTIFICATES.parseJson(bytes(doc)));
  }

  @Test
  void parseJson_repeatedKey_refusedWithJsonInvalid() {
    String doc = replaceOnce(json(), "\"assuranceLevel\":\"HIGH\"", "\"assuranceLevel\":\"HIGH\",\"assuranceLevel\":\"SUBSTANTIAL\"");

    assertRefused(JSON_INVALID, () -> CERTIFICATES.parseJson(bytes(doc)));
  }

  @Test
  void parseJson_missingRequiredField_refusedWithJsonInvalid() {
    String doc = replaceOnce(json(), "\"validUntil\":\"2031-05-03\",", "");

    assertRefused(JSON_INVALID, () -> CERTIFICATES.parseJson(bytes(doc)));
  }

  @Test
  void parseJson_wrongEnumSpelling_refusedWithJsonInvalid() {
    String doc = replaceOnce(json(), "\"assuranceLevel\":\"HIGH\"", "\"assuranceLevel\":\"high\"");

    assertRefused(JSON_INVALID, () -> CERTIFICATES.parseJson(bytes(doc)));
  }

  @Test
  void parseJson_twoSchemeSpecificParts_refusedWithJsonInvalid() {
    String doc = replaceOnce(json(), "\"eucc\":{", "\"genericPart\":{},\"eucc\":{");

    assertRefused(JSON_INVALID, () -> CERTIFICATES.parseJson(bytes(doc)));
  }

  @Test
  void parseJson_validityEndingBeforeIssue_refusedWithJsonInvalid() {
    String doc = replaceOnce(json(), "\"validUntil\":\"2031-05-03\"", "\"validUntil\":\"2026-05-03\"");

    assertRefused(JSON_INVALID, () -> CERTIFICATES.parseJson(bytes(doc)));
  }

  @Test
  void parseJson_byteOrderMark_refusedWithJsonInvalid() {
    assertRefused(JSON_INVALID, () -> CERTIFICATES.parseJson(bytes("\uFEFF" + json())));
  }

  @Test
  void parseJson_loneSurrogateEscape_refusedWithJsonInvalid() {
    String doc = replaceOnce(json(), "\"Example Secure Element\"", "\"Example \\uD800 Element\"");

    assertRefused(JSON_INVALID, () -> CERTIFICATES.parseJson(bytes(doc)));
  }

  @Test
  void parseJson_genericVector_readsBackEqual() {
    CertificateContent c = CERTIFICATES.parse(bytes(GENERIC));
    String json = utf8(CERTIFICATES.writeJson(c));

    assertTrue(json.contains("\"genericPart\":{\"property\":[{\"name\":\"serviceModel\""), json);
    assertEquals(Map.of("serviceModel", "IaaS", "dataLocation", "EU", "note", ""),
        ((GenericPart) CERTIFICATES.parseJson(bytes(json)).schemePart().orElseThrow()).properties());
  }
}
