/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.xml;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import java.util.OptionalInt;
import org.eucert.core.EucertException;

/**
 * A document (XML or its JSON twin) that eucert refuses to read, or a record that cannot be written
 * as one. The {@link #code()} is one of the constants of this class and is stable; the message says
 * what was wrong and where (line and column when known) and never repeats the whole document.
 *
 * <p>Parsing untrusted bytes with a codec throws nothing else for bad input. Immutable.
 *
 * @since 0.1
 */
public final class XmlFormatException extends EucertException {
  private static final long serialVersionUID = 1L;

  /** The document has more bytes, elements or attributes than its {@link XmlLimits} allow. */
  public static final String XML_TOO_LARGE = "XML_TOO_LARGE";

  /** The elements nest deeper than its {@link XmlLimits} allow. */
  public static final String XML_TOO_DEEP = "XML_TOO_DEEP";

  /** The document has a document type declaration (DTD); none is allowed, of any kind. */
  public static final String XML_DOCTYPE_FORBIDDEN = "XML_DOCTYPE_FORBIDDEN";

  /** Empty, truncated, not well-formed XML, or bytes that are not in the declared encoding. */
  public static final String XML_NOT_WELL_FORMED = "XML_NOT_WELL_FORMED";

  /**
   * Well-formed, but not valid against the XSD: an unknown, missing or repeated element, a wrong
   * enumerated value, a value too long, a foreign attribute.
   */
  public static final String XML_SCHEMA_INVALID = "XML_SCHEMA_INVALID";

  /** An element in a namespace that is not one of this document type's. */
  public static final String XML_UNKNOWN_NAMESPACE = "XML_UNKNOWN_NAMESPACE";

  /** A namespace of this document type with a major version this reader does not know. */
  public static final String XML_UNSUPPORTED_VERSION = "XML_UNSUPPORTED_VERSION";

  /** Valid against the XSD, but the model refuses the content (e.g. a validity ending too early). */
  public static final String XML_INVALID_CONTENT = "XML_INVALID_CONTENT";

  /**
   * The record cannot be written so that it reads back equal: a string with a character XML
   * cannot carry, a value longer than the XSD allows, an identifier with irregular spaces.
   */
  public static final String XML_NOT_REPRESENTABLE = "XML_NOT_REPRESENTABLE";

  /** The JSON document has more bytes than its {@link XmlLimits} allow. */
  public static final String JSON_TOO_LARGE = "JSON_TOO_LARGE";

  /** The JSON document nests objects and arrays deeper than its {@link XmlLimits} allow. */
  public static final String JSON_TOO_DEEP = "JSON_TOO_DEEP";

  /**
   * Not strict JSON (RFC 8259, UTF-8, no repeated keys), or not the JSON twin of a valid document:
   * an unknown field, a wrong type, a missing field, a value the XSD or the model refuses.
   */
  public static final String JSON_INVALID = "JSON_INVALID";

  private static final ImmutableSet<String> CODES =
      ImmutableSet.of(
          XML_TOO_LARGE,
          XML_TOO_DEEP,
          XML_DOCTYPE_FORBIDDEN,
          XML_NOT_WELL_FORMED,
          XML_SCHEMA_INVALID,
          XML_UNKNOWN_NAMESPACE,
          XML_UNSUPPORTED_VERSION,
          XML_INVALID_CONTENT,
          XML_NOT_REPRESENTABLE,
          JSON_TOO_LARGE,
          JSON_TOO_DEEP,
          JSON_INVALID);

  private final int line;
  private final int column;

  /**
   * A refusal with a known position.
   *
   * @param code one of the constants of this class
   * @param message what was wrong, without the document
   * @param line the 1-based line, or -1 if unknown
   * @param column the 1-based column, or -1 if unknown
   * @param cause the underlying exception, or null
   * @throws IllegalArgumentException if the code is not one of this class's constants
   */
  public XmlFormatException(String code, String message, int line, int column, Throwable cause) {
    super(code, position(message, line, column), cause);
    checkArgument(CODES.contains(code), "not an XmlFormatException code: %s", code);
    this.line = line > 0 ? line : -1;
    this.column = line > 0 && column > 0 ? column : -1;
  }

  /**
   * A refusal without a position.
   *
   * @param code one of the constants of this class
   * @param message what was wrong, without the document
   * @param cause the underlying exception, or null
   */
  public XmlFormatException(String code, String message, Throwable cause) {
    this(code, message, -1, -1, cause);
  }

  /** A refusal without a position or cause. */
  public XmlFormatException(String code, String message) {
    this(code, message, -1, -1, null);
  }

  /** The 1-based line where the problem was found, if known. */
  public OptionalInt line() {
    return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
  }

  /** The 1-based column where the problem was found, if known. */
  public OptionalInt column() {
    return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
  }

  private static String position(String message, int line, int column) {
    String m = String.valueOf(message);
    if (m.length() > 500) {
      m = m.substring(0, 500) + "...";
    }
    if (line > 0) {
      return "line " + line + (column > 0 ? ", column " + column : "") + ": " + m;
    }
    return m;
  }
}
