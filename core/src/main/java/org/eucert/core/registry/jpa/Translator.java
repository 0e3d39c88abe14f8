/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry.jpa;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.function.Supplier;
import org.eucert.core.registry.ConcurrentUpdateException;
import org.eucert.core.registry.RegistryException;
import org.eucert.core.registry.RegistryStorageException;
import org.eucert.core.registry.RegistryUnavailableException;

/**
 * The one place where provider and JDBC exceptions become {@link RegistryException}s, by the
 * standard JPA exception types and the JDBC {@code SQLState} of the innermost {@link SQLException}
 * (no provider classes, no vendor error codes where a SQLState exists):
 *
 * <ul>
 *   <li>{@code 23505} unique violation: what the command says a duplicate means (a duplicate
 *       certificate number, a duplicate record, or a concurrent append of the same event);
 *   <li>{@code 40001} serialization failure or deadlock (both databases), {@code 40P01} deadlock
 *       and {@code 55P03} lock not available (PostgreSQL), {@code HYT00} lock time-out and {@code
 *       90131} concurrent update (H2), and JPA's optimistic and pessimistic lock exceptions:
 *       {@link ConcurrentUpdateException};
 *   <li>class {@code 08} (connection), {@code 28} (authorisation), {@code 3D000} (no such
 *       database), any JDBC connection exception, and H2's {@code 90020} (database file in use by another process): {@link
 *       RegistryUnavailableException};
 *   <li>anything else: {@link RegistryStorageException}.
 * </ul>
 *
 * <p>Exceptions that are not from the database (our own, and caller mistakes such as {@link
 * IllegalArgumentException}) pass through unchanged.
 */
final class Translator {
  private Translator() {}

  static RuntimeException translate(
      RuntimeException e, Supplier<? extends RegistryException> onUniqueViolation) {
    if (e instanceof RegistryException) {
      return e;
    }
    SQLException sql = null;
    boolean persistence = false;
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof RegistryException r) {
        return r;
      }
      if (t instanceof OptimisticLockException || t instanceof PessimisticLockException) {
        return new ConcurrentUpdateException(
            "another transaction changed the record first; read it again and retry", e);
      }
      if (t instanceof SQLException s) {
        sql = s;
        while (sql.getNextException() != null && sql.getSQLState() == null) {
          sql = sql.getNextException();
        }
      }
      if (t instanceof jakarta.persistence.PersistenceException
          || t.getClass().getName().startsWith("org.flywaydb.")) {
        persistence = true;
      }
    }
    if (sql == null) {
      return persistence
          ? new RegistryStorageException("registry storage failure: " + e.getMessage(), e)
          : e;
    }
    String state = sql.getSQLState() == null ? "" : sql.getSQLState().toUpperCase(Locale.ROOT);
    switch (state) {
      case "23505":
        return onUniqueViolation.get();
      case "40001":
      case "40P01":
      case "55P03":
      case "HYT00":
      case "90131":
        return new ConcurrentUpdateException(
            "another transaction holds or changed the same records (SQLState "
                + state
                + "); nothing was written, retry",
            e);
      case "90020":
        return new RegistryUnavailableException(
            "the embedded registry database is in use by another process: it serves one process"
                + " at a time (use PostgreSQL for several)",
            e);
      case "3D000":
        return new RegistryUnavailableException("no such database: " + sql.getMessage(), e);
      default:
        if (state.startsWith("08")
            || state.startsWith("28")
            || sql instanceof java.sql.SQLNonTransientConnectionException
            || sql instanceof java.sql.SQLTransientConnectionException) {
          return new RegistryUnavailableException(
              "cannot reach the registry database (SQLState " + state + "): " + sql.getMessage(),
              e);
        }
        return new RegistryStorageException(
            "registry storage failure (SQLState " + state + "): " + sql.getMessage(), e);
    }
  }

  /** Translation where no unique violation is expected: it is a storage failure. */
  static RuntimeException translate(RuntimeException e) {
    return translate(
        e, () -> new RegistryStorageException("unexpected unique violation: " + e.getMessage(), e));
  }
}
