/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eucert.core.model.SchemeId;
import org.eucert.core.registry.jpa.JpaRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The home and {@code eucert init}; help, completion and the command line's common behaviour. */
class InitCommandTest {
  @TempDir Path tmp;

  @Test
  void init_createsLayoutPropertiesReadmeAndRegistryWithTheBuiltInSchemes() throws IOException {
    Path home = tmp.resolve("home");
    Cli.Result r = Cli.run(null, "init", "--home", home.toString());
    assertEquals(0, r.code(), r.toString());
    for (String d : List.of("keys", "trust", "trust/lists", "trust/status", "trust/certs", "state", "registry")) {
      assertTrue(Files.isDirectory(home.resolve(d)), d);
    }
    assertTrue(Files.readString(home.resolve("README.txt"), StandardCharsets.UTF_8).contains("trust/"));
    assertTrue(Files.readString(home.resolve("eucert.properties"), StandardCharsets.UTF_8).contains("sandbox=false"));
    try (JpaRegistry reg = Cli.registry(home)) {
      assertEquals(1, reg.schemeVersions(SchemeId.of("EUCC")).size());
      assertEquals(1, reg.schemeVersions(SchemeId.of("EUCS")).size());
      assertTrue(reg.verifyAudit().intact());
      assertTrue(reg.auditHead().seq() >= 4, "one audit entry per scheme imported");
    }
    assertTrue(r.out().contains("EUCC"), r.out());
  }

  @Test
  void init_sandbox_writesSandboxTrue() throws IOException {
    Path home = tmp.resolve("sb");
    assertEquals(0, Cli.run(home, "init", "--sandbox").code());
    assertTrue(Files.readString(home.resolve("eucert.properties"), StandardCharsets.UTF_8).contains("sandbox=true"));
  }

  @Test
  void init_inAnEmptyExistingDirectory_succeeds() {
    Cli.Result r = Cli.run(tmp, "init");
    assertEquals(0, r.code(), r.toString());
    assertTrue(Home.exists(tmp));
  }

  @Test
  void init_refusesANonEmptyDirectory_andLeavesItAlone() throws IOException {
    Files.writeString(tmp.resolve("notes.txt"), "mine", StandardCharsets.UTF_8);
    Cli.Result r = Cli.run(tmp, "init");
    assertEquals(ExitCode.FAILED, r.code(), r.toString());
    assertEquals(1, r.errLines(), r.err());
    assertTrue(r.err().contains("not empty"), r.err());
    try (Stream<Path> s = Files.list(tmp)) {
      assertEquals(List.of(tmp.resolve("notes.txt")), s.toList());
    }
  }

  @Test
  void init_refusesAnExistingHome() {
    assertEquals(0, Cli.run(tmp, "init").code());
    Cli.Result r = Cli.run(tmp, "init");
    assertEquals(ExitCode.FAILED, r.code());
    assertTrue(r.err().contains("already a eucert home"), r.err());
  }

  @Test
  void init_failingRegistry_exits70AndLeavesNoHalfHome() {
    Path home = tmp.resolve("h");
    Cli.Result r = Cli.run(home, "init", "--registry-url", "jdbc:nosuchdriver:x");
    assertEquals(ExitCode.SOFTWARE, r.code(), r.toString());
    assertEquals(1, r.errLines(), r.err());
    assertFalse(Files.exists(home), "init removes what it created");
  }

  @Test
  void init_registryUrlThatIsNotJdbc_isUsageError() {
    assertEquals(ExitCode.USAGE, Cli.run(tmp.resolve("h"), "init", "--registry-url", "postgres://x").code());
  }

  @Test
  void missingHome_exits66WithOneLineSayingToRunInit() {
    Path none = tmp.resolve("none");
    for (String[] args :
        List.of(
            new String[] {"body", "list"},
            new String[] {"registry", "audit"},
            new String[] {"status", "withdraw", "EUCC-1", "--reason", "x"},
            new String[] {"registry", "export", "--format", "csv"})) {
      Cli.Result r = Cli.run(none, args);
      assertEquals(ExitCode.NO_INPUT, r.code(), r.toString());
      assertEquals(1, r.errLines(), r.err());
      assertTrue(r.err().contains("eucert init"), r.err());
    }
  }

  @Test
  void verbose_addsTheStackTrace() {
    Cli.Result r = Cli.run(tmp.resolve("none"), "--verbose", "body", "list");
    assertEquals(ExitCode.NO_INPUT, r.code());
    assertTrue(r.errLines() > 1, r.err());
    assertTrue(r.err().contains("at org.eucert.certs.cli.Home.open"), r.err());
  }

  @Test
  void verbose_isAcceptedAfterTheSubcommandToo() {
    Cli.Result r = Cli.run(tmp.resolve("none"), "body", "list", "--verbose");
    assertEquals(ExitCode.NO_INPUT, r.code());
    assertTrue(r.err().contains("at org.eucert.certs.cli.Home.open"), r.err());
    Cli.Result usage = Cli.run(tmp, "body", "add", "--verbose");
    assertEquals(ExitCode.USAGE, usage.code());
    assertTrue(usage.errLines() > 1, "the usage error with its stack trace: " + usage.err());
  }

