/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eucert.certs.sign.SignatureAlgorithm;
import org.eucert.core.model.AssuranceLevel;
import org.junit.jupiter.api.Test;

/** The report's invariants, the sub-indication table and the policy's defaults and refusals. */
class ReportModelTest {
  private static final Instant AT = Instant.parse("2026-06-15T12:00:00Z");

  @Test
  void subIndications_areExactlyTheTableOfSection8() {
    Map<String, Indication> table =
        Map.ofEntries(
            Map.entry("FORMAT_FAILURE", Indication.FAILED),
            Map.entry("HASH_FAILURE", Indication.FAILED),
            Map.entry("SIG_CRYPTO_FAILURE", Indication.FAILED),
            Map.entry("SIGNER_NOT_LISTED", Indication.FAILED),
            Map.entry("KEY_COMPROMISED", Indication.FAILED),
            Map.entry("ISSUER_NOT_NOTIFIED", Indication.FAILED),
            Map.entry("OUT_OF_SCOPE", Indication.FAILED),
            Map.entry("SCHEME_RULE_VIOLATION", Indication.FAILED),
            Map.entry("NOT_REGISTERED", Indication.FAILED),
            Map.entry("CERTIFICATE_NOT_YET_VALID", Indication.FAILED),
            Map.entry("CERTIFICATE_EXPIRED", Indication.FAILED),
            Map.entry("CERTIFICATE_WITHDRAWN", Indication.FAILED),
            Map.entry("CERTIFICATE_SUSPENDED", Indication.INDETERMINATE),
            Map.entry("CRYPTO_CONSTRAINTS_FAILURE", Indication.INDETERMINATE),
            Map.entry("TRUST_DATA_STALE", Indication.INDETERMINATE),
            Map.entry("NO_STATUS_INFORMATION", Indication.INDETERMINATE),
            Map.entry("UNKNOWN_ANCHOR", Indication.INDETERMINATE));
    assertEquals(table.size(), SubIndication.values().length);
    for (SubIndication s : SubIndication.values()) {
      assertEquals(table.get(s.name()), s.indication(), s.name());
    }
  }

  @Test
  void report_passedWithSubIndication_refused() {
    CheckResult ok = CheckResult.passed(Check.ENVELOPE, "fine");
    assertThrows(
        IllegalArgumentException.class,
        () -> report(Indication.PASSED, Optional.of(SubIndication.HASH_FAILURE), List.of(ok)));
  }

  @Test
  void report_failedWhoseLastCheckPassed_refused() {
    CheckResult ok = CheckResult.passed(Check.ENVELOPE, "fine");
    assertThrows(
        IllegalArgumentException.class,
        () -> report(Indication.FAILED, Optional.of(SubIndication.HASH_FAILURE), List.of(ok)));
  }

  @Test
  void report_subIndicationOfAnotherIndication_refused() {
    CheckResult bad = CheckResult.of(Check.STATUS, SubIndication.NO_STATUS_INFORMATION, "none");
    assertThrows(
        IllegalArgumentException.class,
        () ->
            report(Indication.FAILED, Optional.of(SubIndication.NO_STATUS_INFORMATION), List.of(bad)));
    VerificationReport r =
        report(Indication.INDETERMINATE, Optional.of(SubIndication.NO_STATUS_INFORMATION), List.of(bad));
    assertTrue(r.has(SubIndication.NO_STATUS_INFORMATION));
    assertFalse(r.has(SubIndication.HASH_FAILURE));
    assertEquals("none", r.reason());
  }

