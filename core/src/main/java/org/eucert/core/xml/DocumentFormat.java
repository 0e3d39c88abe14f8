/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.xml;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.eucert.core.xml.XmlFormatException.JSON_INVALID;
import static org.eucert.core.xml.XmlFormatException.JSON_TOO_LARGE;
import static org.eucert.core.xml.XmlFormatException.XML_INVALID_CONTENT;
import static org.eucert.core.xml.XmlFormatException.XML_NOT_REPRESENTABLE;
import static org.eucert.core.xml.XmlFormatException.XML_NOT_WELL_FORMED;
import static org.eucert.core.xml.XmlFormatException.XML_SCHEMA_INVALID;
import static org.eucert.core.xml.XmlFormatException.XML_TOO_LARGE;
import static org.eucert.core.xml.XmlFormatException.XML_UNKNOWN_NAMESPACE;
import static org.eucert.core.xml.XmlFormatException.XML_UNSUPPORTED_VERSION;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.JAXBIntrospector;
import jakarta.xml.bind.Marshaller;
import jakarta.xml.bind.Unmarshaller;
import jakarta.xml.bind.UnmarshallerHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.ValidatorHandler;
import org.eclipse.persistence.jaxb.JAXBContextFactory;
import org.eclipse.persistence.jaxb.MarshallerProperties;
import org.eclipse.persistence.jaxb.UnmarshallerProperties;
import org.xml.sax.Attributes;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * One document type in XML and JSON: its XSD, its binding class {@code B}, its record {@code R} and
 * the mappers between them. The machinery shared by the codecs.
 *
 * <p>Reading XML is one pass: the secure reader (limits, no DOCTYPE) feeds a namespace check, which
 * feeds the XSD validator, which feeds MOXy's unmarshaller; the first refusal stops the parse.
 * Reading JSON: a strict JSON check (size, UTF-8, grammar, repeated keys, depth), MOXy's JSON
 * unmarshaller on the same binding classes, then two checks that make JSON as strict as XML: the
 * binding, written back as JSON, must equal the input (so nothing was unknown, dropped, coerced or
 * null), and the binding, written as XML events, must be valid against the same XSD. Writing
 * either form reads the result back and compares it with the record, so what is written always
 * reads back equal.
 *
 * <p>Immutable and thread-safe: the JAXB context, the compiled schema and the factories are built
 * once, in the constructor; the XML reading pipeline (reader, validator handler, unmarshaller) is
 * built once per thread and reused, and dropped after any refusal (building it cost several times
 * the read itself, on the verification hot path, ARCHITECTURE.md section 11); marshallers and the
 * JSON path are made per call.
 */
final class DocumentFormat<B, R> {
  private static final Pattern VERSIONED = Pattern.compile("(urn:eucert:.+):([0-9]{1,9})");

  private final String kind;
  private final Class<B> type;
  private final Function<B, R> toRecord;
  private final Function<R, B> toBinding;
  private final XmlLimits limits;
  private final SecureXml secureXml;
  private final Schema schema;
  private final JAXBContext context;
  private final ImmutableSet<String> namespaces;
  private final ImmutableSet<String> families;
  private final ImmutableMap<String, String> prefixes;
  private final ThreadLocal<Pipeline> pipelines = ThreadLocal.withInitial(Pipeline::new);

