/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.validation.ValidatorHandler;
import org.eucert.core.model.AssuranceLevel;
import org.eucert.core.model.CertificateId;
import org.eucert.core.model.CertificateStatus;
import org.eucert.core.model.ConformityRoute;
import org.eucert.core.model.MemberState;
import org.eucert.core.model.SchemeId;
import org.eucert.core.xml.SecureXml;
import org.eucert.core.xml.XmlLimits;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * The three renderings of a report: XML valid against the published XSD, JSON (one line) valid
 * against the published JSON Schema, text for people; for every sub-indication's report and for
 * messages quoting hostile text.
 */
class VerificationReportCodecTest {
  private static final SecureXml XML = SecureXml.create();
  private static final javax.xml.validation.Schema XSD =
      XML.compileSchema(
          VerificationReportCodecTest.class.getClassLoader(),
          List.of(VerificationReportCodec.XSD_RESOURCE));
  private static final Schema JSON_SCHEMA = jsonSchema();

  private static Schema jsonSchema() {
    try (InputStream in =
        VerificationReportCodecTest.class
            .getClassLoader()
            .getResourceAsStream(VerificationReportCodec.JSON_SCHEMA_RESOURCE)) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(in, InputFormat.JSON);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A report for every sub-indication of the matrix, and a passed one. */
  static List<VerificationReport> reports() {
    List<VerificationReport> all = new ArrayList<>();
    for (SubIndication s : SubIndication.values()) {
      all.add(VerifierMatrixTest.build(MemberState.NL, s).verify());
    }
    VerifyWorld w = new VerifyWorld();
    byte[] env = w.issue(w.content(MemberState.DE, VerifyWorld.ISSUED)).envelope();
    VerificationReport passed = w.verifier().verify(env);
    assertTrue(passed.isPassed(), passed.reason());
    all.add(passed);
    return all;
  }

  static void validateXml(byte[] xml) throws Exception {
    ValidatorHandler v = XML.newValidatorHandler(XSD);
    v.setErrorHandler(
        new ErrorHandler() {
          @Override
          public void warning(SAXParseException e) throws SAXException {
            throw e;
          }

          @Override
          public void error(SAXParseException e) throws SAXException {
            throw e;
          }

          @Override
          public void fatalError(SAXParseException e) throws SAXException {
            throw e;
          }
        });
    XMLReader r = XML.newXmlReader(XmlLimits.certificateDefaults());
    r.setContentHandler(v);
    r.parse(new InputSource(new ByteArrayInputStream(xml)));
  }

  static List<Error> validateJson(String json) {
    return JSON_SCHEMA.validate(json, InputFormat.JSON);
  }

  @Test
  void xml_everyReport_validAgainstXsd() throws Exception {
    for (VerificationReport r : reports()) {
      validateXml(VerificationReportCodec.xml(Optional.of("dir/cert.p7m"), r));
      validateXml(VerificationReportCodec.xml(Optional.empty(), r));
    }
  }

  @Test
  void json_everyReport_oneLineValidAgainstSchema() {
    for (VerificationReport r : reports()) {
      String json = VerificationReportCodec.jsonLine(Optional.of("dir/cert.p7m"), r);
      assertFalse(json.contains("\n"), json);
      assertEquals(List.of(), validateJson(json), json);
      assertTrue(json.startsWith("{\"file\":\"dir/cert.p7m\",\"indication\":\"" + r.indication()));
      assertTrue(json.contains("\"subIndication\":" + r.subIndication().map(s -> "\"" + s + "\"").orElse("null")));
      assertTrue(json.contains("\"checks\":[{\"step\":\"ENVELOPE\""), json);
    }
  }

  @Test
  void json_schemaRefusesAReportWithoutChecks() {
    assertFalse(
        validateJson(
                "{\"file\":null,\"indication\":\"PASSED\",\"subIndication\":null,"
                    + "\"certificateId\":null,\"selfDeclared\":false,"
                    + "\"validationInstant\":\"2026-01-01T00:00:00Z\",\"warnings\":[],\"checks\":[],"
                    + "\"certificate\":null,\"trustPath\":[],\"trustData\":[]}")
            .isEmpty());
  }

  @Test
  void xml_xsdRefusesAnUnknownSubIndication() {
    VerificationReport r = VerifierMatrixTest.build(MemberState.NL, SubIndication.HASH_FAILURE).verify();
    String xml =
        new String(VerificationReportCodec.xml(Optional.empty(), r), java.nio.charset.StandardCharsets.UTF_8)
            .replace("<subIndication>HASH_FAILURE</subIndication>", "<subIndication>HASH_FAIL</subIndication>");
    assertThrows(
        SAXException.class,
        () -> validateXml(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  @Test
  void hostileMessages_stillValidXmlAndJson() throws Exception {
    String hostile = "<x>&amp;\"quote\" \\ back \u0000nul \u001b esc \u2028 ls \ud800 lone \ud83d\ude00 ]]>";
    VerificationReport r =
        new VerificationReport(
            Indication.FAILED,
            Optional.of(SubIndication.FORMAT_FAILURE),
            List.of(hostile),
            List.of(CheckResult.of(Check.ENVELOPE, SubIndication.FORMAT_FAILURE, hostile)),
            Optional.of(
                new CertificateSummary(
                    CertificateId.of("EUCC-3110-2026-05-0001"), SchemeId.of("EUCC"), "v1",
                    AssuranceLevel.SUBSTANTIAL, ConformityRoute.THIRD_PARTY_CERTIFICATION,
                    hostile, hostile, Optional.of("NL-CB"), hostile,
                    Instant.parse("2026-05-12T09:30:00Z"), LocalDate.of(2028, 5, 12),
                    Optional.of(CertificateStatus.IN_FORCE))),
            List.of(hostile),
            List.of(),
            Instant.parse("2026-06-15T12:00:00Z"),
            false);
    validateXml(VerificationReportCodec.xml(Optional.of(hostile), r));
    String json = VerificationReportCodec.jsonLine(Optional.of(hostile), r);
    assertFalse(json.contains("\n") || json.contains("\u2028"), json);
    assertEquals(List.of(), validateJson(json), json);
    String text = VerificationReportCodec.text(Optional.of("f"), r);
    assertTrue(text.startsWith("f: FAILED / FORMAT_FAILURE\n"), text);
  }

  @Test
  void text_passedReport_listsEveryCheckAndTrustData() {
    VerifyWorld w = new VerifyWorld();
    byte[] env = w.issue(w.content(MemberState.FR, VerifyWorld.ISSUED)).envelope();
    VerificationReport r = w.verifier().verify(env);
    String text = VerificationReportCodec.text(Optional.empty(), r);
    assertTrue(text.startsWith("PASSED\n"), text);
    for (CheckResult c : r.checks()) {
      assertTrue(text.contains("] " + c.check() + ": "), c.check().name());
    }
    for (TrustDataUsed t : r.trustData()) {
      assertTrue(text.contains(t.sha256Hex()), t.id());
    }
    assertEquals(3, r.trustData().size());
  }
}
