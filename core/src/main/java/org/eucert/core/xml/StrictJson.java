/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.xml;

import static org.eucert.core.xml.XmlFormatException.JSON_INVALID;
import static org.eucert.core.xml.XmlFormatException.JSON_TOO_DEEP;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A strict reader of JSON text (RFC 8259) into plain values, used to check a JSON document before
 * and after MOXy binds it: UTF-8 only, no byte order mark, no repeated keys, no characters that XML
 * cannot carry, nesting bounded. It builds no model: objects become {@link Map}s, arrays {@link
 * List}s, strings {@link String}s, numbers {@link Num} (their exact text), {@code true}/{@code
 * false} {@link Boolean}s and {@code null} {@link #NULL}.
 *
 * <p>Stateless; each {@link #parse} call has its own cursor.
 */
final class StrictJson {
  /** JSON's {@code null}. */
  static final Object NULL =
      new Object() {
        @Override
        public String toString() {
          return "null";
        }
      };

  /** Recursion is bounded whatever the limits say. */
  static final int HARD_MAX_DEPTH = 1000;

  /** A JSON number, compared by its text: {@code 5} and {@code 5.0} differ. */
  record Num(String text) {}

  private final String text;
  private final int maxDepth;
  private int pos;

  private StrictJson(String text, int maxDepth) {
    this.text = text;
    this.maxDepth = Math.min(maxDepth, HARD_MAX_DEPTH);
  }

  /** Decodes UTF-8 strictly: malformed or unmappable bytes and a byte order mark are refused. */
  static String decodeUtf8(byte[] bytes) {
    try {
      String s =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
        throw new XmlFormatException(JSON_INVALID, "JSON must not start with a byte order mark");
      }
      return s;
    } catch (CharacterCodingException e) {
      throw new XmlFormatException(JSON_INVALID, "JSON must be UTF-8: " + e.getMessage(), e);
    }
  }

  /**
   * Parses one JSON value filling the whole text.
   *
   * @throws XmlFormatException {@code JSON_INVALID} or {@code JSON_TOO_DEEP}, with line and column
   */
  static Object parse(String text, int maxDepth) {
    StrictJson p = new StrictJson(text, maxDepth);
    p.whitespace();
    Object value = p.value(0);
    p.whitespace();
    if (p.pos < text.length()) {
      throw p.error("unexpected text after the JSON value");
    }
    return value;
  }

  /**
   * The path ({@code $.a.b[2]}) of the first place where two parsed values differ, keys in sorted
   * order; empty if they are equal.
   */
  static Optional<String> firstDifference(Object a, Object b) {
    return difference(a, b, "$");
  }

  private static Optional<String> difference(Object a, Object b, String path) {
    if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
      TreeSet<String> keys = new TreeSet<>();
      ma.keySet().forEach(k -> keys.add((String) k));
      mb.keySet().forEach(k -> keys.add((String) k));
      for (String k : keys) {
        if (!ma.containsKey(k) || !mb.containsKey(k)) {
          return Optional.of(path + "." + k);
        }
        Optional<String> d = difference(ma.get(k), mb.get(k), path + "." + k);
        if (d.isPresent()) {
          return d;
        }
      }
      return Optional.empty();
    }
    if (a instanceof List<?> la && b instanceof List<?> lb) {
      for (int i = 0; i < Math.max(la.size(), lb.size()); i++) {
        if (i >= la.size() || i >= lb.size()) {
          return Optional.of(path + "[" + i + "]");
        }
        Optional<String> d = difference(la.get(i), lb.get(i), path + "[" + i + "]");
        if (d.isPresent()) {
          return d;
        }
      }
      return Optional.empty();
    }
    return a.equals(b) ? Optional.empty() : Optional.of(path);
  }

  private Object value(int depth) {
    if (pos >= text.length()) {
      throw error("unexpected end of the JSON text");
    }
    char c = text.charAt(pos);
    switch (c) {
      case '{':
        return object(depth + 1);
      case '[':
        return array(depth + 1);
      case '"':
        return string();
      case 't':
        literal("true");
        return Boolean.TRUE;
      case 'f':
        literal("false");
        return Boolean.FALSE;
      case 'n':
        literal("null");
        return NULL;
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          return number();
        }
        throw error("unexpected character " + describe(c));
    }
  }

  private Map<String, Object> object(int depth) {
    checkDepth(depth);
    pos++; // {
    Map<String, Object> map = new LinkedHashMap<>();
    whitespace();
    if (peek() == '}') {
      pos++;
      return map;
    }
    while (true) {
      whitespace();
      if (peek() != '"') {
        throw error("expected a key in double quotes");
      }
      int keyPos = pos;
      String key = string();
      whitespace();
      expect(':');
      whitespace();
      Object v = value(depth);
      if (map.containsKey(key)) {
        pos = keyPos;
        throw error("the key \"" + shorten(key) + "\" is repeated");
      }
      map.put(key, v);
      whitespace();
      char c = peek();
      pos++;
      if (c == '}') {
        return map;
      }
      if (c != ',') {
        pos--;
        throw error("expected ',' or '}'");
      }
    }
  }

  private List<Object> array(int depth) {
    checkDepth(depth);
    pos++; // [
    List<Object> list = new ArrayList<>();
    whitespace();
    if (peek() == ']') {
      pos++;
      return list;
    }
    while (true) {
      whitespace();
      list.add(value(depth));
      whitespace();
      char c = peek();
      pos++;
      if (c == ']') {
        return list;
      }
      if (c != ',') {
        pos--;
        throw error("expected ',' or ']'");
      }
    }
  }

  private String string() {
    pos++; // "
    StringBuilder sb = new StringBuilder();
    while (true) {
      if (pos >= text.length()) {
        throw error("unterminated string");
      }
      char c = text.charAt(pos);
      if (c == '"') {
        pos++;
        break;
      }
      if (c < 0x20) {
        throw error("control character " + describe(c) + " in a string must be escaped");
      }
      if (c == '\\') {
        pos++;
        if (pos >= text.length()) {
          throw error("unterminated escape");
        }
        char e = text.charAt(pos);
        switch (e) {
          case '"':
          case '\\':
          case '/':
            sb.append(e);
            break;
          case 'b':
            sb.append('\b');
            break;
          case 'f':
            sb.append('\f');
            break;
          case 'n':
            sb.append('\n');
            break;
          case 'r':
            sb.append('\r');
            break;
          case 't':
            sb.append('\t');
            break;
          case 'u':
            if (pos + 4 >= text.length()) {
              throw error("incomplete \\u escape");
            }
            int cp = 0;
            for (int i = 1; i <= 4; i++) {
              int d = Character.digit(text.charAt(pos + i), 16);
              if (d < 0) {
                throw error("bad \\u escape");
              }
              cp = cp * 16 + d;
            }
            sb.append((char) cp);
            pos += 4;
            break;
          default:
            throw error("unknown escape \\" + e);
        }
        pos++;
      } else {
        sb.append(c);
        pos++;
      }
    }
    String s = sb.toString();
    checkXmlCharacters(s);
    return s;
  }

  /** XML 1.0 Char: what a JSON twin may hold, so that every JSON document has an XML twin. */
  private void checkXmlCharacters(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
        continue;
      }
      boolean ok =
          c == 0x9
              || c == 0xA
              || c == 0xD
              || (c >= 0x20 && c <= 0xD7FF)
              || (c >= 0xE000 && c <= 0xFFFD);
      if (!ok) {
        throw error(
            "character "
                + describe(c)
                + " is not allowed in eucert documents (XML cannot carry it)");
      }
    }
  }

  private Num number() {
    int start = pos;
    if (peek() == '-') {
      pos++;
    }
    if (peek() == '0') {
      pos++;
    } else if (isDigit(peek())) {
      digits();
    } else {
      throw error("bad number");
    }
    if (peek() == '.') {
      pos++;
      if (!isDigit(peek())) {
        throw error("bad number: digits must follow '.'");
      }
      digits();
    }
    if (peek() == 'e' || peek() == 'E') {
      pos++;
      if (peek() == '+' || peek() == '-') {
        pos++;
      }
      if (!isDigit(peek())) {
        throw error("bad number: digits must follow the exponent");
      }
      digits();
    }
    return new Num(text.substring(start, pos));
  }

  private void digits() {
    while (isDigit(peek())) {
      pos++;
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private void literal(String word) {
    if (!text.startsWith(word, pos)) {
      throw error("unexpected text; expected " + word);
    }
    pos += word.length();
  }

  private void expect(char c) {
    if (peek() != c) {
      throw error("expected '" + c + "'");
    }
    pos++;
  }

  /** The current character, or NUL at the end (never valid where it is looked at). */
  private char peek() {
    return pos < text.length() ? text.charAt(pos) : '\0';
  }

  private void whitespace() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        pos++;
      } else {
        return;
      }
    }
  }

  private void checkDepth(int depth) {
    if (depth > maxDepth) {
      throw error(JSON_TOO_DEEP, "objects and arrays nest deeper than " + maxDepth + " levels");
    }
  }

  private XmlFormatException error(String message) {
    return error(JSON_INVALID, message);
  }

  private XmlFormatException error(String code, String message) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < Math.min(pos, text.length()); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new XmlFormatException(code, "JSON: " + message, line, column, null);
  }

  private static String describe(char c) {
    return String.format(Locale.ROOT, "U+%04X", (int) c);
  }

  private static String shorten(String s) {
    return s.length() <= 60 ? s : s.substring(0, 60) + "...";
  }
}