  /**
   * @param kind the document's name in messages, e.g. {@code certificate}
   * @param prefixes every namespace of the document type with its prefix ("" for the default)
   * @param xsds the XSD resources, imported ones first
   */
  DocumentFormat(
      String kind,
      Class<B> type,
      Function<B, R> toRecord,
      Function<R, B> toBinding,
      XmlLimits limits,
      Map<String, String> prefixes,
      List<String> xsds) {
    this.kind = kind;
    this.type = type;
    this.toRecord = toRecord;
    this.toBinding = toBinding;
    this.limits = checkNotNull(limits, "limits");
    this.prefixes = ImmutableMap.copyOf(prefixes);
    this.namespaces = this.prefixes.keySet();
    ImmutableSet.Builder<String> f = ImmutableSet.builder();
    for (String ns : namespaces) {
      Matcher m = VERSIONED.matcher(ns);
      if (m.matches()) {
        f.add(m.group(1));
      }
    }
    this.families = f.build();
    this.secureXml = SecureXml.create();
    this.schema = secureXml.compileSchema(DocumentFormat.class.getClassLoader(), xsds);
    try {
      // MOXy directly: no jaxb.properties or service lookup decides which provider binds us
      this.context = JAXBContextFactory.createContext(new Class<?>[] {type}, Map.of());
    } catch (JAXBException e) {
      throw new IllegalStateException("cannot bind " + type.getName(), e);
    }
  }

  XmlLimits limits() {
    return limits;
  }

  R parse(byte[] xml) {
    return map(readXml(xml), XML_INVALID_CONTENT);
  }

  R parseJson(byte[] json) {
    return map(readJson(json), JSON_INVALID);
  }

  byte[] write(R record) {
    checkNotNull(record, "record");
    byte[] xml = writeXml(toBinding.apply(record));
    R back;
    try {
      back = parse(xml);
    } catch (XmlFormatException e) {
      throw notRepresentable("XML", e);
    }
    checkReadsBackEqual(record, back, "XML");
    return xml;
  }

  byte[] writeJson(R record) {
    checkNotNull(record, "record");
    byte[] json = writeJsonText(toBinding.apply(record)).getBytes(StandardCharsets.UTF_8);
    R back;
    try {
      back = parseJson(json);
    } catch (XmlFormatException e) {
      throw notRepresentable("JSON", e);
    }
    checkReadsBackEqual(record, back, "JSON");
    return json;
  }

  private R map(B binding, String code) {
    try {
      return toRecord.apply(binding);
    } catch (IllegalArgumentException
        | NullPointerException
        | DateTimeException
        | ArithmeticException e) {
      throw new XmlFormatException(
          code, kind + " document: the content is refused: " + e.getMessage(), e);
    }
  }

  private B readXml(byte[] xml) {
    checkNotNull(xml, "xml");
    if (xml.length > limits.maxBytes()) {
      throw new XmlFormatException(
          XML_TOO_LARGE,
          kind
              + " document has "
              + xml.length
              + " bytes; at most "
              + limits.maxBytes()
              + " are accepted");
    }
    if (xml.length == 0) {
      throw new XmlFormatException(XML_NOT_WELL_FORMED, kind + " document is empty");
    }
    Pipeline p = pipelines.get();
    boolean done = false;
    try {
      // MOXy streams from the SAX events (an UnmarshallerHandler would build a DOM first)
      B result =
          p.unmarshaller
              .unmarshal(new SAXSource(p.feed, new InputSource(new ByteArrayInputStream(xml))), type)
              .getValue();
      if (result == null) {
        throw new XmlFormatException(XML_INVALID_CONTENT, kind + " document has no content");
      }
      done = true;
      return result;
    } catch (JAXBException | RuntimeException e) {
      if (e instanceof XmlFormatException x) {
        throw x;
      }
      Throwable io = ioCause(e);
      if (io != null) {
        // the JDK reports bytes that are not in the document's encoding as an I/O error
        throw new XmlFormatException(
            XML_NOT_WELL_FORMED, kind + " document cannot be decoded: " + io.getMessage(), io);
      }
      throw refusal(e, saxCause(e) ? XML_NOT_WELL_FORMED : XML_INVALID_CONTENT);
    } finally {
      if (!done) {
        pipelines.remove(); // after a refusal nothing of a half-read document is reused
      }
    }
  }

  private static Throwable ioCause(Throwable e) {
    Throwable t = e;
    for (int i = 0; t != null && i < 32; i++) {
      if (t instanceof IOException) {
        return t;
      }
      if (t instanceof XmlFormatException || t instanceof SAXException) {
        return null;
      }
      t = t instanceof JAXBException j && j.getLinkedException() != null ? j.getLinkedException() : t.getCause();
    }
    return null;
  }

