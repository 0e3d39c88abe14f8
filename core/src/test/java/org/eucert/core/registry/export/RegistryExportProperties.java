/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry.export;

import static org.eucert.core.registry.Fixtures.ACTOR;
import static org.eucert.core.registry.Fixtures.DE_CB;
import static org.eucert.core.registry.Fixtures.NL_CB;
import static org.eucert.core.registry.Fixtures.content;
import static org.eucert.core.registry.export.ExportFixtures.day;
import static org.eucert.core.registry.export.ExportFixtures.issued;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.eucert.core.model.Bytes;
import org.eucert.core.model.CertificateContent;
import org.eucert.core.model.CertificateId;
import org.eucert.core.model.CertificateStatus;
import org.eucert.core.registry.Actor;
import org.eucert.core.registry.CertificateEvent;
import org.eucert.core.registry.CertificateEventKind;
import org.eucert.core.registry.CertificateLink;
import org.eucert.core.registry.CertificateQuery;
import org.eucert.core.registry.ExportedCertificate;
import org.eucert.core.registry.Fixtures;
import org.eucert.core.registry.IssuedCertificate;
import org.eucert.core.registry.Registry;
import org.eucert.core.registry.RegistryException;
import org.eucert.core.registry.Reinstatement;
import org.eucert.core.registry.ReviewOutcome;
import org.eucert.core.registry.Suspension;
import org.eucert.core.registry.SuspensionExtension;
import org.eucert.core.registry.TestDatabase;
import org.eucert.core.registry.Withdrawal;
import org.eucert.core.registry.WithdrawalReason;
import org.eucert.core.testing.ModelArbitraries;
import org.eucert.core.time.LegalTime;
import org.eucert.core.xml.CertificateCodec;
import org.eucert.core.xml.RegistryExportCodec;
import org.eucert.core.xml.RegistryExportCodec.Form;

/** Round trips of random certificate sets: through the format alone, and registry to registry. */
class RegistryExportProperties {
  private static final RegistryExport EXPORT = RegistryExport.create();
  private static final RegistryExportCodec CODEC = EXPORT.codec();
  private static final CertificateCodec CONTENT = CertificateCodec.create();

  // ---------------------------------------------------------------- the format

  @Provide
  Arbitrary<ExportDocument> documents() {
    Arbitrary<List<CertificateContent>> contents =
        ModelArbitraries.certificateContents()
            .list()
            .ofMaxSize(4)
            .uniqueElements(CertificateContent::id);
    Arbitrary<List<List<CertificateEvent>>> events = eventLists().list().ofSize(4);
    return Combinators.combine(
            contents,
            events,
            ModelArbitraries.texts().filter(t -> t.indexOf('\n') < 0 && t.indexOf('\r') < 0),
            ModelArbitraries.instants())
        .as(
            (cs, es, exporter, at) -> {
              List<ExportedCertificate> out = new ArrayList<>();
              for (int i = 0; i < cs.size(); i++) {
                CertificateContent c = cs.get(i);
                List<CertificateLink> links = new ArrayList<>();
                c.predecessor()
                    .ifPresent(p -> links.add(new CertificateLink(c.id(), CertificateLink.Kind.PREDECESSOR, p)));
                c.underlying()
                    .filter(u -> !u.equals(c.id()))
                    .ifPresent(u -> links.add(new CertificateLink(c.id(), CertificateLink.Kind.UNDERLYING, u)));
                out.add(
                    new ExportedCertificate(
                        new IssuedCertificate(
                            c,
                            Bytes.copyOf(CONTENT.write(c)),
                            Bytes.copyOf(("env " + i).getBytes(StandardCharsets.UTF_8))),
                        es.get(i),
                        links));
              }
              return new ExportDocument(Actor.of(exporter), at, out);
            });
  }

