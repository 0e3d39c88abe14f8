/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.xml.bind.status;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.adapters.CollapsedStringAdapter;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import java.util.List;

/**
 * Binding of {@code status-list.xsd}'s {@code StatusList}: an issuing body's status list. Not API.
 *
 * <p>Mutable and not thread-safe: confined to one call of a codec.
 *
 * @since 0.1
 */
@XmlRootElement(name = "statusList")
@XmlType(
    name = "StatusList",
    propOrder = {
      "issuer",
      "sequence",
      "issued",
      "nextUpdate",
      "auditHead",
      "entries"
    })
@XmlAccessorType(XmlAccessType.FIELD)
public final class XmlStatusList {
  @XmlElement(name = "issuer", required = true)
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String issuer;

  @XmlElement(name = "sequence", required = true)
  Long sequence;

  @XmlElement(name = "issued", required = true)
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String issued;

  @XmlElement(name = "nextUpdate", required = true)
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String nextUpdate;

  @XmlElement(name = "auditHead", required = true)
  XmlAuditHead auditHead;

  @XmlElementWrapper(name = "entries")
  @XmlElement(name = "entry")
  List<XmlStatusEntry> entries;
}