  private static boolean saxCause(Throwable e) {
    Throwable t = e;
    for (int i = 0; t != null && i < 32; i++) {
      if (t instanceof SAXException) {
        return true;
      }
      t = t instanceof JAXBException j && j.getLinkedException() != null ? j.getLinkedException() : t.getCause();
    }
    return false;
  }

  /**
   * The reading pipeline of one thread: the secure reader, the namespace check, the XSD validator
   * handler and the unmarshaller, built on a thread's first read and reused by its later reads
   * (building them costs several times the read itself). Each read gets a fresh unmarshaller
   * handler; the reader resets its limits and the validator its state at each document; a
   * pipeline that saw a refusal or an error is dropped and built anew.
   */
  private final class Pipeline {
    final Feed feed;
    final Unmarshaller unmarshaller;

    Pipeline() {
      try {
        unmarshaller = context.createUnmarshaller();
        unmarshaller.setEventHandler(event -> false); // stop at the first event, warnings included
      } catch (JAXBException e) {
        throw new IllegalStateException("cannot create an unmarshaller for " + kind, e);
      }
      ValidatorHandler validator = secureXml.newValidatorHandler(schema);
      validator.setErrorHandler(new Refusing(XML_SCHEMA_INVALID));
      NamespaceCheck check = new NamespaceCheck();
      check.setContentHandler(validator);
      XMLReader reader = secureXml.newXmlReader(limits);
      reader.setContentHandler(check);
      reader.setErrorHandler(new Refusing(XML_NOT_WELL_FORMED));
      feed = new Feed(reader, validator);
    }
  }

  /**
   * The reader MOXy reads from: the secure reader, through the namespace check and the XSD
   * validator, into whatever content handler MOXy sets. MOXy's own settings are ignored: the
   * secure reader's features are fixed.
   */
  private static final class Feed extends XMLFilterImpl {
    private final XMLReader secure;
    private final ValidatorHandler validator;

    Feed(XMLReader secure, ValidatorHandler validator) {
      this.secure = secure;
      this.validator = validator;
    }

    @Override
    public void setContentHandler(org.xml.sax.ContentHandler handler) {
      super.setContentHandler(handler);
      validator.setContentHandler(handler);
    }

    @Override
    public void setFeature(String name, boolean value) {}

    @Override
    public void setProperty(String name, Object value) {}

    @Override
    public void setErrorHandler(ErrorHandler handler) {}

    @Override
    public void setEntityResolver(org.xml.sax.EntityResolver resolver) {}

    @Override
    public void setDTDHandler(org.xml.sax.DTDHandler handler) {}

    @Override
    public void parse(InputSource input) throws SAXException, IOException {
      secure.parse(input);
    }

    @Override
    public void parse(String systemId) throws SAXException {
      throw new SAXException("documents are read from bytes only");
    }
  }

