/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.xml.bind.trust;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.List;

/**
 * Binding of {@code trust-list.xsd}'s {@code Entity}: one body with its records. Not API.
 *
 * <p>Mutable and not thread-safe: confined to one call of a codec.
 *
 * @since 0.1
 */
@XmlType(
    name = "Entity",
    propOrder = {
      "body",
      "accreditations",
      "notifications",
      "authorisations",
      "delegations",
      "approvals",
      "signingKeys"
    })
@XmlAccessorType(XmlAccessType.FIELD)
public final class XmlEntity {
  @XmlElement(name = "body", required = true)
  XmlTrustBody body;

  @XmlElement(name = "accreditation")
  List<XmlAccreditation> accreditations;

  @XmlElement(name = "notification")
  List<XmlNotification> notifications;

  @XmlElement(name = "authorisation")
  List<XmlAuthorisation> authorisations;

  @XmlElement(name = "delegation")
  List<XmlDelegation> delegations;

  @XmlElement(name = "approval")
  List<XmlApproval> approvals;

  @XmlElement(name = "signingKey")
  List<XmlSigningKey> signingKeys;
}
