/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.xml;

import static org.eucert.core.xml.Documents.afterDeclaration;
import static org.eucert.core.xml.Documents.assertRefused;
import static org.eucert.core.xml.Documents.assertValid;
import static org.eucert.core.xml.Documents.bytes;
import static org.eucert.core.xml.Documents.replaceOnce;
import static org.eucert.core.xml.Documents.utf8;
import static org.eucert.core.xml.XmlFormatException.XML_DOCTYPE_FORBIDDEN;
import static org.eucert.core.xml.XmlFormatException.XML_SCHEMA_INVALID;
import static org.eucert.core.xml.XmlFormatException.XML_TOO_DEEP;
import static org.eucert.core.xml.XmlFormatException.XML_TOO_LARGE;
import static org.eucert.core.xml.XmlFormatException.XML_UNKNOWN_NAMESPACE;
import static org.eucert.core.xml.XmlFormatException.XML_UNSUPPORTED_VERSION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.validation.Schema;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.eucert.core.model.AssuranceLevel;
import org.eucert.core.model.AssurancePackageKind;
import org.eucert.core.model.BodyId;
import org.eucert.core.model.CertificateId;
import org.eucert.core.model.EuccPart;
import org.eucert.core.model.GenericPart;
import org.eucert.core.model.IssuanceRequest;
import org.eucert.core.model.SchemeId;
import org.eucert.core.testing.GenericTestScheme;
import org.eucert.core.testing.TestBodies;
import org.junit.jupiter.api.Test;

/** {@link IssuanceRequestCodec}: round trips, the XSD, and hostile input. */
class IssuanceRequestCodecTest {
  private static final IssuanceRequestCodec CODEC = IssuanceRequestCodec.create();
  private static final Schema XSD =
      Documents.independentSchema(
          CertificateCodec.EUCC_XSD_RESOURCE,
          CertificateCodec.XSD_RESOURCE,
          IssuanceRequestCodec.XSD_RESOURCE);

  static final IssuanceRequest EUCC =
      IssuanceRequest.builder()
          .scheme(SchemeId.of("EUCC"), "2025-2462")
          .issuer(TestBodies.CAB)
          .itsef(Optional.of(TestBodies.ITSEF))
          .object(GenericTestScheme.object())
          .holder(GenericTestScheme.holder())
          .legalReferences(List.of("Commission Implementing Regulation (EU) 2024/482"))
          .certificationReport(Optional.of("CR-1"))
          .assuranceLevel(AssuranceLevel.HIGH)
          .evaluationLevel(Optional.of("AVA_VAN.5"))
          .standards(List.of("CC_2022", "CEM_2022"))
          .protectionProfiles(List.of("EN 419221-5:2018"))
          .validUntil(LocalDate.of(2031, 6, 2))
          .approvals(List.of("PA-1"))
          .underlying(Optional.of(CertificateId.of("EUCC-3110-2025-01-0001")))
          .markUrl(Optional.of("https://certification.enisa.europa.eu/certificates/{id}_en"))
          .schemePart(
              Optional.of(
                  new EuccPart(
                      AssurancePackageKind.EAL_AUGMENTED,
                      "EAL4",
                      List.of("ALC_DVS.2", "AVA_VAN.5"),
                      Optional.of("SMART_CARDS_AND_SIMILAR_DEVICES"),
                      Optional.empty(),
                      Optional.empty())))
          .build();

  static final IssuanceRequest GENERIC_PILOT =
      IssuanceRequest.builder()
          .scheme(GenericTestScheme.ID, GenericTestScheme.VERSION)
          .issuer(BodyId.of("NL-CB-1"))
          .object(GenericTestScheme.object())
          .holder(GenericTestScheme.holder())
          .assuranceLevel(AssuranceLevel.BASIC)
          .validUntil(LocalDate.of(2028, 4, 30))
          .schemePart(Optional.of(new GenericPart(Map.of("cloudRegion", "eu-west"))))
          .allowCandidateSchemeForPilot()
          .build();

  private static final String DOC = utf8(CODEC.write(EUCC));

  @Test
  void write_parse_roundTripsBothForms() {
    for (IssuanceRequest r : List.of(EUCC, GENERIC_PILOT)) {
      byte[] xml = CODEC.write(r);
      assertValid(XSD, xml);
      assertEquals(r, CODEC.parse(xml));
      assertEquals(r, CODEC.parseJson(CODEC.writeJson(r)));
    }
  }

  @Test
  void write_usesTheRequestNamespaceAndCertificateTypes() {
    assertTrue(DOC.contains("xmlns=\"urn:eucert:issuance-request:1\""), DOC);
    assertTrue(DOC.contains("xmlns:c=\"urn:eucert:certificate:1\""), DOC);
    assertTrue(utf8(CODEC.write(GENERIC_PILOT)).contains(
        "<allowCandidateSchemeForPilot>true</allowCandidateSchemeForPilot>"));
  }

  @Test
  void parse_pilotFalse_refusedWithSchemaInvalid() {
    String doc =
        replaceOnce(
            utf8(CODEC.write(GENERIC_PILOT)),
            "<allowCandidateSchemeForPilot>true<",
            "<allowCandidateSchemeForPilot>false<");
    assertRefused(XML_SCHEMA_INVALID, () -> CODEC.parse(bytes(doc)));
  }