  @Test
  void checkResult_outcomeMustMatchSubIndication() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new CheckResult(
                Check.STATUS, CheckOutcome.FAILED, "x", Check.STATUS.legalReference(),
                Optional.of(SubIndication.CERTIFICATE_SUSPENDED)));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new CheckResult(
                Check.STATUS, CheckOutcome.PASSED, "x", Check.STATUS.legalReference(),
                Optional.of(SubIndication.CERTIFICATE_WITHDRAWN)));
    assertEquals(
        CheckOutcome.INDETERMINATE,
        CheckResult.of(Check.STATUS, SubIndication.CERTIFICATE_SUSPENDED, "s").outcome());
  }

  @Test
  void nulls_refused() {
    NullPointerTester t = new NullPointerTester();
    t.setDefault(org.eucert.core.model.LegalReference.class, Check.STATUS.legalReference());
    t.setDefault(
        VerificationReport.class,
        report(
            Indication.PASSED, Optional.empty(), List.of(CheckResult.passed(Check.ENVELOPE, "ok"))));
    t.testAllPublicStaticMethods(CheckResult.class);
    t.testAllPublicConstructors(CheckResult.class);
    t.testAllPublicConstructors(VerificationReport.class);
    t.testAllPublicConstructors(TrustDataUsed.class);
    t.testAllPublicStaticMethods(VerificationReportCodec.class);
    t.testAllPublicInstanceMethods(VerificationPolicy.builder());
  }

  @Test
  void policy_defaults() {
    VerificationPolicy p = VerificationPolicy.defaults();
    assertEquals(EnumSet.allOf(SignatureAlgorithm.class), p.acceptedAlgorithms());
    assertEquals(256, p.minimumEcKeyBits());
    assertEquals(3072, p.minimumRsaKeyBits());
    assertEquals(Optional.empty(), p.maxTrustDataAge());
    assertEquals(AssuranceLevel.BASIC, p.minimumLevel());
    assertFalse(p.acceptsSuspended());
    assertEquals(Optional.empty(), p.refusal(SignatureAlgorithm.ECDSA_P256_SHA256, 256));
    assertEquals(Optional.empty(), p.refusal(SignatureAlgorithm.RSA_PSS_SHA256, 3072));
  }

  @Test
  void policy_refusesWeakKeysAndUnacceptedAlgorithms() {
    VerificationPolicy p =
        VerificationPolicy.builder()
            .acceptedAlgorithms(EnumSet.of(SignatureAlgorithm.ECDSA_P384_SHA384, SignatureAlgorithm.RSA_PSS_SHA256))
            .minimumEcKeyBits(384)
            .minimumRsaKeyBits(4096)
            .maxTrustDataAge(Duration.ofDays(1))
            .build();
    assertTrue(p.refusal(SignatureAlgorithm.ECDSA_P256_SHA256, 256).isPresent());
    assertTrue(p.refusal(SignatureAlgorithm.RSA_PSS_SHA256, 3072).isPresent());
    assertEquals(Optional.empty(), p.refusal(SignatureAlgorithm.RSA_PSS_SHA256, 4096));
    assertEquals(Optional.empty(), p.refusal(SignatureAlgorithm.ECDSA_P384_SHA384, 384));
    assertThrows(IllegalArgumentException.class, () -> VerificationPolicy.builder().minimumRsaKeyBits(2048));
    assertThrows(IllegalArgumentException.class, () -> VerificationPolicy.builder().minimumEcKeyBits(192));
    assertThrows(
        IllegalArgumentException.class,
        () -> VerificationPolicy.builder().acceptedAlgorithms(EnumSet.noneOf(SignatureAlgorithm.class)));
    assertThrows(IllegalArgumentException.class, () -> VerificationPolicy.builder().maxTrustDataAge(Duration.ZERO));
  }

  @Test
  void names_matchesCnOrOExactly() {
    assertTrue(Verifier.names("CN=Example Devices N.V.,O=X,C=NL", "Example Devices N.V."));
    assertTrue(Verifier.names("CN=a,O=\"Example, Inc.\",C=NL", "Example, Inc."));
    assertFalse(Verifier.names("CN=Example Devices,O=X", "Example Devices N.V."));
    assertFalse(Verifier.names("OU=Example Devices N.V.", "Example Devices N.V."));
  }

  private static VerificationReport report(
      Indication i, Optional<SubIndication> s, List<CheckResult> checks) {
    return new VerificationReport(i, s, List.of(), checks, Optional.empty(), List.of(), List.of(), AT, false);
  }
}
