/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A certificate as one registry exports it and another imports it (CSA Art 50; EUCC Art 42): the
 * issued certificate (content and documents byte for byte), every stored event oldest first, and
 * the links from it. An import records the issue, then replays the later events through the
 * life-cycle rules (EUCC Art 14, 30; Art 13(2)), so the law's limits are checked again.
 *
 * <p>Immutable.
 *
 * @param certificate the issued certificate
 * @param events the stored events, oldest first; the first is the issue
 * @param links the links from this certificate (predecessor, underlying)
 * @since 0.1
 */
public record ExportedCertificate(
    IssuedCertificate certificate, List<CertificateEvent> events, List<CertificateLink> links) {
  public ExportedCertificate {
    checkNotNull(certificate, "certificate");
    events = ImmutableList.copyOf(events);
    links = ImmutableList.copyOf(links);
    checkArgument(
        !events.isEmpty() && events.get(0).kind() == CertificateEventKind.ISSUED,
        "certificate %s: the first event is its issue",
        certificate.content().id());
    for (CertificateLink l : links) {
      checkArgument(
          l.from().equals(certificate.content().id()),
          "certificate %s: a link from another certificate, %s",
          certificate.content().id(),
          l.from());
    }
  }
}
