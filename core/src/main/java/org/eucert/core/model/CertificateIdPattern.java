/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a scheme (or a body) writes new certificate identifiers, as data. EUCC prescribes the parts
 * of an identifier (Art 11(3)(b)) but no format (DOMAIN.md 2.12, UNVERIFIED as a rule), so the
 * pattern is configurable per scheme and per body; identifiers received from elsewhere are kept as
 * given and only <em>read</em> with a pattern.
 *
 * <p>Syntax: literal text and the placeholders {@code {scheme}}, {@code {body}}, {@code {yyyy}},
 * {@code {MM}}, {@code {seq:N}} (the body's number, zero-padded to at least N digits) and, once at
 * the end, an optional revision group {@code [-{rev:N}]} written only for re-issues. The EUCC
 * default {@code {scheme}-{body}-{yyyy}-{MM}-{seq:4}[-{rev:2}]} gives {@code
 * EUCC-3110-2026-05-0042} and, for its first re-issue, {@code EUCC-3110-2026-05-0042-01}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class CertificateIdPattern {
  /** The EUCC default pattern. */
  public static final String EUCC_DEFAULT = "{scheme}-{body}-{yyyy}-{MM}-{seq:4}[-{rev:2}]";

  private static final Pattern TOKEN =
      Pattern.compile("\\{(scheme|body|yyyy|MM|seq:[1-9]|rev:[1-9])\\}");

  /** What {@code {scheme}} reads and writes; '-' and '.' would run into the separators. */
  private static final String SCHEME_PART = "[A-Za-z0-9_]+";

  /** What {@code {body}} reads and writes. */
  private static final String BODY_PART = "[A-Za-z0-9]+";

  private final String pattern;
  private final List<Object> main; // String literal or Placeholder
  private final List<Object> revision; // empty if none
  private final Pattern regex;

  private record Placeholder(String name, int width) {}

  private CertificateIdPattern(String pattern) {
    this.pattern = pattern;
    String mainText = pattern;
    String revText = "";
    int open = pattern.indexOf('[');
    if (open >= 0) {
      checkArgument(
          pattern.endsWith("]") && pattern.indexOf('[', open + 1) < 0,
          "the revision group [...] must come once, at the end: %s",
          pattern);
      mainText = pattern.substring(0, open);
      revText = pattern.substring(open + 1, pattern.length() - 1);
    }
    this.main = tokens(mainText);
    this.revision = tokens(revText);
    checkArgument(names(main).contains("seq"), "pattern needs {seq:N}: %s", pattern);
    checkArgument(names(main).contains("yyyy"), "pattern needs {yyyy}: %s", pattern);
    checkArgument(!names(main).contains("rev"), "{rev:N} belongs in the [...] group: %s", pattern);
    checkArgument(
        revision.isEmpty() || names(revision).equals(List.of("rev")),
        "the [...] group holds literal text and {rev:N} only: %s",
        pattern);
    StringBuilder re = new StringBuilder();
    appendRegex(re, main);
    if (!revision.isEmpty()) {
      re.append("(?:");
      appendRegex(re, revision);
      re.append(")?");
    }
    this.regex = Pattern.compile(re.toString());
  }

  /**
   * Compiles a pattern.
   *
   * @throws IllegalArgumentException if the syntax is wrong or {@code {seq:N}} or {@code {yyyy}}
   *     is missing
   */
  public static CertificateIdPattern of(String pattern) {
    return new CertificateIdPattern(checkNotNull(pattern, "pattern"));
  }

  /** The pattern text. */
  public String pattern() {
    return pattern;
  }

  /**
   * Writes an identifier. The revision group is written only if {@code parts} has a revision.
   *
   * @throws IllegalArgumentException if the pattern needs a part that {@code parts} lacks
   */
  public CertificateId format(CertificateIdParts parts) {
    checkNotNull(parts, "parts");
    StringBuilder sb = new StringBuilder();
    write(sb, main, parts);
    if (parts.revision().isPresent()) {
      checkArgument(!revision.isEmpty(), "pattern %s has no revision group", pattern);
      write(sb, revision, parts);
    }
    return CertificateId.of(sb.toString());
  }

  /** Reads the parts of an identifier written with this pattern; empty if it does not match. */
  public Optional<CertificateIdParts> parse(CertificateId id) {
    Matcher m = regex.matcher(checkNotNull(id, "id").value());
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      String scheme = group(m, "scheme").orElse("");
      String body = group(m, "body").orElse("");
      int year = Integer.parseInt(group(m, "yyyy").orElseThrow());
      Optional<Integer> month = group(m, "MM").map(Integer::parseInt);
      long number = Long.parseLong(group(m, "seq").orElseThrow());
      Optional<Integer> rev = group(m, "rev").map(Integer::parseInt);
      return Optional.of(new CertificateIdParts(scheme, body, year, month, number, rev));
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // month 13, a number too large: not an id of this pattern
    }
  }

  private static Optional<String> group(Matcher m, String name) {
    try {
      return Optional.ofNullable(m.group(name));
    } catch (IllegalArgumentException noSuchGroup) {
      return Optional.empty();
    }
  }

  private static List<Object> tokens(String text) {
    List<Object> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    int last = 0;
    while (m.find()) {
      if (m.start() > last) {
        out.add(literal(text.substring(last, m.start())));
      }
      String t = m.group(1);
      int colon = t.indexOf(':');
      out.add(
          colon < 0
              ? new Placeholder(t, 0)
              : new Placeholder(t.substring(0, colon), Integer.parseInt(t.substring(colon + 1))));
      last = m.end();
    }
    if (last < text.length()) {
      out.add(literal(text.substring(last)));
    }
    return out;
  }

  private static String literal(String s) {
    checkArgument(
        s.matches("[A-Za-z0-9./_-]+"),
        "pattern literal '%s' has characters an identifier cannot hold (or an unknown placeholder)",
        s);
    return s;
  }

  private static List<String> names(List<Object> tokens) {
    List<String> names = new ArrayList<>();
    for (Object t : tokens) {
      if (t instanceof Placeholder p) {
        checkArgument(!names.contains(p.name()), "placeholder {%s} twice", p.name());
        names.add(p.name());
      }
    }
    return names;
  }

  private static void appendRegex(StringBuilder re, List<Object> tokens) {
    for (Object t : tokens) {
      if (t instanceof Placeholder p) {
        String name = p.name().equals("MM") ? "MM" : p.name();
        String body;
        switch (p.name()) {
          case "scheme":
            body = SCHEME_PART;
            break;
          case "body":
            body = BODY_PART;
            break;
          case "yyyy":
            body = "[0-9]{4}";
            break;
          case "MM":
            body = "[0-9]{2}";
            break;
          default:
            // up to 19 digits: every long the format writes; a larger number fails parseLong
            body = "[0-9]{" + p.width() + ",19}";
        }
        re.append("(?<").append(name).append('>').append(body).append(')');
      } else {
        re.append(Pattern.quote((String) t));
      }
    }
  }

  private static void write(StringBuilder sb, List<Object> tokens, CertificateIdParts parts) {
    for (Object t : tokens) {
      if (t instanceof Placeholder p) {
        switch (p.name()) {
          case "scheme":
            // what parse could not read back (or would read as other parts) is not written
            checkArgument(
                parts.scheme().matches(SCHEME_PART),
                "the scheme part must be letters, digits or '_', got '%s'",
                parts.scheme());
            sb.append(parts.scheme());
            break;
          case "body":
            checkArgument(
                parts.body().matches(BODY_PART),
                "the body part must be letters and digits, got '%s'",
                parts.body());
            sb.append(parts.body());
            break;
          case "yyyy":
            sb.append(String.format(java.util.Locale.ROOT, "%04d", parts.year()));
            break;
          case "MM":
            int month =
                parts
                    .month()
                    .orElseThrow(() -> new IllegalArgumentException("the pattern needs a month"));
            sb.append(String.format(java.util.Locale.ROOT, "%02d", month));
            break;
          case "seq":
            sb.append(String.format(java.util.Locale.ROOT, "%0" + p.width() + "d", parts.number()));
            break;
          default:
            sb.append(
                String.format(
                    java.util.Locale.ROOT, "%0" + p.width() + "d", parts.revision().orElseThrow()));
        }
      } else {
        sb.append((String) t);
      }
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CertificateIdPattern other && pattern.equals(other.pattern);
  }

  @Override
  public int hashCode() {
    return pattern.hashCode();
  }

  @Override
  public String toString() {
    return pattern;
  }
}