  @Test
  void home_isTakenFromOptionBeforeOrAfterTheSubcommand_thenEnvironment() {
    Path home = tmp.resolve("home");
    assertEquals(0, Cli.run(null, "--home", home.toString(), "init").code());
    Path wrong = tmp.resolve("wrong");
    assertEquals(0, Cli.run(wrong, "--home", home.toString(), "body", "list").code());
    assertEquals(0, Cli.run(wrong, "body", "list", "--home", home.toString()).code());
    assertEquals(0, Cli.run(home, "body", "list").code());
    assertEquals(ExitCode.NO_INPUT, Cli.run(wrong, "body", "list").code());
  }

  @Test
  void home_defaultsToDotEucertUnderHome() {
    Path user = tmp.resolve("user");
    assertEquals(0, Cli.runWith(Map.of("HOME", user.toString()), "init").code());
    assertTrue(Home.exists(user.resolve(".eucert")));
  }

  @Test
  void properties_unknownKey_exits65NamingIt() throws IOException {
    assertEquals(0, Cli.run(tmp, "init").code());
    Files.writeString(tmp.resolve("eucert.properties"), "registry.ulr=jdbc:h2:mem:x\n", StandardCharsets.UTF_8);
    Cli.Result r = Cli.run(tmp, "body", "list");
    assertEquals(ExitCode.DATA, r.code(), r.toString());
    assertEquals(1, r.errLines());
    assertTrue(r.err().contains("registry.ulr"), r.err());
  }

  @Test
  void properties_badSandboxValueOrUrl_exit65() throws IOException {
    assertEquals(0, Cli.run(tmp, "init").code());
    Files.writeString(tmp.resolve("eucert.properties"), "sandbox=yes\n", StandardCharsets.UTF_8);
    assertEquals(ExitCode.DATA, Cli.run(tmp, "body", "list").code());
    Files.writeString(tmp.resolve("eucert.properties"), "registry.url=h2:file\n", StandardCharsets.UTF_8);
    assertEquals(ExitCode.DATA, Cli.run(tmp, "body", "list").code());
    Files.write(tmp.resolve("eucert.properties"), new byte[] {'s', '=', (byte) 0xff, '\n'});
    assertEquals(ExitCode.DATA, Cli.run(tmp, "body", "list").code());
  }

  @Test
  void home_opensTheRegistryOnlyWhenAsked() throws IOException {
    Files.writeString(tmp.resolve("eucert.properties"), "sandbox=true\n", StandardCharsets.UTF_8);
    try (Home h = Home.open(tmp, Cli.CLOCK)) {
      assertTrue(h.sandbox());
      assertEquals(tmp.resolve("trust"), h.trust());
    }
    assertFalse(Files.exists(tmp.resolve("registry")), "no database was created");
  }

  @Test
  void registryUnavailable_exits70WithOneLine() throws IOException {
    Files.writeString(tmp.resolve("eucert.properties"), "registry.url=jdbc:nosuchdriver:x\n", StandardCharsets.UTF_8);
    Cli.Result r = Cli.run(tmp, "body", "list");
    assertEquals(ExitCode.SOFTWARE, r.code(), r.toString());
    assertEquals(1, r.errLines(), r.err());
  }

  @Test
  void everyCommand_hasHelpWithAnExample() {
    Deque<CommandLine> todo = new ArrayDeque<>();
    todo.add(new CommandLine(new EucertCommand(Cli.CLOCK)));
    int checked = 0;
    while (!todo.isEmpty()) {
      CommandLine c = todo.pop();
      todo.addAll(c.getSubcommands().values());
      List<String> path = new java.util.ArrayList<>(List.of(c.getCommandSpec().qualifiedName(" ").split(" ")));
      path.remove(0);
      path.add("--help");
      Cli.Result r = Cli.run(tmp, path.toArray(String[]::new));
      assertEquals(0, r.code(), path + ": " + r);
      assertTrue(r.out().contains("Example"), path + " has no example:\n" + r.out());
      checked++;
    }
    assertTrue(checked >= 20, "walked " + checked + " commands");
  }

  @Test
  void completion_printsTheBashScriptCoveringTheCommands() {
    Cli.Result r = Cli.run(tmp, "completion");
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().contains("complete -F"), r.out());
    assertTrue(r.out().contains("authorise"), "subcommands are completed");
    assertTrue(r.out().contains("--member-state"), "options are completed");
  }

  @Test
  void usageErrors_exit64() {
    assertEquals(0, Cli.run(tmp, "init").code());
    assertEquals(ExitCode.USAGE, Cli.run(tmp, "body", "add", "X", "--name", "n", "--member-state", "NL").code());
    assertEquals(ExitCode.USAGE, Cli.run(tmp, "status", "suspend", "EUCC-1", "--reason", "r", "--until", "2026-13-01").code());
    assertEquals(ExitCode.USAGE, Cli.run(tmp, "body", "notify", "X", "--scheme", "EUCC", "--level", "high", "--from", "yesterday").code());
    assertEquals(ExitCode.USAGE, Cli.run(tmp, "body", "list", "--format", "xml").code());
    assertEquals(ExitCode.USAGE, Cli.run(tmp, "registry", "export", "--format", "pdf").code());
  }
}
