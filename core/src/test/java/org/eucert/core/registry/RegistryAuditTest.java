/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry;

import static org.eucert.core.registry.Fixtures.ACTOR;
import static org.eucert.core.registry.Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eucert.core.model.CertificateId;
import org.eucert.core.time.LegalTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The hash-chained audit log: every change appends an entry with who, what, when, before and
 * after; {@link Registry#verifyAudit()} finds the first broken link after the database is changed
 * behind the registry's back.
 */
class RegistryAuditTest {
  private TestDatabase db;
  private Registry registry;

  @BeforeEach
  void open() {
    db = TestDatabase.create();
    registry = db.open(Clock.fixed(T0, ZoneOffset.UTC));
    Fixtures.enrolBodies(registry);
    registry.recordIssued(Fixtures.simple("EUCC-AUDIT-1"), ACTOR);
    registry.suspend(
        CertificateId.of("EUCC-AUDIT-1"),
        new Suspension(T0.plus(Duration.ofDays(1)), LegalTime.dayOf(T0).plusDays(10), "audit"),
        ACTOR);
  }

  @AfterEach
  void close() {
    registry.close();
    db.close();
  }

  private List<AuditEvent> events() {
    List<AuditEvent> out = new ArrayList<>();
    PageRequest p = PageRequest.first(3);
    while (true) {
      Page<AuditEvent> page = registry.auditEvents(p);
      out.addAll(page.items());
      if (page.next().isEmpty()) {
        return out;
      }
      p = page.next().get();
    }
  }

  private void sql(String statement) throws SQLException {
    try (Connection c = db.connect();
        Statement s = c.createStatement()) {
      s.executeUpdate(statement);
    }
  }

  @Test
  void everyChange_isAppendedAndChained() {
    List<AuditEvent> events = events();
    // 4 bodies, 2 notifications, holder, certificate, suspension
    assertEquals(9, events.size());
    AuditEvent last = events.get(events.size() - 1);
    assertEquals("CERTIFICATE_SUSPENDED", last.action());
    assertEquals("EUCC-AUDIT-1", last.subjectId());
    assertEquals(ACTOR, last.actor());
    assertTrue(last.before().contains("status=IN_FORCE"), last.before());
    assertTrue(last.after().contains("status=SUSPENDED"), last.after());
    assertEquals(AuditChain.GENESIS, events.get(0).previousHash());
    for (int i = 0; i < events.size(); i++) {
      assertEquals(i + 1, events.get(i).seq());
      assertEquals(AuditChain.hashOf(events.get(i)), events.get(i).hash());
      if (i > 0) {
        assertEquals(events.get(i - 1).hash(), events.get(i).previousHash());
      }
    }
    assertEquals(new AuditHead(9, last.hash()), registry.auditHead());
    AuditVerification v = registry.verifyAudit();
    assertTrue(v.intact());
    assertEquals(9, v.checked());
  }

  @Test
  void refusedCommand_appendsNothing() {
    AuditHead before = registry.auditHead();
    try {
      registry.reinstate(CertificateId.of("EUCC-AUDIT-1"), new Reinstatement(T0, "too early"), ACTOR);
    } catch (RegistryException expected) {
      // refused
    }
    assertEquals(before, registry.auditHead());
  }

  @Test
  void changedEntry_isFoundAsHashMismatch() throws SQLException {
    sql("UPDATE eu_audit_event SET after_state = 'status=IN_FORCE' WHERE seq = 5");
    assertEquals(
        Optional.of(new AuditVerification.Break(5, AuditVerification.Problem.HASH_MISMATCH)),
        registry.verifyAudit().firstBreak());
  }

  @Test
  void rehashedEntry_breaksTheNextLink() throws SQLException {
    AuditEvent e = events().get(3);
    AuditEvent forged =
        new AuditEvent(e.seq(), e.recordedAt(), Actor.of("mallory"), e.action(), e.subjectKind(),
            e.subjectId(), e.before(), e.after(), e.previousHash(), "x");
    sql("UPDATE eu_audit_event SET actor = 'mallory', hash = '" + AuditChain.hashOf(forged) + "' WHERE seq = 4");
    assertEquals(
        Optional.of(new AuditVerification.Break(5, AuditVerification.Problem.PREVIOUS_HASH_MISMATCH)),
        registry.verifyAudit().firstBreak());
  }

  @Test
  void deletedEntry_isFoundAsGap_andTruncationAsHeadMismatch() throws SQLException {
    sql("DELETE FROM eu_audit_event WHERE seq = 9");
    assertEquals(
        Optional.of(new AuditVerification.Break(9, AuditVerification.Problem.HEAD_MISMATCH)),
        registry.verifyAudit().firstBreak());
    sql("DELETE FROM eu_audit_event WHERE seq = 3");
    assertEquals(
        Optional.of(new AuditVerification.Break(3, AuditVerification.Problem.SEQUENCE_GAP)),
        registry.verifyAudit().firstBreak());
  }
}
