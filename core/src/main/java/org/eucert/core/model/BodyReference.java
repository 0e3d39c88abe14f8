/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * A body as a certificate names it (EUCC Annex VII(c)): its identifier and name, and where the
 * certificate gives them, address, contact, accreditation reference and notified-body number.
 *
 * <p>Immutable.
 *
 * @since 0.1
 */
public record BodyReference(
    BodyId id,
    String name,
    Optional<String> address,
    Optional<String> contact,
    Optional<String> accreditationReference,
    Optional<String> notifiedBodyNumber) {
  public BodyReference {
    checkNotNull(id, "id");
    checkNotNull(name, "name");
    checkNotNull(address, "address");
    checkNotNull(contact, "contact");
    checkNotNull(accreditationReference, "accreditationReference");
    checkNotNull(notifiedBodyNumber, "notifiedBodyNumber");
    checkArgument(!name.isBlank(), "body %s has no name", id);
  }

  /** A reference by id and name only. */
  public static BodyReference of(BodyId id, String name) {
    return new BodyReference(
        id, name, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }
}
