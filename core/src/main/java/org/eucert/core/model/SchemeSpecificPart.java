/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.model;

/**
 * The scheme-specific part of a certificate, written in its own XML namespace. A closed family:
 * {@link EuccPart} for EUCC, {@link GenericPart} (named properties) for schemes without a part of
 * their own, such as pilots and national schemes.
 *
 * @since 0.1
 */
public sealed interface SchemeSpecificPart permits EuccPart, GenericPart {}
