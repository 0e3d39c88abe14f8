/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry.jpa;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.eucert.core.model.CertificateContent;
import org.eucert.core.model.CertificateId;
import org.eucert.core.model.CertificateStatus;
import org.eucert.core.model.CertifiedObject;
import org.eucert.core.registry.CertificateEvent;
import org.eucert.core.registry.CertificateEventKind;
import org.eucert.core.registry.CertificateRecord;
import org.eucert.core.registry.IllegalStatusTransitionException;
import org.eucert.core.registry.LifecycleRuleException;
import org.eucert.core.registry.LifecycleRuleException.Rule;
import org.eucert.core.registry.Reinstatement;
import org.eucert.core.registry.ReviewOutcome;
import org.eucert.core.registry.Suspension;
import org.eucert.core.registry.SuspensionExtension;
import org.eucert.core.registry.TimeLimitExceededException;
import org.eucert.core.registry.TimeLimitExceededException.Limit;
import org.eucert.core.registry.Withdrawal;
import org.eucert.core.registry.WithdrawalReason;
import org.eucert.core.time.LegalTime;

/**
 * The certificate state machine (DOMAIN.md 7.5) and time limits (EUCC Art 30(1); DOMAIN.md 7.6),
 * as pure functions from a certificate's stored record and a command to the event to append, or a
 * refusal. The registry runs them inside the transaction that appends the event, on the record
 * read in that transaction, under the certificate's version lock.
 *
 * <p>Ordering: a status-changing event takes effect strictly after the last status-changing one
 * (time lines never rewrite the past), and no event takes effect before the newest event.
 */
final class Lifecycle {
  /** EUCC Art 30(1): with extensions, a suspension lasts at most one year in total. */
  static final int MAX_TOTAL_YEARS = 1;

  private Lifecycle() {}

  /** The event a command appends. */
  record NewEvent(
      CertificateEventKind kind,
      CertificateStatus status,
      Instant effectiveAt,
      Instant decidedAt,
      Optional<WithdrawalReason> reason,
      Optional<String> text,
      Optional<LocalDate> plannedUntil,
      Optional<String> decisionReference,
      Optional<CertificateId> related) {}

  static NewEvent suspend(CertificateRecord c, Suspension s) {
    CertificateEvent last = c.latestEvent();
    requireStatus(c, last, CertificateStatus.IN_FORCE, "suspend", s.decidedAt());
    requireNotBefore(c, s.decidedAt());
    requireValid(c, s.startsAt(), "suspend");
    checkArgument(
        !s.until().isBefore(s.startDay()),
        "suspension of %s ends %s, before it starts %s",
        c.summary().id(),
        s.until(),
        s.startDay());
    long days = ChronoUnit.DAYS.between(s.startDay(), s.until()) + 1;
    if (days > Suspension.MAX_PERIOD_DAYS) {
      throw new TimeLimitExceededException(
          Limit.SUSPENSION_PERIOD_EXCEEDED,
          "EUCC Art 30(1): a suspension lasts at most "
              + Suspension.MAX_PERIOD_DAYS
              + " days from the day after the decision; "
              + c.summary().id()
              + " would be suspended "
              + days
              + " days ("
              + s.startDay()
              + " to "
              + s.until()
              + "); the NCCA may extend it later");
    }
    return new NewEvent(
        CertificateEventKind.SUSPENDED,
        CertificateStatus.SUSPENDED,
        s.startsAt(),
        s.decidedAt(),
        Optional.empty(),
        Optional.of(s.reason()),
        Optional.of(s.until()),
        Optional.empty(),
        Optional.empty());
  }

