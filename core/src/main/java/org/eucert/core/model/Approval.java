/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.eucert.core.time.Timeline;

/**
 * A per-certificate approval an NCCA gave: CSA Art 56(6)(a) prior approval for 'high', EUCC Art 12
 * validity beyond five years, EUCC Art 7(4) AVA_VAN.4/5 exception, EUCC Art 17(4) PP prior
 * approval. Listed by the NCCA that gave it, so an offline verifier can check it.
 *
 * <p>Immutable.
 *
 * @param kind which approval
 * @param reference the NCCA's reference; a certificate cites approvals by this
 * @param ncca the approving NCCA
 * @param body the CAB it was given to
 * @param scheme the scheme
 * @param certificateId the certificate it is for, once known (approvals precede issuance)
 * @param maxValidUntil for a validity extension: the latest validity end approved
 * @param evaluationLevel for an AVA_VAN exception: the evaluation level approved
 * @param status status time line (granted, revoked); an approval counts only while granted
 * @since 0.1
 */
public record Approval(
    ApprovalKind kind,
    String reference,
    BodyId ncca,
    BodyId body,
    SchemeId scheme,
    Optional<CertificateId> certificateId,
    Optional<LocalDate> maxValidUntil,
    Optional<String> evaluationLevel,
    Timeline<ApprovalStatus> status) {
  public Approval {
    checkNotNull(kind, "kind");
    checkNotNull(reference, "reference");
    checkNotNull(ncca, "ncca");
    checkNotNull(body, "body");
    checkNotNull(scheme, "scheme");
    checkNotNull(certificateId, "certificateId");
    checkNotNull(maxValidUntil, "maxValidUntil");
    checkNotNull(evaluationLevel, "evaluationLevel");
    checkNotNull(status, "status");
    checkArgument(!reference.isBlank(), "approval has no reference");
    checkArgument(
        kind != ApprovalKind.VALIDITY_EXTENSION || maxValidUntil.isPresent(),
        "a validity extension %s must say until when",
        reference);
    checkArgument(
        kind != ApprovalKind.AVA_VAN_EXCEPTION || evaluationLevel.isPresent(),
        "an AVA_VAN exception %s must say which level",
        reference);
  }

  /** Whether the approval was granted (and not revoked) at {@code instant}. */
  public boolean grantedAt(Instant instant) {
    return status.at(instant).map(s -> s == ApprovalStatus.GRANTED).orElse(false);
  }

  /**
   * Whether this approval of {@code kind}, granted at {@code instant}, applies to a certificate:
   * the same scheme and CAB, and the certificate it names (if it names one).
   */
  public boolean appliesTo(
      ApprovalKind kind, SchemeId scheme, BodyId body, CertificateId id, Instant instant) {
    checkNotNull(kind, "kind");
    checkNotNull(scheme, "scheme");
    checkNotNull(body, "body");
    checkNotNull(id, "id");
    checkNotNull(instant, "instant");
    return this.kind == kind
        && this.scheme.equals(scheme)
        && this.body.equals(body)
        && certificateId.map(id::equals).orElse(true)
        && grantedAt(instant);
  }
}
