/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A security requirement of a scheme, with the standards it refers to and the levels at which it
 * applies (CSA Art 52(3): the scheme sets the requirements per level).
 *
 * <p>Immutable.
 *
 * @param id stable identifier within the scheme
 * @param text the requirement
 * @param standardIds ids of {@link StandardReference}s of the same scheme
 * @param levels levels at which the requirement applies; never empty
 * @since 0.1
 */
public record Requirement(String id, String text, List<String> standardIds, Set<AssuranceLevel> levels) {
  public Requirement {
    checkNotNull(id, "id");
    checkNotNull(text, "text");
    checkArgument(!id.isBlank(), "requirement id is blank");
    standardIds = ImmutableList.copyOf(standardIds);
    checkArgument(!levels.isEmpty(), "requirement %s applies at no level", id);
    levels = Sets.immutableEnumSet(EnumSet.copyOf(levels));
  }
}
