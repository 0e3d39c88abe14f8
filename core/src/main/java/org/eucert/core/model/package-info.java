/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/** Model values of the certification framework: schemes, bodies, certificates, statements. All immutable. */
package org.eucert.core.model;
