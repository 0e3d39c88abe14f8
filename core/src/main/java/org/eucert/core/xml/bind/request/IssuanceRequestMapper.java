/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.xml.bind.request;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.eucert.core.xml.bind.Lexical.date;
import static org.eucert.core.xml.bind.Lexical.dateText;
import static org.eucert.core.xml.bind.Lexical.enumValue;
import static org.eucert.core.xml.bind.Lexical.list;
import static org.eucert.core.xml.bind.Lexical.nullIfEmpty;
import static org.eucert.core.xml.bind.Lexical.required;

import java.util.Optional;
import org.eucert.core.model.AssuranceLevel;
import org.eucert.core.model.BodyId;
import org.eucert.core.model.CertificateId;
import org.eucert.core.model.EuccPart;
import org.eucert.core.model.GenericPart;
import org.eucert.core.model.IssuanceRequest;
import org.eucert.core.model.SchemeId;
import org.eucert.core.model.SchemeSpecificPart;
import org.eucert.core.xml.bind.certificate.CertificateMapper;
import org.eucert.core.xml.bind.eucc.EuccPartMapper;

/**
 * Maps {@link XmlIssuanceRequest} to {@link IssuanceRequest} and back. Not API.
 *
 * <p>{@link #toRecord} throws {@link IllegalArgumentException} or {@link NullPointerException}
 * when the binding holds what the model refuses. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class IssuanceRequestMapper {
  private IssuanceRequestMapper() {}

  /** The request a (schema-valid) binding describes. */
  public static IssuanceRequest toRecord(XmlIssuanceRequest x) {
    checkNotNull(x, "x");
    checkArgument(
        x.eucc == null || x.genericPart == null, "a request has at most one scheme-specific part");
    Optional<SchemeSpecificPart> part = Optional.empty();
    if (x.eucc != null) {
      part = Optional.of(EuccPartMapper.toRecord(x.eucc));
    } else if (x.genericPart != null) {
      part = Optional.of(CertificateMapper.generic(x.genericPart));
    }
    IssuanceRequest.Builder b =
        IssuanceRequest.builder()
            .scheme(
                SchemeId.of(required(x.scheme, "scheme")),
                required(x.schemeVersion, "schemeVersion"))
            .issuer(BodyId.of(required(x.issuer, "issuer")))
            .itsef(Optional.ofNullable(x.itsef).map(BodyId::of))
            .object(CertificateMapper.object(required(x.object, "object")))
            .holder(CertificateMapper.holder(required(x.holder, "holder")))
            .legalReferences(list(x.legalReferences))
            .certificationReport(Optional.ofNullable(x.certificationReport))
            .assuranceLevel(enumValue(AssuranceLevel.class, x.assuranceLevel, "assuranceLevel"))
            .evaluationLevel(Optional.ofNullable(x.evaluationLevel))
            .standards(list(x.standards))
            .protectionProfiles(list(x.protectionProfiles))
            .validUntil(date(x.validUntil, "validUntil"))
            .approvals(list(x.approvals))
            .underlying(Optional.ofNullable(x.underlying).map(CertificateId::of))
            .markUrl(Optional.ofNullable(x.markUrl))
            .schemePart(part);
    if (x.pilot != null) {
      checkArgument(x.pilot.equals("true"), "allowCandidateSchemeForPilot is 'true' or absent");
      b.allowCandidateSchemeForPilot();
    }
    return b.build();
  }

  /** The binding of a request; lists in the record's order. */
  public static XmlIssuanceRequest toBinding(IssuanceRequest r) {
    checkNotNull(r, "r");
    XmlIssuanceRequest x = new XmlIssuanceRequest();
    x.scheme = r.scheme().value();
    x.schemeVersion = r.schemeVersion();
    x.issuer = r.issuer().value();
    x.itsef = r.itsef().map(BodyId::value).orElse(null);
    x.object = CertificateMapper.object(r.object());
    x.holder = CertificateMapper.holder(r.holder());
    x.legalReferences = nullIfEmpty(r.legalReferences());
    x.certificationReport = r.certificationReport().orElse(null);
    x.assuranceLevel = r.assuranceLevel().name();
    x.evaluationLevel = r.evaluationLevel().orElse(null);
    x.standards = nullIfEmpty(r.standards());
    x.protectionProfiles = nullIfEmpty(r.protectionProfiles());
    x.validUntil = dateText(r.validUntil());
    x.approvals = nullIfEmpty(r.approvals());
    x.underlying = r.underlying().map(CertificateId::value).orElse(null);
    x.markUrl = r.markUrl().orElse(null);
    if (r.schemePart().isPresent()) {
      SchemeSpecificPart p = r.schemePart().get();
      if (p instanceof EuccPart e) {
        x.eucc = EuccPartMapper.toBinding(e);
      } else if (p instanceof GenericPart g) {
        x.genericPart = CertificateMapper.generic(g);
      } else {
        throw new AssertionError(p.getClass()); // SchemeSpecificPart is sealed
      }
    }
    x.pilot = r.pilot() ? "true" : null;
    return x;
  }
}
