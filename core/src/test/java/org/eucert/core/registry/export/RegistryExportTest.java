/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry.export;

import static org.eucert.core.registry.Fixtures.ACTOR;
import static org.eucert.core.registry.Fixtures.DE_CB;
import static org.eucert.core.registry.Fixtures.NL_CB;
import static org.eucert.core.registry.Fixtures.T0;
import static org.eucert.core.registry.Fixtures.content;
import static org.eucert.core.registry.export.ExportFixtures.day;
import static org.eucert.core.registry.export.ExportFixtures.issued;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.eucert.core.model.CertificateId;
import org.eucert.core.registry.Actor;
import org.eucert.core.registry.AuditHead;
import org.eucert.core.registry.CertificateEvent;
import org.eucert.core.registry.CertificateEventKind;
import org.eucert.core.registry.CertificateLink;
import org.eucert.core.registry.CertificateQuery;
import org.eucert.core.registry.ExportedCertificate;
import org.eucert.core.registry.Fixtures;
import org.eucert.core.registry.ImportRefusedException;
import org.eucert.core.registry.IssuedCertificate;
import org.eucert.core.registry.Registry;
import org.eucert.core.registry.TestDatabase;
import org.eucert.core.registry.TimeLimitExceededException;
import org.eucert.core.xml.RegistryExportCodec.Form;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Export and import between two registries, on H2 or PostgreSQL ({@link TestDatabase}). */
class RegistryExportTest {
  private static final RegistryExport EXPORT = RegistryExport.create();
  private static final Instant EXPORTED_AT = Instant.parse("2026-07-01T12:00:00.123456Z");
  private static final Actor EXPORTER = Actor.of("NL-CB registry export");

  private final List<AutoCloseable> open = new ArrayList<>();
  private Registry source;
  private List<CertificateId> ids;

  @BeforeEach
  void setUp() {
    source = registry(T0);
    Fixtures.enrolBodies(source);
    ids = ExportFixtures.populate(source, "EUCC-X");
  }

  @AfterEach
  void tearDown() throws Exception {
    for (int i = open.size() - 1; i >= 0; i--) {
      open.get(i).close();
    }
  }

  private Registry registry(Instant now) {
    TestDatabase db = TestDatabase.create();
    open.add(db);
    Registry r = db.open(Clock.fixed(now, ZoneOffset.UTC));
    open.add(r);
    return r;
  }

  private Registry target() {
    Registry r = registry(day(200));
    Fixtures.enrolBodies(r);
    return r;
  }

  private byte[] export(Registry r, CertificateQuery q, Form form) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    EXPORT.export(r, q, form, EXPORTER, Clock.fixed(EXPORTED_AT, ZoneOffset.UTC), out);
    return out.toByteArray();
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  void roundTrip_intoAFreshRegistry_holdsEqualRecordsStatusesLinksAndDocuments(Form form) {
    byte[] doc = export(source, CertificateQuery.all(), form);
    Registry target = target();
    int n = EXPORT.importDocument(target, form, new ByteArrayInputStream(doc), ACTOR);

    assertEquals(ids.size(), n);
    assertEquals(ExportFixtures.contents(source), ExportFixtures.contents(target));
    for (CertificateId id : ids) {
      for (int d = -1; d < 400; d += 3) {
        assertEquals(source.statusAt(id, day(d)), target.statusAt(id, day(d)), id + " day " + d);
      }
    }
    // the statuses compared include every kind of change
    assertEquals(
        Optional.of(org.eucert.core.model.CertificateStatus.SUSPENDED),
        target.statusAt(CertificateId.of("EUCC-X-SUSP"), day(100)));
    assertEquals(
        List.of(
            new CertificateLink(
                CertificateId.of("EUCC-X-NEW"),
                CertificateLink.Kind.PREDECESSOR,
                CertificateId.of("EUCC-X-OLD"))),
        target.links(CertificateId.of("EUCC-X-OLD")));
    assertTrue(target.verifyAudit().intact());
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  void export_saysWhoAndWhen_andReadsBackTheRegistrysRecords(Form form) {
    byte[] doc = export(source, CertificateQuery.all(), form);
    ExportDocument d =
        form == Form.XML ? EXPORT.codec().parse(doc) : EXPORT.codec().parseJson(doc);
    assertEquals(EXPORTER, d.exporter());
    assertEquals(EXPORTED_AT, d.exportedAt());
    List<CertificateId> read = d.certificates().stream().map(c -> c.certificate().content().id()).toList();
    assertEquals(ids.stream().sorted().toList(), read);
    for (ExportedCertificate c : d.certificates()) {
      CertificateId id = c.certificate().content().id();
      assertEquals(source.certificate(id).orElseThrow().events(), c.events());
      assertEquals(source.documents(id).orElseThrow().contentDocument(), c.certificate().contentDocument());
      assertEquals(source.documents(id).orElseThrow().signedEnvelope(), c.certificate().signedEnvelope());
    }
  }

  @Test
  void export_ofAQuery_holdsOnlyItsCertificates() {
    ExportDocument d =
        EXPORT.codec().parse(export(source, CertificateQuery.builder().issuer(DE_CB).build(), Form.XML));
    assertEquals(
        List.of(CertificateId.of("EUCC-X-CONF")),
        d.certificates().stream().map(c -> c.certificate().content().id()).toList());
  }

  @Test
  void export_ofAnEmptySelection_isAValidEmptyDocument() {
    for (Form form : Form.values()) {
      byte[] doc =
          export(source, CertificateQuery.builder().holder("nobody at all").build(), form);
      ExportDocument d =
          form == Form.XML ? EXPORT.codec().parse(doc) : EXPORT.codec().parseJson(doc);
      assertEquals(List.of(), d.certificates());
      assertEquals(0, EXPORT.importDocument(target(), form, new ByteArrayInputStream(doc), ACTOR));
    }
  }

  @Test
  void export_readsThePagesOfAManyPageRegistry() {
    List<IssuedCertificate> batch = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      batch.add(
          issued(
              content(String.format(Locale.ROOT, "EUCC-P-%05d", i), NL_CB, T0, ExportFixtures.UNTIL)
                  .build()));
    }
    source.importIssued(batch, ACTOR);
    RegistryExport paged = RegistryExport.using(EXPORT.codec(), 3);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long n = paged.export(source, CertificateQuery.all(), Form.JSON, EXPORTER, EXPORTED_AT, out);
    assertEquals(batch.size() + ids.size(), n);
    Registry target = target();
    assertEquals(
        n,
        paged.importDocument(target, Form.JSON, new ByteArrayInputStream(out.toByteArray()), ACTOR));
    assertEquals(ExportFixtures.contents(source), ExportFixtures.contents(target));
  }

