/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.verify;

import static com.google.common.base.Preconditions.checkNotNull;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Renders a {@link VerificationReport} for people (text), as XML ({@value #XSD_RESOURCE},
 * namespace {@value #NAMESPACE}) and as JSON (one object on one line, JSON Lines, schema {@value
 * #JSON_SCHEMA_RESOURCE}), with at least {@code file}, {@code indication}, {@code subIndication},
 * {@code certificateId} and {@code checks} (ARCHITECTURE.md section 8).
 *
 * <p>Output is deterministic: fixed element and key order, UTF-8, no pretty-printing in JSON,
 * two-space indentation in XML. Characters that XML 1.0 cannot carry (control characters other
 * than tab, newline, carriage return) are written as U+FFFD, so any message (even one quoting
 * hostile input) yields a valid document.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class VerificationReportCodec {
  /** The XML namespace of a verification report. */
  public static final String NAMESPACE = "urn:eucert:verification-report:1";

  /** The XSD of the XML form, as a class-path resource. */
  public static final String XSD_RESOURCE = "org/eucert/xml/verification-report.xsd";

  /** The JSON Schema of the JSON form, as a class-path resource. */
  public static final String JSON_SCHEMA_RESOURCE =
      "org/eucert/json/verification-report.schema.json";

  private VerificationReportCodec() {}

  /** The report for people: verdict first, then every check, then what it relied on. */
  public static String text(Optional<String> file, VerificationReport r) {
    checkNotNull(file, "file");
    checkNotNull(r, "r");
    StringBuilder b = new StringBuilder();
    file.ifPresent(f -> b.append(f).append(": "));
    b.append(r.indication());
    r.subIndication().ifPresent(s -> b.append(" / ").append(s));
    if (r.selfDeclared()) {
      b.append(" (SELF-DECLARED: no third party assessed it)");
    }
    b.append('\n');
    b.append("  reason: ").append(r.reason()).append('\n');
    r.certificate()
        .ifPresent(
            c -> {
              b.append("  certificate: ").append(c.id()).append(", ").append(c.scheme())
                  .append(' ').append(c.schemeVersion()).append(", ").append(c.level())
                  .append('\n');
              b.append("    product: ").append(c.product()).append("; holder: ")
                  .append(c.holder()).append('\n');
              b.append("    issuer: ").append(c.issuerName())
                  .append(c.issuerId().map(i -> " (" + i + ")").orElse("")).append('\n');
              b.append("    issued ").append(c.issuedAt()).append(", valid through ")
                  .append(c.validUntil())
                  .append(c.status().map(s -> ", status " + s).orElse("")).append('\n');
            });
    b.append("  validation instant: ").append(r.validationInstant()).append('\n');
    for (String w : r.warnings()) {
      b.append("  warning: ").append(w).append('\n');
    }
    b.append("  checks:\n");
    for (CheckResult c : r.checks()) {
      b.append("    [").append(c.outcome()).append("] ").append(c.check());
      c.subIndication().ifPresent(s -> b.append(" ").append(s));
      b.append(": ").append(c.message()).append(" (").append(c.legalReference()).append(")\n");
    }
    if (!r.trustPath().isEmpty()) {
      b.append("  trust path: ").append(String.join(" -> ", r.trustPath())).append('\n');
    }
    for (TrustDataUsed t : r.trustData()) {
      b.append("  trust data: ").append(t.id()).append(" (").append(t.kind())
          .append(") sequence ").append(t.sequence()).append(", issued ").append(t.issued())
          .append(", next update ").append(t.nextUpdate()).append(", sha256 ")
          .append(t.sha256Hex()).append('\n');
    }
    return b.toString();
  }

  /** The report as an XML document valid against {@value #XSD_RESOURCE}, UTF-8. */
  public static byte[] xml(Optional<String> file, VerificationReport r) {
    checkNotNull(file, "file");
    checkNotNull(r, "r");
    StringBuilder b = new StringBuilder(2048);
    b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    b.append("<verificationReport xmlns=\"").append(NAMESPACE).append("\">\n");
    file.ifPresent(f -> el(b, 1, "file", f));
    el(b, 1, "indication", r.indication().name());
    r.subIndication().ifPresent(s -> el(b, 1, "subIndication", s.name()));
    el(b, 1, "selfDeclared", Boolean.toString(r.selfDeclared()));
    el(b, 1, "validationInstant", r.validationInstant().toString());
    list(b, "warnings", "warning", r.warnings());
    b.append("  <checks>\n");
    for (CheckResult c : r.checks()) {
      b.append("    <check>\n");
      el(b, 3, "step", c.check().name());
      el(b, 3, "outcome", c.outcome().name());
      c.subIndication().ifPresent(s -> el(b, 3, "subIndication", s.name()));
      el(b, 3, "message", c.message());
      el(b, 3, "legalReference", c.legalReference().toString());
      b.append("    </check>\n");
    }
    b.append("  </checks>\n");
    r.certificate()
        .ifPresent(
            c -> {
              b.append("  <certificate>\n");
              el(b, 2, "id", c.id().value());
              el(b, 2, "scheme", c.scheme().value());
              el(b, 2, "schemeVersion", c.schemeVersion());
              el(b, 2, "level", c.level().name());
              el(b, 2, "route", c.route().name());
              el(b, 2, "holder", c.holder());
              el(b, 2, "product", c.product());
              c.issuerId().ifPresent(i -> el(b, 2, "issuerId", i));
              el(b, 2, "issuerName", c.issuerName());
              el(b, 2, "issuedAt", c.issuedAt().toString());
              el(b, 2, "validUntil", c.validUntil().toString());
              c.status().ifPresent(s -> el(b, 2, "status", s.name()));
              b.append("  </certificate>\n");
            });
    list(b, "trustPath", "step", r.trustPath());
    b.append("  <trustData>\n");
    for (TrustDataUsed t : r.trustData()) {
      b.append("    <list>\n");
      el(b, 3, "id", t.id());
      el(b, 3, "kind", t.kind());
      el(b, 3, "sequence", Long.toString(t.sequence()));
      el(b, 3, "issued", t.issued().toString());
      el(b, 3, "nextUpdate", t.nextUpdate().toString());
      el(b, 3, "sha256", t.sha256Hex());
      b.append("    </list>\n");
    }
    b.append("  </trustData>\n");
    b.append("</verificationReport>\n");
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The report as one JSON object on one line (no line break inside or after it), valid against
   * {@value #JSON_SCHEMA_RESOURCE}.
   */
  public static String jsonLine(Optional<String> file, VerificationReport r) {
    checkNotNull(file, "file");
    checkNotNull(r, "r");
    StringBuilder b = new StringBuilder(2048);
    b.append('{');
    key(b, "file").append(file.map(VerificationReportCodec::str).orElse("null")).append(',');
    key(b, "indication").append(str(r.indication().name())).append(',');
    key(b, "subIndication").append(r.subIndication().map(s -> str(s.name())).orElse("null"))
        .append(',');
    key(b, "certificateId")
        .append(r.certificate().map(c -> str(c.id().value())).orElse("null")).append(',');
    key(b, "selfDeclared").append(r.selfDeclared()).append(',');
    key(b, "validationInstant").append(str(r.validationInstant().toString())).append(',');
    key(b, "warnings");
    strings(b, r.warnings());
    b.append(',');
    key(b, "checks").append('[');
    for (int i = 0; i < r.checks().size(); i++) {
      CheckResult c = r.checks().get(i);
      b.append(i == 0 ? "{" : ",{");
      key(b, "step").append(str(c.check().name())).append(',');
      key(b, "outcome").append(str(c.outcome().name())).append(',');
      key(b, "subIndication").append(c.subIndication().map(s -> str(s.name())).orElse("null"))
          .append(',');
      key(b, "message").append(str(c.message())).append(',');
      key(b, "legalReference").append(str(c.legalReference().toString())).append('}');
    }
    b.append("],");
    key(b, "certificate");
    if (r.certificate().isEmpty()) {
      b.append("null");
    } else {
      CertificateSummary c = r.certificate().get();
      b.append('{');
      key(b, "id").append(str(c.id().value())).append(',');
      key(b, "scheme").append(str(c.scheme().value())).append(',');
      key(b, "schemeVersion").append(str(c.schemeVersion())).append(',');
      key(b, "level").append(str(c.level().name())).append(',');
      key(b, "route").append(str(c.route().name())).append(',');
      key(b, "holder").append(str(c.holder())).append(',');
      key(b, "product").append(str(c.product())).append(',');
      key(b, "issuerId").append(c.issuerId().map(VerificationReportCodec::str).orElse("null"))
          .append(',');
      key(b, "issuerName").append(str(c.issuerName())).append(',');
      key(b, "issuedAt").append(str(c.issuedAt().toString())).append(',');
      key(b, "validUntil").append(str(c.validUntil().toString())).append(',');
      key(b, "status").append(c.status().map(s -> str(s.name())).orElse("null"));
      b.append('}');
    }
    b.append(',');
    key(b, "trustPath");
    strings(b, r.trustPath());
    b.append(',');
    key(b, "trustData").append('[');
    for (int i = 0; i < r.trustData().size(); i++) {
      TrustDataUsed t = r.trustData().get(i);
      b.append(i == 0 ? "{" : ",{");
      key(b, "id").append(str(t.id())).append(',');
      key(b, "kind").append(str(t.kind())).append(',');
      key(b, "sequence").append(t.sequence()).append(',');
      key(b, "issued").append(str(t.issued().toString())).append(',');
      key(b, "nextUpdate").append(str(t.nextUpdate().toString())).append(',');
      key(b, "sha256").append(str(t.sha256Hex())).append('}');
    }
    b.append("]}");
    return b.toString();
  }

  // ---- XML ----------------------------------------------------------------------------------

  private static void list(StringBuilder b, String outer, String inner, List<String> items) {
    if (items.isEmpty()) {
      b.append("  <").append(outer).append("/>\n");
      return;
    }
    b.append("  <").append(outer).append(">\n");
    for (String s : items) {
      el(b, 2, inner, s);
    }
    b.append("  </").append(outer).append(">\n");
  }

  private static void el(StringBuilder b, int depth, String name, String text) {
    b.append("  ".repeat(depth)).append('<').append(name).append('>');
    escapeXml(b, text);
    b.append("</").append(name).append(">\n");
  }

  private static void escapeXml(StringBuilder b, String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<':
          b.append("&lt;");
          break;
        case '>':
          b.append("&gt;");
          break;
        case '&':
          b.append("&amp;");
          break;
        case '\r':
          b.append("&#13;");
          break;
        default:
          if (c < 0x20 && c != '\t' && c != '\n' || c == 0xFFFE || c == 0xFFFF) {
            b.append('\uFFFD');
          } else if (Character.isHighSurrogate(c)
              && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            b.append(c).append(s.charAt(++i));
          } else if (Character.isSurrogate(c)) {
            b.append('\uFFFD'); // a lone surrogate cannot be written as UTF-8
          } else {
            b.append(c);
          }
      }
    }
  }

  // ---- JSON ---------------------------------------------------------------------------------

  private static StringBuilder key(StringBuilder b, String key) {
    return b.append('"').append(key).append("\":");
  }

  private static void strings(StringBuilder b, List<String> items) {
    b.append('[');
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      b.append(str(items.get(i)));
    }
    b.append(']');
  }

  private static String str(String s) {
    return jsonString(s);
  }

  /**
   * {@code s} as a JSON string literal (RFC 8259): quotes, backslashes and control characters
   * escaped, and also U+2028, U+2029 and unpaired surrogates, so that the text is valid UTF-8 and
   * safe inside JavaScript. The command line's JSON output uses it too.
   */
  public static String jsonString(String s) {
    checkNotNull(s, "s");
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          b.append("\\\"");
          break;
        case '\\':
          b.append("\\\\");
          break;
        case '\n':
          b.append("\\n");
          break;
        case '\r':
          b.append("\\r");
          break;
        case '\t':
          b.append("\\t");
          break;
        default:
          if (c < 0x20 || c == 0x2028 || c == 0x2029
              || Character.isSurrogate(c)
                  && !(Character.isHighSurrogate(c)
                      && i + 1 < s.length()
                      && Character.isLowSurrogate(s.charAt(i + 1)))
                  && !(Character.isLowSurrogate(c)
                      && i > 0
                      && Character.isHighSurrogate(s.charAt(i - 1)))) {
            b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            b.append(c);
          }
      }
    }
    return b.append('"').toString();
  }
}
