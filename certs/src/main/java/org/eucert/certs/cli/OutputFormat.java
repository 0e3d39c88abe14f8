/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.cli;

/**
 * The output formats of commands whose output is data ({@code --format}).
 *
 * @since 0.1
 */
enum OutputFormat {
  text,
  json,
  xml;

  /**
   * Refuses {@link #xml} for a command that has no XML form yet.
   *
   * @throws CliException 64 if this is xml
   */
  OutputFormat textOrJson(String command) {
    if (this == xml) {
      throw new CliException(
          ExitCode.USAGE, command + " has no xml format (no XML schema for it yet); use text or json");
    }
    return this;
  }
}
