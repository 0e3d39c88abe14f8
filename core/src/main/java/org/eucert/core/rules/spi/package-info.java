/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The service interface through which schemes plug in their own rules: {@link
 * org.eucert.core.rules.spi.SchemeProfile}.
 */
package org.eucert.core.rules.spi;