  /** Event lists of the right shape (the format does not judge the life cycle; the import does). */
  private static Arbitrary<List<CertificateEvent>> eventLists() {
    Arbitrary<CertificateEvent> later =
        Combinators.combine(
                Arbitraries.of(CertificateEventKind.class).filter(k -> k != CertificateEventKind.ISSUED),
                ModelArbitraries.instants(),
                ModelArbitraries.texts().optional(),
                ModelArbitraries.dates().optional(),
                Arbitraries.of(WithdrawalReason.class).optional(),
                ModelArbitraries.certificateIds().optional())
            .as(
                (k, at, text, until, reason, related) ->
                    event(0, k, at, text, until, reason, related));
    return Combinators.combine(ModelArbitraries.instants(), later.list().ofMaxSize(5))
        .as(
            (issue, rest) -> {
              List<CertificateEvent> out = new ArrayList<>();
              out.add(event(1, CertificateEventKind.ISSUED, issue, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
              for (CertificateEvent e : rest) {
                out.add(
                    event(out.size() + 1, e.kind(), e.effectiveAt(), e.text(), e.plannedUntil(), e.reason(), e.related()));
              }
              return out;
            });
  }

  private static CertificateEvent event(
      int seq,
      CertificateEventKind kind,
      Instant at,
      Optional<String> text,
      Optional<LocalDate> until,
      Optional<WithdrawalReason> reason,
      Optional<CertificateId> related) {
    CertificateStatus status =
        switch (kind) {
          case SUSPENDED, SUSPENSION_EXTENDED -> CertificateStatus.SUSPENDED;
          case WITHDRAWN -> CertificateStatus.WITHDRAWN;
          default -> CertificateStatus.IN_FORCE;
        };
    return new CertificateEvent(
        Math.max(seq, 1), kind, status, at, at.minusSeconds(60), at.plusSeconds(1),
        Actor.of("actor " + seq), reason, text, until, text.map(t -> "REF " + t), related);
  }

  @Property(tries = 60)
  void format_roundTrip_xmlJsonAndStreamed(@ForAll("documents") ExportDocument d) {
    assertEquals(d, CODEC.parse(CODEC.write(d)));
    assertEquals(d, CODEC.parseJson(CODEC.writeJson(d)));
    for (Form form : Form.values()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      RegistryExportCodec.Writer w = CODEC.writer(form, d.exporter(), d.exportedAt(), out);
      d.certificates().forEach(w::add);
      assertEquals(d.certificates().size(), w.finish());
      byte[] b = out.toByteArray();
      assertEquals(d, form == Form.XML ? CODEC.parse(b) : CODEC.parseJson(b), form.name());
    }
  }

  // ---------------------------------------------------------------- registry to registry

  /** One command of a random life cycle; commands the rules refuse are skipped. */
  record Step(int kind, int day, int days) {}

  /** A certificate: its issuer (0 NL, 1 DE), issue day, validity in days, holder, life cycle. */
  record Plan(int issuer, int issueDay, int validDays, String holder, boolean composite, List<Step> steps) {}

  @Provide
  Arbitrary<List<Plan>> plans() {
    Arbitrary<Step> step =
        Combinators.combine(
                Arbitraries.integers().between(0, 5),
                Arbitraries.integers().between(0, 400),
                Arbitraries.integers().between(1, 60))
            .as(Step::new);
    return Combinators.combine(
            Arbitraries.integers().between(0, 1),
            Arbitraries.integers().between(0, 30),
            Arbitraries.integers().between(20, 900),
            ModelArbitraries.texts(),
            Arbitraries.of(true, false),
            step.list().ofMaxSize(6).map(s -> s.stream().sorted((a, b) -> Integer.compare(a.day(), b.day())).toList()))
        .as(Plan::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(5);
  }

  @Property(tries = 6)
  void registry_roundTrip_equalRecordsStatusesAndLinks(@ForAll("plans") List<Plan> plans) throws Exception {
    try (TestDatabase a = TestDatabase.create();
        TestDatabase b = TestDatabase.create();
        Registry source = a.open(Clock.fixed(day(0), ZoneOffset.UTC));
        Registry target = b.open(Clock.fixed(day(500), ZoneOffset.UTC))) {
      Fixtures.enrolBodies(source);
      Fixtures.enrolBodies(target);
      Map<CertificateId, Plan> ids = new LinkedHashMap<>();
      int n = 0;
      for (Plan p : plans) {
        CertificateContent.Builder c =
            content("EUCC-R-" + (++n), p.issuer() == 0 ? NL_CB : DE_CB, day(p.issueDay()),
                LocalDate.of(2026, 3, 2).plusDays(p.issueDay() + p.validDays()))
                .holder(org.eucert.core.model.Holder.named(p.holder()));
        if (p.composite() && !ids.isEmpty()) {
          c.underlying(Optional.of(ids.keySet().iterator().next()));
        }
        IssuedCertificate ic = issued(c.build());
        source.recordIssued(ic, ACTOR);
        ids.put(ic.content().id(), p);
      }
      int successor = 0;
      for (Map.Entry<CertificateId, Plan> e : ids.entrySet()) {
        for (Step s : e.getValue().steps()) {
          CertificateId id = e.getKey();
          Instant at = day(e.getValue().issueDay() + s.day()).plusSeconds(3600);
          try {
            switch (s.kind()) {
              case 0 -> source.suspend(id, new Suspension(at, LocalDate.of(2026, 3, 2).plusDays(e.getValue().issueDay() + s.day() + s.days()), "suspended"), ACTOR);
              case 1 -> source.extendSuspension(id, new SuspensionExtension(at, LocalDate.of(2026, 3, 2).plusDays(e.getValue().issueDay() + s.day() + 5 * s.days()), "EXT"), ACTOR);
              case 2 -> source.reinstate(id, new Reinstatement(at, "remedied"), ACTOR);
              case 3 -> source.withdraw(id, new Withdrawal(at, WithdrawalReason.OTHER, "why"), ACTOR);
              case 4 -> source.review(id, new ReviewOutcome.Confirmed(at, "RR"), ACTOR);
              default -> {
                CertificateContent old =
                    CONTENT.parse(source.documents(id).orElseThrow().contentDocument().toByteArray());
                LocalDate until = old.validUntil().plusDays(30);
                LocalDate atLeast = LegalTime.dayOf(at).plusDays(30);
                CertificateContent next =
                    content("EUCC-S-" + (++successor), old.issuer().id(), at,
                        until.isAfter(atLeast) ? until : atLeast)
                        .holder(old.holder())
                        .predecessor(Optional.of(id))
                        .build();
                source.review(id, new ReviewOutcome.ReissuedSameScope(at, issued(next)), ACTOR);
              }
            }
          } catch (RegistryException refused) {
            // the rules refused this step: the life cycle goes on without it
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Form form = plans.size() % 2 == 0 ? Form.XML : Form.JSON;
      long exported = EXPORT.export(source, CertificateQuery.all(), form, Actor.of("exporter"), day(499), out);
      assertEquals(exported, EXPORT.importDocument(target, form, new ByteArrayInputStream(out.toByteArray()), ACTOR));
      assertEquals(ExportFixtures.contents(source), ExportFixtures.contents(target));
      for (CertificateId id : ids.keySet()) {
        for (int d = 0; d < 1000; d += 7) {
          assertEquals(source.statusAt(id, day(d)), target.statusAt(id, day(d)), id + " day " + d);
        }
      }
      assertTrue(target.verifyAudit().intact());
    }
  }
}
