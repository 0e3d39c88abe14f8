/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.demo;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.eucert.core.model.Accreditation;
import org.eucert.core.model.AccreditationStatus;
import org.eucert.core.model.AssuranceLevel;
import org.eucert.core.model.Authorisation;
import org.eucert.core.model.AuthorisationStatus;
import org.eucert.core.model.Body;
import org.eucert.core.model.BodyId;
import org.eucert.core.model.BodyRole;
import org.eucert.core.model.Delegation;
import org.eucert.core.model.DelegationStatus;
import org.eucert.core.model.MemberState;
import org.eucert.core.model.Notification;
import org.eucert.core.model.NotificationStatus;
import org.eucert.core.model.SchemeId;
import org.eucert.core.registry.Actor;
import org.eucert.core.registry.Registry;
import org.eucert.core.time.LegalTime;
import org.eucert.core.time.Timeline;

/**
 * The sandbox world of a demo home: three Member States (France, Germany, the Netherlands), each
 * with an NCCA, two certification bodies and an ITSEF, enrolled for EUCC with dates relative to
 * the day the home is made, so that the world holds whenever the demo runs.
 *
 * <p>What it contains, on purpose:
 *
 * <ul>
 *   <li>every certification body accredited (ISO/IEC 17065) and every ITSEF accredited (ISO/IEC
 *       17025) from two years ago for five years (CSA Art 60(1), EUCC Art 19-22);
 *   <li>{@code <MS>-CB-1} notified for 'substantial' and 'high', {@code <MS>-CB-2} for
 *       'substantial' only (CSA Art 61);
 *   <li>the French {@code FR-CB-1} and {@code FR-ITSEF-1} authorised for 'high' up to AVA_VAN.5
 *       (EUCC Art 21-22), and {@code FR-CB-1} under a general delegation of the French NCCA to
 *       issue 'high' (CSA Art 56(6)(b));
 *   <li>the notification of {@code DE-CB-2} withdrawn {@value #WITHDRAWN_DAYS_AGO} days ago, so
 *       that what it issued before stays valid and what it would issue now is refused.
 * </ul>
 *
 * <p>Stateless; every instant is derived from the {@code now} passed in.
 *
 * @since 0.1
 */
public final class SandboxWorld {
  /** The scheme the sandbox bodies are notified for. */
  public static final SchemeId EUCC = SchemeId.of("EUCC");

  /** The Member States of the sandbox. */
  public static final List<MemberState> MEMBER_STATES =
      List.of(MemberState.FR, MemberState.DE, MemberState.NL);

  /** How many days ago the notification of {@code DE-CB-2} was withdrawn. */
  public static final int WITHDRAWN_DAYS_AGO = 60;

  /** How many days ago every record of the world starts. */
  public static final int RECORDS_DAYS_AGO = 730;

  private static final String HIGHEST = "AVA_VAN.5";

  private SandboxWorld() {}

  /** The NCCA of {@code ms}. */
  public static BodyId ncca(MemberState ms) {
    return BodyId.of(ms.name() + "-NCCA");
  }

  /** Certification body {@code n} (1 or 2) of {@code ms}. */
  public static BodyId cab(MemberState ms, int n) {
    return BodyId.of(ms.name() + "-CB-" + n);
  }

  /** The ITSEF of {@code ms}. */
  public static BodyId itsef(MemberState ms) {
    return BodyId.of(ms.name() + "-ITSEF-1");
  }

  /** Every body that signs: the NCCAs (their trust lists) and the certification bodies. */
  public static List<BodyId> signingBodies() {
    return MEMBER_STATES.stream()
        .flatMap(ms -> Stream.of(ncca(ms), cab(ms, 1), cab(ms, 2)))
        .toList();
  }

