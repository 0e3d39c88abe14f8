/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.trust;

/**
 * The kinds of list in a trust bundle (ARCHITECTURE.md section 7).
 *
 * @since 0.1
 */
public enum ListKind {
  /** The Union-level list of trust lists, {@code lotl.p7m}, signed by a pinned anchor. */
  LIST_OF_TRUST_LISTS,
  /** A Member State's trust list, {@code lists/<MS>.p7m}, signed by its NCCA. */
  TRUST_LIST,
  /** An issuing body's status list, {@code status/<body-id>.p7m}, signed by that body. */
  STATUS_LIST
}
