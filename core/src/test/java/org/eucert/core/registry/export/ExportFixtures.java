/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry.export;

import static org.eucert.core.registry.Fixtures.ACTOR;
import static org.eucert.core.registry.Fixtures.NL_CB;
import static org.eucert.core.registry.Fixtures.DE_CB;
import static org.eucert.core.registry.Fixtures.T0;
import static org.eucert.core.registry.Fixtures.content;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eucert.core.model.Bytes;
import org.eucert.core.model.CertificateContent;
import org.eucert.core.model.CertificateId;
import org.eucert.core.registry.Actor;
import org.eucert.core.registry.CertificateEvent;
import org.eucert.core.registry.CertificateQuery;
import org.eucert.core.registry.CertificateRecord;
import org.eucert.core.registry.CertificateSummary;
import org.eucert.core.registry.IssuedCertificate;
import org.eucert.core.registry.Page;
import org.eucert.core.registry.PageRequest;
import org.eucert.core.registry.Registry;
import org.eucert.core.registry.Reinstatement;
import org.eucert.core.registry.ReviewOutcome;
import org.eucert.core.registry.Suspension;
import org.eucert.core.registry.SuspensionExtension;
import org.eucert.core.registry.Withdrawal;
import org.eucert.core.registry.WithdrawalReason;
import org.eucert.core.xml.CertificateCodec;

/** Registries with certificates in every state, and comparisons of what two registries hold. */
final class ExportFixtures {
  static final CertificateCodec CONTENT = CertificateCodec.create();
  static final LocalDate UNTIL = LocalDate.of(2028, 12, 31);

  private ExportFixtures() {}

  static Instant day(int d) {
    return T0.plus(Duration.ofDays(d));
  }

  /** An issued certificate whose content document is the real, readable one. */
  static IssuedCertificate issued(CertificateContent c) {
    return new IssuedCertificate(
        c,
        Bytes.copyOf(CONTENT.write(c)),
        Bytes.copyOf(("signed envelope of " + c.id()).getBytes(StandardCharsets.UTF_8)));
  }

  static IssuedCertificate simple(String id) {
    return issued(content(id, NL_CB, T0, UNTIL).build());
  }

  /**
   * Certificates with every kind of event and link: in force, suspended and extended, reinstated,
   * withdrawn, confirmed by review, replaced after review (same scope), composite on another; the
   * identifiers get {@code prefix}. Returns the identifiers.
   */
  static List<CertificateId> populate(Registry r, String prefix) {
    List<CertificateId> ids = new ArrayList<>();
    CertificateId plain = record(r, simple(prefix + "-PLAIN"), ids);
    CertificateId suspended = record(r, simple(prefix + "-SUSP"), ids);
    r.suspend(suspended, new Suspension(day(10), LocalDate.of(2026, 4, 1), "vulnerability"), ACTOR);
    r.extendSuspension(
        suspended, new SuspensionExtension(day(20), LocalDate.of(2026, 6, 1), "NCCA-EXT-1"), ACTOR);
    CertificateId reinstated = record(r, simple(prefix + "-REIN"), ids);
    r.suspend(reinstated, new Suspension(day(3), LocalDate.of(2026, 3, 30), "remedy due"), ACTOR);
    r.reinstate(reinstated, new Reinstatement(day(15), "remedy accepted"), ACTOR);
    r.withdraw(
        reinstated, new Withdrawal(day(30), WithdrawalReason.HOLDER_REQUEST, "holder asked"), ACTOR);
    CertificateId confirmed =
        record(r, issued(content(prefix + "-CONF", DE_CB, T0, UNTIL).build()), ids);
    r.review(confirmed, new ReviewOutcome.Confirmed(day(5), "RR-2026-7"), ACTOR);
    CertificateId reviewed = record(r, simple(prefix + "-OLD"), ids);
    CertificateContent successor =
        content(prefix + "-NEW", NL_CB, day(40), UNTIL.plusYears(1))
            .predecessor(Optional.of(reviewed))
            .build();
    r.review(reviewed, new ReviewOutcome.ReissuedSameScope(day(40), issued(successor)), ACTOR);
    ids.add(successor.id());
    CertificateContent composite =
        content(prefix + "-COMP", NL_CB, day(1), UNTIL)
            .underlying(Optional.of(plain))
            .build();
    record(r, issued(composite), ids);
    return ids;
  }

  private static CertificateId record(Registry r, IssuedCertificate ic, List<CertificateId> ids) {
    r.recordIssued(ic, ACTOR);
    ids.add(ic.content().id());
    return ic.content().id();
  }

  /** Every certificate of a registry, as comparable across registries. */
  static List<Object> contents(Registry r) {
    List<Object> out = new ArrayList<>();
    PageRequest page = PageRequest.first(100);
    while (true) {
      Page<CertificateSummary> p = r.certificates(CertificateQuery.all(), page);
      for (CertificateSummary s : p.items()) {
        out.add(comparable(r.certificate(s.id()).orElseThrow()));
        out.add(r.documents(s.id()).orElseThrow());
        out.add(r.links(s.id()));
      }
      if (p.next().isEmpty()) {
        return out;
      }
      page = p.next().get();
    }
  }

  /**
   * A record without what differs between two registries by design: the row version, and when
   * and by whom each event was recorded (an import records them anew, its audit entries say so).
   */
  static Object comparable(CertificateRecord r) {
    CertificateSummary s = r.summary();
    CertificateSummary summary =
        new CertificateSummary(
            s.id(), s.scheme(), s.schemeVersion(), s.issuer(), s.memberState(), s.holderName(),
            s.objectType(), s.productName(), s.productType(), s.category(), s.versions(),
            s.assuranceLevel(), s.evaluationLevel(), s.issuedAt(), s.validUntil(), s.predecessor(),
            s.underlying(), s.latestStatus(), s.latestStatusFrom(), 0);
    List<CertificateEvent> events = new ArrayList<>();
    for (CertificateEvent e : r.events()) {
      events.add(
          new CertificateEvent(
              e.seq(), e.kind(), e.status(), e.effectiveAt(), e.decidedAt(), Instant.EPOCH,
              Actor.of("-"), e.reason(), e.text(), e.plannedUntil(), e.decisionReference(),
              e.related()));
    }
    return List.of(summary, r.holder(), events);
  }
}
