/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.verify;

import com.google.common.collect.ImmutableSet;
import org.eucert.core.rules.Finding;
import org.eucert.core.rules.GenericRules;

/**
 * Which sub-indication a rule finding leads to. Rules on the issuer's standing (identity,
 * accreditation, notification) lead to {@link SubIndication#ISSUER_NOT_NOTIFIED}; rules on what
 * the issuer may issue (level, 'high' authority, category, protection profiles) to {@link
 * SubIndication#OUT_OF_SCOPE}; every other rule, including those of profiles this class does not
 * know, to {@link SubIndication#SCHEME_RULE_VIOLATION}.
 *
 * <p>The codes are the stable rule codes of {@link GenericRules} and of the EUCC profile ({@code
 * org.eucert.schemes.eucc.EuccRules}), written out here because those are API promises.
 */
final class RuleCodes {
  /** CSA Art 56, 60(1), 61: who the issuer is, and that it was accredited and notified. */
  static final ImmutableSet<String> NOT_NOTIFIED =
      ImmutableSet.of(
          GenericRules.ISSUER_IDENTITY, GenericRules.ISSUER_ACCREDITED, GenericRules.ISSUER_NOTIFIED);

  /** CSA Art 56(4)-(6), 60(3); EUCC Art 9(1)(a), 17(4), 21-22: what the issuer may issue. */
  static final ImmutableSet<String> OUT_OF_SCOPE =
      ImmutableSet.of(
          GenericRules.ISSUER_KIND,
          GenericRules.HIGH_ISSUER,
          GenericRules.AUTHORISATION,
          "EUCC-R4-HIGH-AUTHORISATION",
          "EUCC-R5-ISSUER-SCOPE",
          "EUCC-R6-ACCREDITATION-PERIOD",
          "EUCC-R14-PP-ISSUER");

  private RuleCodes() {}

  /** Whether the finding is about the issuer's authority (the AUTHORITY step) at all. */
  static boolean isAuthority(Finding f) {
    String c = f.code().value();
    return NOT_NOTIFIED.contains(c) || OUT_OF_SCOPE.contains(c);
  }

  /** The sub-indication of an error finding. */
  static SubIndication subIndication(Finding f) {
    String c = f.code().value();
    if (NOT_NOTIFIED.contains(c)) {
      return SubIndication.ISSUER_NOT_NOTIFIED;
    }
    if (OUT_OF_SCOPE.contains(c)) {
      return SubIndication.OUT_OF_SCOPE;
    }
    return SubIndication.SCHEME_RULE_VIOLATION;
  }
}
