/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The scheme catalogue: {@link org.eucert.schemes.catalogue.SchemeCatalogue} loads the built-in
 * schemes (XML resources) and the scheme profiles, and reads user schemes through the same path.
 */
package org.eucert.schemes.catalogue;
