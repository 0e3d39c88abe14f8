/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A reference to a provision of law, kept as data so that a change of legal basis (CSA to a
 * successor act, DOMAIN.md 1.18) changes no code: an act short name and a provision, e.g. {@code
 * CSA} and {@code Art 56(6)}, or {@code EUCC} and {@code Annex VIII}.
 *
 * <p>Immutable.
 *
 * @since 0.1
 */
public record LegalReference(String act, String provision) {
  public LegalReference {
    checkNotNull(act, "act");
    checkNotNull(provision, "provision");
    checkArgument(!act.isBlank(), "act is blank");
    checkArgument(!provision.isBlank(), "provision is blank");
  }

  /** A reference to {@code provision} of {@code act}. */
  public static LegalReference of(String act, String provision) {
    return new LegalReference(act, provision);
  }

  /**
   * Parses {@code "ACT provision"}: the text up to the first space is the act.
   *
   * @throws IllegalArgumentException if there is no space
   */
  public static LegalReference parse(String text) {
    checkNotNull(text, "text");
    String t = text.trim();
    int sp = t.indexOf(' ');
    checkArgument(sp > 0, "not a legal reference: '%s' (expected e.g. 'CSA Art 56(6)')", text);
    return new LegalReference(t.substring(0, sp), t.substring(sp + 1).trim());
  }

  /** {@code act + " " + provision}, e.g. {@code EUCC Art 30(1)}. */
  @Override
  public String toString() {
    return act + " " + provision;
  }
}
