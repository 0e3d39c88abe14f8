/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.rules;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.eucert.core.model.LegalReference;

/**
 * A {@link Rule} made of a code, a reference, a severity and a check that reports messages. Most
 * rules are one short function; this keeps them so.
 *
 * <p>Immutable and thread-safe if the check is.
 *
 * @since 0.1
 */
public final class SimpleRule implements Rule {
  private final RuleCode code;
  private final LegalReference legalReference;
  private final Severity severity;
  private final BiConsumer<RuleInput, Consumer<String>> check;

  private SimpleRule(
      RuleCode code,
      LegalReference legalReference,
      Severity severity,
      BiConsumer<RuleInput, Consumer<String>> check) {
    this.code = checkNotNull(code, "code");
    this.legalReference = checkNotNull(legalReference, "legalReference");
    this.severity = checkNotNull(severity, "severity");
    this.check = checkNotNull(check, "check");
  }

  /**
   * A rule whose {@code check} calls the given consumer once per problem with a message.
   *
   * @param code e.g. {@code EUCC-R1-LEVEL-AVA-VAN}
   * @param legalReference e.g. {@code EUCC Art 4}
   */
  public static SimpleRule of(
      String code,
      String legalReference,
      Severity severity,
      BiConsumer<RuleInput, Consumer<String>> check) {
    return new SimpleRule(
        RuleCode.of(code), LegalReference.parse(legalReference), severity, check);
  }

  @Override
  public RuleCode code() {
    return code;
  }

  @Override
  public LegalReference legalReference() {
    return legalReference;
  }

  @Override
  public Severity severity() {
    return severity;
  }

  @Override
  public List<Finding> evaluate(RuleInput input) {
    checkNotNull(input, "input");
    List<Finding> out = new ArrayList<>();
    check.accept(input, message -> out.add(finding(message)));
    return out;
  }

  @Override
  public String toString() {
    return code + " (" + legalReference + ")";
  }
}
