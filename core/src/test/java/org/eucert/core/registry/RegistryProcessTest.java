/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry;

import static org.eucert.core.registry.Fixtures.ACTOR;
import static org.eucert.core.registry.Fixtures.NL_CB;
import static org.eucert.core.registry.Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.eucert.core.model.CertificateStatus;
import org.junit.jupiter.api.Test;

/**
 * The registry across processes: a process killed in the middle of a bulk import leaves no
 * half-written certificate; the embedded H2 database refuses a second process; on PostgreSQL two
 * JVMs issuing at once get unique numbers and leave an intact audit chain.
 */
class RegistryProcessTest {
  private static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);

  private static int count(Registry r, String holderPrefixIgnored) {
    int n = 0;
    PageRequest p = PageRequest.first(PageRequest.MAX_LIMIT);
    while (true) {
      Page<CertificateSummary> page = r.certificates(CertificateQuery.builder().issuer(NL_CB).build(), p);
      n += page.items().size();
      if (page.next().isEmpty()) {
        return n;
      }
      p = page.next().get();
    }
  }

  @Test
  void killedDuringBulkImport_leavesAllOrNothing() throws Exception {
    try (TestDatabase db = TestDatabase.create()) {
      try (Registry r = db.open(CLOCK)) {
        Fixtures.enrolBodies(r);
      }
      int batch = 3000;
      Process child = ChildRegistryProcess.start("import", db.url(), "EUCC-KILL-", Integer.toString(batch));
      try {
        List<String> out = ChildRegistryProcess.readUntil(child, "BEGIN");
        assertTrue(out.contains("BEGIN"), "child did not start: " + out);
        if (!TestDatabase.isPostgres()) {
          // H2 embedded: one process at a time
          RegistryUnavailableException busy = assertThrows(RegistryUnavailableException.class, () -> db.open(CLOCK));
          assertEquals("REGISTRY_UNAVAILABLE", busy.code());
        }
        Thread.sleep(700);
      } finally {
        child.destroyForcibly();
        child.waitFor(30, TimeUnit.SECONDS);
      }
      try (Registry r = db.open(CLOCK)) {
        int n = count(r, "EUCC-KILL-");
        assertTrue(n == 0 || n == batch, "all or nothing, found " + n);
        for (int i = 0; i < batch; i += 97) {
          boolean has = r.certificate(org.eucert.core.model.CertificateId.of("EUCC-KILL-" + i)).isPresent();
          assertEquals(n == batch, has);
          assertEquals(has, r.documents(org.eucert.core.model.CertificateId.of("EUCC-KILL-" + i)).isPresent());
        }
        assertTrue(r.verifyAudit().intact());
        // the registry is usable afterwards
        r.recordIssued(Fixtures.simple("EUCC-AFTER-KILL"), ACTOR);
      }
    }
  }

  @Test
  void twoJvmsOnPostgres_uniqueNumbers_intactAudit() throws Exception {
    assumeTrue(TestDatabase.isPostgres(), "several processes need PostgreSQL");
    try (TestDatabase db = TestDatabase.create()) {
      try (Registry r = db.open(CLOCK)) {
        Fixtures.enrolBodies(r);
      }
      int each = 40;
      List<Process> children = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        children.add(ChildRegistryProcess.start("issue", db.url(), "EUCC-2JVM-", Integer.toString(each)));
      }
      List<Long> numbers = new ArrayList<>();
      for (Process p : children) {
        List<String> out = ChildRegistryProcess.readUntil(p, "DONE");
        assertTrue(out.contains("DONE"), "child failed: " + out);
        for (String l : out) {
          if (l.startsWith("NUMBER ")) {
            numbers.add(Long.parseLong(l.substring(7)));
          }
        }
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
      }
      Set<Long> unique = new HashSet<>(numbers);
      assertEquals(2 * each, numbers.size());
      assertEquals(numbers.size(), unique.size(), "numbers must be unique across processes");
      try (Registry r = db.open(CLOCK)) {
        assertEquals(2 * each, count(r, "EUCC-2JVM-"));
        for (long n : unique) {
          assertEquals(
              CertificateStatus.SUSPENDED,
              r.certificate(org.eucert.core.model.CertificateId.of("EUCC-2JVM-" + n)).orElseThrow().summary().latestStatus());
        }
        AuditVerification v = r.verifyAudit();
        assertTrue(v.intact(), v.toString());
      }
    }
  }
}
