/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eucert.core.model.Bytes;
import org.eucert.core.model.CertificateContent;
import org.eucert.core.model.CertificateId;
import org.eucert.core.registry.CertificateQuery;
import org.eucert.core.registry.Fixtures;
import org.eucert.core.registry.IssuedCertificate;
import org.eucert.core.registry.PageRequest;
import org.eucert.core.registry.jpa.JpaRegistry;
import org.eucert.core.xml.CertificateCodec;
import org.eucert.core.xml.RegistryExportCodec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eucert registry export --format xml|json} and {@code registry import}, in-process. */
class RegistryExportCommandTest {
  static final String CERT = "EUCC-3110-2026-03-0001";

  @TempDir static Path shared;
  private static Path source;
  private static Path emptyTemplate;

  @TempDir Path tmp;

  /** A home with two certificates (one suspended) and a home with the same bodies and none. */
  @BeforeAll
  static void homes() {
    source = shared.resolve("source");
    emptyTemplate = shared.resolve("empty");
    assertEquals(0, Cli.run(source, "init").code());
    assertEquals(0, Cli.run(emptyTemplate, "init").code());
    try (JpaRegistry reg = Cli.registry(source)) {
      Fixtures.enrolBodies(reg);
      reg.recordIssued(issued(CERT), Fixtures.ACTOR);
      reg.recordIssued(issued("EUCC-3110-2026-03-0002"), Fixtures.ACTOR);
    }
    assertEquals(0, Cli.run(source, "status", "suspend", CERT, "--reason", "x", "--until", "2026-06-20").code());
    try (JpaRegistry reg = Cli.registry(emptyTemplate)) {
      Fixtures.enrolBodies(reg);
    }
  }

  /** A certificate of NL-CB whose stored content document is the real XML (exports read it back). */
  static IssuedCertificate issued(String id) {
    CertificateContent c = Fixtures.simple(id).content();
    return new IssuedCertificate(
        c,
        Bytes.copyOf(CertificateCodec.create().write(c)),
        Bytes.copyOf(("signed:" + id).getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void export_xml_parsesBackWithTheCodec_andImportsIntoAnotherRegistry() throws IOException {
    Path file = tmp.resolve("registry.xml");
    Cli.Result e = Cli.run(source, "registry", "export", "--format", "xml", "--out", file.toString());
    assertEquals(0, e.code(), e.toString());
    assertEquals(2, RegistryExportCodec.create().parse(Files.readAllBytes(file)).certificates().size());

    Path target = Cli.copy(emptyTemplate, tmp.resolve("target"));
    Cli.Result i = Cli.run(target, "registry", "import", file.toString());
    assertEquals(0, i.code(), i.toString());
    assertTrue(i.out().startsWith("2 certificates imported"), i.out());
    try (JpaRegistry reg = Cli.registry(target)) {
      assertEquals(2, reg.certificates(CertificateQuery.all(), PageRequest.first(10)).items().size());
      assertEquals(2, reg.certificate(CertificateId.of(CERT)).orElseThrow().events().size(), "the suspension came along");
    }
    Cli.Result again = Cli.run(target, "registry", "import", file.toString());
    assertEquals(ExitCode.FAILED, again.code(), again.toString());
    assertEquals(1, again.errLines(), again.err());
    assertTrue(again.err().contains("IMPORTED_DUPLICATE"), again.err());
  }

  @Test
  void export_json_toStdout_importsAsJson() throws IOException {
    Cli.Result e = Cli.run(source, "registry", "export", "--format", "json");
    assertEquals(0, e.code(), e.toString());
    assertEquals(2, RegistryExportCodec.create().parseJson(e.out().getBytes(StandardCharsets.UTF_8)).certificates().size());
    Path file = tmp.resolve("registry.json");
    Files.writeString(file, e.out(), StandardCharsets.UTF_8);
    Path target = Cli.copy(emptyTemplate, tmp.resolve("target"));
    Cli.Result i = Cli.run(target, "registry", "import", file.toString());
    assertEquals(0, i.code(), i.toString());
  }

  @Test
  void import_unknownIssuer_isRefusedAndWritesNothing() throws IOException {
    Path file = tmp.resolve("registry.xml");
    assertEquals(0, Cli.run(source, "registry", "export", "--format", "xml", "--out", file.toString()).code());
    Path bare = tmp.resolve("bare");
    assertEquals(0, Cli.run(bare, "init").code());
    Cli.Result i = Cli.run(bare, "registry", "import", file.toString());
    assertEquals(ExitCode.FAILED, i.code(), i.toString());
    assertTrue(i.err().contains("IMPORTED_ISSUER_UNKNOWN"), i.err());
    try (JpaRegistry reg = Cli.registry(bare)) {
      assertTrue(reg.certificates(CertificateQuery.all(), PageRequest.first(10)).items().isEmpty());
    }
  }

  @Test
  void import_malformedOrHostileOrMissing_exits65or66() throws IOException {
    Path target = Cli.copy(emptyTemplate, tmp.resolve("target"));
    Path xxe = tmp.resolve("xxe.xml");
    Files.writeString(xxe, "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>", StandardCharsets.UTF_8);
    Cli.Result r = Cli.run(target, "registry", "import", xxe.toString());
    assertEquals(ExitCode.DATA, r.code(), r.toString());
    assertEquals(1, r.errLines());
    assertTrue(!r.err().contains("root:"), "no file content leaks");
    Path json = tmp.resolve("bad.json");
    Files.writeString(json, "{\"certificates\": [", StandardCharsets.UTF_8);
    assertEquals(ExitCode.DATA, Cli.run(target, "registry", "import", json.toString()).code());
    Path text = tmp.resolve("text.txt");
    Files.writeString(text, "hello", StandardCharsets.UTF_8);
    assertEquals(ExitCode.DATA, Cli.run(target, "registry", "import", text.toString()).code());
    assertEquals(ExitCode.NO_INPUT, Cli.run(target, "registry", "import", tmp.resolve("absent.xml").toString()).code());
    assertEquals(ExitCode.USAGE, Cli.run(target, "registry", "import", text.toString(), "--format", "csv").code());
  }
}