  static NewEvent extend(CertificateRecord c, SuspensionExtension e) {
    CertificateEvent last = c.latestEvent();
    requireStatus(c, last, CertificateStatus.SUSPENDED, "extend the suspension of", e.decidedAt());
    requireNotBefore(c, e.decidedAt());
    requireValid(c, e.decidedAt(), "extend the suspension of");
    CertificateEvent start = currentSuspension(c);
    LocalDate startDay = LegalTime.dayOf(start.effectiveAt());
    LocalDate planned = plannedEnd(c, start);
    if (!e.until().isAfter(planned)) {
      throw new LifecycleRuleException(
          Rule.EXTENSION_NOT_LATER,
          "the suspension of "
              + c.summary().id()
              + " is planned to end "
              + planned
              + "; an extension must end later than that, not "
              + e.until());
    }
    LocalDate lastAllowed = startDay.plusYears(MAX_TOTAL_YEARS).minusDays(1);
    if (e.until().isAfter(lastAllowed)) {
      throw new TimeLimitExceededException(
          Limit.SUSPENSION_TOTAL_EXCEEDED,
          "EUCC Art 30(1): with the NCCA's extensions a suspension lasts at most one year; the"
              + " suspension of "
              + c.summary().id()
              + " began "
              + startDay
              + " and may last through "
              + lastAllowed
              + ", not "
              + e.until()
              + "; withdraw the certificate or reinstate it");
    }
    return new NewEvent(
        CertificateEventKind.SUSPENSION_EXTENDED,
        CertificateStatus.SUSPENDED,
        e.decidedAt(),
        e.decidedAt(),
        Optional.empty(),
        Optional.empty(),
        Optional.of(e.until()),
        Optional.of(e.nccaReference()),
        Optional.empty());
  }

