/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.trust;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eucert.core.model.BodyId;
import org.eucert.core.model.Bytes;
import org.eucert.core.model.CertificateId;
import org.eucert.core.registry.CertificateDocuments;
import org.eucert.core.registry.CertificateEvent;
import org.eucert.core.registry.CertificateQuery;
import org.eucert.core.registry.CertificateRecord;
import org.eucert.core.registry.CertificateSummary;
import org.eucert.core.registry.Page;
import org.eucert.core.registry.PageRequest;
import org.eucert.core.registry.RecordNotFoundException;
import org.eucert.core.registry.Registry;
import org.eucert.core.time.LegalTime;

/**
 * Builds an issuing body's {@link StatusList} from a registry: every certificate it issued at or
 * before the list's issue instant, ordered by identifier, with the SHA-256 of its content document
 * as recorded and every event the registry holds for it (EUCC Art 42(1)(b)), and the registry's
 * audit head.
 *
 * <p>Time is explicit: the issue instant is an argument, never the wall clock. Stateless.
 *
 * @since 0.1
 */
public final class StatusListBuilder {
  private static final int PAGE = 500;

  private StatusListBuilder() {}

  /**
   * The status list of {@code issuer}.
   *
   * @param sequence the list's sequence number (e.g. from {@link Registry#nextPublicationSequence})
   * @param issued the issue instant
   * @param validity how long until the next update is due; positive
   * @throws RecordNotFoundException if the issuer is not enrolled
   */
  public static StatusList fromRegistry(
      Registry registry, BodyId issuer, long sequence, Instant issued, Duration validity) {
    checkNotNull(registry, "registry");
    checkNotNull(issuer, "issuer");
    checkNotNull(validity, "validity");
    checkArgument(!validity.isNegative() && !validity.isZero(), "validity must be positive");
    Instant at = LegalTime.normalize(checkNotNull(issued, "issued"));
    if (registry.body(issuer).isEmpty()) {
      throw new RecordNotFoundException("body " + issuer + " is not enrolled");
    }
    List<StatusEntry> entries = new ArrayList<>();
    CertificateQuery query = CertificateQuery.builder().issuer(issuer).build();
    PageRequest request = PageRequest.first(PAGE);
    while (true) {
      Page<CertificateSummary> page = registry.certificates(query, request);
      for (CertificateSummary s : page.items()) {
        if (!s.issuedAt().isAfter(at)) {
          entries.add(entry(registry, s.id()));
        }
      }
      if (page.next().isEmpty()) {
        break;
      }
      request = page.next().get();
    }
    entries.sort((a, b) -> a.id().compareTo(b.id()));
    return new StatusList(
        issuer, sequence, at, at.plus(validity), registry.auditHead(), entries);
  }

  private static StatusEntry entry(Registry registry, CertificateId id) {
    CertificateRecord record =
        registry
            .certificate(id)
            .orElseThrow(() -> new RecordNotFoundException("certificate " + id + " vanished"));
    CertificateDocuments docs =
        registry
            .documents(id)
            .orElseThrow(() -> new RecordNotFoundException("documents of " + id + " vanished"));
    List<StatusEvent> events = new ArrayList<>();
    for (CertificateEvent e : record.events()) {
      events.add(new StatusEvent(e.kind(), e.effectiveAt(), e.plannedUntil(), e.reason()));
    }
    return new StatusEntry(
        id, record.summary().issuedAt(), sha256(docs.contentDocument()), events);
  }

  /** SHA-256 of the bytes. */
  static Bytes sha256(Bytes bytes) {
    try {
      return Bytes.copyOf(MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray()));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
