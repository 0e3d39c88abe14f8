/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * What a review left in the registry: the reviewed certificate and, for EUCC Art 13(2)(c) and
 * (d), its successor.
 *
 * <p>Immutable.
 *
 * @param reviewed the reviewed certificate after the outcome
 * @param successor the successor, if one was issued
 * @since 0.1
 */
public record ReviewResult(CertificateRecord reviewed, Optional<CertificateRecord> successor) {
  public ReviewResult {
    checkNotNull(reviewed, "reviewed");
    checkNotNull(successor, "successor");
  }
}
