/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.Map;

/**
 * Scheme-specific certificate data for a scheme without a typed part of its own: named string
 * properties, in their given order.
 *
 * <p>Immutable.
 *
 * @param properties property names ({@code [A-Za-z][A-Za-z0-9._-]*}) to values
 * @since 0.1
 */
public record GenericPart(Map<String, String> properties) implements SchemeSpecificPart {
  public GenericPart {
    properties = ImmutableMap.copyOf(checkNotNull(properties, "properties"));
    for (String k : properties.keySet()) {
      checkArgument(k.matches("[A-Za-z][A-Za-z0-9._-]{0,63}"), "bad property name: '%s'", k);
    }
  }
}
