/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.eucert.core.model.MemberState;
import org.junit.jupiter.api.Test;

/** The verifier on a small world: the happy path first. */
class VerifierTest {
  @Test
  void verify_validCertificate_passes() {
    VerifyWorld w = new VerifyWorld();
    VerifyWorld.Issued c = w.issue(w.content(MemberState.NL, Instant.parse("2026-05-12T09:30:00Z")));
    VerificationReport r = w.verifier().verify(c.envelope(), VerifyWorld.NOW);
    assertTrue(r.isPassed(), () -> VerificationReportCodec.text(java.util.Optional.empty(), r));
    assertEquals(c.content().id(), r.certificate().orElseThrow().id());
  }
}
