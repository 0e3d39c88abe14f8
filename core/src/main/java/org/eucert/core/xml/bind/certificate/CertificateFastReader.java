/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.xml.bind.certificate;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eucert.core.xml.bind.XmlNamespaces;
import org.eucert.core.xml.bind.eucc.XmlEuccPart;

/**
 * Reads the common form of certificate content without the general machinery, for the
 * verification hot path (ARCHITECTURE.md section 11: the XSD-validating JAXB read cost more than
 * the signature check itself). Not API.
 *
 * <p>It reads a subset of XML completely: UTF-8 (strictly decoded), an optional declaration
 * {@code <?xml version="1.0" encoding="UTF-8"?>}, namespace declarations on the root element
 * only, ASCII names, the predefined entities and character references, whitespace between
 * elements. Within that subset it checks everything {@code certificate.xsd} and {@code
 * eucc-certificate.xsd} say: the namespaces, every element's order and occurrences, every length,
 * pattern, enumeration and date, the one attribute ({@code property/@name}) and its uniqueness,
 * and the {@link org.eucert.core.xml.XmlLimits} bounds.
 *
 * <p>It never refuses: for anything outside the subset (a comment, CDATA, a processing
 * instruction, a DOCTYPE, another encoding, whitespace around a token value, a carriage return)
 * and for anything the XSDs refuse, it answers {@code null}, and the caller reads the document
 * with the full reader (secure parser, XSD validator, MOXy), which decides and explains. So it can
 * only ever accept a document the full reader accepts, with the same binding: {@code
 * CertificateFastReaderProperties} compares the two over arbitrary, mutated and re-formatted
 * documents. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class CertificateFastReader {
  private static final String C = XmlNamespaces.CERTIFICATE;
  private static final String E = XmlNamespaces.EUCC_CERTIFICATE;
  private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
  private static final String SHORT_DECLARATION = "<?xml version=\"1.0\"?>";
  private static final Set<String> LEVELS = Set.of("BASIC", "SUBSTANTIAL", "HIGH");
  private static final Set<String> OBJECT_TYPES =
      Set.of(
          "ICT_PRODUCT", "ICT_SERVICE", "ICT_PROCESS", "MANAGED_SECURITY_SERVICE", "PROTECTION_PROFILE");
  private static final Set<String> PACKAGE_KINDS =
      Set.of(
          "EAL_CONFORMANT", "EAL_AUGMENTED", "SPECIFIC_ASSURANCE_PACKAGE", "PACKAGE_CONFORMANT_TO_PP");
  private static final String[] ENTITIES = {"&amp;", "&lt;", "&gt;", "&quot;", "&apos;"};
  private static final char[] ENTITY_VALUES = {'&', '<', '>', '"', '\''};

  private CertificateFastReader() {}

  /**
   * The binding of {@code xml}, or null if the full reader must decide. Never throws.
   *
   * @param maxDepth the deepest nesting accepted (root is 1); deeper gives null
   * @param maxElements the most elements accepted; more gives null
   * @param maxAttributes the most attributes (namespace declarations included) on one element
   */
  public static XmlCertificate read(byte[] xml, int maxDepth, int maxElements, int maxAttributes) {
    String text = decode(xml);
    if (text == null) {
      return null;
    }
    try {
      return new Scan(text, maxDepth, maxElements, maxAttributes).document();
    } catch (RuntimeException e) {
      // Unsure, or a fault of this reader: either way the full reader decides
      return null;
    }
  }

  /** The document as text: ASCII copied, anything else decoded strictly; null if not UTF-8. */
  private static String decode(byte[] xml) {
    for (byte b : xml) {
      if (b < 0) {
        try {
          return StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(xml))
              .toString();
        } catch (CharacterCodingException e) {
          return null;
        }
      }
    }
    return new String(xml, StandardCharsets.ISO_8859_1);
  }

  /** Outside the subset or refused by the XSD: the full reader decides. No stack trace. */
  private static final class Unsure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final Unsure INSTANCE = new Unsure();

    private Unsure() {
      super("outside the fast reader's subset", null, false, false);
    }
  }

  private static Unsure unsure() {
    return Unsure.INSTANCE;
  }

  /** The simple types of the two XSDs, with their facets. */
  private enum Type {
    TEXT(1, 1000, false),
    LONG_TEXT(1, 20_000, false),
    URL(1, 2000, false),
    PACKAGE_NAME(0, 200, false),
    PROPERTY_VALUE(0, 4000, false),
    CODE(1, 200, true),
    CERTIFICATE_ID {
      @Override
      boolean accepts(String v) {
        return ascii(v, 80, true, false, "./_-");
      }
    },
    BODY_ID {
      @Override
      boolean accepts(String v) {
        return ascii(v, 64, true, false, "._-");
      }
    },
    SCHEME_ID {
      @Override
      boolean accepts(String v) {
        if (v.isEmpty() || v.length() > 32 || !upper(v.charAt(0))) {
          return false;
        }
        for (int i = 1; i < v.length(); i++) {
          char c = v.charAt(i);
          if (!upper(c) && !digit(c) && c != '_' && c != '-') {
            return false;
          }
        }
        return true;
      }
    },
    VERSION {
      @Override
      boolean accepts(String v) {
        return ascii(v, 32, false, false, "._-");
      }
    },
    PROPERTY_NAME {
      @Override
      boolean accepts(String v) {
        return ascii(v, 64, true, true, "._-");
      }
    },
    INSTANT {
      @Override
      boolean accepts(String v) {
        // \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z, and a real xs:dateTime
        int n = v.length();
        if (n != 20 && (n < 22 || n > 27) || !date(v) || v.charAt(10) != 'T') {
          return false;
        }
        if (!digits(v, 11, 13) || v.charAt(13) != ':' || !digits(v, 14, 16) || v.charAt(16) != ':'
            || !digits(v, 17, 19) || v.charAt(n - 1) != 'Z') {
          return false;
        }
        if (n > 20 && (v.charAt(19) != '.' || !digits(v, 20, n - 1))) {
          return false;
        }
        return number(v, 11, 13) <= 23 && number(v, 14, 16) <= 59 && number(v, 17, 19) <= 59;
      }
    },
    DATE {
      @Override
      boolean accepts(String v) {
        return v.length() == 10 && date(v);
      }
    },
    ASSURANCE_LEVEL {
      @Override
      boolean accepts(String v) {
        return LEVELS.contains(v);
      }
    },
    OBJECT_TYPE {
      @Override
      boolean accepts(String v) {
        return OBJECT_TYPES.contains(v);
      }
    },
    PACKAGE_KIND {
      @Override
      boolean accepts(String v) {
        return PACKAGE_KINDS.contains(v);
      }
    };

    private final int min;
    private final int max;
    private final boolean token;

    /** A string (or, with {@code token}, an xs:token) type with length facets. */
    Type(int min, int max, boolean token) {
      this.min = min;
      this.max = max;
      this.token = token;
    }

    /** A type whose {@link #accepts} says it all. */
    Type() {
      this(0, Integer.MAX_VALUE, false);
    }

    boolean accepts(String value) {
      return (!token || collapsed(value)) && length(value, min, max);
    }

    /**
     * Within the length facets, counted in UTF-16 units. The XSDs count characters, but the
     * JDK's validator refuses a value whose UTF-16 length exceeds the bound, so counting units is
     * the stricter of the two, and a value between them is left to the general reader.
     */
    static boolean length(String v, int min, int max) {
      int units = v.length();
      return units >= min && units <= max;
    }

    /** Already in xs:token's collapsed form, so the value the XSD checks is the text itself. */
    static boolean collapsed(String v) {
      int n = v.length();
      if (n > 0 && (v.charAt(0) == ' ' || v.charAt(n - 1) == ' ')) {
        return false;
      }
      for (int i = 0; i < n; i++) {
        char c = v.charAt(i);
        if (c == '\t' || c == '\n' || c == '\r' || c == ' ' && v.charAt(i - 1) == ' ') {
          return false;
        }
      }
      return true;
    }

    /**
     * [first][rest]{0,max-1}: first is alphanumeric (or a letter), rest alphanumeric or one of
     * {@code others}; with {@code firstSpecial} false the first character is like the rest.
     */
    static boolean ascii(
        String v, int max, boolean firstSpecial, boolean firstLetter, String others) {
      int n = v.length();
      if (n == 0 || n > max) {
        return false;
      }
      for (int i = 0; i < n; i++) {
        char c = v.charAt(i);
        boolean letter = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
        boolean ok =
            i == 0 && firstSpecial
                ? letter || !firstLetter && digit(c)
                : letter || digit(c) || others.indexOf(c) >= 0;
        if (!ok) {
          return false;
        }
      }
      return true;
    }

    static boolean upper(char c) {
      return c >= 'A' && c <= 'Z';
    }

    static boolean digit(char c) {
      return c >= '0' && c <= '9';
    }

    static boolean digits(String v, int from, int to) {
      for (int i = from; i < to; i++) {
        if (!digit(v.charAt(i))) {
          return false;
        }
      }
      return true;
    }

    static int number(String v, int from, int to) {
      return Integer.parseInt(v, from, to, 10);
    }

    /** {@code yyyy-mm-dd} at the start of {@code v}, a real day of the proleptic calendar. */
    static boolean date(String v) {
      if (v.length() < 10 || !digits(v, 0, 4) || v.charAt(4) != '-' || !digits(v, 5, 7)
          || v.charAt(7) != '-' || !digits(v, 8, 10)) {
        return false;
      }
      int y = number(v, 0, 4);
      int m = number(v, 5, 7);
      int d = number(v, 8, 10);
      if (y < 1 || m < 1 || m > 12 || d < 1) {
        return false;
      }
      boolean leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
      int days = m == 2 ? (leap ? 29 : 28) : m == 4 || m == 6 || m == 9 || m == 11 ? 30 : 31;
      return d <= days;
    }
  }

  /** One read: a cursor over the text and the start tag looked at but not yet taken. */
  private static final class Scan {
    private final String s;
    private final int n;
    private final int maxDepth;
    private final int maxElements;
    private final int maxAttributes;
    private final Map<String, String> prefixes = new HashMap<>(4);
    private String defaultNamespace;
    private int pos;
    private int depth;
    private int elements;

    // the last start tag read; pending while it is looked at but not taken
    private boolean pending;
    private String tagNamespace;
    private int tagAt; // the tag's name is s[tagAt, tagEnd), its local part s[localAt, tagEnd)
    private int localAt;
    private int tagEnd;
    private boolean tagEmpty;
    private String tagAttribute;

    Scan(String s, int maxDepth, int maxElements, int maxAttributes) {
      this.s = s;
      this.n = s.length();
      this.maxDepth = maxDepth;
      this.maxElements = maxElements;
      this.maxAttributes = maxAttributes;
    }

    XmlCertificate document() {
      if (s.startsWith("<?xml")) {
        if (s.startsWith(DECLARATION)) {
          pos = DECLARATION.length();
        } else if (s.startsWith(SHORT_DECLARATION)) {
          pos = SHORT_DECLARATION.length();
        } else {
          throw unsure();
        }
      }
      skipSpace();
      if (ch(pos) != '<' || !nameStart(ch(pos + 1))) {
        throw unsure();
      }
      startTag(true);
      if (!C.equals(tagNamespace) || !isLocal("certificate") || tagEmpty) {
        throw unsure();
      }
      depth = 1;
      String root = tagName();
      XmlCertificate x = certificate();
      close(root);
      skipSpace();
      if (pos != n) {
        throw unsure();
      }
      return x;
    }

    // ---- the XSDs -----------------------------------------------------------------------------

    private XmlCertificate certificate() {
      XmlCertificate x = new XmlCertificate();
      x.id = required(C, "id", Type.CERTIFICATE_ID);
      x.scheme = required(C, "scheme", Type.SCHEME_ID);
      x.schemeVersion = required(C, "schemeVersion", Type.VERSION);
      x.object = object();
      x.holder = holder();
      x.issuer = body("issuer", true);
      x.itsef = body("itsef", false);
      x.responsibleNcca = body("responsibleNcca", false);
      x.legalReferences = repeated(C, "legalReference", Type.TEXT, 0, 20);
      x.certificationReport = optional(C, "certificationReport", Type.TEXT);
      x.assuranceLevel = required(C, "assuranceLevel", Type.ASSURANCE_LEVEL);
      x.evaluationLevel = optional(C, "evaluationLevel", Type.CODE);
      x.standards = repeated(C, "standard", Type.CODE, 0, 20);
      x.protectionProfiles = repeated(C, "protectionProfile", Type.CODE, 0, 50);
      x.issuedAt = required(C, "issuedAt", Type.INSTANT);
      x.validUntil = required(C, "validUntil", Type.DATE);
      x.approvals = repeated(C, "approval", Type.CODE, 0, 20);
      x.predecessor = optional(C, "predecessor", Type.CERTIFICATE_ID);
      x.underlying = optional(C, "underlying", Type.CERTIFICATE_ID);
      x.markUrl = optional(C, "markUrl", Type.URL);
      if (take(E, "eucc")) {
        x.eucc = eucc();
      } else if (take(C, "genericPart")) {
        x.genericPart = generic();
      }
      return x;
    }

    private XmlCertifiedObject object() {
      String name = enterComplex(C, "object");
      XmlCertifiedObject o = new XmlCertifiedObject();
      o.type = required(C, "type", Type.OBJECT_TYPE);
      o.name = required(C, "name", Type.TEXT);
      o.productType = optional(C, "productType", Type.TEXT);
      o.versions = repeated(C, "version", Type.TEXT, 1, 100);
      o.category = optional(C, "category", Type.TEXT);
      o.toeName = optional(C, "toeName", Type.TEXT);
      o.toeType = optional(C, "toeType", Type.TEXT);
      o.scope = optional(C, "scope", Type.LONG_TEXT);
      close(name);
      return o;
    }

    private XmlHolder holder() {
      String name = enterComplex(C, "holder");
      XmlHolder h = new XmlHolder();
      h.name = required(C, "name", Type.TEXT);
      h.address = optional(C, "address", Type.TEXT);
      h.contact = optional(C, "contact", Type.TEXT);
      h.supplementaryInfoUrl = optional(C, "supplementaryInfoUrl", Type.URL);
      h.vulnerabilityContact = optional(C, "vulnerabilityContact", Type.TEXT);
      close(name);
      return h;
    }

    private XmlBody body(String element, boolean required) {
      if (!required && !look(C, element)) {
        return null;
      }
      String name = enterComplex(C, element);
      XmlBody b = new XmlBody();
      b.id = required(C, "id", Type.BODY_ID);
      b.name = required(C, "name", Type.TEXT);
      b.address = optional(C, "address", Type.TEXT);
      b.contact = optional(C, "contact", Type.TEXT);
      b.accreditationReference = optional(C, "accreditationReference", Type.CODE);
      b.notifiedBodyNumber = optional(C, "notifiedBodyNumber", Type.CODE);
      close(name);
      return b;
    }

    /** After {@code eucc:eucc} was taken. */
    private XmlEuccPart eucc() {
      String name = complexTaken();
      XmlEuccPart part =
          XmlEuccPart.of(
              required(E, "packageKind", Type.PACKAGE_KIND),
              required(E, "packageName", Type.PACKAGE_NAME),
              repeated(E, "augmentation", Type.CODE, 0, 100),
              optional(E, "technicalDomain", Type.CODE),
              optional(E, "patchManagement", Type.TEXT),
              optional(E, "protectionProfileLifetimeEnd", Type.DATE));
      close(name);
      return part;
    }

    /** After {@code genericPart} was taken; property names unique (the XSD's xs:unique). */
    private XmlGenericPart generic() {
      XmlGenericPart g = new XmlGenericPart();
      noAttribute();
      if (tagEmpty) {
        depth--;
        return g;
      }
      String name = tagName();
      List<XmlProperty> properties = new ArrayList<>();
      Set<String> names = new HashSet<>();
      while (take(C, "property")) {
        String property = tagAttribute;
        if (properties.size() == 200
            || property == null
            || !Type.PROPERTY_NAME.accepts(property)
            || !names.add(property)) {
          throw unsure();
        }
        XmlProperty p = new XmlProperty();
        p.name = property;
        p.value = value(Type.PROPERTY_VALUE);
        properties.add(p);
      }
      g.properties = properties.isEmpty() ? null : properties;
      close(name);
      return g;
    }

    // ---- elements -----------------------------------------------------------------------------

    private String required(String ns, String local, Type type) {
      if (!take(ns, local)) {
        throw unsure();
      }
      noAttribute();
      return value(type);
    }

    private String optional(String ns, String local, Type type) {
      if (!take(ns, local)) {
        return null;
      }
      noAttribute();
      return value(type);
    }

    private List<String> repeated(String ns, String local, Type type, int min, int max) {
      List<String> values = null;
      while (take(ns, local)) {
        noAttribute();
        if (values == null) {
          values = new ArrayList<>();
        } else if (values.size() == max) {
          throw unsure();
        }
        values.add(value(type));
      }
      if ((values == null ? 0 : values.size()) < min) {
        throw unsure();
      }
      return values;
    }

    /** Takes a required element of complex content with required children; its name. */
    private String enterComplex(String ns, String local) {
      if (!take(ns, local)) {
        throw unsure();
      }
      return complexTaken();
    }

    private String complexTaken() {
      noAttribute();
      if (tagEmpty) {
        throw unsure();
      }
      return tagName();
    }

    private String tagName() {
      return s.substring(tagAt, tagEnd);
    }

    private boolean isLocal(String local) {
      return tagEnd - localAt == local.length() && s.startsWith(local, localAt);
    }

    private void noAttribute() {
      if (tagAttribute != null) {
        throw unsure();
      }
    }

    /** Whether the next child is {@code ns:local}, without taking it. */
    private boolean look(String ns, String local) {
      return peek() && ns.equals(tagNamespace) && isLocal(local);
    }

    /** Takes the next child if it is {@code ns:local}. */
    private boolean take(String ns, String local) {
      if (!look(ns, local)) {
        return false;
      }
      pending = false;
      depth++;
      return true;
    }

    /** In element-only content: whether a start tag comes next (read, pending), not an end tag. */
    private boolean peek() {
      if (pending) {
        return true;
      }
      skipSpace();
      if (ch(pos) != '<') {
        throw unsure(); // character data in element-only content, or the end of the text
      }
      int next = ch(pos + 1);
      if (next == '/') {
        return false;
      }
      if (!nameStart(next)) {
        throw unsure(); // a comment, CDATA, a processing instruction
      }
      startTag(false);
      pending = true;
      return true;
    }

    /** The end tag of an element of complex content: only whitespace before it. */
    private void close(String name) {
      if (pending) {
        throw unsure(); // a child the XSD does not allow here
      }
      skipSpace();
      endTag(name);
    }

    /** The text of a simple element just taken, up to and including its end tag. */
    private String value(Type type) {
      String v;
      if (tagEmpty) {
        depth--;
        v = "";
      } else {
        v = text();
        int length = tagEnd - tagAt;
        if (ch(pos) != '<' || ch(pos + 1) != '/' || !s.regionMatches(pos + 2, s, tagAt, length)) {
          throw unsure();
        }
        pos += 2 + length;
        skipSpace();
        if (ch(pos) != '>') {
          throw unsure();
        }
        pos++;
        depth--;
      }
      if (!type.accepts(v)) {
        throw unsure();
      }
      return v;
    }

    private void endTag(String name) {
      if (ch(pos) != '<' || ch(pos + 1) != '/' || !s.startsWith(name, pos + 2)) {
        throw unsure();
      }
      pos += 2 + name.length();
      skipSpace();
      if (ch(pos) != '>') {
        throw unsure();
      }
      pos++;
      depth--;
    }

    /** Character data up to the next {@code <}, references resolved. */
    private String text() {
      int start = pos;
      StringBuilder b = null;
      while (true) {
        int c = ch(pos);
        if (c == '<') {
          break;
        }
        if (c == '&') {
          if (b == null) {
            b = new StringBuilder(pos - start + 16).append(s, start, pos);
          }
          reference(b);
          continue;
        }
        if (c < 0x20 && c != '\t' && c != '\n' // the end of the text (-1), controls, CR
            || c == 0xFFFE
            || c == 0xFFFF
            || c == '>' && pos - start >= 2 && s.charAt(pos - 1) == ']' && s.charAt(pos - 2) == ']') {
          throw unsure();
        }
        if (b != null) {
          b.append((char) c);
        }
        pos++;
      }
      return b == null ? s.substring(start, pos) : b.toString();
    }

    private void reference(StringBuilder b) {
      for (int i = 0; i < ENTITIES.length; i++) {
        if (s.startsWith(ENTITIES[i], pos)) {
          b.append(ENTITY_VALUES[i]);
          pos += ENTITIES[i].length();
          return;
        }
      }
      if (ch(pos + 1) != '#') {
        throw unsure();
      }
      boolean hex = ch(pos + 2) == 'x';
      int from = pos + (hex ? 3 : 2);
      int end = from;
      while (end < n && end - from <= 7 && Character.digit(s.charAt(end), hex ? 16 : 10) >= 0
          && s.charAt(end) < 0x80) {
        end++;
      }
      if (end == from || end - from > 7 || ch(end) != ';') {
        throw unsure();
      }
      int cp = Integer.parseInt(s, from, end, hex ? 16 : 10);
      // XML 1.0 Char; a referenced tab, line feed or carriage return is kept as it is
      if (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r' || cp > 0xD7FF && cp < 0xE000 || cp == 0xFFFE || cp == 0xFFFF || cp > 0x10FFFF) {
        throw unsure();
      }
      b.appendCodePoint(cp);
      pos = end + 1;
    }

    /**
     * A start tag at {@code pos}. On the root, namespace declarations (of the two known
     * namespaces only); elsewhere, at most the unprefixed attribute {@code name}.
     */
    private void startTag(boolean root) {
      pos++;
      int nameAt = pos;
      int colon = name();
      tagAt = nameAt;
      tagEnd = pos;
      localAt = colon < 0 ? nameAt : colon + 1;
      tagAttribute = null;
      int attributes = 0;
      while (true) {
        boolean space = skipSpace();
        int c = ch(pos);
        if (c == '>') {
          pos++;
          tagEmpty = false;
          break;
        }
        if (c == '/' && ch(pos + 1) == '>') {
          pos += 2;
          tagEmpty = true;
          break;
        }
        if (!space || ++attributes > maxAttributes) {
          throw unsure();
        }
        int attributeAt = pos;
        name();
        String attribute = s.substring(attributeAt, pos);
        skipSpace();
        if (ch(pos) != '=') {
          throw unsure();
        }
        pos++;
        skipSpace();
        int quote = ch(pos);
        if (quote != '"' && quote != '\'') {
          throw unsure();
        }
        int end = s.indexOf(quote, pos + 1);
        if (end < 0) {
          throw unsure();
        }
        String value = s.substring(pos + 1, end);
        pos = end + 1;
        attribute(root, attribute, value);
      }
      tagNamespace = colon < 0 ? defaultNamespace : prefixes.get(s.substring(nameAt, colon));
      if (tagNamespace == null || depth + 1 > maxDepth || ++elements > maxElements) {
        throw unsure();
      }
    }

    private void attribute(boolean root, String attribute, String value) {
      if (root && attribute.equals("xmlns")) {
        if (defaultNamespace != null || !known(value)) {
          throw unsure();
        }
        defaultNamespace = value;
      } else if (root && attribute.startsWith("xmlns:")) {
        String prefix = attribute.substring("xmlns:".length());
        if (prefix.startsWith("xml") || prefixes.put(prefix, value) != null || !known(value)) {
          throw unsure();
        }
      } else if (!root && attribute.equals("name") && tagAttribute == null) {
        // its type's pattern admits no reference, quote, '<' or whitespace: raw is the value
        tagAttribute = value;
      } else {
        throw unsure();
      }
    }

    private static boolean known(String namespace) {
      return namespace.equals(C) || namespace.equals(E);
    }

    /** A QName of ASCII name characters at {@code pos}; the colon's index, or -1. */
    private int name() {
      if (!nameStart(ch(pos))) {
        throw unsure();
      }
      int colon = -1;
      pos++;
      while (true) {
        int c = ch(pos);
        if (c == ':' && colon < 0 && nameStart(ch(pos + 1))) {
          colon = pos;
        } else if (!nameStart(c) && !(c >= '0' && c <= '9') && c != '-' && c != '.') {
          return colon;
        }
        pos++;
      }
    }

    private static boolean nameStart(int c) {
      return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_';
    }

    /** Skips XML whitespace; whether there was any. */
    private boolean skipSpace() {
      int from = pos;
      while (pos < n) {
        char c = s.charAt(pos);
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
          break;
        }
        pos++;
      }
      return pos > from;
    }

    private int ch(int i) {
      return i < n ? s.charAt(i) : -1;
    }
  }
}
