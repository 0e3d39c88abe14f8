/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.xml.bind.certificate;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.eucert.core.xml.bind.Lexical.date;
import static org.eucert.core.xml.bind.Lexical.dateText;
import static org.eucert.core.xml.bind.Lexical.enumValue;
import static org.eucert.core.xml.bind.Lexical.instant;
import static org.eucert.core.xml.bind.Lexical.instantText;
import static org.eucert.core.xml.bind.Lexical.list;
import static org.eucert.core.xml.bind.Lexical.nullIfEmpty;
import static org.eucert.core.xml.bind.Lexical.required;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eucert.core.model.AssuranceLevel;
import org.eucert.core.model.BodyId;
import org.eucert.core.model.BodyReference;
import org.eucert.core.model.CertificateContent;
import org.eucert.core.model.CertificateId;
import org.eucert.core.model.CertifiedObject;
import org.eucert.core.model.CertifiedObjectType;
import org.eucert.core.model.EuccPart;
import org.eucert.core.model.GenericPart;
import org.eucert.core.model.Holder;
import org.eucert.core.model.SchemeId;
import org.eucert.core.model.SchemeSpecificPart;
import org.eucert.core.xml.bind.Lexical;
import org.eucert.core.xml.bind.eucc.EuccPartMapper;

/**
 * Maps {@link XmlCertificate} to {@link CertificateContent} and back. Not API.
 *
 * <p>{@link #toRecord} throws {@link IllegalArgumentException} or {@link NullPointerException}
 * when the binding holds what the model refuses; the codec reports it as {@code
 * XML_INVALID_CONTENT}. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class CertificateMapper {
  private CertificateMapper() {}

  /** The certificate content a (schema-valid) binding describes. */
  public static CertificateContent toRecord(XmlCertificate x) {
    checkNotNull(x, "x");
    checkArgument(
        x.eucc == null || x.genericPart == null,
        "a certificate has at most one scheme-specific part");
    Optional<SchemeSpecificPart> part = Optional.empty();
    if (x.eucc != null) {
      part = Optional.of(EuccPartMapper.toRecord(x.eucc));
    } else if (x.genericPart != null) {
      part = Optional.of(generic(x.genericPart));
    }
    return CertificateContent.builder()
        .id(CertificateId.of(required(x.id, "id")))
        .scheme(SchemeId.of(required(x.scheme, "scheme")), required(x.schemeVersion, "schemeVersion"))
        .object(object(required(x.object, "object")))
        .holder(holder(required(x.holder, "holder")))
        .issuer(body(required(x.issuer, "issuer"), "issuer"))
        .itsef(Optional.ofNullable(x.itsef).map(b -> body(b, "itsef")))
        .responsibleNcca(Optional.ofNullable(x.responsibleNcca).map(b -> body(b, "responsibleNcca")))
        .legalReferences(list(x.legalReferences))
        .certificationReport(Optional.ofNullable(x.certificationReport))
        .assuranceLevel(enumValue(AssuranceLevel.class, x.assuranceLevel, "assuranceLevel"))
        .evaluationLevel(Optional.ofNullable(x.evaluationLevel))
        .standards(list(x.standards))
        .protectionProfiles(list(x.protectionProfiles))
        .issuedAt(instant(x.issuedAt, "issuedAt"))
        .validUntil(date(x.validUntil, "validUntil"))
        .approvals(list(x.approvals))
        .predecessor(Optional.ofNullable(x.predecessor).map(CertificateId::of))
        .underlying(Optional.ofNullable(x.underlying).map(CertificateId::of))
        .markUrl(Optional.ofNullable(x.markUrl))
        .schemePart(part)
        .build();
  }

  /** The binding of certificate content; lists in the record's order. */
  public static XmlCertificate toBinding(CertificateContent c) {
    checkNotNull(c, "c");
    XmlCertificate x = new XmlCertificate();
    x.id = c.id().value();
    x.scheme = c.scheme().value();
    x.schemeVersion = c.schemeVersion();
    x.object = object(c.object());
    x.holder = holder(c.holder());
    x.issuer = body(c.issuer());
    x.itsef = c.itsef().map(CertificateMapper::body).orElse(null);
    x.responsibleNcca = c.responsibleNcca().map(CertificateMapper::body).orElse(null);
    x.legalReferences = nullIfEmpty(c.legalReferences());
    x.certificationReport = c.certificationReport().orElse(null);
    x.assuranceLevel = c.assuranceLevel().name();
    x.evaluationLevel = c.evaluationLevel().orElse(null);
    x.standards = nullIfEmpty(c.standards());
    x.protectionProfiles = nullIfEmpty(c.protectionProfiles());
    x.issuedAt = instantText(c.issuedAt());
    x.validUntil = dateText(c.validUntil());
    x.approvals = nullIfEmpty(c.approvals());
    x.predecessor = c.predecessor().map(CertificateId::value).orElse(null);
    x.underlying = c.underlying().map(CertificateId::value).orElse(null);
    x.markUrl = c.markUrl().orElse(null);
    if (c.schemePart().isPresent()) {
      SchemeSpecificPart p = c.schemePart().get();
      if (p instanceof EuccPart e) {
        x.eucc = EuccPartMapper.toBinding(e);
      } else if (p instanceof GenericPart g) {
        x.genericPart = generic(g);
      } else {
        throw new AssertionError(p.getClass()); // SchemeSpecificPart is sealed
      }
    }
    return x;
  }

  /** The certified object a binding describes. */
  public static CertifiedObject object(XmlCertifiedObject o) {
    return new CertifiedObject(
        enumValue(CertifiedObjectType.class, o.type, "object type"),
        required(o.name, "object name"),
        Optional.ofNullable(o.productType),
        list(o.versions),
        Optional.ofNullable(o.category),
        Optional.ofNullable(o.toeName),
        Optional.ofNullable(o.toeType),
        Optional.ofNullable(o.scope));
  }

  /** The binding of a certified object. */
  public static XmlCertifiedObject object(CertifiedObject o) {
    XmlCertifiedObject x = new XmlCertifiedObject();
    x.type = o.type().name();
    x.name = o.name();
    x.productType = o.productType().orElse(null);
    x.versions = nullIfEmpty(o.versions());
    x.category = o.category().orElse(null);
    x.toeName = o.toeName().orElse(null);
    x.toeType = o.toeType().orElse(null);
    x.scope = o.scope().orElse(null);
    return x;
  }

  /** The holder a binding describes. */
  public static Holder holder(XmlHolder h) {
    return new Holder(
        required(h.name, "holder name"),
        Optional.ofNullable(h.address),
        Optional.ofNullable(h.contact),
        Optional.ofNullable(h.supplementaryInfoUrl),
        Optional.ofNullable(h.vulnerabilityContact));
  }

  /** The binding of a holder. */
  public static XmlHolder holder(Holder h) {
    XmlHolder x = new XmlHolder();
    x.name = h.name();
    x.address = h.address().orElse(null);
    x.contact = h.contact().orElse(null);
    x.supplementaryInfoUrl = h.supplementaryInfoUrl().orElse(null);
    x.vulnerabilityContact = h.vulnerabilityContact().orElse(null);
    return x;
  }

  private static BodyReference body(XmlBody b, String what) {
    return new BodyReference(
        BodyId.of(required(b.id, what + " id")),
        required(b.name, what + " name"),
        Optional.ofNullable(b.address),
        Optional.ofNullable(b.contact),
        Optional.ofNullable(b.accreditationReference),
        Optional.ofNullable(b.notifiedBodyNumber));
  }

  private static XmlBody body(BodyReference b) {
    XmlBody x = new XmlBody();
    x.id = b.id().value();
    x.name = b.name();
    x.address = b.address().orElse(null);
    x.contact = b.contact().orElse(null);
    x.accreditationReference = b.accreditationReference().orElse(null);
    x.notifiedBodyNumber = b.notifiedBodyNumber().orElse(null);
    return x;
  }

  /** The generic part a binding describes. */
  public static GenericPart generic(XmlGenericPart g) {
    Map<String, String> properties = new LinkedHashMap<>();
    for (XmlProperty p : list(g.properties)) {
      String name = required(p.name, "property name");
      String value = p.value == null ? "" : p.value;
      checkArgument(properties.put(name, value) == null, "property %s given twice", name);
    }
    return new GenericPart(properties);
  }

  /** The binding of a generic part. */
  public static XmlGenericPart generic(GenericPart g) {
    List<XmlProperty> properties = new ArrayList<>();
    g.properties()
        .forEach(
            (k, v) -> {
              XmlProperty p = new XmlProperty();
              p.name = k;
              p.value = v;
              properties.add(p);
            });
    XmlGenericPart x = new XmlGenericPart();
    x.properties = nullIfEmpty(properties);
    return x;
  }
}
