/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.trust;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.eucert.core.model.SigningKey;

/**
 * A signing key found in a trust list, with the entity it belongs to and the list that lists it.
 *
 * <p>Immutable.
 *
 * @param entity the body the key belongs to, as listed
 * @param key the key with its window and compromise instant
 * @param trustListId the listing trust list's identifier, {@code lists/<MS>}
 * @since 0.1
 */
public record ListedKey(TrustedEntity entity, SigningKey key, String trustListId) {
  public ListedKey {
    checkNotNull(entity, "entity");
    checkNotNull(key, "key");
    checkNotNull(trustListId, "trustListId");
    checkArgument(
        key.body().equals(entity.id()), "key %s is not %s's", key.keyId(), entity.id());
  }
}
