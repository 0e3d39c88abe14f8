/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.xml;

import static org.eucert.core.xml.XmlFormatException.JSON_INVALID;
import static org.eucert.core.xml.XmlFormatException.JSON_TOO_LARGE;
import static org.eucert.core.xml.XmlFormatException.XML_DOCTYPE_FORBIDDEN;
import static org.eucert.core.xml.XmlFormatException.XML_INVALID_CONTENT;
import static org.eucert.core.xml.XmlFormatException.XML_NOT_WELL_FORMED;
import static org.eucert.core.xml.XmlFormatException.XML_SCHEMA_INVALID;
import static org.eucert.core.xml.XmlFormatException.XML_TOO_DEEP;
import static org.eucert.core.xml.XmlFormatException.XML_TOO_LARGE;
import static org.eucert.core.xml.XmlFormatException.XML_UNKNOWN_NAMESPACE;
import static org.eucert.core.xml.XmlFormatException.XML_UNSUPPORTED_VERSION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eucert.core.model.BodyId;
import org.eucert.core.model.Bytes;
import org.eucert.core.model.CertificateContent;
import org.eucert.core.model.CertificateId;
import org.eucert.core.model.CertificateStatus;
import org.eucert.core.registry.Actor;
import org.eucert.core.registry.CertificateEvent;
import org.eucert.core.registry.CertificateEventKind;
import org.eucert.core.registry.CertificateLink;
import org.eucert.core.registry.ExportedCertificate;
import org.eucert.core.registry.IssuedCertificate;
import org.eucert.core.registry.WithdrawalReason;
import org.eucert.core.registry.export.ExportDocument;
import org.eucert.core.testing.GenericTestScheme;
import org.eucert.core.testing.TestBodies;
import org.eucert.core.testing.TestClocks;
import org.eucert.core.model.AssuranceLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The registry export format: round trips, and every kind of hostile input refused with a code. */
class RegistryExportCodecTest {
  private static final RegistryExportCodec CODEC = RegistryExportCodec.create();
  private static final CertificateCodec CONTENT = CertificateCodec.create();
  private static final Actor ACTOR = Actor.of("test:exporter");

