/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.model;

import java.time.Instant;

/**
 * What attests conformity with a scheme: a certificate issued by a third party or an EU statement
 * of conformity issued by the manufacturer. A closed family, so rules can tell them apart.
 *
 * @since 0.1
 */
public sealed interface Attestation permits CertificateContent, StatementOfConformity {
  /** The identifier. */
  CertificateId id();

  /** The scheme. */
  SchemeId scheme();

  /** The scheme version applied. */
  String schemeVersion();

  /** What is attested. */
  CertifiedObject object();

  /** The assurance level. */
  AssuranceLevel assuranceLevel();

  /** The standards applied, by the scheme's ids. */
  java.util.List<String> standards();

  /** When it was issued. */
  Instant issuedAt();

  /** How conformity was attested. */
  ConformityRoute route();
}