  @Test
  void import_intoARegistryHoldingAnIdentifier_isRefusedAndWritesNothing() {
    byte[] doc = export(source, CertificateQuery.all(), Form.XML);
    AuditHead before = source.auditHead();
    ImportRefusedException e =
        assertThrows(
            ImportRefusedException.class,
            () -> EXPORT.importDocument(source, Form.XML, new ByteArrayInputStream(doc), ACTOR));
    assertEquals("IMPORTED_DUPLICATE", e.code());
    assertEquals(ids.stream().sorted().findFirst().orElseThrow(), e.certificate());
    assertTrue(e.getMessage().contains(e.certificate().value()), e.getMessage());
    assertEquals(before, source.auditHead());
  }

  @Test
  void import_ofAnUnknownIssuer_isRefused() {
    ExportDocument d = EXPORT.codec().parse(export(source, CertificateQuery.all(), Form.XML));
    TestDatabase db = TestDatabase.create();
    open.add(db);
    Registry empty = db.open(Clock.fixed(T0, ZoneOffset.UTC));
    open.add(empty);
    ImportRefusedException e =
        assertThrows(
            ImportRefusedException.class, () -> RegistryExport.importDocument(empty, d, ACTOR));
    assertEquals("IMPORTED_ISSUER_UNKNOWN", e.code());
    assertTrue(e.getMessage().contains("is not enrolled"), e.getMessage());
  }

  /** Replaces the certificate {@code id} of {@code d} with what {@code change} makes of it. */
  private static ExportDocument change(
      ExportDocument d, String id, UnaryOperator<ExportedCertificate> change) {
    List<ExportedCertificate> out = new ArrayList<>();
    for (ExportedCertificate c : d.certificates()) {
      out.add(c.certificate().content().id().value().equals(id) ? change.apply(c) : c);
    }
    return new ExportDocument(d.exporter(), d.exportedAt(), out);
  }

  private static ExportedCertificate changeEvent(
      ExportedCertificate c, CertificateEventKind kind, UnaryOperator<CertificateEvent> change) {
    List<CertificateEvent> events = new ArrayList<>();
    for (CertificateEvent e : c.events()) {
      events.add(e.kind() == kind ? change.apply(e) : e);
    }
    return new ExportedCertificate(c.certificate(), events, c.links());
  }

  private static CertificateEvent withTimes(CertificateEvent e, Instant effective, Instant decided, Optional<LocalDate> until) {
    return new CertificateEvent(
        e.seq(), e.kind(), e.status(), effective, decided, e.recordedAt(), e.actor(), e.reason(),
        e.text(), until, e.decisionReference(), e.related());
  }

  /** Imports {@code bad} into a fresh registry: refused, nothing written; then the good one imports. */
  private void assertRefusedWhole(ExportDocument good, ExportDocument bad, String code, String id) {
    Registry target = target();
    AuditHead before = target.auditHead();
    ImportRefusedException e =
        assertThrows(
            ImportRefusedException.class, () -> RegistryExport.importDocument(target, bad, ACTOR));
    assertEquals(code, e.code(), e.getMessage());
    assertEquals(CertificateId.of(id), e.certificate());
    assertTrue(e.getMessage().contains(id) && e.getMessage().contains("nothing written"), e.getMessage());
    assertEquals(before, target.auditHead());
    for (ExportedCertificate c : bad.certificates()) {
      assertTrue(target.certificate(c.certificate().content().id()).isEmpty());
    }
    assertTrue(target.verifyAudit().intact());
    assertEquals(good.certificates().size(), RegistryExport.importDocument(target, good, ACTOR));
  }

