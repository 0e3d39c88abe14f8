/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry;

import static com.google.common.base.Preconditions.checkNotNull;

import org.eucert.core.model.CertificateId;

/**
 * An import of exported certificates ({@link Registry#importExported}) is refused: nothing of it
 * was written. The message names the certificate and what is wrong; a refusal by the life-cycle
 * rules (EUCC Art 14, 30; Art 13(2)) is kept as the cause.
 *
 * <p>{@link #code()} is the problem's name. Immutable once thrown.
 *
 * @since 0.1
 */
public final class ImportRefusedException extends RegistryException {
  private static final long serialVersionUID = 1L;

  /** The problems; each constant's name is the exception's code. */
  public enum Problem {
    /** The registry already holds a certificate with that identifier. */
    IMPORTED_DUPLICATE,
    /** The same identifier comes twice in the import. */
    IMPORTED_DUPLICATE_IN_DOCUMENT,
    /** The issuer of a certificate is not enrolled in the registry importing it. */
    IMPORTED_ISSUER_UNKNOWN,
    /** An event cannot be replayed: the life-cycle rules refuse it (the cause says which). */
    IMPORTED_EVENT_REFUSED,
    /** A replayed event differs from the exported one, or the events are not in sequence. */
    IMPORTED_EVENT_MISMATCH,
    /** The exported links differ from the links the content names. */
    IMPORTED_LINK_MISMATCH
  }

  private final Problem problem;
  private final CertificateId certificate;

  /** An exception for {@code problem} with {@code certificate}. */
  public ImportRefusedException(
      Problem problem, CertificateId certificate, String message, Throwable cause) {
    super(
        checkNotNull(problem, "problem").name(),
        "import refused, nothing written: certificate "
            + checkNotNull(certificate, "certificate")
            + ": "
            + message,
        cause);
    this.problem = problem;
    this.certificate = certificate;
  }

  /** An exception for {@code problem} with {@code certificate}, without a cause. */
  public ImportRefusedException(Problem problem, CertificateId certificate, String message) {
    this(problem, certificate, message, null);
  }

  /** The problem. */
  public Problem problem() {
    return problem;
  }

  /** The certificate refused. */
  public CertificateId certificate() {
    return certificate;
  }
}
