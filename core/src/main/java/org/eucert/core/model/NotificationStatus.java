/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.model;

/**
 * Status of a body's notification for a scheme (CSA Art 61; CIR (EU) 2024/3143: restriction, suspension, withdrawal notified without delay).
 *
 * @since 0.1
 */
public enum NotificationStatus {
  NOTIFIED,
  SUSPENDED,
  WITHDRAWN
}
