/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.verify;

import org.eucert.core.model.LegalReference;

/**
 * The steps of verification, in the order the {@link Verifier} runs them (ARCHITECTURE.md section
 * 8), each with the provision or standard it enforces.
 *
 * <p>The certificate's content is read ({@link #CONTENT}) before the issuer's authority is judged
 * ({@link #AUTHORITY}), because authority depends on the scheme, level and issue instant written in
 * the content; nothing of the content is trusted before the signature over it verified.
 *
 * @since 0.1
 */
public enum Check {
  /** Strict DER parse of the CMS envelope, within size limits (CAdES-B-B profile). */
  ENVELOPE("ETSI", "EN 319 122-1 (CAdES-B-B)"),
  /** Message digest and signature over the signed attributes. */
  SIGNATURE("ETSI", "EN 319 102-1 5.2.7"),
  /** Algorithm and key size accepted by the policy. */
  CRYPTO_POLICY("ETSI", "EN 319 102-1 5.2.8"),
  /** The trust data needed is signed by a pinned anchor, fresh and not rolled back. */
  TRUST_DATA("CSA", "Art 56(10)"),
  /** The signer's certificate was within its validity at the signing time. */
  SIGNER_CERTIFICATE("ETSI", "EN 319 102-1 5.2.6"),
  /** The signer key belongs to a listed body, within its window and not compromised. */
  SIGNER_LISTED("CSA", "Art 61(5)"),
  /** The encapsulated XML read strictly; the signing-time equals its issue instant. */
  CONTENT("CSA", "Art 54(1)(p)"),
  /** The issuer's accreditation, notification, scope and 'high' authority on the day of issue. */
  AUTHORITY("CSA", "Art 56, 60, 61"),
  /** The scheme's rules on the content. */
  SCHEME_RULES("CSA", "Art 54(1)"),
  /** The validation instant within issue instant and validity end. */
  VALIDITY("CSA", "Art 54(1)(r)"),
  /** The status at the validation instant from the issuer's signed status list. */
  STATUS("EUCC", "Art 42(1)(b)"),
  /** An EU statement of conformity: self-declared by the manufacturer named. */
  SELF_DECLARED("CSA", "Art 53");

  private final LegalReference legalReference;

  Check(String act, String provision) {
    this.legalReference = LegalReference.of(act, provision);
  }

  /** The provision or standard clause this step enforces. */
  public LegalReference legalReference() {
    return legalReference;
  }
}
