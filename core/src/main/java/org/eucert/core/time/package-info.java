/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Time lines and the time conventions: instants in UTC at microsecond precision, dates of law in
 * Europe/Brussels, inclusive validity end dates. Entry points: {@link org.eucert.core.time.Timeline},
 * {@link org.eucert.core.time.LegalTime}.
 */
package org.eucert.core.time;
