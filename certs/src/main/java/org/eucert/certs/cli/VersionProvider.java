/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar manifest (the build sets it). */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = VersionProvider.class.getPackage().getImplementationVersion();
    return new String[] {
      "eucert " + (v == null ? "(development build)" : v),
      "Java " + Runtime.version()
    };
  }
}
