/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.xml.bind.export;

import static com.google.common.base.Preconditions.checkArgument;
import static org.eucert.core.xml.bind.Lexical.date;
import static org.eucert.core.xml.bind.Lexical.dateText;
import static org.eucert.core.xml.bind.Lexical.enumValue;
import static org.eucert.core.xml.bind.Lexical.instant;
import static org.eucert.core.xml.bind.Lexical.instantText;
import static org.eucert.core.xml.bind.Lexical.list;
import static org.eucert.core.xml.bind.Lexical.optionalDate;
import static org.eucert.core.xml.bind.Lexical.required;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.eucert.core.model.Bytes;
import org.eucert.core.model.CertificateContent;
import org.eucert.core.model.CertificateId;
import org.eucert.core.model.CertificateStatus;
import org.eucert.core.registry.Actor;
import org.eucert.core.registry.CertificateEvent;
import org.eucert.core.registry.CertificateEventKind;
import org.eucert.core.registry.CertificateLink;
import org.eucert.core.registry.ExportedCertificate;
import org.eucert.core.registry.IssuedCertificate;
import org.eucert.core.registry.WithdrawalReason;
import org.eucert.core.registry.export.ExportDocument;

/**
 * Maps registry exports between {@link ExportDocument} and the bindings ({@code
 * registry-export.xsd}; CSA Art 50). The content document of each certificate is read with the
 * given reader and its indexed columns must agree with the plain-text ones of the export.
 *
 * @since 0.1
 */
public final class ExportMapper {
  private static final Base64.Encoder BASE64 = Base64.getEncoder();
  private static final Pattern XML_SPACE = Pattern.compile("[ \t\r\n]+");

  private ExportMapper() {}

  /** Strict base64 (RFC 4648, with padding); XML white space between the characters is allowed. */
  private static byte[] base64(String text, String what) {
    required(text, what);
    try {
      return Base64.getDecoder().decode(XML_SPACE.matcher(text).replaceAll(""));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(what + " is not base64: " + e.getMessage(), e);
    }
  }

  /** The document header, without certificates (a streaming writer adds them one by one). */
  public static XmlRegistryExport header(Actor exporter, Instant exportedAt) {
    XmlRegistryExport x = new XmlRegistryExport();
    x.exporter = exporter.name();
    x.exportedAt = instantText(exportedAt);
    return x;
  }

  /** The exporter as written in a header. */
  public static String exporterText(XmlRegistryExport header) {
    return header.exporter;
  }

  /** The export instant as written in a header. */
  public static String exportedAtText(XmlRegistryExport header) {
    return header.exportedAt;
  }

  /** The binding of a whole document. */
  public static XmlRegistryExport toBinding(ExportDocument d) {
    XmlRegistryExport x = header(d.exporter(), d.exportedAt());
    for (ExportedCertificate c : d.certificates()) {
      x.certificates.add(toBinding(c));
    }
    return x;
  }

  /** The binding of one certificate. */
  public static XmlExportedCertificate toBinding(ExportedCertificate e) {
    CertificateContent c = e.certificate().content();
    XmlExportedCertificate x = new XmlExportedCertificate();
    x.id = c.id().value();
    x.issuer = c.issuer().id().value();
    x.scheme = c.scheme().value();
    x.schemeVersion = c.schemeVersion();
    x.assuranceLevel = c.assuranceLevel().name();
    x.holder = c.holder().name();
    x.issuedAt = instantText(c.issuedAt());
    x.validUntil = dateText(c.validUntil());
    x.contentDocument = BASE64.encodeToString(e.certificate().contentDocument().toByteArray());
    x.signedEnvelope = BASE64.encodeToString(e.certificate().signedEnvelope().toByteArray());
    for (CertificateEvent ev : e.events()) {
      XmlEvent v = new XmlEvent();
      v.seq = ev.seq();
      v.kind = ev.kind().name();
      v.status = ev.status().name();
      v.effectiveAt = instantText(ev.effectiveAt());
      v.decidedAt = instantText(ev.decidedAt());
      v.recordedAt = instantText(ev.recordedAt());
      v.actor = ev.actor().name();
      v.reason = ev.reason().map(Enum::name).orElse(null);
      v.text = ev.text().orElse(null);
      v.plannedUntil = ev.plannedUntil().map(d -> dateText(d)).orElse(null);
      v.decisionReference = ev.decisionReference().orElse(null);
      v.related = ev.related().map(CertificateId::value).orElse(null);
      x.events.add(v);
    }
    for (CertificateLink l : e.links()) {
      XmlLink k = new XmlLink();
      k.kind = l.kind().name();
      k.to = l.to().value();
      x.links.add(k);
    }
    return x;
  }

