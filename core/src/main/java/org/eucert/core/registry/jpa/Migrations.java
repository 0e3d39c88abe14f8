/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry.jpa;

import org.eucert.core.registry.SchemaTooNewException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Creates and upgrades the registry schema with Flyway, from the versioned SQL files in {@code
 * db/migration} (one file per change, the same SQL on H2 and PostgreSQL).
 *
 * <p>A database migrated by a newer eucert (an applied migration this library does not have) is
 * refused with {@link SchemaTooNewException} before anything is written. Flyway ignores such
 * "future" migrations by default ({@code ignoreMigrationPatterns = *:future}); here nothing is
 * ignored, so validation fails on them too, and the explicit check gives the clear error. On
 * PostgreSQL Flyway takes an advisory lock, so processes opening one database at once migrate it
 * once.
 */
final class Migrations {
  /** The schema history table. */
  static final String HISTORY_TABLE = "eu_schema_history";

  private Migrations() {}

  /** Migrates the database to the library's newest schema; returns the schema version. */
  static String migrate(String url, String user, String password) {
    Flyway flyway =
        Flyway.configure(Migrations.class.getClassLoader())
            .dataSource(url, user, password)
            .locations("classpath:db/migration")
            .table(HISTORY_TABLE)
            .ignoreMigrationPatterns(new String[0])
            .validateOnMigrate(true)
            .cleanDisabled(true)
            .outOfOrder(false)
            // through the SLF4J API like the rest of eucert: silent unless the embedder binds it
            .loggers("slf4j")
            .load();
    for (MigrationInfo m : flyway.info().all()) {
      if (m.getState() == MigrationState.FUTURE_SUCCESS
          || m.getState() == MigrationState.FUTURE_FAILED) {
        throw new SchemaTooNewException(
            "the registry schema has migration "
                + m.getVersion()
                + " ('"
                + m.getDescription()
                + "'), newer than this eucert knows; upgrade eucert to open it");
      }
    }
    MigrateResult result = flyway.migrate();
    return result.targetSchemaVersion != null
        ? result.targetSchemaVersion
        : String.valueOf(flyway.info().current().getVersion());
  }
}
