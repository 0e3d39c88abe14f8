/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry.bench;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eucert.core.model.Bytes;
import org.eucert.core.model.CertificateId;
import org.eucert.core.model.Holder;
import org.eucert.core.registry.Actor;
import org.eucert.core.registry.CertificateQuery;
import org.eucert.core.registry.Fixtures;
import org.eucert.core.registry.IssuedCertificate;
import org.eucert.core.registry.PageRequest;
import org.eucert.core.registry.Registry;
import org.eucert.core.registry.TestDatabase;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Registry throughput: bulk insert of certificates with 6 KB of signed bytes each (certificates
 * per second), and look-up by identifier and by holder in a registry of {@code size}
 * certificates, on H2 ({@code jdbcUrl=h2}) or PostgreSQL (a JDBC URL; a schema of its own).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RegistryBenchmark {
  private static final int HOLDERS = 1000;
  private static final int BATCH = 100;
  private static final Actor ACTOR = Actor.of("bench");

  @Param({"10000"})
  public int size;

  @Param({"h2"})
  public String jdbcUrl;

  private TestDatabase db;
  private Registry registry;
  private byte[] signed;
  private final AtomicLong next = new AtomicLong();

  @Setup(Level.Trial)
  public void populate() {
    db = TestDatabase.create(jdbcUrl.equals("h2") ? null : jdbcUrl);
    registry = db.open(Clock.fixed(Fixtures.T0, ZoneOffset.UTC));
    Fixtures.enrolBodies(registry);
    signed = new byte[6 * 1024];
    Arrays.fill(signed, (byte) 0x42);
    for (int i = 0; i < size; i += 1000) {
      registry.importIssued(batch("B", i, Math.min(1000, size - i)), ACTOR);
    }
  }

  private List<IssuedCertificate> batch(String prefix, long from, int n) {
    List<IssuedCertificate> out = new ArrayList<>(n);
    for (long i = from; i < from + n; i++) {
      IssuedCertificate ic =
          Fixtures.issued(
              Fixtures.content(prefix + "-" + i, Fixtures.NL_CB, Fixtures.T0, LocalDate.of(2030, 1, 1))
                  .holder(Holder.named("Holder-" + (i % HOLDERS)))
                  .build());
      out.add(new IssuedCertificate(ic.content(), ic.contentDocument(), Bytes.copyOf(signed)));
    }
    return out;
  }

  @TearDown(Level.Trial)
  public void close() {
    registry.close();
    db.close();
  }

  /** Certificates recorded per second, in batches of 100 (one transaction each). */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public int bulkInsert() {
    return registry.importIssued(batch("N", next.getAndAdd(BATCH), BATCH), ACTOR);
  }

  /** A certificate with its events, by identifier. */
  @Benchmark
  public Object lookupById() {
    return registry.certificate(
        CertificateId.of("B-" + ThreadLocalRandom.current().nextInt(size)));
  }

  /** The first page (up to 100) of a holder's certificates. */
  @Benchmark
  public Object lookupByHolder() {
    return registry.certificates(
        CertificateQuery.builder()
            .holder("Holder-" + ThreadLocalRandom.current().nextInt(HOLDERS))
            .build(),
        PageRequest.first(100));
  }
}
