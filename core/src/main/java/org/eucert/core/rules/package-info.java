/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The rules engine: {@link org.eucert.core.rules.Rule}s with stable codes and legal references,
 * run by a {@link org.eucert.core.rules.RuleEngine} against an attestation and its {@link
 * org.eucert.core.rules.IssuingContext}; the {@link org.eucert.core.rules.GenericRules} every scheme
 * has. Scheme-specific rules plug in through {@link org.eucert.core.rules.spi.SchemeProfile}.
 */
package org.eucert.core.rules;
