/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.function.Executable;
import org.xml.sax.SAXException;

/** Test fixtures for the XML codecs: vectors, the shared codecs, an independent XSD validator. */
final class Documents {
  /** Built once per test JVM: codecs are immutable and costly to build. */
  static final SchemeCodec SCHEMES = SchemeCodec.create();

  static final CertificateCodec CERTIFICATES = CertificateCodec.create();

  private Documents() {}

  static byte[] resource(String name) {
    try (InputStream in = Documents.class.getResourceAsStream("/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static String text(String resource) {
    return utf8(resource(resource));
  }

  static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** {@code text} with {@code from} replaced once; fails if {@code from} is not there. */
  static String replaceOnce(String text, String from, String to) {
    int i = text.indexOf(from);
    if (i < 0) {
      fail("test document has no '" + from + "'");
    }
    return text.substring(0, i) + to + text.substring(i + from.length());
  }

  /** {@code text} with a DOCTYPE (and anything else) inserted right after the XML declaration. */
  static String afterDeclaration(String text, String insert) {
    int end = text.indexOf("?>") + 2;
    return text.substring(0, end) + "\n" + insert + text.substring(end);
  }

  static XmlFormatException assertRefused(String code, Executable parse) {
    XmlFormatException e = assertThrows(XmlFormatException.class, parse);
    assertEquals(code, e.code(), () -> "unexpected code; message: " + e.getMessage());
    return e;
  }

  /**
   * An XSD validator built with the JDK's plain factory straight from the shipped files, so that
   * "valid against the XSD" does not depend on the codec's own machinery.
   */
  static Schema independentSchema(String... xsdResources) {
    try {
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      List<Source> sources = new ArrayList<>();
      for (String r : xsdResources) {
        URL url = Documents.class.getResource("/" + r);
        sources.add(new StreamSource(url.toExternalForm()));
      }
      return factory.newSchema(sources.toArray(new Source[0]));
    } catch (SAXException e) {
      throw new IllegalStateException(e);
    }
  }

  static void assertValid(Schema schema, byte[] xml) {
    try {
      schema.newValidator().validate(new StreamSource(new java.io.ByteArrayInputStream(xml)));
    } catch (SAXException | IOException e) {
      fail("not valid against the XSD: " + e.getMessage() + "\n" + utf8(xml));
    }
  }
}
