/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Test fixtures of eucert core, shipped in the core test-jar for the other modules' tests: jqwik
 * arbitraries of the model ({@link org.eucert.core.testing.ModelArbitraries}).
 *
 * <p>Everything in this package is non-null unless documented otherwise.
 */
package org.eucert.core.testing;
