/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Test fixtures shipped in the certs test-jar: {@link org.eucert.certs.testing.TestPki} builds
 * test-only CAs, signing certificates and keys. Never for production use.
 */
package org.eucert.certs.testing;
