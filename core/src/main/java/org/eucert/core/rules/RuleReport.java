/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.rules;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The findings of a rules run, in rule order. Accepted when there is no {@link Severity#ERROR}.
 *
 * <p>Immutable.
 *
 * @param findings every finding
 * @since 0.1
 */
public record RuleReport(List<Finding> findings) {
  public RuleReport {
    findings = ImmutableList.copyOf(findings);
  }

  /** Whether no finding is an error: issuance may go ahead, verification passes the rules. */
  public boolean isAccepted() {
    return findings.stream().noneMatch(f -> f.severity() == Severity.ERROR);
  }

  /** The error findings. */
  public List<Finding> errors() {
    return findings.stream().filter(f -> f.severity() == Severity.ERROR).collect(ImmutableList.toImmutableList());
  }

  /** Whether any finding has this code. */
  public boolean has(RuleCode code) {
    checkNotNull(code, "code");
    return findings.stream().anyMatch(f -> f.code().equals(code));
  }

  /** Whether any finding has this code. */
  public boolean has(String code) {
    return has(RuleCode.of(code));
  }
}
