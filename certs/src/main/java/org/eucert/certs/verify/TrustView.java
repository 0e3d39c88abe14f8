/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.verify;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eucert.core.model.BodyId;
import org.eucert.core.model.Bytes;
import org.eucert.core.model.CertificateId;
import org.eucert.core.model.MemberState;
import org.eucert.core.model.SigningKey;
import org.eucert.core.rules.IssuingContext;

/**
 * The trust data as the verification pipeline sees it: indexed once, at load; every method is a
 * look-up. Adapts a trust snapshot, so that the steps can be tested on their own.
 */
interface TrustView {
  /** The anchor and list of trust lists, as path entries. */
  List<String> anchorPath();

  /** The list of trust lists; empty if none was loaded. */
  Optional<ListState> listOfLists();

  /** Every Member State's trust list that was found (whatever its health). */
  List<ListState> trustLists();

  /** The trust list with this identifier ({@code lists/<MS>}). */
  Optional<ListState> trustList(String id);

  /** The listed key with this certificate, from a list whose signature verified. */
  Optional<ListedSigner> signer(Bytes certificateDer);

  /** The issuing context of {@code issuer} (and the ITSEF, where listed) for the rules engine. */
  IssuingContext issuingContext(BodyId issuer, Optional<BodyId> itsef);

  /** The state of the issuer's status list; empty if there is none. */
  Optional<ListState> statusListState(BodyId issuer);

  /** The issuer's status list, if it was loaded and its signature verified. */
  Optional<StatusView> statusList(BodyId issuer);

  /** One signed list's identity and health. */
  record ListState(TrustDataUsed data, String health, String message) {
    boolean isHealthy() {
      return "OK".equals(health);
    }
  }

  /** A key of a listed body, decoded once. */
  interface ListedSigner {
    BodyId body();

    MemberState memberState();

    String trustListId();

    SigningKey key();

    int keyBits();

    Instant certificateNotBefore();

    Instant certificateNotAfter();

    SignedDocument.SignatureOutcome verify(SignedDocument document);
  }

  /** A status list. */
  interface StatusView {
    StatusAnswer statusAt(CertificateId id, Instant issueInstant, Instant at);

    /** The content digest registered for {@code id} (SHA-256, lower-case hex). */
    Optional<String> registeredDigest(CertificateId id);
  }

  /** What a status list says about a certificate at an instant. */
  record StatusAnswer(
      Kind kind, Optional<Instant> since, Optional<Instant> plannedEnd, Optional<String> reason) {
    enum Kind {
      IN_FORCE,
      SUSPENDED,
      WITHDRAWN,
      NOT_REGISTERED,
      NO_STATUS_INFORMATION
    }
  }
}
