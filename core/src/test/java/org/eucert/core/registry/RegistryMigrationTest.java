/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry;

import static org.eucert.core.registry.Fixtures.ACTOR;
import static org.eucert.core.registry.Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import org.eucert.core.model.CertificateId;
import org.eucert.core.registry.jpa.JpaRegistry;
import org.junit.jupiter.api.Test;

/** Creating, reopening and refusing registry schemas. */
class RegistryMigrationTest {
  private static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);

  @Test
  void freshDatabase_isCreatedAtTheLatestSchema_andReopenedWithItsData() {
    try (TestDatabase db = TestDatabase.create()) {
      try (JpaRegistry r = db.open(CLOCK)) {
        assertEquals("1", r.schemaVersion());
        Fixtures.enrolBodies(r);
        r.recordIssued(Fixtures.simple("EUCC-MIG-1"), ACTOR);
      }
      try (JpaRegistry r = db.open(CLOCK)) {
        assertEquals("1", r.schemaVersion());
        assertTrue(r.certificate(CertificateId.of("EUCC-MIG-1")).isPresent());
        assertTrue(r.verifyAudit().intact());
      }
    }
  }

  @Test
  void schemaNewerThanTheLibrary_isRefused() throws SQLException {
    try (TestDatabase db = TestDatabase.create()) {
      db.open(CLOCK).close();
      try (Connection c = db.connect();
          Statement s = c.createStatement()) {
        s.executeUpdate(
            "INSERT INTO \"eu_schema_history\" (\"installed_rank\", \"version\","
                + " \"description\", \"type\", \"script\", \"checksum\", \"installed_by\","
                + " \"installed_on\", \"execution_time\", \"success\") VALUES (2, '2',"
                + " 'from the future', 'SQL', 'V2__from_the_future.sql', 1, 'test',"
                + " CURRENT_TIMESTAMP, 1, TRUE)");
      }
      SchemaTooNewException e = assertThrows(SchemaTooNewException.class, () -> db.open(CLOCK));
      assertEquals("SCHEMA_TOO_NEW", e.code());
    }
  }

  @Test
  void unreachableDatabase_isUnavailable() {
    String url =
        TestDatabase.isPostgres()
            ? "jdbc:postgresql://127.0.0.1:5432/eucert_no_such_database?user=postgres"
            : "jdbc:h2:file:/nonexistent-eucert-dir/x;IFEXISTS=TRUE";
    RegistryUnavailableException e =
        assertThrows(
            RegistryUnavailableException.class,
            () -> JpaRegistry.builder().jdbcUrl(url).clock(CLOCK).open());
    assertEquals("REGISTRY_UNAVAILABLE", e.code());
  }
}