  @Test
  void parse_issuedAtOrId_refusedWithSchemaInvalid() {
    // the issuer sets the identifier and the instant; a request cannot
    String withId = replaceOnce(DOC, "<scheme>", "<id>EUCC-1</id><scheme>");
    assertRefused(XML_SCHEMA_INVALID, () -> CODEC.parse(bytes(withId)));
    String withInstant =
        replaceOnce(DOC, "<validUntil>", "<issuedAt>2020-01-01T00:00:00Z</issuedAt><validUntil>");
    assertRefused(XML_SCHEMA_INVALID, () -> CODEC.parse(bytes(withInstant)));
  }

  @Test
  void parse_certificateDocument_isRefused() {
    byte[] certificate =
        CertificateCodec.create()
            .write(
                GenericTestScheme.certificate(TestBodies.cab(), AssuranceLevel.SUBSTANTIAL).build());
    assertThrows(XmlFormatException.class, () -> CODEC.parse(certificate));
  }

  @Test
  void publicApi_nullArguments_throwNullPointerException() {
    new NullPointerTester().testAllPublicStaticMethods(IssuanceRequestCodec.class);
    new NullPointerTester().testAllPublicInstanceMethods(CODEC);
  }

  // ---- hostile XML ----------------------------------------------------------------------------

  @Test
  void parse_externalEntity_refusedWithDoctypeForbidden() {
    String xxe =
        replaceOnce(
            afterDeclaration(
                DOC, "<!DOCTYPE issuanceRequest [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"),
            "<c:name>Test Router</c:name>",
            "<c:name>&xxe;</c:name>");
    assertRefused(XML_DOCTYPE_FORBIDDEN, () -> CODEC.parse(bytes(xxe)));
  }

  @Test
  void parse_billionLaughs_refusedWithDoctypeForbidden() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE issuanceRequest [<!ENTITY lol0 \"lol\">");
    for (int i = 1; i < 10; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"");
      dtd.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
    }
    dtd.append("]>");
    String doc =
        replaceOnce(
            afterDeclaration(DOC, dtd.toString()),
            "<c:name>Test Router</c:name>",
            "<c:name>&lol9;</c:name>");
    assertRefused(XML_DOCTYPE_FORBIDDEN, () -> CODEC.parse(bytes(doc)));
  }

  @Test
  void parse_largerThanLimit_refusedWithTooLarge() {
    String padded = replaceOnce(DOC, "<scheme>", "<!--" + "x".repeat(1 << 20) + "--><scheme>");
    assertRefused(XML_TOO_LARGE, () -> CODEC.parse(bytes(padded)));
  }

  @Test
  void parse_deeperThanLimit_refusedWithTooDeep() {
    IssuanceRequestCodec shallow =
        IssuanceRequestCodec.create(new XmlLimits(1 << 20, 2, 10_000, 32));
    assertRefused(XML_TOO_DEEP, () -> shallow.parse(bytes(DOC)));
  }

  @Test
  void parse_deepBomb_refusedWithSchemaInvalid() {
    String bomb = "<a>".repeat(50_000) + "</a>".repeat(50_000);
    assertRefused(XML_SCHEMA_INVALID, () -> CODEC.parse(bytes(replaceOnce(DOC, "<scheme>", bomb + "<scheme>"))));
  }

  @Test
  void parse_unknownNamespace_refusedWithUnknownNamespace() {
    String doc =
        replaceOnce(DOC, "xmlns=\"urn:eucert:issuance-request:1\"", "xmlns=\"urn:x:request\"");
    assertRefused(XML_UNKNOWN_NAMESPACE, () -> CODEC.parse(bytes(doc)));
  }

  @Test
  void parse_version2_refusedWithUnsupportedVersion() {
    String doc = replaceOnce(DOC, "urn:eucert:issuance-request:1", "urn:eucert:issuance-request:2");
    assertRefused(XML_UNSUPPORTED_VERSION, () -> CODEC.parse(bytes(doc)));
  }

  @Test
  void parse_unknownElement_refusedWithSchemaInvalid() {
    String doc = replaceOnce(DOC, "<markUrl>", "<issuedBy>x</issuedBy><markUrl>");
    assertRefused(XML_SCHEMA_INVALID, () -> CODEC.parse(bytes(doc)));
  }

  @Property(tries = 100)
  void parse_mutatedDocument_readsOrThrowsOnlyXmlFormatException(
      @ForAll("mutationLists") List<Mutations.Mutation> mutations) {
    Mutations.assertReadsOrRefuses(CODEC::parse, Mutations.apply(bytes(DOC), mutations));
  }

  @Property(tries = 100)
  void parse_arbitraryBytes_readsOrThrowsOnlyXmlFormatException(@ForAll @Size(max = 300) byte[] b) {
    Mutations.assertReadsOrRefuses(CODEC::parse, b);
    Mutations.assertReadsOrRefuses(CODEC::parseJson, b);
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<List<Mutations.Mutation>> mutationLists() {
    return Mutations.mutations().list().ofMinSize(1).ofMaxSize(4);
  }
}
