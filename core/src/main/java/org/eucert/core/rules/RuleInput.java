/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.rules;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Optional;
import org.eucert.core.model.Approval;
import org.eucert.core.model.ApprovalKind;
import org.eucert.core.model.Attestation;
import org.eucert.core.model.CertificateContent;
import org.eucert.core.model.SchemeVersion;
import org.eucert.core.model.StatementOfConformity;

/**
 * What a rule is checked against: the scheme version, the attestation (certificate or statement)
 * and the issuing context.
 *
 * <p>Immutable.
 *
 * @since 0.1
 */
public record RuleInput(SchemeVersion scheme, Attestation attestation, IssuingContext context) {
  public RuleInput {
    checkNotNull(scheme, "scheme");
    checkNotNull(attestation, "attestation");
    checkNotNull(context, "context");
  }

  /** The issue instant: the instant at which authority and scheme status are judged. */
  public Instant issuedAt() {
    return attestation.issuedAt();
  }

  /** The certificate, if the attestation is one. */
  public Optional<CertificateContent> certificate() {
    return attestation instanceof CertificateContent c ? Optional.of(c) : Optional.empty();
  }

  /** The statement of conformity, if the attestation is one. */
  public Optional<StatementOfConformity> statement() {
    return attestation instanceof StatementOfConformity s ? Optional.of(s) : Optional.empty();
  }

  /**
   * The approval of {@code kind} that the certificate cites, that the context holds for the issuer
   * and the scheme, and that was granted at the issue instant; empty if there is none.
   */
  public Optional<Approval> citedApproval(ApprovalKind kind) {
    Optional<CertificateContent> c = certificate();
    if (c.isEmpty() || context.issuer().isEmpty()) {
      return Optional.empty();
    }
    CertificateContent cert = c.get();
    return context.approvals().stream()
        .filter(a -> cert.approvals().contains(a.reference()))
        .filter(
            a ->
                a.appliesTo(
                    kind, cert.scheme(), context.issuer().get().id(), cert.id(), cert.issuedAt()))
        .findFirst();
  }
}
