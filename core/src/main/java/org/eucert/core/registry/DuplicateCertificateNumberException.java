/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry;

/**
 * A certificate (or EU statement of conformity) with this identifier is already in the registry: identifiers are unique (EUCC Annex VII(a): a unique identifier established by the certification body). Allocate another number with {@link Registry#nextCertificateNumber}.
 *
 * <p>Code {@code DUPLICATE_CERTIFICATE_ID}. Immutable once thrown.
 *
 * @since 0.1
 */
public final class DuplicateCertificateNumberException extends RegistryException {
  private static final long serialVersionUID = 1L;

  /** The stable code of this exception. */
  public static final String CODE = "DUPLICATE_CERTIFICATE_ID";

  /** An exception with a message saying what was refused and what to do. */
  public DuplicateCertificateNumberException(String message) {
    super(CODE, message);
  }

  /** An exception with a message and the underlying cause. */
  public DuplicateCertificateNumberException(String message, Throwable cause) {
    super(CODE, message, cause);
  }
}
