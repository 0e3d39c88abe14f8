/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * Which page of a query to read: at most {@code limit} items after the cursor {@code after}
 * (keyset paging: the cursor is the sort key of the last item of the previous page, so reading
 * page 10,000 costs what reading page 1 costs, and a row inserted meanwhile never shifts a page).
 *
 * <p>Immutable.
 *
 * @param after the cursor, from {@link Page#next()}; empty for the first page
 * @param limit 1 to {@value #MAX_LIMIT}
 * @since 0.1
 */
public record PageRequest(Optional<String> after, int limit) {
  /** The largest page. */
  public static final int MAX_LIMIT = 1000;

  public PageRequest {
    checkNotNull(after, "after");
    checkArgument(limit >= 1 && limit <= MAX_LIMIT, "limit must be 1 to %s: %s", MAX_LIMIT, limit);
  }

  /** The first page of at most {@code limit} items. */
  public static PageRequest first(int limit) {
    return new PageRequest(Optional.empty(), limit);
  }
}
