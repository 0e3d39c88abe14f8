/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.verify;

/**
 * The verdict of a verification, after ETSI EN 319 102-1 section 5.1.3: the certificate is valid
 * ({@link #PASSED}), proven not valid ({@link #FAILED}), or cannot be judged with the trust data and
 * policy at hand ({@link #INDETERMINATE}).
 *
 * <p>Fail closed: nothing ever defaults to {@link #PASSED}.
 *
 * @since 0.1
 */
public enum Indication {
  /** Every check passed (possibly with warnings). */
  PASSED,
  /** A check proved the certificate not valid; more trust data would not change that. */
  FAILED,
  /** The certificate could not be judged; fresher trust data or another policy might decide. */
  INDETERMINATE
}
