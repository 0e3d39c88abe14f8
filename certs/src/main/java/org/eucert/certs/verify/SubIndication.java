/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.verify;

/**
 * Why a verification did not pass: exactly the table of ARCHITECTURE.md section 8. The names
 * follow ETSI EN 319 102-1 where the meaning is the same ({@code FORMAT_FAILURE}, {@code
 * HASH_FAILURE}, {@code SIG_CRYPTO_FAILURE}, {@code CRYPTO_CONSTRAINTS_FAILURE}, {@code
 * NO_POE}-like freshness), and are our own where certification needs its own.
 *
 * <p>Each sub-indication belongs to one {@link Indication}; {@link #CERTIFICATE_SUSPENDED} is
 * {@link Indication#INDETERMINATE} (EUCC Art 30: suspension does not end validity, but it is not
 * in force either) unless the policy accepts suspended certificates, in which case the report is
 * {@link Indication#PASSED} with a warning and carries no sub-indication.
 *
 * @since 0.1
 */
public enum SubIndication {
  /** Not a well-formed envelope or document of ours. */
  FORMAT_FAILURE(Indication.FAILED),
  /** The content does not match the signed digest. */
  HASH_FAILURE(Indication.FAILED),
  /** The signature does not verify. */
  SIG_CRYPTO_FAILURE(Indication.FAILED),
  /** The signer key belongs to no listed body, and the trust data is fresh. */
  SIGNER_NOT_LISTED(Indication.FAILED),
  /** Signed at or after the key's compromise instant. */
  KEY_COMPROMISED(Indication.FAILED),
  /** The body was not notified (or suspended, withdrawn) for the scheme on the day of issue. */
  ISSUER_NOT_NOTIFIED(Indication.FAILED),
  /** Level, category, AVA_VAN or 'high' authority outside what the body may issue. */
  OUT_OF_SCOPE(Indication.FAILED),
  /** A scheme rule refuses the content. */
  SCHEME_RULE_VIOLATION(Indication.FAILED),
  /** Absent from the issuer's status list issued after it. */
  NOT_REGISTERED(Indication.FAILED),
  /** The validation instant is before the issue instant. */
  CERTIFICATE_NOT_YET_VALID(Indication.FAILED),
  /** The validation instant is after the validity end. */
  CERTIFICATE_EXPIRED(Indication.FAILED),
  /** Withdrawn at the validation instant. */
  CERTIFICATE_WITHDRAWN(Indication.FAILED),
  /** Suspended at the validation instant (EUCC Art 30: suspension does not end validity). */
  CERTIFICATE_SUSPENDED(Indication.INDETERMINATE),
  /** The algorithm or key size is not accepted by the policy. */
  CRYPTO_CONSTRAINTS_FAILURE(Indication.INDETERMINATE),
  /** A list needed is past its next-update, rolled back or badly signed. */
  TRUST_DATA_STALE(Indication.INDETERMINATE),
  /** No status list covers the validation instant. */
  NO_STATUS_INFORMATION(Indication.INDETERMINATE),
  /** The list of trust lists is not signed by a pinned anchor. */
  UNKNOWN_ANCHOR(Indication.INDETERMINATE);

  private final Indication indication;

  SubIndication(Indication indication) {
    this.indication = indication;
  }

  /** The indication this sub-indication belongs to. */
  public Indication indication() {
    return indication;
  }
}
