/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * A body of the framework: an NCCA (CSA Art 58), a certification body or an ITSEF (conformity
 * assessment bodies, CSA Art 60). Its accreditations, notifications, authorisations, delegations
 * and keys are separate time-lined records that name it by {@link #id()}.
 *
 * <p>Immutable.
 *
 * @param id eucert's identifier of the body
 * @param role NCCA, certification body or ITSEF
 * @param name legal name
 * @param memberState where it is established (an NCCA: the Member State that designated it)
 * @param notifiedBodyNumber the number the Commission assigned on notification (CIR (EU) 2024/3143;
 *     the NANDO id on ENISA pages), where notified
 * @param supervisingNcca the NCCA that supervises it; empty for an NCCA
 * @param publicBody whether it is a public body (CSA Art 56(5))
 * @param address postal address, where known
 * @param contact contact (e-mail or telephone), where known
 * @since 0.1
 */
public record Body(
    BodyId id,
    BodyRole role,
    String name,
    MemberState memberState,
    Optional<String> notifiedBodyNumber,
    Optional<BodyId> supervisingNcca,
    boolean publicBody,
    Optional<String> address,
    Optional<String> contact) {
  public Body {
    checkNotNull(id, "id");
    checkNotNull(role, "role");
    checkNotNull(name, "name");
    checkNotNull(memberState, "memberState");
    checkNotNull(notifiedBodyNumber, "notifiedBodyNumber");
    checkNotNull(supervisingNcca, "supervisingNcca");
    checkNotNull(address, "address");
    checkNotNull(contact, "contact");
    checkArgument(!name.isBlank(), "body %s has no name", id);
    checkArgument(
        role != BodyRole.NCCA || supervisingNcca.isEmpty(),
        "an NCCA is not supervised by another NCCA: %s",
        id);
    checkArgument(
        role == BodyRole.NCCA || supervisingNcca.isPresent(),
        "a conformity assessment body needs its supervising NCCA: %s",
        id);
    checkArgument(
        role != BodyRole.NCCA || publicBody, "an NCCA is a public authority (CSA Art 58): %s", id);
  }

  /** Whether this body is an NCCA. */
  public boolean isNcca() {
    return role == BodyRole.NCCA;
  }
}
