/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.NullPointerTester;
import java.io.StringReader;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.validation.Schema;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/** {@link SecureXml}: its readers cannot be weakened and refuse what they must. */
class SecureXmlTest {
  private static final SecureXml XML = SecureXml.create();
  private static final XmlLimits LIMITS = XmlLimits.certificateDefaults();

  @Test
  void newXmlReader_setFeature_refused() {
    XMLReader reader = XML.newXmlReader(LIMITS);

    assertThrows(
        SAXNotSupportedException.class,
        () -> reader.setFeature("http://xml.org/sax/features/external-general-entities", true));
    assertThrows(
        SAXNotSupportedException.class,
        () -> reader.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, false));
  }

  @Test
  void newXmlReader_setProperty_refused() {
    XMLReader reader = XML.newXmlReader(LIMITS);

    assertThrows(
        SAXNotSupportedException.class,
        () ->
            reader.setProperty(
                "http://xml.org/sax/properties/lexical-handler", new DefaultHandler()));
    assertThrows(
        SAXNotSupportedException.class,
        () -> reader.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "all"));
  }

  @Test
  void newXmlReader_setEntityResolver_refused() {
    XMLReader reader = XML.newXmlReader(LIMITS);

    assertThrows(
        UnsupportedOperationException.class, () -> reader.setEntityResolver((p, s) -> null));
  }

  @Test
  void newXmlReader_parseBySystemId_refusedWithoutFetching() {
    XMLReader reader = XML.newXmlReader(LIMITS);

    assertThrows(SAXNotSupportedException.class, () -> reader.parse("file:///etc/passwd"));
    assertThrows(
        SAXNotSupportedException.class,
        () -> reader.parse(new InputSource("http://127.0.0.1:9/x.xml")));
  }

  @Test
  void newXmlReader_doctype_refusedWithDoctypeForbidden() {
    XMLReader reader = XML.newXmlReader(LIMITS);
    reader.setContentHandler(new DefaultHandler());

    SAXException e =
        assertThrows(
            SAXException.class,
            () ->
                reader.parse(
                    new InputSource(
                        new StringReader(
                            "<!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>"))));

    XmlFormatException cause = assertInstanceOf(XmlFormatException.class, e.getException());
    assertEquals(XmlFormatException.XML_DOCTYPE_FORBIDDEN, cause.code());
  }

  @Test
  void newXmlReader_deeperThanLimit_refusedWithTooDeep() {
    XMLReader reader = XML.newXmlReader(new XmlLimits(1000, 3, 1000, 10));
    reader.setContentHandler(new DefaultHandler());

    SAXException e =
        assertThrows(
            SAXException.class,
            () -> reader.parse(new InputSource(new StringReader("<a><b><c><d/></c></b></a>"))));

    assertEquals(
        XmlFormatException.XML_TOO_DEEP,
        assertInstanceOf(XmlFormatException.class, e.getException()).code());
  }

  @Test
  void newXmlReader_atTheLimits_reads() throws Exception {
    XMLReader reader = XML.newXmlReader(new XmlLimits(1000, 3, 4, 2));
    reader.setContentHandler(new DefaultHandler());

    reader.parse(new InputSource(new StringReader("<a x='1' y='2'><b><c/></b><b/></a>")));
  }

  @Test
  void compileSchema_missingResource_throwsIllegalState() {
    assertThrows(
        IllegalStateException.class,
        () -> XML.compileSchema(getClass().getClassLoader(), List.of("org/eucert/xml/none.xsd")));
  }

  @Test
  void compileSchema_shippedSchemas_compileWithImportsResolvedLocally() {
    Schema schema =
        XML.compileSchema(
            getClass().getClassLoader(),
            List.of(CertificateCodec.EUCC_XSD_RESOURCE, CertificateCodec.XSD_RESOURCE));

    // the eucc namespace came from the given resource, not from fetching schemaLocation
    XML.newValidatorHandler(schema);
  }

  @Test
  void publicApi_nullArguments_throwNullPointerException() {
    new NullPointerTester()
        .setDefault(ClassLoader.class, getClass().getClassLoader())
        .setDefault(Schema.class, XML.compileSchema(getClass().getClassLoader(), List.of(SchemeCodec.XSD_RESOURCE)))
        .testAllPublicInstanceMethods(XML);
  }
}
