/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.xml;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.ValidatorHandler;
import org.eucert.core.internal.SuppressForbidden;
import org.xml.sax.Attributes;
import org.xml.sax.EntityResolver;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DefaultHandler2;
import org.xml.sax.ext.Locator2;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * The one place in eucert that creates XML parser and schema factories, configured so that parsing
 * untrusted bytes cannot reach outside the document: no document type declaration of any kind
 * (DOCTYPE), hence no entity expansion and no external entities; no access to external DTDs or
 * schemas ({@link XMLConstants#ACCESS_EXTERNAL_DTD}, {@link XMLConstants#ACCESS_EXTERNAL_SCHEMA}
 * empty); {@link XMLConstants#FEATURE_SECURE_PROCESSING} on; no XInclude; XML 1.0 in UTF-8 only;
 * and {@link XmlLimits} enforced while parsing. The JDK's own implementations are used, whatever else is on the class
 * path.
 *
 * <p>Readers from {@link #newXmlReader} cannot be weakened: their features and properties are
 * fixed, they refuse to resolve entities, and they read only the bytes or characters handed to
 * them, never a system id. A refusal surfaces from {@code parse} as a {@link SAXException} whose
 * {@link SAXException#getException() wrapped exception} is an {@link XmlFormatException} with the
 * code {@code XML_DOCTYPE_FORBIDDEN}, {@code XML_TOO_DEEP}, {@code XML_TOO_LARGE} or (another XML
 * version or encoding) {@code XML_NOT_WELL_FORMED}.
 *
 * <p>Thread-safe: the factories are configured once, in the constructor, and never changed
 * afterwards; the JDK creates parsers from an unchanged factory without shared mutable state, and
 * schema compilation is serialised. Each reader and validator handler is for one thread and one
 * document.
 *
 * @since 0.1
 */
@SuppressForbidden(
    reason = "the one place that creates XML parser and schema factories (STYLE.md section 5)")
public final class SecureXml {
  private static final String LEXICAL_HANDLER = "http://xml.org/sax/properties/lexical-handler";

  private final SAXParserFactory parsers;
  private final SchemaFactory schemas; // guarded by itself

  private SecureXml() {
    try {
      parsers = SAXParserFactory.newDefaultInstance();
      parsers.setNamespaceAware(true);
      parsers.setValidating(false);
      parsers.setXIncludeAware(false);
      parsers.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      parsers.setFeature("http://xml.org/sax/features/external-general-entities", false);
      parsers.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      parsers.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      schemas = SchemaFactory.newDefaultInstance();
      schemas.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      schemas.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      schemas.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("the JDK's XML parsers cannot be configured securely", e);
    }
  }

  /** Creates the factories; do this once and keep the instance (codecs do). */
  public static SecureXml create() {
    return new SecureXml();
  }

  /**
   * A namespace-aware, non-validating SAX reader for one untrusted document, enforcing {@code
   * limits}' depth, element and attribute bounds while it reads (the byte size is the caller's to
   * check, before parsing). Parse only from an {@link InputSource} with a byte or character stream.
   */
  public XMLReader newXmlReader(XmlLimits limits) {
    checkNotNull(limits, "limits");
    try {
      SAXParser parser = parsers.newSAXParser();
      parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      return new GuardedReader(parser.getXMLReader(), limits);
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("the JDK's SAX parser cannot be configured securely", e);
    }
  }

  /**
   * Compiles XSDs shipped as class path resources, in the given order (an imported schema before
   * the one that imports it). Nothing outside these resources is read.
   *
   * @param loader the class loader holding the resources
   * @param resources resource names such as {@code org/eucert/xml/scheme.xsd}
   * @throws IllegalStateException if a resource is missing or not a valid XSD: the jar is broken
   */
  public Schema compileSchema(ClassLoader loader, List<String> resources) {
    checkNotNull(loader, "loader");
    checkArgument(!resources.isEmpty(), "no schema resources");
    Source[] sources = new Source[resources.size()];
    for (int i = 0; i < sources.length; i++) {
      String name = resources.get(i);
      try (InputStream in = loader.getResourceAsStream(name)) {
        checkState(in != null, "missing schema resource " + name);
        // the system id only names the schema in messages and resolves relative imports, which
        // are found among the sources already given and never fetched
        sources[i] = new StreamSource(new ByteArrayInputStream(in.readAllBytes()), name);
      } catch (IOException e) {
        throw new IllegalStateException("cannot read schema resource " + name, e);
      }
    }
    synchronized (schemas) {
      try {
        return schemas.newSchema(sources);
      } catch (SAXException e) {
        throw new IllegalStateException("invalid schema resources " + resources, e);
      }
    }
  }

  /**
   * A validator for one document against {@code schema}, with external access off. Feed it SAX
   * events; set its error handler to decide what a validation error does.
   */
  public ValidatorHandler newValidatorHandler(Schema schema) {
    checkNotNull(schema, "schema");
    ValidatorHandler handler = schema.newValidatorHandler();
    try {
      handler.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      handler.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      handler.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    } catch (SAXException e) {
      throw new IllegalStateException("the JDK's validator cannot be configured securely", e);
    }
    return handler;
  }

  private static void checkState(boolean ok, String message) {
    if (!ok) {
      throw new IllegalStateException(message);
    }
  }

  /** The reader handed out: the JDK's parser behind a filter that enforces limits and refusals. */
  private static final class GuardedReader extends XMLFilterImpl {
    private final XmlLimits limits;
    private Locator locator;
    private int depth;
    private int elements;

    GuardedReader(XMLReader parent, XmlLimits limits) throws SAXException {
      super(parent);
      this.limits = limits;
      // startDTD is reported as soon as "<!DOCTYPE name ...": before the internal subset is read,
      // so no entity is ever declared, let alone expanded or fetched
      parent.setProperty(
          LEXICAL_HANDLER,
          new DefaultHandler2() {
            @Override
            public void startDTD(String name, String publicId, String systemId)
                throws SAXException {
              throw refusal(
                  XmlFormatException.XML_DOCTYPE_FORBIDDEN,
                  "a document type declaration (<!DOCTYPE " + name + " ...>) is not allowed");
            }
          });
    }

    @Override
    public void setFeature(String name, boolean value) throws SAXNotSupportedException {
      throw new SAXNotSupportedException("the features of a SecureXml reader are fixed: " + name);
    }

    @Override
    public void setProperty(String name, Object value) throws SAXNotSupportedException {
      throw new SAXNotSupportedException("the properties of a SecureXml reader are fixed: " + name);
    }

    @Override
    public void setEntityResolver(EntityResolver resolver) {
      throw new UnsupportedOperationException("a SecureXml reader resolves no entities");
    }

    @Override
    public InputSource resolveEntity(String publicId, String systemId) throws SAXException {
      throw refusal(
          XmlFormatException.XML_DOCTYPE_FORBIDDEN, "external entities are not allowed");
    }

    @Override
    public void parse(String systemId) throws SAXException {
      throw new SAXNotSupportedException("a SecureXml reader does not fetch documents by URI");
    }

    @Override
    public void parse(InputSource input) throws SAXException, IOException {
      checkNotNull(input, "input");
      if (input.getByteStream() == null && input.getCharacterStream() == null) {
        throw new SAXNotSupportedException("a SecureXml reader does not fetch documents by URI");
      }
      depth = 0;
      elements = 0;
      super.parse(input);
    }

    @Override
    public void setDocumentLocator(Locator locator) {
      this.locator = locator;
      super.setDocumentLocator(locator);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts)
        throws SAXException {
      if (elements == 0) {
        checkVersionAndEncoding();
      }
      if (++depth > limits.maxDepth()) {
        throw refusal(
            XmlFormatException.XML_TOO_DEEP,
            "elements nest deeper than " + limits.maxDepth() + " levels");
      }
      if (++elements > limits.maxElements()) {
        throw refusal(
            XmlFormatException.XML_TOO_LARGE,
            "the document has more than " + limits.maxElements() + " elements");
      }
      if (atts.getLength() > limits.maxAttributes()) {
        throw refusal(
            XmlFormatException.XML_TOO_LARGE,
            "element <" + qName + "> has more than " + limits.maxAttributes() + " attributes");
      }
      super.startElement(uri, localName, qName, atts);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
      depth--;
      super.endElement(uri, localName, qName);
    }

    /**
     * XML 1.0 in UTF-8 (or its subset US-ASCII) only: XML 1.1 admits control characters ({@code
     * &#x1;}) that no XML 1.0 document can carry, and one encoding keeps signed bytes and their
     * JSON twin comparable.
     */
    private void checkVersionAndEncoding() throws SAXException {
      if (!(locator instanceof Locator2 l)) {
        return; // the JDK's parser always provides one
      }
      if (l.getXMLVersion() != null && !l.getXMLVersion().equals("1.0")) {
        throw refusal(
            XmlFormatException.XML_NOT_WELL_FORMED,
            "XML " + l.getXMLVersion() + " is not accepted: eucert documents are XML 1.0");
      }
      String encoding = l.getEncoding();
      if (encoding != null && !isUtf8(encoding)) {
        throw refusal(
            XmlFormatException.XML_NOT_WELL_FORMED,
            "encoding " + encoding + " is not accepted: eucert documents are UTF-8");
      }
    }

    private static boolean isUtf8(String encoding) {
      try {
        Charset c = Charset.forName(encoding);
        return c.equals(StandardCharsets.UTF_8) || c.equals(StandardCharsets.US_ASCII);
      } catch (IllegalArgumentException e) {
        return false;
      }
    }

    private SAXException refusal(String code, String message) {
      int line = locator == null ? -1 : locator.getLineNumber();
      int column = locator == null ? -1 : locator.getColumnNumber();
      return new SAXException(message, new XmlFormatException(code, message, line, column, null));
    }
  }
}
