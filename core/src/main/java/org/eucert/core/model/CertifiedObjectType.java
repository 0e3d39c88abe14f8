/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.model;

/**
 * What a scheme certifies.
 *
 * <p>CSA Art 2(12)-(14) define ICT product, service and process; Regulation (EU) 2025/37 extended
 * the framework to managed security services; EUCC Art 1 adds protection profiles as part of the
 * ICT process leading to product certification.
 *
 * @since 0.1
 */
public enum CertifiedObjectType {
  /** CSA Art 2(12). */
  ICT_PRODUCT,
  /** CSA Art 2(13). */
  ICT_SERVICE,
  /** CSA Art 2(14). */
  ICT_PROCESS,
  /** CSA as amended by Regulation (EU) 2025/37. */
  MANAGED_SECURITY_SERVICE,
  /** EUCC Art 1, Art 15-20: a protection profile certified as part of an ICT process. */
  PROTECTION_PROFILE
}
