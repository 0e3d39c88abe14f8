/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.trust;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.eucert.core.model.Accreditation;
import org.eucert.core.model.Approval;
import org.eucert.core.model.Authorisation;
import org.eucert.core.model.Body;
import org.eucert.core.model.BodyId;
import org.eucert.core.model.Delegation;
import org.eucert.core.model.Notification;
import org.eucert.core.model.SigningKey;

/**
 * One body in a Member State's trust list: an NCCA (CSA Art 58), a certification body or an ITSEF
 * (CSA Art 60), with the full time lines of its accreditations, notifications (CSA Art 61),
 * authorisations (CSA Art 60(3)), the delegations it holds (CSA Art 56(6)(b)), the per-certificate
 * approvals NCCAs gave it (CSA Art 56(6)(a); EUCC Art 7(4), 12) and its signing keys, each with a
 * window and, if compromised, the compromise instant. Shaped after a TS 119 612 "trust service
 * provider" with its services.
 *
 * <p>Immutable. Every record must concern this body (checked).
 *
 * @param body the body, including its role and identifiers
 * @param accreditations its accreditations
 * @param notifications its notifications
 * @param authorisations the authorisations given to it
 * @param delegations the delegations it holds
 * @param approvals the approvals given to it
 * @param signingKeys its signing keys (public material only)
 * @since 0.1
 */
public record TrustedEntity(
    Body body,
    List<Accreditation> accreditations,
    List<Notification> notifications,
    List<Authorisation> authorisations,
    List<Delegation> delegations,
    List<Approval> approvals,
    List<SigningKey> signingKeys) {
  public TrustedEntity {
    checkNotNull(body, "body");
    accreditations = ImmutableList.copyOf(accreditations);
    notifications = ImmutableList.copyOf(notifications);
    authorisations = ImmutableList.copyOf(authorisations);
    delegations = ImmutableList.copyOf(delegations);
    approvals = ImmutableList.copyOf(approvals);
    signingKeys = ImmutableList.copyOf(signingKeys);
    BodyId id = body.id();
    accreditations.forEach(a -> checkOwn("accreditation", a.body(), id));
    notifications.forEach(n -> checkOwn("notification", n.body(), id));
    authorisations.forEach(a -> checkOwn("authorisation", a.body(), id));
    delegations.forEach(d -> checkOwn("delegation", d.delegate(), id));
    approvals.forEach(a -> checkOwn("approval", a.body(), id));
    signingKeys.forEach(k -> checkOwn("signing key", k.body(), id));
  }

  private static void checkOwn(String what, BodyId owner, BodyId entity) {
    checkArgument(owner.equals(entity), "%s of %s listed under %s", what, owner, entity);
  }

  /** The body's identifier. */
  public BodyId id() {
    return body.id();
  }
}
