/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.trust;

/**
 * Whether a list of a trust bundle can be relied on. Anything but {@link #OK} makes the
 * verifications that depend on the list INDETERMINATE (fail closed, ARCHITECTURE.md section 7).
 * Staleness is not a health: it depends on the instant, see {@link ListInfo#staleAt}.
 *
 * @since 0.1
 */
public enum ListHealth {
  /** Well-formed, signed by a key it may be signed by, not older than one already seen. */
  OK,
  /** The signature or the content digest does not verify, or the signer is not the one pinned. */
  BAD_SIGNATURE,
  /** A lower sequence number than one already seen for that list: a replay. */
  ROLLED_BACK,
  /** The list of trust lists is signed by no anchor valid at its signing time. */
  UNKNOWN_ANCHOR,
  /** A list that should be there (pointed to, or needed) is not in the bundle. */
  MISSING,
  /** Not a well-formed envelope, or its content is not a valid document of its kind. */
  MALFORMED
}