  @Test
  void import_aReplayedTimeLineThatDiffers_isRefusedWhole_IMPORTED_EVENT_MISMATCH() {
    ExportDocument d = EXPORT.codec().parse(export(source, CertificateQuery.all(), Form.XML));
    // the middle certificate's suspension says it started on the day of the decision
    ExportDocument bad =
        change(
            d,
            "EUCC-X-REIN",
            c ->
                changeEvent(
                    c,
                    CertificateEventKind.SUSPENDED,
                    e -> withTimes(e, e.decidedAt(), e.decidedAt(), e.plannedUntil())));
    assertRefusedWhole(d, bad, "IMPORTED_EVENT_MISMATCH", "EUCC-X-REIN");
  }

  @Test
  void import_aSuspensionBeyondTheLaw_isRefusedWhole_withTheRuleAsCause() {
    ExportDocument d = EXPORT.codec().parse(export(source, CertificateQuery.all(), Form.XML));
    ExportDocument bad =
        change(
            d,
            "EUCC-X-REIN",
            c ->
                changeEvent(
                    c,
                    CertificateEventKind.SUSPENDED,
                    e -> withTimes(e, e.effectiveAt(), e.decidedAt(), Optional.of(LocalDate.of(2026, 9, 1)))));
    Registry target = target();
    ImportRefusedException e =
        assertThrows(
            ImportRefusedException.class, () -> RegistryExport.importDocument(target, bad, ACTOR));
    assertEquals("IMPORTED_EVENT_REFUSED", e.code());
    assertInstanceOf(TimeLimitExceededException.class, e.getCause());
    assertTrue(e.getMessage().contains("EUCC Art 30(1)"), e.getMessage());
    assertRefusedWhole(d, bad, "IMPORTED_EVENT_REFUSED", "EUCC-X-REIN");
  }

  @Test
  void import_linksThatDifferFromTheContent_areRefusedWhole() {
    ExportDocument d = EXPORT.codec().parse(export(source, CertificateQuery.all(), Form.XML));
    ExportDocument bad =
        change(
            d,
            "EUCC-X-COMP",
            c -> new ExportedCertificate(c.certificate(), c.events(), List.of()));
    assertRefusedWhole(d, bad, "IMPORTED_LINK_MISMATCH", "EUCC-X-COMP");
  }

  @Test
  void import_aSuccessorThatDoesNotExtendTheValidity_isRefusedAsAReview() {
    ExportDocument d = EXPORT.codec().parse(export(source, CertificateQuery.all(), Form.XML));
    // the successor replaced by one of the same scope ending on the same day: not EUCC Art 13(2)(c)
    ExportDocument bad =
        change(
            d,
            "EUCC-X-NEW",
            c -> {
              var content =
                  content("EUCC-X-NEW", NL_CB, day(40), ExportFixtures.UNTIL)
                      .predecessor(Optional.of(CertificateId.of("EUCC-X-OLD")))
                      .build();
              return new ExportedCertificate(issued(content), c.events(), c.links());
            });
    assertRefusedWhole(d, bad, "IMPORTED_EVENT_REFUSED", "EUCC-X-OLD");
  }

  @Test
  void import_theSameIdentifierTwice_isRefused() {
    ExportDocument d = EXPORT.codec().parse(export(source, CertificateQuery.all(), Form.XML));
    List<ExportedCertificate> twice = new ArrayList<>(d.certificates());
    twice.add(d.certificates().get(0));
    ExportDocument bad = new ExportDocument(d.exporter(), d.exportedAt(), twice);
    assertRefusedWhole(
        d, bad, "IMPORTED_DUPLICATE_IN_DOCUMENT", d.certificates().get(0).certificate().content().id().value());
  }

  @Test
  void import_ofGarbage_isAFormatErrorAndWritesNothing() {
    Registry target = target();
    AuditHead before = target.auditHead();
    byte[] doc = export(source, CertificateQuery.all(), Form.XML);
    byte[] truncated = java.util.Arrays.copyOf(doc, doc.length / 2);
    org.eucert.core.xml.XmlFormatException e =
        assertThrows(
            org.eucert.core.xml.XmlFormatException.class,
            () -> EXPORT.importDocument(target, Form.XML, new ByteArrayInputStream(truncated), ACTOR));
    assertEquals("XML_NOT_WELL_FORMED", e.code());
    assertEquals(before, target.auditHead());
    assertTrue(new String(doc, StandardCharsets.UTF_8).contains("urn:eucert:registry-export:1"));
  }
}
