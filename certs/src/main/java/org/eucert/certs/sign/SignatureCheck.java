/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.sign;

/**
 * The outcome of checking an envelope's signature (vocabulary of ETSI EN 319 102-1: HASH_FAILURE,
 * SIG_CRYPTO_FAILURE).
 *
 * @since 0.1
 */
public enum SignatureCheck {
  /** The content matches the signed message digest and the signature verifies. */
  VALID,
  /** The content does not match the message-digest signed attribute. */
  HASH_FAILURE,
  /** The signature does not verify with the key, or the key does not fit the algorithm. */
  SIG_CRYPTO_FAILURE
}
