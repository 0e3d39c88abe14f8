/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.trust;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eucert.core.model.Body;
import org.eucert.core.model.BodyRole;
import org.eucert.core.model.MemberState;
import org.eucert.core.registry.Page;
import org.eucert.core.registry.PageRequest;
import org.eucert.core.registry.RecordNotFoundException;
import org.eucert.core.registry.Registry;

/**
 * Builds a Member State's {@link TrustList} from a registry: every body established in that
 * Member State, ordered by id, with its accreditations, notifications, authorisations,
 * delegations, approvals and signing keys as the registry holds them (full time lines).
 *
 * <p>Time is explicit: the issue instant is an argument, never the wall clock. Stateless.
 *
 * @since 0.1
 */
public final class TrustListBuilder {
  private static final int PAGE = 500;

  private TrustListBuilder() {}

  /**
   * The trust list of {@code memberState}.
   *
   * @param sequence the list's sequence number (e.g. from {@link Registry#nextPublicationSequence})
   * @param issued the issue instant
   * @param validity how long until the next update is due; positive
   * @throws RecordNotFoundException if the registry holds no NCCA for that Member State
   * @throws IllegalArgumentException if it holds more than one
   */
  public static TrustList fromRegistry(
      Registry registry, MemberState memberState, long sequence, Instant issued, Duration validity) {
    checkNotNull(registry, "registry");
    checkNotNull(memberState, "memberState");
    checkNotNull(issued, "issued");
    checkNotNull(validity, "validity");
    checkArgument(!validity.isNegative() && !validity.isZero(), "validity must be positive");
    List<TrustedEntity> entities = new ArrayList<>();
    Optional<Body> ncca = Optional.empty();
    PageRequest request = PageRequest.first(PAGE);
    while (true) {
      Page<Body> page = registry.bodies(request);
      for (Body b : page.items()) {
        if (b.memberState() != memberState) {
          continue;
        }
        if (b.role() == BodyRole.NCCA) {
          checkArgument(
              ncca.isEmpty(), "two NCCAs for %s: %s and %s", memberState, ncca.map(Body::id), b.id());
          ncca = Optional.of(b);
        }
        entities.add(entity(registry, b));
      }
      if (page.next().isEmpty()) {
        break;
      }
      request = page.next().get();
    }
    if (ncca.isEmpty()) {
      throw new RecordNotFoundException("no NCCA of " + memberState + " is enrolled");
    }
    return new TrustList(
        ncca.get().id(), memberState, sequence, issued, issued.plus(validity), entities);
  }

  /** One body with its records as the registry holds them. */
  public static TrustedEntity entity(Registry registry, Body body) {
    checkNotNull(registry, "registry");
    checkNotNull(body, "body");
    return new TrustedEntity(
        body,
        registry.accreditations(body.id()),
        registry.notifications(body.id()),
        registry.authorisations(body.id()),
        registry.delegations(body.id()),
        registry.approvals(body.id()),
        registry.signingKeys(body.id()));
  }
}
