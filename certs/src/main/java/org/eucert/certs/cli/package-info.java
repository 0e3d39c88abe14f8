/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The {@code eucert} command line (picocli). The only package that reads the wall clock or writes
 * to the process's streams. Entry point: {@link org.eucert.certs.cli.Main}.
 */
package org.eucert.certs.cli;
