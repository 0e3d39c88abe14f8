/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A life-cycle command breaks a rule other than the state machine or a time limit: the events of
 * a certificate must come in time order, an extension must extend, and the successor of an EUCC
 * Art 13(2)(c) or (d) review must name its predecessor and have the scope and validity the outcome
 * says.
 *
 * <p>{@link #code()} is the rule's name. Immutable once thrown.
 *
 * @since 0.1
 */
public final class LifecycleRuleException extends RegistryException {
  private static final long serialVersionUID = 1L;

  /** The rules; each constant's name is the exception's code. */
  public enum Rule {
    /**
     * A certificate's events are appended in time order: the new event's effective instant must
     * be after the last event's (and a suspension starts only on the day after its decision).
     */
    EVENT_OUT_OF_ORDER,
    /** An extension of a suspension must end later than the suspension's planned end. */
    EXTENSION_NOT_LATER,
    /** A successor after a review must name the reviewed certificate as its predecessor. */
    SUCCESSOR_NOT_LINKED,
    /** EUCC Art 13(2)(c): the successor must have the same scope as the reviewed certificate. */
    SUCCESSOR_SCOPE_MISMATCH,
    /** EUCC Art 13(2)(d): a successor with a new scope must differ in scope. */
    SUCCESSOR_SCOPE_UNCHANGED,
    /** EUCC Art 13(2)(c): the successor's validity must end later than the reviewed one's. */
    SUCCESSOR_VALIDITY_NOT_EXTENDED
  }

  private final Rule rule;

  /** An exception for {@code rule}, with a message saying what was wrong. */
  public LifecycleRuleException(Rule rule, String message) {
    super(checkNotNull(rule, "rule").name(), message);
    this.rule = rule;
  }

  /** The rule broken. */
  public Rule rule() {
    return rule;
  }
}
