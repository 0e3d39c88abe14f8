/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.testing;

import static org.eucert.core.testing.ModelArbitraries.codes;
import static org.eucert.core.testing.ModelArbitraries.dates;
import static org.eucert.core.testing.ModelArbitraries.instants;
import static org.eucert.core.testing.ModelArbitraries.schemeIds;
import static org.eucert.core.testing.ModelArbitraries.texts;
import static org.eucert.core.testing.ModelArbitraries.versions;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.eucert.core.model.Accreditation;
import org.eucert.core.model.AccreditationStatus;
import org.eucert.core.model.Approval;
import org.eucert.core.model.ApprovalKind;
import org.eucert.core.model.ApprovalStatus;
import org.eucert.core.model.AssuranceLevel;
import org.eucert.core.model.Authorisation;
import org.eucert.core.model.AuthorisationStatus;
import org.eucert.core.model.Body;
import org.eucert.core.model.BodyId;
import org.eucert.core.model.BodyRole;
import org.eucert.core.model.Bytes;
import org.eucert.core.model.CertificateId;
import org.eucert.core.model.Delegation;
import org.eucert.core.model.DelegationStatus;
import org.eucert.core.model.MemberState;
import org.eucert.core.model.Notification;
import org.eucert.core.model.NotificationStatus;
import org.eucert.core.model.SigningKey;
import org.eucert.core.registry.AuditHead;
import org.eucert.core.registry.CertificateEventKind;
import org.eucert.core.registry.WithdrawalReason;
import org.eucert.core.time.Timeline;
import org.eucert.core.time.TimelineEntry;
import org.eucert.core.trust.ListOfTrustLists;
import org.eucert.core.trust.StatusEntry;
import org.eucert.core.trust.StatusEvent;
import org.eucert.core.trust.StatusList;
import org.eucert.core.trust.TrustList;
import org.eucert.core.trust.TrustListPointer;
import org.eucert.core.trust.TrustedEntity;

/**
 * jqwik arbitraries of the trust data model ({@code org.eucert.core.trust}): trust lists with
 * NCCAs and conformity assessment bodies carrying every kind of record, lists of trust lists, and
 * status lists with valid event histories. Stateless.
 */
public final class TrustArbitraries {
  private TrustArbitraries() {}

  /** Time lines of 0 to 3 entries with strictly increasing instants. */
  public static <E extends Enum<E>> Arbitrary<Timeline<E>> timelines(Class<E> type) {
    return Combinators.combine(
            instants().set().ofMaxSize(3), Arbitraries.of(type).list().ofSize(3))
        .as(
            (set, statuses) -> {
              List<Instant> sorted = set.stream().sorted().toList();
              List<TimelineEntry<E>> entries = new ArrayList<>();
              for (int i = 0; i < sorted.size(); i++) {
                entries.add(TimelineEntry.of(statuses.get(i), sorted.get(i)));
              }
              return Timeline.of(entries);
            });
  }

  /** Two ordered dates (from, until), possibly equal. */
  private static Arbitrary<LocalDate[]> dateRanges() {
    return Combinators.combine(dates(), Arbitraries.integers().between(0, 3000))
        .as((from, days) -> new LocalDate[] {from, from.plusDays(days)});
  }

  private static Arbitrary<Set<String>> codeSets() {
    return codes().set().ofMaxSize(3);
  }

  static Arbitrary<Accreditation> accreditations(BodyId body) {
    return Combinators.combine(
            codes(),
            texts(),
            texts(),
            schemeIds().set().ofMaxSize(2),
            codeSets(),
            dateRanges(),
            timelines(AccreditationStatus.class))
        .as(
            (ref, ab, std, schemes, cats, range, status) ->
                new Accreditation(body, ref, ab, std, schemes, cats, range[0], range[1], status));
  }

  static Arbitrary<Notification> notifications(BodyId body) {
    return Combinators.combine(
            schemeIds(),
            versions().optional(),
            Arbitraries.of(AssuranceLevel.class).set().ofMinSize(1),
            codes().optional(),
            timelines(NotificationStatus.class))
        .as((scheme, v, levels, ref, st) -> new Notification(body, scheme, v, levels, ref, st));
  }

  static Arbitrary<Authorisation> authorisations(BodyId body, BodyId ncca) {
    return Combinators.combine(
            schemeIds(),
            codes(),
            codeSets(),
            codeSets(),
            codes().optional(),
            codeSets(),
            dateRanges(),
            timelines(AuthorisationStatus.class))
        .as(
            (scheme, ref, cats, pps, ava, domains, range, st) ->
                new Authorisation(
                    body, ncca, scheme, ref, cats, pps, ava, domains, range[0], range[1], st));
  }

