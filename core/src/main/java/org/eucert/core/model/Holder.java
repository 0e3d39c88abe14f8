/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * The holder of a certificate (manufacturer or provider), or the issuer of an EU statement of
 * conformity. EUCC Annex VII(b)(4)-(5): name, address, contact, and the link to the website with the
 * supplementary cybersecurity information of CSA Art 55.
 *
 * <p>Immutable.
 *
 * @param name legal name
 * @param address postal address, where given
 * @param contact contact, where given
 * @param supplementaryInfoUrl the Art 55 supplementary-information URL, where given
 * @param vulnerabilityContact where vulnerabilities are reported (CSA Art 55(1)(c)), where given
 * @since 0.1
 */
public record Holder(
    String name,
    Optional<String> address,
    Optional<String> contact,
    Optional<String> supplementaryInfoUrl,
    Optional<String> vulnerabilityContact) {
  public Holder {
    checkNotNull(name, "name");
    checkNotNull(address, "address");
    checkNotNull(contact, "contact");
    checkNotNull(supplementaryInfoUrl, "supplementaryInfoUrl");
    checkNotNull(vulnerabilityContact, "vulnerabilityContact");
    checkArgument(!name.isBlank(), "holder has no name");
  }

  /** A holder known by name only. */
  public static Holder named(String name) {
    return new Holder(name, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }
}
