/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Verification of signed certificates and EU statements of conformity (ARCHITECTURE.md section
 * 8): {@link org.eucert.certs.verify.Verifier} (one entry point, bytes in, report out, never a
 * throw for bad input), {@link org.eucert.certs.verify.BatchVerifier} (all cores), {@link
 * org.eucert.certs.verify.VerificationPolicy} (what is accepted), {@link
 * org.eucert.certs.verify.VerificationReport} and its renderings in {@link
 * org.eucert.certs.verify.VerificationReportCodec}.
 *
 * <p>Everything is non-null unless marked otherwise; absence is {@link java.util.Optional}.
 */
package org.eucert.certs.verify;
