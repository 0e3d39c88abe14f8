/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry;

import static org.eucert.core.registry.Fixtures.ACTOR;
import static org.eucert.core.registry.Fixtures.NL_CB;
import static org.eucert.core.registry.Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.eucert.core.model.CertificateId;
import org.eucert.core.time.LegalTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Several threads allocate numbers, issue certificates and change their status at once, through
 * one registry: numbers stay unique, no successful change is lost (every certificate has exactly
 * the events its callers were told succeeded), and the audit chain stays intact.
 */
class RegistryConcurrencyTest {
  private static final int THREADS = 4;
  private static final int OPS_PER_THREAD = 30;

  private static TestDatabase db;
  private static Registry registry;

  @BeforeAll
  static void open() {
    db = TestDatabase.create();
    registry = db.open(Clock.fixed(T0, ZoneOffset.UTC));
    Fixtures.enrolBodies(registry);
  }

  @AfterAll
  static void close() {
    registry.close();
    db.close();
  }

  /** Retries a command that lost a race; returns null if the rules refused it. */
  private static <T> T retrying(Supplier<T> command, AtomicInteger conflicts) {
    for (int attempt = 0; ; attempt++) {
      try {
        return command.get();
      } catch (ConcurrentUpdateException e) {
        conflicts.incrementAndGet();
        if (attempt > 50) {
          throw e;
        }
      } catch (IllegalStatusTransitionException | LifecycleRuleException | TimeLimitExceededException e) {
        return null;
      }
    }
  }

  @Test
  void concurrentIssuersAndStatusChanges_uniqueNumbers_noLostUpdate_intactAudit() throws Exception {
    List<Long> numbers = new CopyOnWriteArrayList<>();
    List<CertificateId> issued = new CopyOnWriteArrayList<>();
    Map<CertificateId, AtomicInteger> changes = new ConcurrentHashMap<>();
    AtomicLong virtualDays = new AtomicLong();
    AtomicInteger conflicts = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      long seed = 1000L + t;
      futures.add(
          pool.submit(
              () -> {
                Random rnd = new Random(seed);
                for (int i = 0; i < OPS_PER_THREAD; i++) {
                  if (issued.size() < 4 || rnd.nextInt(3) == 0) {
                    long n = registry.nextCertificateNumber(NL_CB, "EUCC-2026", ACTOR);
                    numbers.add(n);
                    CertificateId id = CertificateId.of("EUCC-NL-2026-" + n);
                    retrying(
                        () ->
                            registry.recordIssued(
                                Fixtures.issued(
                                    Fixtures.content(id.value(), NL_CB, T0, LocalDate.of(2099, 12, 31)).build()),
                                ACTOR),
                        conflicts);
                    changes.put(id, new AtomicInteger());
                    issued.add(id);
                    continue;
                  }
                  CertificateId id = issued.get(rnd.nextInt(issued.size()));
                  Instant at = T0.plus(Duration.ofDays(2 * virtualDays.incrementAndGet()));
                  CertificateRecord r =
                      retrying(
                          () ->
                              switch (rnd.nextInt(3)) {
                                case 0 -> registry.suspend(
                                    id, new Suspension(at, LegalTime.dayOf(at).plusDays(10), "c"), ACTOR);
                                case 1 -> registry.reinstate(id, new Reinstatement(at.plus(Duration.ofDays(1)), "c"), ACTOR);
                                default -> rnd.nextInt(4) == 0
                                    ? registry.withdraw(id, new Withdrawal(at, WithdrawalReason.OTHER, "c"), ACTOR)
                                    : registry.review(id, new ReviewOutcome.Confirmed(at, "c"), ACTOR).reviewed();
                              },
                          conflicts);
                  if (r != null) {
                    changes.get(id).incrementAndGet();
                  }
                }
                return null;
              }));
    }
    for (Future<?> f : futures) {
      f.get(5, TimeUnit.MINUTES);
    }
    pool.shutdown();

    Set<Long> unique = new HashSet<>(numbers);
    assertEquals(numbers.size(), unique.size(), "numbers must be unique: " + numbers);
    for (long n = 1; n <= numbers.size(); n++) {
      assertTrue(unique.contains(n), "numbers have no gap here: missing " + n);
    }
    int totalChanges = 0;
    for (CertificateId id : issued) {
      CertificateRecord r = registry.certificate(id).orElseThrow();
      assertEquals(changes.get(id).get() + 1, r.events().size(), "events of " + id);
      totalChanges += changes.get(id).get();
    }
    AuditVerification v = registry.verifyAudit();
    assertTrue(v.intact(), "audit chain: " + v);
    assertEquals(v.head().seq(), v.checked());
    assertTrue(totalChanges > 0);
  }
}
