/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.xml.bind.lotl;

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
 * Binding of {@code list-of-trust-lists.xsd}'s {@code ListOfTrustLists}: the list of trust lists. Not API.
 *
 * <p>Mutable and not thread-safe: confined to one call of a codec.
 *
 * @since 0.1
 */
@XmlRootElement(name = "listOfTrustLists")
@XmlType(
    name = "ListOfTrustLists",
    propOrder = {
      "operator",
      "sequence",
      "issued",
      "nextUpdate",
      "pointers"
    })
@XmlAccessorType(XmlAccessType.FIELD)
public final class XmlListOfTrustLists {
  @XmlElement(name = "operator", required = true)
  String operator;

  @XmlElement(name = "sequence", required = true)
  Long sequence;

  @XmlElement(name = "issued", required = true)
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String issued;

  @XmlElement(name = "nextUpdate", required = true)
  @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
  String nextUpdate;

  @XmlElementWrapper(name = "pointers")
  @XmlElement(name = "pointer")
  List<XmlPointer> pointers;
}
