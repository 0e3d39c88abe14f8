/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.eucert.core.model.CertificateContent;
import org.eucert.core.model.MemberState;
import org.junit.jupiter.api.Test;

/** Batch verification: all cores, reports in input order, equal to one-by-one verification. */
class BatchVerifierTest {
  @Test
  void verifyAll_mixedBatch_reportsInInputOrderEqualToSingleVerification() {
    VerifyWorld w = new VerifyWorld();
    List<byte[]> batch = new ArrayList<>();
    List<CertificateContent> withdrawn = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      MemberState ms = VerifyWorld.STATES.get(i % 3);
      CertificateContent c = w.content(ms, VerifyWorld.ISSUED.plusSeconds(i));
      byte[] env = w.issue(c).envelope();
      if (i % 7 == 0) {
        w.withdraw(c, VerifyWorld.day(2026, 5, 20));
        withdrawn.add(c);
      }
      batch.add(i % 5 == 0 ? new byte[] {0x30, (byte) i} : env);
    }
    Verifier v = w.verifier();
    List<VerificationReport> reports;
    try (BatchVerifier b = BatchVerifier.of(v, 4)) {
      assertEquals(4, b.threads());
      reports = b.verifyAll(batch, VerifyWorld.NOW);
    }
    assertEquals(batch.size(), reports.size());
    for (int i = 0; i < batch.size(); i++) {
      VerificationReport single = v.verify(batch.get(i), VerifyWorld.NOW);
      assertEquals(single.subIndication(), reports.get(i).subIndication(), "item " + i);
      assertEquals(single.certificate(), reports.get(i).certificate(), "item " + i);
      if (i % 5 == 0) {
        assertTrue(reports.get(i).has(SubIndication.FORMAT_FAILURE));
      } else if (i % 7 == 0) {
        assertTrue(reports.get(i).has(SubIndication.CERTIFICATE_WITHDRAWN));
      } else {
        assertTrue(reports.get(i).isPassed(), reports.get(i).reason());
      }
    }
    try (BatchVerifier all = BatchVerifier.of(v)) {
      assertEquals(Runtime.getRuntime().availableProcessors(), all.threads());
    }
  }
}