  /**
   * The document a binding holds.
   *
   * @param content reads a content document (it throws for one that is not valid)
   * @throws IllegalArgumentException naming the certificate, if a value is refused or the
   *     plain-text columns differ from the content document's
   */
  public static ExportDocument toRecord(
      XmlRegistryExport x, Function<byte[], CertificateContent> content) {
    List<ExportedCertificate> out = new ArrayList<>();
    for (XmlExportedCertificate c : list(x.certificates)) {
      out.add(toRecord(c, content));
    }
    return new ExportDocument(
        Actor.of(required(x.exporter, "exporter")),
        instant(x.exportedAt, "exportedAt"),
        out);
  }

  private static ExportedCertificate toRecord(
      XmlExportedCertificate x, Function<byte[], CertificateContent> reader) {
    String id = required(x.id, "certificate id");
    String where = "certificate " + id;
    try {
      byte[] doc = base64(x.contentDocument, "contentDocument");
      byte[] env = base64(x.signedEnvelope, "signedEnvelope");
      checkArgument(doc.length > 0, "the content document is empty");
      checkArgument(env.length > 0, "the signed envelope is empty");
      CertificateContent c = reader.apply(doc);
      agree("id", id, c.id().value());
      agree("issuer", x.issuer, c.issuer().id().value());
      agree("scheme", x.scheme, c.scheme().value());
      agree("schemeVersion", x.schemeVersion, c.schemeVersion());
      agree("assuranceLevel", x.assuranceLevel, c.assuranceLevel().name());
      agree("holder", x.holder, c.holder().name());
      agree("issuedAt", instant(x.issuedAt, "issuedAt"), c.issuedAt());
      agree("validUntil", date(x.validUntil, "validUntil"), c.validUntil());
      List<CertificateEvent> events = new ArrayList<>();
      for (XmlEvent v : list(x.events)) {
        events.add(
            new CertificateEvent(
                required(v.seq, "seq"),
                enumValue(CertificateEventKind.class, v.kind, "kind"),
                enumValue(CertificateStatus.class, v.status, "status"),
                instant(v.effectiveAt, "effectiveAt"),
                instant(v.decidedAt, "decidedAt"),
                instant(v.recordedAt, "recordedAt"),
                Actor.of(required(v.actor, "actor")),
                Optional.ofNullable(v.reason)
                    .map(r -> enumValue(WithdrawalReason.class, r, "reason")),
                Optional.ofNullable(v.text),
                optionalDate(v.plannedUntil, "plannedUntil"),
                Optional.ofNullable(v.decisionReference),
                Optional.ofNullable(v.related).map(CertificateId::of)));
      }
      List<CertificateLink> links = new ArrayList<>();
      for (XmlLink k : list(x.links)) {
        links.add(
            new CertificateLink(
                c.id(),
                enumValue(CertificateLink.Kind.class, k.kind, "link kind"),
                CertificateId.of(required(k.to, "link to"))));
      }
      return new ExportedCertificate(
          new IssuedCertificate(c, Bytes.copyOf(doc), Bytes.copyOf(env)), events, links);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
    }
  }

  private static void agree(String what, Object exported, Object content) {
    checkArgument(
        content.equals(exported),
        "%s is '%s' in the export but '%s' in the content document",
        what,
        exported,
        content);
  }
}
