/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.issue;

import java.time.Instant;
import org.eucert.core.model.Bytes;

/**
 * The one thing issuance needs from signing: the signer's certificate (to find its key in the
 * registry) and an envelope around content at a signing time. Package-private seam between this
 * package and {@code org.eucert.certs.sign}.
 */
interface ContentSigner {
  /** The DER of the signer's certificate. */
  Bytes certificateDer();

  /**
   * The signed envelope of {@code content} with {@code signingTime}.
   *
   * @throws IssuanceSigningException if signing failed
   */
  byte[] sign(byte[] content, Instant signingTime);
}