  static NewEvent reinstate(CertificateRecord c, Reinstatement r) {
    CertificateEvent last = c.latestEvent();
    requireStatus(c, last, CertificateStatus.SUSPENDED, "reinstate", r.at());
    requireStatusOrder(c, r.at());
    requireValid(c, r.at(), "reinstate");
    return new NewEvent(
        CertificateEventKind.REINSTATED,
        CertificateStatus.IN_FORCE,
        r.at(),
        r.at(),
        Optional.empty(),
        Optional.of(r.reason()),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  static NewEvent withdraw(CertificateRecord c, Withdrawal w, Optional<CertificateId> successor) {
    CertificateEvent last = c.latestEvent();
    if (last.status() == CertificateStatus.WITHDRAWN) {
      throw illegal(c, CertificateStatus.WITHDRAWN, "withdraw", w.at());
    }
    requireStatusOrder(c, w.at());
    requireValid(c, w.at(), "withdraw");
    return new NewEvent(
        CertificateEventKind.WITHDRAWN,
        CertificateStatus.WITHDRAWN,
        w.at(),
        w.at(),
        Optional.of(w.reason()),
        Optional.of(w.text()),
        Optional.empty(),
        Optional.empty(),
        successor);
  }

  static NewEvent confirm(CertificateRecord c, ReviewOutcome.Confirmed r) {
    CertificateEvent last = c.latestEvent();
    requireStatus(c, last, CertificateStatus.IN_FORCE, "confirm", r.decidedAt());
    requireNotBefore(c, r.decidedAt());
    requireValid(c, r.decidedAt(), "confirm");
    return new NewEvent(
        CertificateEventKind.REVIEW_CONFIRMED,
        CertificateStatus.IN_FORCE,
        r.decidedAt(),
        r.decidedAt(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.of(r.reportReference()),
        Optional.empty());
  }

  /**
   * Checks a review's successor (EUCC Art 13(2)(c), (d)): it names the reviewed certificate as
   * predecessor; for (c) it has the same scope and a later validity end, for (d) another scope.
   */
  static void checkSuccessor(
      CertificateRecord c, String scopeDigest, CertificateContent successor, boolean sameScope) {
    CertificateId id = c.summary().id();
    if (!successor.predecessor().equals(Optional.of(id))) {
      throw new LifecycleRuleException(
          Rule.SUCCESSOR_NOT_LINKED,
          "the successor " + successor.id() + " must name " + id + " as its predecessor");
    }
    boolean same = scopeDigest(successor).equals(scopeDigest);
    if (sameScope && !same) {
      throw new LifecycleRuleException(
          Rule.SUCCESSOR_SCOPE_MISMATCH,
          "EUCC Art 13(2)(c): the successor "
              + successor.id()
              + " must have the scope of "
              + id
              + " (scheme, object, versions, level, evaluation level, protection profiles,"
              + " holder); use a new-scope outcome otherwise");
    }
    if (!sameScope && same) {
      throw new LifecycleRuleException(
          Rule.SUCCESSOR_SCOPE_UNCHANGED,
          "EUCC Art 13(2)(d): the successor "
              + successor.id()
              + " has the scope of "
              + id
              + "; use the same-scope outcome");
    }
    if (sameScope && !successor.validUntil().isAfter(c.summary().validUntil())) {
      throw new LifecycleRuleException(
          Rule.SUCCESSOR_VALIDITY_NOT_EXTENDED,
          "EUCC Art 13(2)(c): the successor's validity must end after "
              + c.summary().validUntil()
              + ", not "
              + successor.validUntil());
    }
  }

  /**
   * The SHA-256 of what a certificate covers: scheme, object (type, name, type of product,
   * versions, category, TOE, scope statement), assurance and evaluation level, protection profiles
   * and holder. Two certificates have the same scope when their digests are equal.
   */
  static String scopeDigest(CertificateContent c) {
    CertifiedObject o = c.object();
    StringBuilder sb = new StringBuilder("eucert-scope-1\n");
    line(sb, c.scheme().value());
    line(sb, o.type().name());
    line(sb, o.name());
    line(sb, o.productType().orElse(""));
    line(sb, String.join("\u001f", o.versions()));
    line(sb, o.category().orElse(""));
    line(sb, o.toeName().orElse(""));
    line(sb, o.toeType().orElse(""));
    line(sb, o.scope().orElse(""));
    line(sb, c.assuranceLevel().name());
    line(sb, c.evaluationLevel().orElse(""));
    line(sb, String.join("\u001f", new TreeSet<>(c.protectionProfiles())));
    line(sb, c.holder().name());
    return Hashing.sha256().hashString(sb.toString(), StandardCharsets.UTF_8).toString();
  }

  private static void line(StringBuilder sb, String v) {
    sb.append(v.getBytes(StandardCharsets.UTF_8).length).append(':').append(v).append('\n');
  }

  private static CertificateEvent currentSuspension(CertificateRecord c) {
    List<CertificateEvent> events = c.events();
    for (int i = events.size() - 1; i >= 0; i--) {
      if (events.get(i).kind() == CertificateEventKind.SUSPENDED) {
        return events.get(i);
      }
    }
    throw new IllegalStateException("suspended without a suspension event: " + c.summary().id());
  }

  private static LocalDate plannedEnd(CertificateRecord c, CertificateEvent start) {
    LocalDate planned = start.plannedUntil().orElseThrow();
    for (CertificateEvent e : c.events()) {
      if (e.seq() > start.seq() && e.kind() == CertificateEventKind.SUSPENSION_EXTENDED) {
        planned = e.plannedUntil().orElseThrow();
      }
    }
    return planned;
  }

  private static void requireStatus(
      CertificateRecord c,
      CertificateEvent last,
      CertificateStatus required,
      String action,
      Instant at) {
    if (last.status() != required) {
      throw illegal(c, last.status(), action, at);
    }
  }

  /** The certificate must still be valid at {@code at}: EXPIRED admits no change. */
  private static void requireValid(CertificateRecord c, Instant at, String action) {
    if (!LegalTime.onOrBefore(at, c.summary().validUntil())) {
      throw illegal(c, CertificateStatus.EXPIRED, action, at);
    }
  }

  /** No event takes effect before the newest one (nor before the issue). */
  private static void requireNotBefore(CertificateRecord c, Instant at) {
    CertificateEvent last = c.latestEvent();
    if (at.isBefore(last.effectiveAt())) {
      throw new LifecycleRuleException(
          Rule.EVENT_OUT_OF_ORDER,
          "certificate "
              + c.summary().id()
              + ": "
              + at
              + " is before its last event ("
              + last.kind()
              + " at "
              + last.effectiveAt()
              + "); events are appended in time order");
    }
  }

  /** A status change takes effect strictly after the last status change. */
  private static void requireStatusOrder(CertificateRecord c, Instant at) {
    requireNotBefore(c, at);
    Instant lastChange = c.history().events().latest().orElseThrow().from();
    if (!at.isAfter(lastChange)) {
      throw new LifecycleRuleException(
          Rule.EVENT_OUT_OF_ORDER,
          "certificate "
              + c.summary().id()
              + ": a status change at "
              + at
              + " must come after the last one at "
              + lastChange);
    }
  }

  private static IllegalStatusTransitionException illegal(
      CertificateRecord c, CertificateStatus from, String action, Instant at) {
    return new IllegalStatusTransitionException(
        "cannot "
            + action
            + " certificate "
            + c.summary().id()
            + " at "
            + at
            + ": it is "
            + from
            + (from == CertificateStatus.WITHDRAWN
                ? " (EUCC Art 14: withdrawal is terminal)"
                : from == CertificateStatus.EXPIRED
                    ? " (its validity ended " + c.summary().validUntil() + ")"
                    : ""));
  }
}
