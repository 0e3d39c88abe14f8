/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.issue;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;
import org.eucert.core.EucertException;
import org.eucert.core.rules.Finding;
import org.eucert.core.rules.RuleCode;
import org.eucert.core.rules.Severity;

/**
 * An issuance request was refused: it carries every error finding, each with its rule code and
 * legal reference (e.g. {@code CSA-61-ISSUER-NOTIFIED}, CSA Art 61(1)), and nothing was recorded
 * or signed for it.
 *
 * <p>Immutable once thrown.
 *
 * @since 0.1
 */
public final class IssuanceRefusedException extends EucertException {
  private static final long serialVersionUID = 1L;

  /** The code of this exception. */
  public static final String CODE = "ISSUANCE_REFUSED";

  @SuppressWarnings("serial") // an ImmutableList of records: serialisable in practice; not a contract
  private final ImmutableList<Finding> findings;

  IssuanceRefusedException(String what, List<Finding> findings) {
    super(CODE, what + " refused: " + summary(findings));
    this.findings = ImmutableList.copyOf(findings);
    checkArgument(!this.findings.isEmpty(), "a refusal needs at least one finding");
  }

  private static String summary(List<Finding> findings) {
    return findings.stream().map(Finding::toString).collect(Collectors.joining("; "));
  }

  /** Every error finding, in rule order (issuer checks first). */
  public List<Finding> findings() {
    return findings;
  }

  /** Whether a finding has this code. */
  public boolean has(String code) {
    RuleCode c = RuleCode.of(code);
    return findings.stream().anyMatch(f -> f.code().equals(c) && f.severity() == Severity.ERROR);
  }
}
