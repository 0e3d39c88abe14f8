/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;

/**
 * One page of a query's results, in the query's order, with the request for the next page if
 * there may be more.
 *
 * <p>Immutable.
 *
 * @param <T> the item type
 * @param items the items, at most the request's limit
 * @param next the request for the next page; empty on the last page
 * @since 0.1
 */
public record Page<T>(List<T> items, Optional<PageRequest> next) {
  public Page {
    items = ImmutableList.copyOf(items);
    checkNotNull(next, "next");
  }

  /** Whether a next page may hold more items. */
  public boolean hasNext() {
    return next.isPresent();
  }
}
