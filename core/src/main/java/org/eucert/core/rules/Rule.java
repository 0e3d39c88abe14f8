/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.rules;

import java.util.List;
import org.eucert.core.model.LegalReference;

/**
 * A rule of law or of a scheme, checked against certificate content in its issuing context. One
 * engine serves issuance (refuse to issue) and verification (report why not valid).
 *
 * <p>Implementations are stateless and thread-safe. {@link #evaluate} returns an empty list when
 * the content complies and one finding per problem otherwise; it should not throw for any content
 * (the engine turns an exception into an ERROR finding anyway: fail closed).
 *
 * @since 0.1
 */
public interface Rule {
  /** The stable code. */
  RuleCode code();

  /** The provision the rule enforces. */
  LegalReference legalReference();

  /** The severity of this rule's findings. */
  Severity severity();

  /** The findings for this input; empty if it complies. */
  List<Finding> evaluate(RuleInput input);

  /** A finding of this rule with the given message. */
  default Finding finding(String message) {
    return new Finding(code(), severity(), legalReference(), message);
  }
}
