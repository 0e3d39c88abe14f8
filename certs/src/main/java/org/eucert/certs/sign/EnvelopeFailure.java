/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.sign;

/**
 * Why an envelope was refused by the strict parser (ARCHITECTURE.md section 6: anything other than
 * exactly the structure we produce is a format failure). Stable codes; match on them, not on
 * messages.
 *
 * @since 0.1
 */
public enum EnvelopeFailure {
  /** Larger than the codec's maximum envelope size. */
  TOO_LARGE,
  /** Empty, or shorter than its encoded lengths say. */
  TRUNCATED,
  /** Not a distinguished encoding (BER, indefinite lengths, non-minimal lengths, trailing bytes). */
  NOT_DER,
  /** Nested deeper than any envelope we produce. */
  TOO_DEEP,
  /** Well-formed DER, but not the CMS SignedData structure we produce. */
  UNEXPECTED_STRUCTURE,
  /** A signature or digest algorithm outside ARCHITECTURE.md section 6, or a key that does not fit it. */
  UNSUPPORTED_ALGORITHM,
  /** More or fewer than exactly one SignerInfo. */
  SIGNER_INFO_COUNT,
  /** Certificates other than the signer's chain, or a chain that does not link up. */
  UNEXPECTED_CERTIFICATES,
  /** CRLs or other revocation data in the SignedData. */
  UNEXPECTED_CRLS,
  /** Any unsigned attribute. */
  UNSIGNED_ATTRIBUTES,
  /** A signed-attribute set other than content-type, message-digest, signing-time, signing-certificate-v2. */
  UNEXPECTED_SIGNED_ATTRIBUTES,
  /** The signing-certificate-v2 attribute does not identify the signer's certificate. */
  SIGNER_CERTIFICATE_MISMATCH,
  /** A certificate that cannot be decoded. */
  BAD_CERTIFICATE
}
