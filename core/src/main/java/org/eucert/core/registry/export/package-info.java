/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Export of a registry's certificates to a document in a published format ({@code
 * registry-export.xsd} and its JSON twin) and import of such a document into another registry, all
 * or nothing (CSA Art 50; EUCC Art 42).
 *
 * @since 0.1
 */
package org.eucert.core.registry.export;