  /**
   * Enrols the world's bodies and their accreditations, notifications, authorisations and
   * delegation in {@code registry}, as of {@code now}. Signing keys are not enrolled here.
   */
  public static void enrol(Registry registry, Instant now, Actor actor) {
    checkNotNull(registry, "registry");
    checkNotNull(actor, "actor");
    Instant start = LegalTime.startOfDay(LegalTime.dayOf(now).minusDays(RECORDS_DAYS_AGO));
    LocalDate from = LegalTime.dayOf(start);
    for (MemberState ms : MEMBER_STATES) {
      BodyId ncca = ncca(ms);
      registry.enrolBody(
          new Body(
              ncca,
              BodyRole.NCCA,
              "Sandbox NCCA " + ms.name(),
              ms,
              Optional.of(notifiedNumber(ms, 0)),
              Optional.empty(),
              true,
              Optional.of("1 Sandbox Square, " + ms.name()),
              Optional.of("ncca@" + ms.name().toLowerCase(Locale.ROOT) + ".sandbox.test")),
          actor);
      for (int n = 1; n <= 2; n++) {
        BodyId cab = cab(ms, n);
        registry.enrolBody(
            new Body(
                cab,
                BodyRole.CERTIFICATION_BODY,
                "Sandbox Certification " + ms.name() + " " + n,
                ms,
                Optional.of(notifiedNumber(ms, n)),
                Optional.of(ncca),
                false,
                Optional.of(n + " Certification Street, " + ms.name()),
                Optional.of(cab.value().toLowerCase(Locale.ROOT) + "@sandbox.test")),
            actor);
        registry.addAccreditation(accreditation(cab, "ISO/IEC 17065", from, start), actor);
        Set<AssuranceLevel> levels =
            n == 1
                ? EnumSet.of(AssuranceLevel.SUBSTANTIAL, AssuranceLevel.HIGH)
                : EnumSet.of(AssuranceLevel.SUBSTANTIAL);
        Timeline<NotificationStatus> status = Timeline.starting(NotificationStatus.NOTIFIED, start);
        if (ms == MemberState.DE && n == 2) {
          status =
              status.then(
                  NotificationStatus.WITHDRAWN,
                  LegalTime.startOfDay(LegalTime.dayOf(now).minusDays(WITHDRAWN_DAYS_AGO)));
        }
        registry.addNotification(
            new Notification(
                cab,
                EUCC,
                Optional.empty(),
                levels,
                Optional.of("SANDBOX-NOTIF-" + cab.value()),
                status),
            actor);
      }
      BodyId itsef = itsef(ms);
      registry.enrolBody(
          new Body(
              itsef,
              BodyRole.ITSEF,
              "Sandbox Evaluation Lab " + ms.name(),
              ms,
              Optional.empty(),
              Optional.of(ncca),
              false,
              Optional.of("1 Lab Road, " + ms.name()),
              Optional.of(itsef.value().toLowerCase(Locale.ROOT) + "@sandbox.test")),
          actor);
      registry.addAccreditation(accreditation(itsef, "ISO/IEC 17025", from, start), actor);
    }
    BodyId frNcca = ncca(MemberState.FR);
    for (BodyId body : List.of(cab(MemberState.FR, 1), itsef(MemberState.FR))) {
      registry.addAuthorisation(
          new Authorisation(
              body,
              frNcca,
              EUCC,
              "SANDBOX-AUTH-" + body.value(),
              Set.of(),
              Set.of(),
              Optional.of(HIGHEST),
              Set.of("SMART_CARDS_AND_SIMILAR_DEVICES"),
              from,
              from.plusYears(5).minusDays(1),
              Timeline.starting(AuthorisationStatus.ACTIVE, start)),
          actor);
    }
    registry.addDelegation(
        new Delegation(
            frNcca,
            cab(MemberState.FR, 1),
            EUCC,
            "SANDBOX-DELEGATION-FR-1",
            Set.of(),
            from,
            Optional.empty(),
            Timeline.starting(DelegationStatus.ACTIVE, start)),
        actor);
  }

  /** How long every sandbox signing certificate is valid from the start of the records. */
  public static Duration keyValidity() {
    return Duration.of(RECORDS_DAYS_AGO + 3 * 365L, ChronoUnit.DAYS);
  }

  private static Accreditation accreditation(
      BodyId body, String standard, LocalDate from, Instant start) {
    return new Accreditation(
        body,
        "SANDBOX-ACC-" + body.value(),
        "Sandbox Accreditation Body",
        standard,
        Set.of(EUCC),
        Set.of(),
        from,
        from.plusYears(5).minusDays(1),
        Timeline.starting(AccreditationStatus.ACTIVE, start));
  }

  private static String notifiedNumber(MemberState ms, int n) {
    return String.format(Locale.ROOT, "%02d%02d", ms.ordinal() + 10, n);
  }
}
