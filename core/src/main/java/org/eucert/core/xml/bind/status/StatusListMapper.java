/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.xml.bind.status;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.eucert.core.xml.bind.Lexical.base64;
import static org.eucert.core.xml.bind.Lexical.base64Text;
import static org.eucert.core.xml.bind.Lexical.enumValue;
import static org.eucert.core.xml.bind.Lexical.instant;
import static org.eucert.core.xml.bind.Lexical.instantText;
import static org.eucert.core.xml.bind.Lexical.list;
import static org.eucert.core.xml.bind.Lexical.nullIfEmpty;
import static org.eucert.core.xml.bind.Lexical.optionalDate;
import static org.eucert.core.xml.bind.Lexical.required;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eucert.core.model.BodyId;
import org.eucert.core.model.Bytes;
import org.eucert.core.model.CertificateId;
import org.eucert.core.registry.AuditHead;
import org.eucert.core.registry.CertificateEventKind;
import org.eucert.core.registry.WithdrawalReason;
import org.eucert.core.trust.StatusEntry;
import org.eucert.core.trust.StatusEvent;
import org.eucert.core.trust.StatusList;

/**
 * Maps {@link XmlStatusList} to {@link StatusList} and back. Not API.
 *
 * <p>{@link #toRecord} throws {@link IllegalArgumentException} or {@link NullPointerException}
 * when the binding holds what the model refuses. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class StatusListMapper {
  private StatusListMapper() {}

  /** The status list a (schema-valid) binding describes. */
  public static StatusList toRecord(XmlStatusList x) {
    checkNotNull(x, "x");
    XmlAuditHead head = required(x.auditHead, "auditHead");
    List<StatusEntry> entries = new ArrayList<>();
    for (XmlStatusEntry e : list(x.entries)) {
      List<StatusEvent> events = new ArrayList<>();
      for (XmlEvent v : list(e.events)) {
        events.add(
            new StatusEvent(
                enumValue(CertificateEventKind.class, v.kind, "event kind"),
                instant(v.at, "event at"),
                optionalDate(v.plannedUntil, "plannedUntil"),
                Optional.ofNullable(v.reason)
                    .map(r -> enumValue(WithdrawalReason.class, r, "reason"))));
      }
      entries.add(
          new StatusEntry(
              CertificateId.of(required(e.id, "certificate id")),
              instant(e.issued, "issued"),
              Bytes.copyOf(base64(e.contentDigest, "contentDigest")),
              events));
    }
    return new StatusList(
        BodyId.of(required(x.issuer, "issuer")),
        required(x.sequence, "sequence"),
        instant(x.issued, "issued"),
        instant(x.nextUpdate, "nextUpdate"),
        new AuditHead(required(head.seq, "audit seq"), required(head.hash, "audit hash")),
        entries);
  }

  /** The binding of a status list. */
  public static XmlStatusList toBinding(StatusList r) {
    checkNotNull(r, "r");
    XmlStatusList x = new XmlStatusList();
    x.issuer = r.issuer().value();
    x.sequence = r.sequence();
    x.issued = instantText(r.issued());
    x.nextUpdate = instantText(r.nextUpdate());
    XmlAuditHead head = new XmlAuditHead();
    head.seq = r.auditHead().seq();
    head.hash = r.auditHead().hash();
    x.auditHead = head;
    List<XmlStatusEntry> entries = new ArrayList<>();
    for (StatusEntry e : r.entries()) {
      XmlStatusEntry xe = new XmlStatusEntry();
      xe.id = e.id().value();
      xe.issued = instantText(e.issued());
      xe.contentDigest = base64Text(e.contentDigest().toByteArray());
      List<XmlEvent> events = new ArrayList<>();
      for (StatusEvent v : e.events()) {
        XmlEvent xv = new XmlEvent();
        xv.kind = v.kind().name();
        xv.at = instantText(v.at());
        xv.plannedUntil = v.plannedUntil().map(Object::toString).orElse(null);
        xv.reason = v.reason().map(Enum::name).orElse(null);
        events.add(xv);
      }
      xe.events = nullIfEmpty(events);
      entries.add(xe);
    }
    x.entries = nullIfEmpty(entries);
    return x;
  }
}
