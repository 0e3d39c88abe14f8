/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.trust;

import static org.eucert.core.registry.Fixtures.ACTOR;
import static org.eucert.core.registry.Fixtures.NL_CB;
import static org.eucert.core.registry.Fixtures.T0;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.eucert.core.model.CertificateId;
import org.eucert.core.model.CertificateStatus;
import org.eucert.core.registry.CertificateRecord;
import org.eucert.core.registry.Fixtures;
import org.eucert.core.registry.RegistryException;
import org.eucert.core.registry.Reinstatement;
import org.eucert.core.registry.ReviewOutcome;
import org.eucert.core.registry.Suspension;
import org.eucert.core.registry.SuspensionExtension;
import org.eucert.core.registry.TestDatabase;
import org.eucert.core.registry.Withdrawal;
import org.eucert.core.registry.WithdrawalReason;
import org.eucert.core.registry.jpa.JpaRegistry;
import org.eucert.core.time.LegalTime;
import org.eucert.core.xml.StatusListCodec;

/**
 * The status a published status list gives at random instants equals a naive scan of the
 * registry's history ({@link org.eucert.core.registry.Registry#statusAt}), after random life
 * cycles (suspensions, extensions, reinstatements, withdrawals, review confirmations); expiry,
 * which a status list does not know, is compared with the stored status underneath.
 */
class StatusListProperties {
  private static final StatusListCodec CODEC = StatusListCodec.create();
  private static final AtomicInteger TRY = new AtomicInteger();
  private static TestDatabase db;
  private static JpaRegistry registry;

  @BeforeContainer
  static void open() {
    db = TestDatabase.create();
    registry = db.open(Clock.fixed(T0, ZoneOffset.UTC));
    Fixtures.enrolBodies(registry);
  }

  @AfterContainer
  static void close() {
    registry.close();
    db.close();
  }

  /** A command: kind 0 suspend, 1 extend, 2 reinstate, 3 withdraw, 4 confirm; after some hours. */
  record Op(int kind, int certificate, int advanceHours, int days) {}

  @Provide
  Arbitrary<List<Op>> ops() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 4),
            Arbitraries.integers().between(0, 3),
            Arbitraries.integers().between(0, 24 * 40),
            Arbitraries.integers().between(1, 40))
        .as(Op::new)
        .list()
        .ofMaxSize(12);
  }

  @Provide
  Arbitrary<List<Long>> probes() {
    return Arbitraries.longs().between(-86_400L, 500L * 86_400).list().ofMinSize(5).ofMaxSize(20);
  }

  @Property(tries = 30)
  void statusFromTheList_equalsTheRegistrysHistory(
      @ForAll("ops") List<Op> ops, @ForAll("probes") List<Long> probeSeconds) {
    int attempt = TRY.incrementAndGet();
    List<CertificateId> ids = new ArrayList<>();
    List<Instant> issued = new ArrayList<>();
    Instant now = T0.plus(Duration.ofDays(attempt * 1000L));
    for (int i = 0; i < 4; i++) {
      CertificateId id = CertificateId.of("S-" + attempt + "-" + i);
      Instant at = now.plus(Duration.ofHours(i * 7L));
      registry.recordIssued(
          Fixtures.issued(
              Fixtures.content(id.value(), NL_CB, at, LegalTime.dayOf(at).plusDays(100 + 60L * i))
                  .build()),
          ACTOR);
      ids.add(id);
      issued.add(LegalTime.normalize(at));
    }
    now = now.plus(Duration.ofDays(1));
    for (Op op : ops) {
      now = now.plus(Duration.ofHours(op.advanceHours()));
      CertificateId id = ids.get(op.certificate());
      try {
        switch (op.kind()) {
          case 0 -> registry.suspend(
              id, new Suspension(now, LegalTime.dayOf(now).plusDays(op.days()), "p"), ACTOR);
          case 1 -> registry.extendSuspension(
              id,
              new SuspensionExtension(now, LegalTime.dayOf(now).plusDays(op.days() + 42), "n"),
              ACTOR);
          case 2 -> registry.reinstate(id, new Reinstatement(now, "p"), ACTOR);
          case 3 -> registry.withdraw(
              id, new Withdrawal(now, WithdrawalReason.NCCA_DECISION, "p"), ACTOR);
          default -> registry.review(id, new ReviewOutcome.Confirmed(now, "p"), ACTOR);
        }
      } catch (RegistryException refused) {
        // refused commands change nothing; the property is about what was recorded
      }
    }
    Instant published = now.plus(Duration.ofDays(60));
    StatusList list =
        CODEC.parse(
            CODEC.write(
                StatusListBuilder.fromRegistry(
                    registry, NL_CB, attempt, published, Duration.ofDays(1))));
    Instant base = issued.get(0);
    for (int i = 0; i < ids.size(); i++) {
      CertificateId id = ids.get(i);
      CertificateRecord record = registry.certificate(id).orElseThrow();
      for (long s : probeSeconds) {
        Instant t = base.plusSeconds(s);
        StatusAnswer answer = list.statusAt(id, issued.get(i), t);
        Optional<CertificateStatus> naive = registry.statusAt(id, t);
        ListedStatus expected;
        if (naive.isEmpty()) {
          expected = ListedStatus.NOT_YET_ISSUED;
        } else {
          CertificateStatus st =
              naive.get() == CertificateStatus.EXPIRED
                  ? record.history().events().at(t).orElseThrow()
                  : naive.get();
          expected = ListedStatus.valueOf(st.name());
        }
        if (answer.status() != expected) {
          throw new AssertionError(
              id + " at " + t + ": list says " + answer.status() + ", registry " + naive
                  + " (" + record.events() + ")");
        }
      }
    }
  }
}
