/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.eucert.core.model.Bytes;
import org.eucert.core.model.SchemeVersion;
import org.eucert.core.registry.Actor;
import org.eucert.core.registry.Registry;
import org.eucert.core.registry.jpa.JpaRegistry;
import org.eucert.core.xml.SchemeCodec;
import org.eucert.schemes.catalogue.SchemeCatalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code eucert init}: creates a home (ARCHITECTURE.md section 10) with its folders, {@code
 * eucert.properties}, {@code README.txt} and a registry holding the built-in schemes.
 *
 * <p>It refuses a directory that exists and is not empty, so it never mixes a new registry into
 * an old home; if it fails half-way it removes what it created, and it writes {@code
 * eucert.properties} (what makes a directory a home) last.
 *
 * @since 0.1
 */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description = {
      "Create a eucert home: eucert.properties, keys/, trust/, state/, README.txt and the registry",
      "(embedded H2 at HOME/registry unless --registry-url), with the built-in schemes imported.",
      "Refuses a directory that exists and is not empty (exit 1)."
    },
    footer = {
      "",
      "Examples:",
      "  eucert --home /srv/eucert init",
      "  eucert init --home /tmp/try --sandbox",
      "  eucert init --home /tmp/demo --demo",
      "  eucert init --registry-url jdbc:postgresql://db:5432/eucert?user=eucert"
    })
final class InitCommand implements Runnable {
  @ParentCommand EucertCommand root;
  @Spec CommandSpec spec;
  @Mixin Args.ActorOption actorOption;

  @Option(
      names = "--sandbox",
      description = "a sandbox home: commands accept --at to act at another instant (never for a registry of record)")
  boolean sandbox;

  @Option(
      names = "--demo",
      description = "a sandbox home with three Member States, their bodies and test-only keys, the published trust bundle and signed samples (implies --sandbox)")
  boolean demo;

  @Option(
      names = "--registry-url",
      paramLabel = "JDBC-URL",
      description = "the registry database (default: embedded H2 at HOME/registry)")
  String registryUrl;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    Path dir = root.homeDir();
    if (registryUrl != null && !registryUrl.startsWith("jdbc:")) {
      throw new CliException(ExitCode.USAGE, "--registry-url must be a JDBC URL (jdbc:...), not '" + registryUrl + "'");
    }
    Actor actor = actorOption.actor(root.env());
    boolean created = refuseExisting(dir);
    List<String> imported = new ArrayList<>();
    SchemeCatalogue catalogue = SchemeCatalogue.builtIn();
    try {
      for (String sub : List.of("keys", "trust", "trust/lists", "trust/status", "trust/certs", "state")) {
        Files.createDirectories(dir.resolve(sub));
      }
      Properties props = new Properties();
      if (registryUrl != null) {
        props.setProperty(Home.REGISTRY_URL, registryUrl);
      }
      String url = registryUrl != null ? registryUrl : JpaRegistry.embeddedUrl(dir);
      SchemeCodec codec = SchemeCodec.create();
      try (Registry registry = Home.openRegistry(url, props, root.clock())) {
        for (SchemeVersion s : catalogue.schemes()) {
          if (registry.schemeVersion(s.schemeId(), s.version()).isEmpty()) {
            registry.importSchemeVersion(s, Bytes.copyOf(codec.write(s)), actor);
            imported.add(s.schemeId() + " " + s.version());
          }
        }
      }
      write(dir.resolve(Home.README), readme(dir, registryUrl != null));
      write(dir.resolve(Home.PROPERTIES), properties(registryUrl, sandbox || demo));
      if (demo) {
        DemoHome.populate(dir, root, actor, catalogue, out);
      }
    } catch (IOException | RuntimeException e) {
      cleanUp(dir, created);
      if (e instanceof IOException io) {
        throw new CliException(ExitCode.NO_INPUT, "cannot create the home at " + dir + ": " + io.getMessage(), io);
      }
      throw (RuntimeException) e;
    }
    out.println("created eucert home " + dir + (demo ? " (demo sandbox)" : sandbox ? " (sandbox)" : ""));
    out.println("registry: " + (registryUrl == null ? "embedded H2 at " + dir.resolve("registry") : registryUrl));
    out.println("schemes imported: " + (imported.isEmpty() ? "none (already held)" : String.join(", ", imported)));
    for (String p : catalogue.problems()) {
      out.println("warning: " + p);
    }
    out.println(
        demo
            ? "next: see " + dir.resolve(Home.README) + ", e.g. eucert --home " + dir + " verify " + dir.resolve("samples")
            : "next: eucert body add ... (see eucert body --help)");
  }

  /** Refuses an existing non-empty directory; returns whether {@code dir} must be created. */
  private static boolean refuseExisting(Path dir) {
    if (!Files.exists(dir)) {
      return true;
    }
    if (!Files.isDirectory(dir)) {
      throw new CliException(ExitCode.FAILED, dir + " exists and is not a directory; choose another --home");
    }
    if (Home.exists(dir)) {
      throw new CliException(
          ExitCode.FAILED, dir + " is already a eucert home; init creates a new home only (choose another --home)");
    }
    try (Stream<Path> s = Files.list(dir)) {
      if (s.findAny().isPresent()) {
        throw new CliException(
            ExitCode.FAILED, dir + " exists and is not empty; init creates a new home only (choose another --home)");
      }
    } catch (IOException e) {
      throw new CliException(ExitCode.NO_INPUT, "cannot read " + dir + ": " + e.getMessage(), e);
    }
    return false;
  }

  /** Removes what init wrote: everything under {@code dir} (which was empty or absent). */
  private static void cleanUp(Path dir, boolean created) {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        if (!p.equals(dir) || created) {
          Files.deleteIfExists(p);
        }
      }
    } catch (IOException | UncheckedIOException e) {
      // best effort: the home has no eucert.properties, so nothing takes it for a home
    }
  }

  private static void write(Path file, String text) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(tmp, text, StandardCharsets.UTF_8);
    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  private static String properties(String registryUrl, boolean sandbox) {
    StringBuilder b = new StringBuilder();
    b.append("# eucert home settings (UTF-8). Unknown keys are refused.\n");
    b.append("#\n");
    b.append("# registry.url       the registry's JDBC URL; default: the embedded H2 database under registry/\n");
    b.append("# registry.user      the database user (default: empty)\n");
    b.append("# registry.password  the database password (default: empty)\n");
    b.append("# sandbox            true: commands accept --at (act at another instant); never for a registry of record\n");
    if (registryUrl != null) {
      b.append(Home.REGISTRY_URL).append('=').append(escape(registryUrl)).append('\n');
    }
    b.append(Home.SANDBOX).append('=').append(sandbox).append('\n');
    return b.toString();
  }

  /** Escapes a value for a properties file (backslashes and leading blanks). */
  private static String escape(String v) {
    return v.replace("\\", "\\\\").replace("\n", "\\n");
  }

  private static String readme(Path dir, boolean externalRegistry) {
    return String.join(
        "\n",
        "eucert home " + dir,
        "",
        "eucert.properties  settings: the registry's JDBC URL, sandbox (see the comments in it)",
        externalRegistry
            ? "registry           (not used: the registry is the database named in eucert.properties)"
            : "registry/          the registry: an embedded H2 database (one eucert process at a time)",
        "keys/              PKCS#12 signing keys",
        "trust/             the trust bundle: lotl.p7m, lists/<MS>.p7m, status/<body-id>.p7m,",
        "                   anchors.pem, certs/*.pem",
        "state/             sequence numbers already seen (rollback protection)",
        "",
        "Start with: eucert body add --help",
        "");
  }
}
