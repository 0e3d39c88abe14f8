/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The registry on a relational database with JPA (EclipseLink, Java SE mode) and Flyway
 * migrations. The only public type is {@link org.eucert.core.registry.jpa.JpaRegistry}; entities
 * ({@code *Entity}), mappers ({@code *Mapper}), the life-cycle rules and the exception translation
 * are package-private and never leave the package.
 *
 * <p>Everything in this package is non-null unless documented otherwise.
 */
package org.eucert.core.registry.jpa;