  static Arbitrary<Delegation> delegations(BodyId body, BodyId ncca) {
    return Combinators.combine(
            schemeIds(), codes(), codeSets(), dateRanges(), Arbitraries.of(true, false),
            timelines(DelegationStatus.class))
        .as(
            (scheme, ref, cats, range, open, st) ->
                new Delegation(
                    ncca,
                    body,
                    scheme,
                    ref,
                    cats,
                    range[0],
                    open ? Optional.empty() : Optional.of(range[1]),
                    st));
  }

  static Arbitrary<Approval> approvals(BodyId body, BodyId ncca) {
    return Combinators.combine(
            Arbitraries.of(ApprovalKind.class),
            codes(),
            schemeIds(),
            ModelArbitraries.certificateIds().optional(),
            dates(),
            codes(),
            timelines(ApprovalStatus.class))
        .as(
            (kind, ref, scheme, cert, until, level, st) ->
                new Approval(
                    kind,
                    ref,
                    ncca,
                    body,
                    scheme,
                    cert,
                    kind == ApprovalKind.VALIDITY_EXTENSION ? Optional.of(until) : Optional.empty(),
                    kind == ApprovalKind.AVA_VAN_EXCEPTION ? Optional.of(level) : Optional.empty(),
                    st));
  }

  static Arbitrary<SigningKey> signingKeys(BodyId body) {
    return Combinators.combine(
            codes(),
            Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(64),
            instants(),
            Arbitraries.longs().between(1, 10L * 365 * 86400).optional(),
            instants().optional())
        .as(
            (id, der, from, len, compromised) ->
                new SigningKey(
                    body,
                    id,
                    Bytes.copyOf(der),
                    from,
                    len.map(s -> from.plusSeconds(s)),
                    compromised));
  }

  /** An entity for {@code body}, supervised by {@code ncca}, with 0 to 2 records of each kind. */
  public static Arbitrary<TrustedEntity> entities(Body body, BodyId ncca) {
    BodyId id = body.id();
    return Combinators.combine(
            accreditations(id).list().ofMaxSize(2),
            notifications(id).list().ofMaxSize(2),
            authorisations(id, ncca).list().ofMaxSize(2),
            delegations(id, ncca).list().ofMaxSize(2),
            approvals(id, ncca).list().ofMaxSize(2),
            signingKeys(id).list().ofMaxSize(2))
        .as((a, n, au, d, ap, k) -> new TrustedEntity(body, a, n, au, d, ap, k));
  }

  private static Arbitrary<Body> bodies(MemberState ms, BodyId ncca, BodyId id, BodyRole role) {
    return Combinators.combine(
            texts(), codes().optional(), Arbitraries.of(true, false), texts().optional(),
            texts().optional())
        .as(
            (name, number, pub, address, contact) ->
                new Body(
                    id,
                    role,
                    name,
                    ms,
                    number,
                    role == BodyRole.NCCA ? Optional.empty() : Optional.of(ncca),
                    role == BodyRole.NCCA || pub,
                    address,
                    contact));
  }

  /** Valid trust lists: an NCCA and 0 to 3 other bodies, each with records. */
  public static Arbitrary<TrustList> trustLists() {
    return Combinators.combine(
            Arbitraries.of(MemberState.class),
            ModelArbitraries.bodyIds().set().ofMinSize(1).ofMaxSize(4),
            Arbitraries.longs().between(1, Long.MAX_VALUE),
            instants(),
            Arbitraries.longs().between(1, 400L * 86400))
        .flatAs(
            (ms, ids, seq, issued, validity) -> {
              List<BodyId> list = new ArrayList<>(ids);
              BodyId ncca = list.get(0);
              List<Arbitrary<TrustedEntity>> entities = new ArrayList<>();
              for (int i = 0; i < list.size(); i++) {
                BodyRole role =
                    i == 0 ? BodyRole.NCCA : i % 2 == 1 ? BodyRole.CERTIFICATION_BODY : BodyRole.ITSEF;
                BodyId id = list.get(i);
                entities.add(bodies(ms, ncca, id, role).flatMap(b -> entities(b, ncca)));
              }
              return Combinators.combine(entities)
                  .as(
                      es ->
                          new TrustList(
                              ncca, ms, seq, issued, issued.plus(Duration.ofSeconds(validity)), es));
            });
  }

