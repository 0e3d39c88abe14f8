/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.verify;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The answer of a verification: the verdict ({@link Indication} and at most one {@link
 * SubIndication}), the warnings, every check that ran in order with its result and message, what
 * the document says about itself, the trust path from the anchor to the signer, and the digests and
 * sequence numbers of the trust data used, so that the verdict can be reproduced (ARCHITECTURE.md
 * section 8).
 *
 * <p>Guarantees: a {@link Indication#PASSED} report has no sub-indication and every check in it
 * passed (with or without a warning); any other report has exactly one sub-indication, that of its
 * last check, which did not pass. A self-declared report (an EU statement of conformity, CSA Art
 * 53) says so: no third party assessed it.
 *
 * <p>Immutable; carries no XML or JSON binding types (render it with {@link
 * VerificationReportCodec}).
 *
 * @param indication the verdict
 * @param subIndication why it did not pass; empty when it passed
 * @param warnings what a relying party should read even when it passed
 * @param checks every check that ran, in order
 * @param certificate what the document says about itself, once its content was read
 * @param trustPath from the anchor to the signer, e.g. {@code anchor CN=...}, {@code lotl seq 4},
 *     {@code lists/NL seq 7}, {@code NL-CB-1 key k1}
 * @param trustData the signed lists the verdict relied on
 * @param validationInstant the instant the certificate was judged at
 * @param selfDeclared whether the document is an EU statement of conformity, which no third party
 *     assessed
 * @since 0.1
 */
public record VerificationReport(
    Indication indication,
    Optional<SubIndication> subIndication,
    List<String> warnings,
    List<CheckResult> checks,
    Optional<CertificateSummary> certificate,
    List<String> trustPath,
    List<TrustDataUsed> trustData,
    Instant validationInstant,
    boolean selfDeclared) {
  public VerificationReport {
    checkNotNull(indication, "indication");
    checkNotNull(subIndication, "subIndication");
    warnings = ImmutableList.copyOf(warnings);
    checks = ImmutableList.copyOf(checks);
    checkNotNull(certificate, "certificate");
    trustPath = ImmutableList.copyOf(trustPath);
    trustData = ImmutableList.copyOf(trustData);
    checkNotNull(validationInstant, "validationInstant");
    checkArgument(!checks.isEmpty(), "a report without any check");
    if (indication == Indication.PASSED) {
      checkArgument(subIndication.isEmpty(), "PASSED with sub-indication %s", subIndication);
      checkArgument(
          checks.stream().allMatch(CheckResult::isPassed), "PASSED with a check that did not pass");
    } else {
      checkArgument(subIndication.isPresent(), "%s without a sub-indication", indication);
      checkArgument(
          subIndication.get().indication() == indication,
          "sub-indication %s is %s, not %s",
          subIndication.get(),
          subIndication.get().indication(),
          indication);
      CheckResult last = checks.get(checks.size() - 1);
      checkArgument(
          last.subIndication().equals(subIndication),
          "the last check %s ends with %s, the report with %s",
          last.check(),
          last.subIndication(),
          subIndication);
    }
  }

  /** Whether the verdict is {@link Indication#PASSED}. */
  public boolean isPassed() {
    return indication == Indication.PASSED;
  }

  /** Whether the verdict has this sub-indication. */
  public boolean has(SubIndication sub) {
    checkNotNull(sub, "sub");
    return subIndication.equals(Optional.of(sub));
  }

  /** The result of {@code check}, if it ran. */
  public Optional<CheckResult> result(Check check) {
    checkNotNull(check, "check");
    return checks.stream().filter(c -> c.check() == check).findFirst();
  }

  /** The message of the check that decided a negative verdict, or a summary when it passed. */
  public String reason() {
    if (isPassed()) {
      return selfDeclared
          ? "self-declared EU statement of conformity: signature intact; no third party assessed it"
          : "every check passed";
    }
    return checks.get(checks.size() - 1).message();
  }
}
