/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code eucert completion}: prints the bash (and zsh) completion script picocli generates from
 * the command tree.
 *
 * @since 0.1
 */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    description = "Print the shell completion script for bash and zsh.",
    footer = {
      "",
      "Examples:",
      "  source <(eucert completion)",
      "  eucert completion > /etc/bash_completion.d/eucert"
    })
final class CompletionCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    String script = AutoComplete.bash("eucert", spec.root().commandLine());
    spec.commandLine().getOut().print(script);
    spec.commandLine().getOut().flush();
  }
}
