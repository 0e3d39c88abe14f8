/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Comparator;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.eucert.core.registry.jpa.JpaRegistry;

/**
 * A database for one test class: by default an embedded H2 file database in a temporary folder;
 * with the system property {@code eucert.test.jdbcUrl} (or the environment variable {@code
 * EUCERT_TEST_JDBC_URL}) a PostgreSQL database, in a schema of its own that {@link #close()} drops.
 *
 * <p>Example: {@code -Deucert.test.jdbcUrl=jdbc:postgresql://127.0.0.1:5432/test?user=postgres}.
 */
public final class TestDatabase implements AutoCloseable {
  /** The property naming the PostgreSQL JDBC URL. */
  public static final String PROPERTY = "eucert.test.jdbcUrl";

  private final String url;
  private final Path folder;
  private final String schema;
  private final String baseUrl;

  private TestDatabase(String url, Path folder, String schema, String baseUrl) {
    this.url = url;
    this.folder = folder;
    this.schema = schema;
    this.baseUrl = baseUrl;
  }

  /** The configured external database URL, if any. */
  public static String externalUrl() {
    String p = System.getProperty(PROPERTY, "");
    if (p.isBlank()) {
      p = System.getenv().getOrDefault("EUCERT_TEST_JDBC_URL", "");
    }
    return p.isBlank() ? null : p.trim();
  }

  /** Whether the tests run on PostgreSQL. */
  public static boolean isPostgres() {
    return externalUrl() != null;
  }

  /** A fresh, empty database. */
  public static TestDatabase create() {
    return create(externalUrl());
  }

  /** A fresh, empty database: H2 if {@code external} is null, else a schema on that database. */
  public static TestDatabase create(String external) {
    if (external == null) {
      try {
        Path folder = Files.createTempDirectory("eucert-registry-test");
        return new TestDatabase(JpaRegistry.embeddedUrl(folder), folder, null, null);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    String schema = "eucert_t" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    try (Connection c = DriverManager.getConnection(external);
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create a test schema on " + external, e);
    }
    String sep = external.contains("?") ? "&" : "?";
    return new TestDatabase(external + sep + "currentSchema=" + schema, null, schema, external);
  }

  /** The JDBC URL of this database. */
  public String url() {
    return url;
  }

  /** Opens a registry on this database. */
  public JpaRegistry open(Clock clock) {
    return JpaRegistry.builder().jdbcUrl(url).clock(clock).open();
  }

  /** A plain JDBC connection to this database, for tests that change it behind the registry. */
  public Connection connect() throws SQLException {
    return DriverManager.getConnection(url);
  }

  /** A short description for test names. */
  public String kind() {
    return schema == null ? "h2" : "postgresql";
  }

  @Override
  public void close() {
    if (schema != null) {
      try (Connection c = DriverManager.getConnection(baseUrl);
          Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA " + schema + " CASCADE");
      } catch (SQLException e) {
        throw new IllegalStateException("cannot drop test schema " + schema, e);
      }
    }
    if (folder != null) {
      try (Stream<Path> files = Files.walk(folder)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Override
  public String toString() {
    return kind().toUpperCase(Locale.ROOT) + " " + url;
  }
}