  private byte[] writeXml(B binding) {
    try {
      Marshaller m = context.createMarshaller();
      m.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
      m.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, Boolean.TRUE);
      m.setProperty(MarshallerProperties.INDENT_STRING, "  ");
      m.setProperty(MarshallerProperties.NAMESPACE_PREFIX_MAPPER, prefixes);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      m.marshal(binding, out);
      return out.toByteArray();
    } catch (JAXBException | RuntimeException e) {
      throw notRepresentable("XML", refusal(e, XML_NOT_REPRESENTABLE));
    }
  }

  private B readJson(byte[] json) {
    checkNotNull(json, "json");
    if (json.length > limits.maxBytes()) {
      throw new XmlFormatException(
          JSON_TOO_LARGE,
          kind
              + " JSON document has "
              + json.length
              + " bytes; at most "
              + limits.maxBytes()
              + " are accepted");
    }
    if (json.length == 0) {
      throw new XmlFormatException(JSON_INVALID, kind + " JSON document is empty");
    }
    String text = StrictJson.decodeUtf8(json);
    Object input = StrictJson.parse(text, limits.maxDepth());
    if (!(input instanceof Map)) {
      throw new XmlFormatException(JSON_INVALID, kind + " JSON document is not a JSON object");
    }
    B binding;
    try {
      Unmarshaller u = context.createUnmarshaller();
      u.setProperty(UnmarshallerProperties.MEDIA_TYPE, "application/json");
      u.setProperty(UnmarshallerProperties.JSON_INCLUDE_ROOT, Boolean.TRUE);
      u.setProperty(UnmarshallerProperties.JSON_WRAPPER_AS_ARRAY_NAME, Boolean.TRUE);
      u.setEventHandler(event -> false);
      binding = u.unmarshal(new StreamSource(new StringReader(text)), type).getValue();
    } catch (JAXBException | RuntimeException e) {
      XmlFormatException x = refusal(e, JSON_INVALID);
      throw x.getCause() == e
          ? new XmlFormatException(
              JSON_INVALID,
              kind + " JSON document does not have the shape of one: " + describe(e),
              e)
          : x;
    }
    if (binding == null) {
      throw new XmlFormatException(JSON_INVALID, kind + " JSON document has no content");
    }
    // 1. MOXy reads leniently (unknown fields dropped, "5" read as 5, a scalar as a list, the last
    // of repeated keys): what it read, written back, must be exactly what was given
    Object canonical;
    try {
      canonical = StrictJson.parse(writeJsonText(binding), StrictJson.HARD_MAX_DEPTH);
    } catch (XmlFormatException e) {
      throw new XmlFormatException(JSON_INVALID, kind + " JSON document: " + e.getMessage(), e);
    }
    Optional<String> difference = StrictJson.firstDifference(input, canonical);
    if (difference.isPresent()) {
      throw new XmlFormatException(
          JSON_INVALID,
          kind
              + " JSON document, at "
              + difference.get()
              + ": not a field of this document, or a value of the wrong type (null, an empty"
              + " array, a number as a string or a string as a number, a single value for a"
              + " list)");
    }
    // 2. the same XSD as the XML twin: required fields, cardinality, enumerations, lengths
    ValidatorHandler validator = secureXml.newValidatorHandler(schema);
    validator.setErrorHandler(new Refusing(JSON_INVALID));
    try {
      context.createMarshaller().marshal(binding, validator);
    } catch (JAXBException | RuntimeException e) {
      throw refusal(e, JSON_INVALID);
    }
    return binding;
  }

  private String writeJsonText(B binding) {
    try {
      Marshaller m = context.createMarshaller();
      m.setProperty(MarshallerProperties.MEDIA_TYPE, "application/json");
      m.setProperty(MarshallerProperties.JSON_INCLUDE_ROOT, Boolean.TRUE);
      m.setProperty(MarshallerProperties.JSON_WRAPPER_AS_ARRAY_NAME, Boolean.TRUE);
      m.setProperty(MarshallerProperties.JSON_MARSHAL_EMPTY_COLLECTIONS, Boolean.FALSE);
      m.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, Boolean.FALSE);
      StringWriter out = new StringWriter();
      m.marshal(binding, out);
      return out.toString();
    } catch (JAXBException | RuntimeException e) {
      throw notRepresentable("JSON", refusal(e, XML_NOT_REPRESENTABLE));
    }
  }

  private void checkReadsBackEqual(R record, R back, String form) {
    if (!back.equals(record)) {
      throw new XmlFormatException(
          XML_NOT_REPRESENTABLE,
          kind
              + " cannot be written as "
              + form
              + " so that it reads back equal: a value changes on the way, e.g. an identifier or"
              + " code with leading, trailing or repeated spaces, which the XSD collapses");
    }
  }

  private XmlFormatException notRepresentable(String form, XmlFormatException e) {
    if (e.code().equals(XML_NOT_REPRESENTABLE)) {
      return e;
    }
    return new XmlFormatException(
        XML_NOT_REPRESENTABLE,
        kind + " cannot be written as " + form + ": " + e.getMessage(),
        e);
  }

  /** The XmlFormatException behind {@code e}, or a new one with {@code code}. */
  private XmlFormatException refusal(Throwable e, String code) {
    Throwable t = e;
    for (int i = 0; t != null && i < 32; i++) { // bounded: cause chains may loop
      if (t instanceof XmlFormatException x) {
        return x;
      }
      if (t instanceof SAXException s && s.getException() != null) {
        t = s.getException();
      } else if (t instanceof JAXBException j && j.getLinkedException() != null) {
        t = j.getLinkedException();
      } else {
        t = t.getCause();
      }
    }
    if (e instanceof SAXParseException p) {
      return new XmlFormatException(
          code, kind + " document: " + p.getMessage(), p.getLineNumber(), p.getColumnNumber(), p);
    }
    return new XmlFormatException(code, kind + " document: " + describe(e), e);
  }

  private static String describe(Throwable e) {
    Throwable root = e;
    for (int i = 0; i < 32 && root.getCause() != null && root.getCause() != root; i++) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  /** Turns every error reported to it into a refusal with one code; ignores warnings. */
  private final class Refusing implements ErrorHandler {
    private final String code;

    Refusing(String code) {
      this.code = code;
    }

    @Override
    public void warning(SAXParseException e) {}

    @Override
    public void error(SAXParseException e) throws SAXException {
      throw wrap(e);
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
      throw wrap(e);
    }

    private SAXException wrap(SAXParseException e) {
      String message =
          (code.equals(JSON_INVALID) ? kind + " JSON document does not match the XSD: " : kind
              + " document: ") + e.getMessage();
      int line = code.equals(JSON_INVALID) ? -1 : e.getLineNumber();
      int column = code.equals(JSON_INVALID) ? -1 : e.getColumnNumber();
      return new SAXException(
          e.getMessage(), new XmlFormatException(code, message, line, column, e));
    }
  }

  /**
   * Refuses elements outside the document type's namespaces, telling an unknown namespace from a
   * major version this reader does not know, and namespaced attributes ({@code xsi:type}, {@code
   * xsi:schemaLocation}, ...), which no eucert document uses.
   */
  private final class NamespaceCheck extends XMLFilterImpl {
    private Locator locator;

    @Override
    public void setDocumentLocator(Locator locator) {
      this.locator = locator;
      super.setDocumentLocator(locator);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts)
        throws SAXException {
      if (!namespaces.contains(uri)) {
        Matcher m = VERSIONED.matcher(uri);
        if (m.matches() && families.contains(m.group(1))) {
          throw refuse(
              XML_UNSUPPORTED_VERSION,
              "element <"
                  + qName
                  + "> is in "
                  + shorten(uri)
                  + ", a version this reader does not know; it reads "
                  + namespaces);
        }
        throw refuse(
            XML_UNKNOWN_NAMESPACE,
            "element <"
                + qName
                + "> is in "
                + (uri.isEmpty() ? "no namespace" : "namespace " + shorten(uri))
                + "; a "
                + kind
                + " document uses "
                + namespaces);
      }
      for (int i = 0; i < atts.getLength(); i++) {
        if (!atts.getURI(i).isEmpty()) {
          throw refuse(
              XML_SCHEMA_INVALID,
              "attribute "
                  + atts.getQName(i)
                  + " on <"
                  + qName
                  + "> is not allowed: eucert documents have no namespaced attributes");
        }
      }
      super.startElement(uri, localName, qName, atts);
    }

    private SAXException refuse(String code, String message) {
      int line = locator == null ? -1 : locator.getLineNumber();
      int column = locator == null ? -1 : locator.getColumnNumber();
      return new SAXException(
          message,
          new XmlFormatException(code, kind + " document: " + message, line, column, null));
    }

    private String shorten(String s) {
      return s.length() <= 100 ? s : s.substring(0, 100) + "...";
    }
  }
}
