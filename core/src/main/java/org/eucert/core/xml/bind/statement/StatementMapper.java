/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.xml.bind.statement;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.eucert.core.xml.bind.Lexical.date;
import static org.eucert.core.xml.bind.Lexical.dateText;
import static org.eucert.core.xml.bind.Lexical.enumValue;
import static org.eucert.core.xml.bind.Lexical.instant;
import static org.eucert.core.xml.bind.Lexical.instantText;
import static org.eucert.core.xml.bind.Lexical.list;
import static org.eucert.core.xml.bind.Lexical.nullIfEmpty;
import static org.eucert.core.xml.bind.Lexical.required;

import java.util.Optional;
import org.eucert.core.model.AssuranceLevel;
import org.eucert.core.model.CertificateId;
import org.eucert.core.model.SchemeId;
import org.eucert.core.model.StatementOfConformity;
import org.eucert.core.xml.bind.certificate.CertificateMapper;

/**
 * Maps {@link XmlStatement} to {@link StatementOfConformity} and back. Not API.
 *
 * <p>{@link #toRecord} throws {@link IllegalArgumentException} or {@link NullPointerException}
 * when the binding holds what the model refuses. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class StatementMapper {
  private StatementMapper() {}

  /** The statement a (schema-valid) binding describes. */
  public static StatementOfConformity toRecord(XmlStatement x) {
    checkNotNull(x, "x");
    return new StatementOfConformity(
        CertificateId.of(required(x.id, "id")),
        SchemeId.of(required(x.scheme, "scheme")),
        required(x.schemeVersion, "schemeVersion"),
        CertificateMapper.object(required(x.object, "object")),
        CertificateMapper.holder(required(x.manufacturer, "manufacturer")),
        enumValue(AssuranceLevel.class, x.assuranceLevel, "assuranceLevel"),
        list(x.standards),
        instant(x.issuedAt, "issuedAt"),
        date(x.documentationAvailableUntil, "documentationAvailableUntil"),
        Optional.ofNullable(x.copySentToNcca).map(t -> instant(t, "copySentToNcca")),
        Optional.ofNullable(x.copySentToEnisa).map(t -> instant(t, "copySentToEnisa")));
  }

  /** The binding of a statement. */
  public static XmlStatement toBinding(StatementOfConformity s) {
    checkNotNull(s, "s");
    XmlStatement x = new XmlStatement();
    x.id = s.id().value();
    x.scheme = s.scheme().value();
    x.schemeVersion = s.schemeVersion();
    x.object = CertificateMapper.object(s.object());
    x.manufacturer = CertificateMapper.holder(s.manufacturer());
    x.assuranceLevel = s.assuranceLevel().name();
    x.standards = nullIfEmpty(s.standards());
    x.issuedAt = instantText(s.issuedAt());
    x.documentationAvailableUntil = dateText(s.documentationAvailableUntil());
    x.copySentToNcca = s.copySentToNcca().map(t -> instantText(t)).orElse(null);
    x.copySentToEnisa = s.copySentToEnisa().map(t -> instantText(t)).orElse(null);
    return x;
  }
}
