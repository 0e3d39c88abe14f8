/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The registry a conformity assessment body or an NCCA keeps for years: scheme versions, bodies
 * with their accreditation, notification, authorisation and delegation time lines, approvals,
 * signing keys, holders, certificates with their status events, EU statements of conformity,
 * links between certificates, identifier counters, publication sequence numbers, and a
 * hash-chained audit log of every change (ARCHITECTURE.md section 9).
 *
 * <p>Entry points: {@link org.eucert.core.registry.Registry} (the API), opened with {@link
 * org.eucert.core.registry.jpa.JpaRegistry#builder()}. Certificate life-cycle rules (EUCC Art 13,
 * 14, 30; DOMAIN.md 7.5, 7.6) are enforced by the registry and refused with a {@link
 * org.eucert.core.registry.RegistryException} subclass whose {@code code()} is stable.
 *
 * <p>Nothing in {@code org.eucert.core.model} or {@code org.eucert.core.rules} depends on this
 * package: verifying from a trust bundle never opens a registry.
 *
 * <p>Everything in this package is non-null unless documented otherwise.
 */
package org.eucert.core.registry;
