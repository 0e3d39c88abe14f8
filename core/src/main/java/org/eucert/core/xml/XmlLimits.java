/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.xml;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Bounds on a document that a codec checks before and while it parses, so that hostile input costs
 * little: the size in bytes (checked before parsing; XML and JSON), the element nesting depth (JSON:
 * the nesting of objects and arrays), the number of elements and the number of attributes of one
 * element (XML).
 *
 * <p>The defaults are far above what a valid document needs: {@link #certificateDefaults()} for
 * certificates (1 MiB, depth 32), {@link #schemeDefaults()} for scheme documents (16 MiB, depth
 * 32). Immutable.
 *
 * @param maxBytes the largest document accepted, in bytes
 * @param maxDepth the deepest element nesting accepted (the root element is depth 1); for JSON, the
 *     deepest nesting of objects and arrays, and never more than 1000 whatever this says
 * @param maxElements the most elements accepted in one document
 * @param maxAttributes the most attributes accepted on one element
 * @since 0.1
 */
public record XmlLimits(int maxBytes, int maxDepth, int maxElements, int maxAttributes) {
  public XmlLimits {
    checkArgument(maxBytes > 0, "maxBytes must be positive: %s", maxBytes);
    checkArgument(maxDepth > 0, "maxDepth must be positive: %s", maxDepth);
    checkArgument(maxElements > 0, "maxElements must be positive: %s", maxElements);
    checkArgument(maxAttributes > 0, "maxAttributes must be positive: %s", maxAttributes);
  }

  /** For certificate content: 1 MiB, depth 32, 20,000 elements, 32 attributes per element. */
  public static XmlLimits certificateDefaults() {
    return new XmlLimits(1 << 20, 32, 20_000, 32);
  }

  /** For scheme documents: 16 MiB, depth 32, 1,000,000 elements, 32 attributes per element. */
  public static XmlLimits schemeDefaults() {
    return new XmlLimits(16 << 20, 32, 1_000_000, 32);
  }

  /**
   * For registry exports: 256 MiB, depth 16, 50,000,000 elements, 8 attributes per element (some
   * 100,000 certificates with their documents and events).
   */
  public static XmlLimits registryExportDefaults() {
    return new XmlLimits(256 << 20, 16, 50_000_000, 8);
  }
}
