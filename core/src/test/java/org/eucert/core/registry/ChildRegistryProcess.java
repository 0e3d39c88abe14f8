/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry;

import static org.eucert.core.registry.Fixtures.ACTOR;
import static org.eucert.core.registry.Fixtures.NL_CB;
import static org.eucert.core.registry.Fixtures.T0;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eucert.core.model.Bytes;
import org.eucert.core.model.CertificateId;
import org.eucert.core.registry.jpa.JpaRegistry;
import org.eucert.core.time.LegalTime;

/**
 * A registry client in a JVM of its own, for tests across processes: {@code import URL PREFIX N}
 * records N certificates (6 KB signed bytes each) in one batch; {@code issue URL PREFIX N}
 * allocates numbers and issues and suspends N certificates one by one, printing each number.
 */
public final class ChildRegistryProcess {
  private ChildRegistryProcess() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    String mode = args[0];
    String url = args[1];
    String prefix = args[2];
    int n = Integer.parseInt(args[3]);
    try (JpaRegistry r = JpaRegistry.builder().jdbcUrl(url).clock(Clock.fixed(T0, ZoneOffset.UTC)).open()) {
      if (mode.equals("import")) {
        byte[] signed = new byte[6 * 1024];
        Arrays.fill(signed, (byte) 0x5a);
        List<IssuedCertificate> batch = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          IssuedCertificate ic = Fixtures.simple(prefix + i);
          batch.add(new IssuedCertificate(ic.content(), ic.contentDocument(), Bytes.copyOf(signed)));
        }
        out.println("BEGIN");
        r.importIssued(batch, ACTOR);
        out.println("DONE");
      } else {
        out.println("BEGIN");
        for (int i = 0; i < n; i++) {
          long number = r.nextCertificateNumber(NL_CB, "EUCC-2026", ACTOR);
          CertificateId id = CertificateId.of(prefix + number);
          // both processes record the same holder: the loser of that race gets a
          // ConcurrentUpdateException, wrote nothing, and retries, as the contract says (Issuer does)
          for (int attempt = 0; ; attempt++) {
            try {
              r.recordIssued(
                  Fixtures.issued(
                      Fixtures.content(id.value(), NL_CB, T0, LocalDate.of(2099, 1, 1)).build()),
                  ACTOR);
              break;
            } catch (ConcurrentUpdateException e) {
              if (attempt > 20) {
                throw e;
              }
            }
          }
          for (int attempt = 0; ; attempt++) {
            try {
              r.suspend(
                  id,
                  new Suspension(T0.plus(Duration.ofDays(1)), LegalTime.dayOf(T0).plusDays(20), "two JVMs"),
                  ACTOR);
              break;
            } catch (ConcurrentUpdateException e) {
              if (attempt > 20) {
                throw e;
              }
            }
          }
          out.println("NUMBER " + number);
        }
        out.println("DONE");
      }
    }
  }

  /** Starts this class in a new JVM with the test class path. */
  static Process start(String... args) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add("-Xmx256m");
    cmd.add(ChildRegistryProcess.class.getName());
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd).redirectErrorStream(true).start();
  }

  /** Reads lines until one equals {@code line}; returns everything read. */
  static List<String> readUntil(Process p, String line) throws IOException {
    List<String> lines = new ArrayList<>();
    BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String l;
    while ((l = in.readLine()) != null) {
      lines.add(l);
      if (l.equals(line)) {
        break;
      }
    }
    return lines;
  }
}
