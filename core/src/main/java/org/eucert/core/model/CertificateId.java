/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.regex.Pattern;

/**
 * The unique identifier of a certificate set by the issuing body (EUCC Annex VII(a)), kept exactly as given: formats differ by body (DOMAIN.md 2.12), so it is an opaque string; its parts are read with a {@link CertificateIdPattern}. Letters, digits, '.', '/', '-' and '_'.
 *
 * <p>Immutable; compared by value.
 *
 * @since 0.1
 */
public record CertificateId(String value) implements Comparable<CertificateId> {
  private static final Pattern SYNTAX = Pattern.compile("[A-Za-z0-9][A-Za-z0-9./_-]{0,79}");

  public CertificateId {
    checkNotNull(value, "value");
    checkArgument(
        SYNTAX.matcher(value).matches(), "not a valid CertificateId: '%s' (expected %s)", value, SYNTAX);
  }

  /** The identifier {@code value}. */
  public static CertificateId of(String value) {
    return new CertificateId(value);
  }

  @Override
  public int compareTo(CertificateId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
