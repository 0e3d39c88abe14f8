/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry;

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
import org.eucert.core.time.LegalTime;

/**
 * Random sequences of life-cycle commands run against the registry and against a naive in-memory
 * model of the law's rules (DOMAIN.md 7.5, 7.6; EUCC Art 13, 14, 30); after every command both
 * agree on the outcome (done, or refused with which code) and on the status at several instants.
 *
 * <p>Where a command breaks several rules, the registry reports them in a fixed precedence that the
 * model follows: the state machine first, then time order, then expiry, then time limits.
 */
class RegistryLifecycleProperties {
  private static TestDatabase db;
  private static Registry registry;
  private static final AtomicInteger TRY = new AtomicInteger();

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

  enum Kind {
    ISSUE,
    SUSPEND,
    EXTEND,
    REINSTATE,
    WITHDRAW,
    CONFIRM
  }

  /**
   * One command: which, on which certificate (index modulo those issued), after how many hours,
   * and a length in days (validity for ISSUE, period for SUSPEND, extension for EXTEND).
   */
  record Op(Kind kind, int certificate, int advanceHours, int days) {}

  @Provide
  Arbitrary<List<Op>> ops() {
    Arbitrary<Op> op =
        Combinators.combine(
                Arbitraries.of(Kind.class),
                Arbitraries.integers().between(0, 7),
                Arbitraries.frequencyOf(
                    net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(0, 30)),
                    net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(31, 24 * 60))),
                Arbitraries.integers().between(1, 400))
            .as(Op::new);
    return op.list().ofMinSize(1).ofMaxSize(30);
  }

  /** The naive model of one certificate. */
  static final class Model {
    final Instant issued;
    final LocalDate validUntil;
    final List<Object[]> statuses = new ArrayList<>(); // {CertificateStatus, Instant from}
    Instant lastEventAt;
    LocalDate suspensionStart;
    LocalDate plannedEnd;

    Model(Instant issued, LocalDate validUntil) {
      this.issued = issued;
      this.validUntil = validUntil;
      statuses.add(new Object[] {CertificateStatus.IN_FORCE, issued});
      lastEventAt = issued;
    }

    CertificateStatus stored() {
      return (CertificateStatus) statuses.get(statuses.size() - 1)[0];
    }

    Instant lastStatusAt() {
      return (Instant) statuses.get(statuses.size() - 1)[1];
    }

    Instant validEnd() {
      return validUntil.plusDays(1).atStartOfDay(LegalTime.LEGAL_ZONE).toInstant();
    }

    Optional<CertificateStatus> at(Instant t) {
      CertificateStatus s = null;
      for (Object[] e : statuses) {
        if (!((Instant) e[1]).isAfter(t)) {
          s = (CertificateStatus) e[0];
        }
      }
      if (s == null) {
        return Optional.empty();
      }
      if (s != CertificateStatus.WITHDRAWN && !t.isBefore(validEnd())) {
        return Optional.of(CertificateStatus.EXPIRED);
      }
      return Optional.of(s);
    }

    /** The expected outcome of a command at {@code at}: "OK" or a refusal code. */
    String apply(Kind kind, Instant at, int days) {
      LocalDate day = at.atZone(LegalTime.LEGAL_ZONE).toLocalDate();
      switch (kind) {
        case SUSPEND: {
          if (stored() != CertificateStatus.IN_FORCE) {
            return "ILLEGAL_STATUS_TRANSITION";
          }
          if (at.isBefore(lastEventAt)) {
            return "EVENT_OUT_OF_ORDER";
          }
          Instant start = day.plusDays(1).atStartOfDay(LegalTime.LEGAL_ZONE).toInstant();
          if (!start.isBefore(validEnd())) {
            return "ILLEGAL_STATUS_TRANSITION";
          }
          int period = days % 60 + 1;
          if (period > 42) {
            return "SUSPENSION_PERIOD_EXCEEDED";
          }
          statuses.add(new Object[] {CertificateStatus.SUSPENDED, start});
          lastEventAt = start;
          suspensionStart = day.plusDays(1);
          plannedEnd = suspensionStart.plusDays(period - 1);
          return "OK";
        }
        case EXTEND: {
          if (stored() != CertificateStatus.SUSPENDED) {
            return "ILLEGAL_STATUS_TRANSITION";
          }
          if (at.isBefore(lastEventAt)) {
            return "EVENT_OUT_OF_ORDER";
          }
          if (!at.isBefore(validEnd())) {
            return "ILLEGAL_STATUS_TRANSITION";
          }
          LocalDate until = plannedEnd.plusDays(days);
          if (until.isAfter(suspensionStart.plusYears(1).minusDays(1))) {
            return "SUSPENSION_TOTAL_EXCEEDED";
          }
          plannedEnd = until;
          lastEventAt = at;
          return "OK";
        }
        case REINSTATE:
        case WITHDRAW: {
          if (kind == Kind.REINSTATE
              ? stored() != CertificateStatus.SUSPENDED
              : stored() == CertificateStatus.WITHDRAWN) {
            return "ILLEGAL_STATUS_TRANSITION";
          }
          if (at.isBefore(lastEventAt) || !at.isAfter(lastStatusAt())) {
            return "EVENT_OUT_OF_ORDER";
          }
          if (!at.isBefore(validEnd())) {
            return "ILLEGAL_STATUS_TRANSITION";
          }
          statuses.add(
              new Object[] {
                kind == Kind.REINSTATE ? CertificateStatus.IN_FORCE : CertificateStatus.WITHDRAWN, at
              });
          lastEventAt = at;
          return "OK";
        }
        case CONFIRM: {
          if (stored() != CertificateStatus.IN_FORCE) {
            return "ILLEGAL_STATUS_TRANSITION";
          }
          if (at.isBefore(lastEventAt)) {
            return "EVENT_OUT_OF_ORDER";
          }
          if (!at.isBefore(validEnd())) {
            return "ILLEGAL_STATUS_TRANSITION";
          }
          lastEventAt = at;
          return "OK";
        }
        default:
          throw new AssertionError(kind);
      }
    }
  }

  private static String run(CertificateId id, Kind kind, Instant at, int days) {
    try {
      switch (kind) {
        case SUSPEND:
          registry.suspend(id, new Suspension(at, LegalTime.dayOf(at).plusDays(1).plusDays(days % 60), "p"), ACTOR);
          break;
        case EXTEND: {
          LocalDate planned =
              registry.certificate(id).orElseThrow().events().stream()
                  .filter(e -> e.plannedUntil().isPresent())
                  .reduce((a, b) -> b)
                  .flatMap(CertificateEvent::plannedUntil)
                  .orElse(LegalTime.dayOf(at));
          registry.extendSuspension(id, new SuspensionExtension(at, planned.plusDays(days), "NCCA"), ACTOR);
          break;
        }
        case REINSTATE:
          registry.reinstate(id, new Reinstatement(at, "p"), ACTOR);
          break;
        case WITHDRAW:
          registry.withdraw(id, new Withdrawal(at, WithdrawalReason.OTHER, "p"), ACTOR);
          break;
        case CONFIRM:
          registry.review(id, new ReviewOutcome.Confirmed(at, "p"), ACTOR);
          break;
        default:
          throw new AssertionError(kind);
      }
      return "OK";
    } catch (RegistryException e) {
      return e.code();
    }
  }

  @Property(tries = 40)
  void registryAgreesWithTheModel(@ForAll("ops") List<Op> ops) {
    int attempt = TRY.incrementAndGet();
    List<CertificateId> ids = new ArrayList<>();
    List<Model> models = new ArrayList<>();
    Instant now = T0;
    for (Op op : ops) {
      now = now.plus(Duration.ofHours(op.advanceHours()));
      if (op.kind() == Kind.ISSUE || ids.isEmpty()) {
        CertificateId id = CertificateId.of("P-" + attempt + "-" + ids.size());
        LocalDate validUntil = LegalTime.dayOf(now).plusDays(op.days() % 120);
        registry.recordIssued(
            Fixtures.issued(Fixtures.content(id.value(), NL_CB, now, validUntil).build()), ACTOR);
        ids.add(id);
        models.add(new Model(LegalTime.normalize(now), validUntil));
        continue;
      }
      int i = op.certificate() % ids.size();
      String expected = models.get(i).apply(op.kind(), now, op.days());
      String actual = run(ids.get(i), op.kind(), now, op.days());
      if (!expected.equals(actual)) {
        throw new AssertionError(op + " at " + now + " on " + ids.get(i) + ": model " + expected + ", registry " + actual);
      }
      CertificateRecord r = registry.certificate(ids.get(i)).orElseThrow();
      for (Instant t :
          List.of(
              now,
              now.plus(Duration.ofDays(1)),
              now.plus(Duration.ofDays(2)),
              models.get(i).validEnd().minusNanos(1000),
              models.get(i).validEnd(),
              models.get(i).issued.minusSeconds(1))) {
        Optional<CertificateStatus> m = models.get(i).at(t);
        Optional<CertificateStatus> a = r.statusAt(t);
        if (!m.equals(a)) {
          throw new AssertionError("status of " + ids.get(i) + " at " + t + ": model " + m + ", registry " + a);
        }
      }
      if (r.summary().latestStatus() != models.get(i).stored()) {
        throw new AssertionError("latest status of " + ids.get(i));
      }
    }
    if (!registry.verifyAudit().intact()) {
      throw new AssertionError("audit chain broken");
    }
  }
}
