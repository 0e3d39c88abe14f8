/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.schemes.catalogue;

import org.eucert.core.EucertException;

/**
 * The scheme catalogue shipped in the jar is missing or broken. Codes: {@code
 * CATALOGUE_RESOURCE_MISSING}, {@code CATALOGUE_RESOURCE_INVALID}.
 *
 * @since 0.1
 */
public final class CatalogueException extends EucertException {
  private static final long serialVersionUID = 1L;

  CatalogueException(String code, String message) {
    super(code, message);
  }

  CatalogueException(String code, String message, Throwable cause) {
    super(code, message, cause);
  }
}
