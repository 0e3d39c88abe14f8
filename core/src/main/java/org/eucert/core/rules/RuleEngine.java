/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eucert.core.rules.spi.SchemeProfile;

/**
 * Runs rules against an attestation in its issuing context. One engine serves issuance (an error
 * finding refuses to issue) and verification (an error finding is why a certificate is not valid).
 *
 * <p>Fail closed: a rule that throws produces an {@link Severity#ERROR} finding under its own code
 * naming the exception, never silence.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class RuleEngine {
  private final ImmutableList<Rule> rules;

  private RuleEngine(List<Rule> rules) {
    this.rules = ImmutableList.copyOf(rules);
    Set<RuleCode> codes = new HashSet<>();
    for (Rule r : this.rules) {
      checkArgument(codes.add(r.code()), "rule code %s used twice", r.code());
    }
  }

  /** An engine of exactly these rules, run in this order. */
  public static RuleEngine of(List<? extends Rule> rules) {
    return new RuleEngine(ImmutableList.copyOf(rules));
  }

  /**
   * The engine for a scheme: the {@link GenericRules generic rules}, less those the profile
   * supersedes, then the profile's rules.
   */
  public static RuleEngine forProfile(Optional<SchemeProfile> profile) {
    checkNotNull(profile, "profile");
    List<Rule> all = new ArrayList<>();
    Set<RuleCode> superseded = profile.map(SchemeProfile::supersedes).orElse(Set.of());
    for (Rule r : GenericRules.all()) {
      if (!superseded.contains(r.code())) {
        all.add(r);
      }
    }
    profile.ifPresent(p -> all.addAll(p.rules()));
    return new RuleEngine(all);
  }

  /** The rules, in order. */
  public List<Rule> rules() {
    return rules;
  }

  /** Runs every rule; never throws for any content. */
  public RuleReport evaluate(RuleInput input) {
    checkNotNull(input, "input");
    List<Finding> findings = new ArrayList<>();
    for (Rule r : rules) {
      try {
        findings.addAll(r.evaluate(input));
      } catch (RuntimeException e) {
        findings.add(
            new Finding(
                r.code(),
                Severity.ERROR,
                r.legalReference(),
                "the rule could not be checked ("
                    + e.getClass().getSimpleName()
                    + "); refused to fail closed"));
      }
    }
    return new RuleReport(findings);
  }
}
