/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.trust;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eucert.core.model.BodyId;
import org.eucert.core.model.CertificateId;
import org.eucert.core.model.CertificateStatus;
import org.eucert.core.registry.AuditHead;
import org.eucert.core.time.LegalTime;

/**
 * An issuing body's status list (ARCHITECTURE.md section 7): every certificate it has issued with
 * its content digest and every status change (EUCC Art 42(1)(b)), the head of its registry audit
 * chain, a sequence number, the issue instant and the next update. A certificate absent from a list
 * issued after its issue instant is not recognised.
 *
 * <p>Immutable. Look-ups by identifier are binary searches over the ordered entries.
 *
 * @param issuer the issuing body that signs it
 * @param sequence sequence number, 1 or more
 * @param issued when it was issued
 * @param nextUpdate when the next list is due at the latest
 * @param auditHead the head of the issuer's registry audit chain when the list was made
 * @param entries one per certificate, distinct identifiers, ordered by identifier
 * @since 0.1
 */
public record StatusList(
    BodyId issuer,
    long sequence,
    Instant issued,
    Instant nextUpdate,
    AuditHead auditHead,
    List<StatusEntry> entries) {
  public StatusList {
    checkNotNull(issuer, "issuer");
    checkArgument(sequence >= 1, "sequence starts at 1: %s", sequence);
    issued = LegalTime.normalize(checkNotNull(issued, "issued"));
    nextUpdate = LegalTime.normalize(checkNotNull(nextUpdate, "nextUpdate"));
    checkArgument(
        nextUpdate.isAfter(issued), "next update %s is not after issue %s", nextUpdate, issued);
    checkNotNull(auditHead, "auditHead");
    entries = ImmutableList.copyOf(entries);
    for (int i = 1; i < entries.size(); i++) {
      checkArgument(
          entries.get(i - 1).id().compareTo(entries.get(i).id()) < 0,
          "entries must be ordered by identifier, without repeats: %s",
          entries.get(i).id());
    }
  }

  /** The list's identifier in a bundle, {@code status/<body-id>}. */
  public String id() {
    return idFor(issuer);
  }

  /** The identifier of a body's status list in a bundle, {@code status/<body-id>}. */
  public static String idFor(BodyId issuer) {
    return "status/" + issuer.value();
  }

  /** The entry of a certificate, if listed. */
  public Optional<StatusEntry> entry(CertificateId id) {
    checkNotNull(id, "id");
    return Optional.ofNullable(find(id));
  }

  /**
   * What this list says about a certificate issued at {@code issueInstant}, at instant {@code at}.
   * A list issued before the certificate answers {@link ListedStatus#NO_STATUS_INFORMATION}; a
   * list issued at or after it that does not list it (with that issue instant) answers {@link
   * ListedStatus#NOT_REGISTERED}. Expiry is not this list's business. For an instant after the
   * list's issue, the answer is what the list knew when issued: freshness is the caller's
   * judgement.
   */
  public StatusAnswer statusAt(CertificateId id, Instant issueInstant, Instant at) {
    checkNotNull(id, "id");
    Instant issuedAt = LegalTime.normalize(checkNotNull(issueInstant, "issueInstant"));
    Instant t = LegalTime.normalize(checkNotNull(at, "at"));
    if (issued.isBefore(issuedAt)) {
      return StatusAnswer.of(ListedStatus.NO_STATUS_INFORMATION);
    }
    StatusEntry entry = find(id);
    if (entry == null || !entry.issued().equals(issuedAt)) {
      return StatusAnswer.of(ListedStatus.NOT_REGISTERED);
    }
    Optional<StatusEvent> event = entry.statusEventAt(t);
    if (event.isEmpty()) {
      return new StatusAnswer(ListedStatus.NOT_YET_ISSUED, Optional.of(entry), Optional.empty());
    }
    CertificateStatus s = event.get().status().orElseThrow();
    ListedStatus listed =
        switch (s) {
          case IN_FORCE -> ListedStatus.IN_FORCE;
          case SUSPENDED -> ListedStatus.SUSPENDED;
          case WITHDRAWN -> ListedStatus.WITHDRAWN;
          case EXPIRED -> throw new IllegalStateException("EXPIRED is never listed");
        };
    return new StatusAnswer(listed, Optional.of(entry), event);
  }

  private StatusEntry find(CertificateId id) {
    int lo = 0;
    int hi = entries.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      StatusEntry e = entries.get(mid);
      int c = e.id().compareTo(id);
      if (c == 0) {
        return e;
      } else if (c < 0) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return null;
  }
}