  /** Valid lists of trust lists with 0 to 3 pointers. */
  public static Arbitrary<ListOfTrustLists> listsOfTrustLists() {
    Arbitrary<TrustListPointer> pointer =
        Combinators.combine(
                Arbitraries.of(MemberState.class),
                Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(64).list()
                    .ofMinSize(1).ofMaxSize(3),
                Arbitraries.bytes().array(byte[].class).ofSize(32).optional())
            .as(
                (ms, certs, digest) ->
                    new TrustListPointer(
                        ms,
                        TrustListPointer.locationFor(ms),
                        certs.stream().map(Bytes::copyOf).toList(),
                        digest.map(Bytes::copyOf)));
    return Combinators.combine(
            texts(),
            Arbitraries.longs().between(1, Long.MAX_VALUE),
            instants(),
            Arbitraries.longs().between(1, 400L * 86400),
            pointer.list().ofMaxSize(3).uniqueElements(TrustListPointer::memberState))
        .as(
            (op, seq, issued, validity, ps) ->
                new ListOfTrustLists(op, seq, issued, issued.plus(Duration.ofSeconds(validity)), ps));
  }

  /** A valid event history starting with ISSUED at {@code issued}. */
  static Arbitrary<List<StatusEvent>> histories(Instant issued) {
    return Arbitraries.longs()
        .between(0, 200L * 86400)
        .list()
        .ofMaxSize(5)
        .flatMap(
            gaps ->
                Combinators.combine(
                        Arbitraries.of(WithdrawalReason.class),
                        dates().optional(),
                        Arbitraries.integers().between(0, 1 << 20))
                    .as(
                        (reason, planned, choices) -> {
                          List<StatusEvent> events = new ArrayList<>();
                          events.add(
                              new StatusEvent(
                                  CertificateEventKind.ISSUED,
                                  issued,
                                  Optional.empty(),
                                  Optional.empty()));
                          boolean suspended = false;
                          Instant t = issued;
                          int c = choices;
                          for (long gap : gaps) {
                            t = t.plusSeconds(gap);
                            int pick = c % 3;
                            c /= 3;
                            if (pick == 0) {
                              events.add(
                                  new StatusEvent(
                                      CertificateEventKind.WITHDRAWN,
                                      t,
                                      Optional.empty(),
                                      Optional.of(reason)));
                              break;
                            } else if (suspended) {
                              events.add(
                                  new StatusEvent(
                                      pick == 1
                                          ? CertificateEventKind.REINSTATED
                                          : CertificateEventKind.SUSPENSION_EXTENDED,
                                      t,
                                      pick == 1 ? Optional.empty() : planned,
                                      Optional.empty()));
                              suspended = pick != 1;
                            } else {
                              events.add(
                                  new StatusEvent(
                                      pick == 1
                                          ? CertificateEventKind.SUSPENDED
                                          : CertificateEventKind.REVIEW_CONFIRMED,
                                      t,
                                      pick == 1 ? planned : Optional.empty(),
                                      Optional.empty()));
                              suspended = pick == 1;
                            }
                          }
                          return events;
                        }));
  }

  static Arbitrary<StatusEntry> statusEntries(CertificateId id) {
    return Combinators.combine(
            instants().filter(i -> i.getEpochSecond() < 4_000_000_000L),
            Arbitraries.bytes().array(byte[].class).ofSize(32))
        .flatAs(
            (issued, digest) ->
                histories(issued)
                    .map(h -> new StatusEntry(id, issued, Bytes.copyOf(digest), h)));
  }

  /** Valid status lists with 0 to 4 entries. */
  public static Arbitrary<StatusList> statusLists() {
    return Combinators.combine(
            ModelArbitraries.bodyIds(),
            Arbitraries.longs().between(1, Long.MAX_VALUE),
            instants(),
            Arbitraries.longs().between(1, 400L * 86400),
            Arbitraries.longs().between(0, Long.MAX_VALUE),
            Arbitraries.strings().withChars("0123456789abcdef").ofLength(64),
            ModelArbitraries.certificateIds().set().ofMaxSize(4))
        .flatAs(
            (issuer, seq, issued, validity, headSeq, hash, ids) -> {
              List<Arbitrary<StatusEntry>> entries = new ArrayList<>();
              ids.stream().sorted().forEach(i -> entries.add(statusEntries(i)));
              return Combinators.combine(entries)
                  .as(
                      es ->
                          new StatusList(
                              issuer,
                              seq,
                              issued,
                              issued.plus(Duration.ofSeconds(validity)),
                              new AuditHead(headSeq, hash),
                              es));
            });
  }
}
