/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Who makes a change, as recorded in the audit log and on certificate events: a person, a role or
 * a system account, e.g. {@code cb:NL-TRUSTCB/jdoe} or {@code import:batch-42}. eucert does not
 * authenticate it; the embedding application does.
 *
 * <p>Immutable.
 *
 * @param name 1 to 256 characters, no line breaks
 * @since 0.1
 */
public record Actor(String name) {
  public Actor {
    checkNotNull(name, "name");
    checkArgument(
        !name.isBlank() && name.length() <= 256 && name.indexOf('\n') < 0 && name.indexOf('\r') < 0,
        "an actor is 1 to 256 characters on one line: '%s'",
        name);
  }

  /** The actor {@code name}. */
  public static Actor of(String name) {
    return new Actor(name);
  }
}
