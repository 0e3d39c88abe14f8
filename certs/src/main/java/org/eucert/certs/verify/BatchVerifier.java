/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.verify;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Verifies many envelopes on all cores (ARCHITECTURE.md section 8: batch verification uses all
 * cores): a fixed pool of {@link Runtime#availableProcessors()} daemon threads by default, the
 * reports in input order.
 *
 * <p>Each report is exactly what {@link Verifier#verify(byte[], Instant)} returns for that
 * envelope; the batch never throws for bad input, one bad envelope never affects another.
 *
 * <p>Thread-safe. Holds a thread pool: close it (try-with-resources) when done.
 *
 * @since 0.1
 */
public final class BatchVerifier implements AutoCloseable {
  private final Verifier verifier;
  private final ExecutorService pool;
  private final int threads;

  private BatchVerifier(Verifier verifier, int threads) {
    this.verifier = checkNotNull(verifier, "verifier");
    checkArgument(threads > 0, "threads must be positive: %s", threads);
    this.threads = threads;
    AtomicInteger n = new AtomicInteger();
    this.pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "eucert-verify-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
  }

  /** A batch verifier on all available processors. */
  public static BatchVerifier of(Verifier verifier) {
    return new BatchVerifier(verifier, Runtime.getRuntime().availableProcessors());
  }

  /** A batch verifier on {@code threads} threads. */
  public static BatchVerifier of(Verifier verifier, int threads) {
    return new BatchVerifier(verifier, threads);
  }

  /** The number of threads. */
  public int threads() {
    return threads;
  }

  /** Verifies every envelope at {@code validationInstant}; reports in input order. */
  public List<VerificationReport> verifyAll(List<byte[]> envelopes, Instant validationInstant) {
    checkNotNull(envelopes, "envelopes");
    checkNotNull(validationInstant, "validationInstant");
    List<Future<VerificationReport>> futures = new ArrayList<>(envelopes.size());
    for (byte[] e : envelopes) {
      checkNotNull(e, "an envelope is null");
      futures.add(pool.submit(() -> verifier.verify(e, validationInstant)));
    }
    List<VerificationReport> reports = new ArrayList<>(futures.size());
    try {
      for (Future<VerificationReport> f : futures) {
        reports.add(f.get());
      }
    } catch (InterruptedException e) {
      futures.forEach(f -> f.cancel(true));
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while verifying a batch", e);
    } catch (ExecutionException e) {
      // verify never throws for bad input: only an Error (out of memory) or a bug gets here
      throw new IllegalStateException("verification failed unexpectedly", e.getCause());
    }
    return reports;
  }

  /** Stops the threads; running verifications finish. */
  @Override
  public void close() {
    pool.shutdown();
  }
}
