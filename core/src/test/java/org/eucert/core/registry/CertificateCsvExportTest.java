/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry;

import static org.eucert.core.registry.Fixtures.ACTOR;
import static org.eucert.core.registry.Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import org.eucert.core.model.CertificateId;
import org.junit.jupiter.api.Test;

/** CSV export with the Common Criteria portal's columns and EUCC's. */
class CertificateCsvExportTest {
  @Test
  void write_portalColumnsThenEuccColumns_statusAtTheInstant() {
    try (TestDatabase db = TestDatabase.create();
        Registry r = db.open(Clock.fixed(T0, ZoneOffset.UTC))) {
      Fixtures.enrolBodies(r);
      r.recordIssued(Fixtures.simple("EUCC-CSV-1"), ACTOR);
      r.recordIssued(
          Fixtures.issued(
              Fixtures.content("EUCC-CSV-2", Fixtures.DE_CB, T0, java.time.LocalDate.of(2027, 1, 1))
                  .object(Fixtures.product("Say \"hi\", world", "2.1"))
                  .build()),
          ACTOR);
      r.withdraw(
          CertificateId.of("EUCC-CSV-1"),
          new Withdrawal(T0.plus(Duration.ofDays(3)), WithdrawalReason.HOLDER_REQUEST, "asked"),
          ACTOR);
      StringBuilder out = new StringBuilder();
      long n = CertificateCsvExport.write(r, CertificateQuery.all(), T0.plus(Duration.ofDays(5)), out);
      assertEquals(2, n);
      List<String> lines = List.of(out.toString().split("\r\n"));
      assertEquals(3, lines.size());
      assertTrue(lines.get(0).startsWith("\"Category\",\"Name\",\"Manufacturer\",\"Scheme\",\"Assurance Level\""));
      assertTrue(lines.get(0).endsWith("\"Predecessor\",\"Underlying\""));
      assertTrue(lines.get(1).contains("\"EUCC-CSV-1\""));
      assertTrue(lines.get(1).contains("\"WITHDRAWN\""));
      assertTrue(lines.get(1).contains("\"2026-03-02\",\"2026-03-05\""), lines.get(1));
      assertTrue(lines.get(2).contains("\"Say \"\"hi\"\", world\""), lines.get(2));
      assertTrue(lines.get(2).contains("\"IN_FORCE\""));
      assertTrue(lines.get(2).contains("\"DE\""));
    }
  }
}
