/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/** Shared helpers of eucert; not API, may change without notice. */
package org.eucert.core.internal;
