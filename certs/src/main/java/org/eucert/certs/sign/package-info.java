/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Signed envelopes (ARCHITECTURE.md section 6): CMS SignedData in DER, profile CAdES-B-B, made by
 * {@link org.eucert.certs.sign.EnvelopeCodec#sign} with a {@link org.eucert.certs.sign.Signer} (a
 * PKCS#12 file, a PEM key or any JCA provider such as a PKCS#11 HSM), read back by the strict
 * {@link org.eucert.certs.sign.EnvelopeCodec#parse} and checked by {@link
 * org.eucert.certs.sign.ParsedEnvelope#verify(VerificationKey)} against a key decoded once.
 *
 * <p>Everything is non-null unless marked otherwise. Bouncy Castle is used as a provider instance,
 * never installed globally.
 */
package org.eucert.certs.sign;