  static ExportDocument document() {
    CertificateContent c =
        GenericTestScheme.certificate(TestBodies.cab(), AssuranceLevel.SUBSTANTIAL)
            .underlying(Optional.of(CertificateId.of("GTS-UNDER-1")))
            .build();
    Instant issue = TestClocks.ISSUE;
    Instant decided = issue.plusSeconds(86400 * 10);
    CertificateEvent issued =
        new CertificateEvent(
            1, CertificateEventKind.ISSUED, CertificateStatus.IN_FORCE, issue, issue, issue, ACTOR,
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    CertificateEvent suspended =
        new CertificateEvent(
            2, CertificateEventKind.SUSPENDED, CertificateStatus.SUSPENDED,
            org.eucert.core.time.LegalTime.startOfDay(LocalDate.of(2026, 5, 12)), decided,
            decided.plusSeconds(5), ACTOR, Optional.empty(), Optional.of("vulnerability <&> \"x\""),
            Optional.of(LocalDate.of(2026, 6, 1)), Optional.empty(), Optional.empty());
    CertificateEvent withdrawn =
        new CertificateEvent(
            3, CertificateEventKind.WITHDRAWN, CertificateStatus.WITHDRAWN,
            decided.plusSeconds(86400 * 5), decided.plusSeconds(86400 * 5),
            decided.plusSeconds(86400 * 5), ACTOR, Optional.of(WithdrawalReason.NCCA_DECISION),
            Optional.of("NCCA decided"), Optional.empty(), Optional.empty(), Optional.empty());
    ExportedCertificate x =
        new ExportedCertificate(
            new IssuedCertificate(
                c, Bytes.copyOf(CONTENT.write(c)), Bytes.copyOf(new byte[] {0x30, (byte) 0x82, 0, 1})),
            List.of(issued, suspended, withdrawn),
            List.of(new CertificateLink(c.id(), CertificateLink.Kind.UNDERLYING, CertificateId.of("GTS-UNDER-1"))));
    return new ExportDocument(ACTOR, Instant.parse("2026-08-01T00:00:00.5Z"), List.of(x));
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String text(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }

  private static XmlFormatException assertRefused(String code, Executable e) {
    XmlFormatException x = assertThrows(XmlFormatException.class, e);
    assertEquals(code, x.code(), x.getMessage());
    return x;
  }

  @Test
  void roundTrip_xmlAndJson_readBackEqual() {
    ExportDocument d = document();
    assertEquals(d, CODEC.parse(CODEC.write(d)));
    assertEquals(d, CODEC.parseJson(CODEC.writeJson(d)));
  }

  @Test
  void streamingWriter_writesWhatTheWholeDocumentReaderReads() {
    ExportDocument d = document();
    for (RegistryExportCodec.Form form : RegistryExportCodec.Form.values()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      RegistryExportCodec.Writer w = CODEC.writer(form, d.exporter(), d.exportedAt(), out);
      w.add(d.certificates().get(0));
      assertEquals(1, w.finish());
      byte[] b = out.toByteArray();
      ExportDocument back =
          form == RegistryExportCodec.Form.XML
              ? CODEC.parse(new ByteArrayInputStream(b))
              : CODEC.parseJson(new ByteArrayInputStream(b));
      assertEquals(d, back, form.name());
    }
  }

  @Test
  void parse_xxe_refusedWithDoctypeForbidden() {
    String xml = text(CODEC.write(document()));
    String xxe =
        xml.replaceFirst(
                "\\?>", "?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>")
            .replace("<exporter>test:exporter</exporter>", "<exporter>&x;</exporter>");
    assertRefused(XML_DOCTYPE_FORBIDDEN, () -> CODEC.parse(bytes(xxe)));
  }

  @Test
  void parse_billionLaughs_refusedWithDoctypeForbidden() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE r [<!ENTITY l0 \"ha\">");
    for (int i = 1; i < 10; i++) {
      dtd.append("<!ENTITY l").append(i).append(" \"");
      for (int j = 0; j < 10; j++) {
        dtd.append("&l").append(i - 1).append(';');
      }
      dtd.append("\">");
    }
    dtd.append("]>");
    String xml =
        "<?xml version=\"1.0\"?>"
            + dtd
            + "<registryExport xmlns=\"urn:eucert:registry-export:1\"><exporter>&l9;</exporter>"
            + "<exportedAt>2026-01-01T00:00:00Z</exportedAt></registryExport>";
    assertRefused(XML_DOCTYPE_FORBIDDEN, () -> CODEC.parse(bytes(xml)));
  }

  @Test
  void parse_oversized_refusedWithTooLarge_alsoFromAStream() {
    byte[] xml = CODEC.write(document());
    RegistryExportCodec small = RegistryExportCodec.create(new XmlLimits(xml.length - 1, 16, 1000, 8));
    assertRefused(XML_TOO_LARGE, () -> small.parse(xml));
    assertRefused(XML_TOO_LARGE, () -> small.parse(new ByteArrayInputStream(xml)));
    byte[] json = CODEC.writeJson(document());
    RegistryExportCodec smallJson = RegistryExportCodec.create(new XmlLimits(json.length - 1, 16, 1000, 8));
    assertRefused(JSON_TOO_LARGE, () -> smallJson.parseJson(new ByteArrayInputStream(json)));
    RegistryExportCodec fewElements = RegistryExportCodec.create(new XmlLimits(1 << 20, 16, 10, 8));
    assertRefused(XML_TOO_LARGE, () -> fewElements.parse(xml));
    RegistryExportCodec shallow = RegistryExportCodec.create(new XmlLimits(1 << 20, 2, 1000, 8));
    assertRefused(XML_TOO_DEEP, () -> shallow.parse(xml));
  }

  @Test
  void defaultLimit_is256MiB() {
    assertEquals(256 * 1024 * 1024, CODEC.limits().maxBytes());
  }

  @Test
  void parse_anotherMajorVersion_refusedWithUnsupportedVersion() {
    String xml = text(CODEC.write(document())).replace("urn:eucert:registry-export:1", "urn:eucert:registry-export:2");
    XmlFormatException e = assertRefused(XML_UNSUPPORTED_VERSION, () -> CODEC.parse(bytes(xml)));
    assertTrue(e.getMessage().contains("registry-export:2"), e.getMessage());
    String other = text(CODEC.write(document())).replace("urn:eucert:registry-export:1", "urn:example:other");
    assertRefused(XML_UNKNOWN_NAMESPACE, () -> CODEC.parse(bytes(other)));
  }

  @Test
  void parse_truncated_refusedWithNotWellFormed() {
    byte[] xml = CODEC.write(document());
    for (int cut : new int[] {1, 40, xml.length / 2, xml.length - 3}) {
      assertRefused(XML_NOT_WELL_FORMED, () -> CODEC.parse(Arrays.copyOf(xml, cut)));
    }
    assertRefused(XML_NOT_WELL_FORMED, () -> CODEC.parse(new byte[0]));
    byte[] json = CODEC.writeJson(document());
    assertRefused(JSON_INVALID, () -> CODEC.parseJson(Arrays.copyOf(json, json.length / 2)));
  }

  @Test
  void parse_garbageBase64_refusedNamingTheField() {
    String xml = text(CODEC.write(document()));
    String garbage = xml.replaceFirst("<signedEnvelope>[^<]*</signedEnvelope>", "<signedEnvelope>!!not*base64</signedEnvelope>");
    assertRefused(XML_SCHEMA_INVALID, () -> CODEC.parse(bytes(garbage)));
    String json = text(CODEC.writeJson(document()));
    String garbageJson = json.replaceFirst("\"signedEnvelope\":\"[^\"]*\"", "\"signedEnvelope\":\"!!not*base64\"");
    XmlFormatException e = assertThrows(XmlFormatException.class, () -> CODEC.parseJson(bytes(garbageJson)));
    assertTrue(e.code().equals(JSON_INVALID) || e.code().equals(XML_INVALID_CONTENT), e.code());
    assertTrue(e.getMessage().contains("signedEnvelope") || e.getMessage().contains("base64"), e.getMessage());
  }

  @Test
  void parse_contentDocumentThatIsNotACertificate_refusedNamingTheCertificate() {
    String xml = text(CODEC.write(document()));
    String b64 = java.util.Base64.getEncoder().encodeToString(bytes("<certificate/>"));
    String bad = xml.replaceFirst("<contentDocument>[^<]*</contentDocument>", "<contentDocument>" + b64 + "</contentDocument>");
    XmlFormatException e = assertRefused(XML_INVALID_CONTENT, () -> CODEC.parse(bytes(bad)));
    assertTrue(e.getMessage().contains(GenericTestScheme.CERTIFICATE_ID.value()), e.getMessage());
  }

  @Test
  void parse_columnsThatDisagreeWithTheContent_refused() {
    String xml = text(CODEC.write(document()));
    String bad = xml.replace("<issuer>" + TestBodies.CAB.value() + "</issuer>", "<issuer>XX-OTHER</issuer>");
    XmlFormatException e = assertRefused(XML_INVALID_CONTENT, () -> CODEC.parse(bytes(bad)));
    assertTrue(e.getMessage().contains("issuer") && e.getMessage().contains("XX-OTHER"), e.getMessage());
    assertTrue(BodyId.of("XX-OTHER").value().length() > 0);
  }

  @Test
  void parse_unknownElementOrJsonField_refused() {
    String xml = text(CODEC.write(document())).replace("</exporter>", "</exporter><extra>1</extra>");
    assertRefused(XML_SCHEMA_INVALID, () -> CODEC.parse(bytes(xml)));
    String json = text(CODEC.writeJson(document())).replaceFirst("\\{\"exporter\"", "{\"extra\":1,\"exporter\"");
    assertRefused(JSON_INVALID, () -> CODEC.parseJson(bytes(json)));
  }

  @Test
  void parse_eventsOutOfTheModel_refused() {
    String xml = text(CODEC.write(document())).replaceFirst("<status>IN_FORCE</status>", "<status>EXPIRED</status>");
    assertRefused(XML_SCHEMA_INVALID, () -> CODEC.parse(bytes(xml)));
  }
}
