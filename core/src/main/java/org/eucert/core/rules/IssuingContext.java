/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eucert.core.model.Accreditation;
import org.eucert.core.model.Approval;
import org.eucert.core.model.Authorisation;
import org.eucert.core.model.Body;
import org.eucert.core.model.BodyId;
import org.eucert.core.model.BodyRole;
import org.eucert.core.model.Delegation;
import org.eucert.core.model.Notification;

/**
 * Everything known about the authority of whoever issued an attestation: the issuing body and its
 * accreditations, notifications, authorisations, the delegations it holds and the approvals given
 * to it, and the same for the ITSEF. A plain value with full time lines, so that the registry (at
 * issuance) and signed trust lists (at verification) supply it alike and the rules judge it "as it
 * stood on the day of issue".
 *
 * <p>Records about other bodies are refused, so a rule can trust that what it reads concerns the
 * issuer (or ITSEF). An EU statement of conformity has no issuing body: use {@link
 * #selfDeclared()}.
 *
 * <p>Immutable.
 *
 * @param issuer the issuing body; empty for a self-declared statement
 * @param accreditations the issuer's accreditations
 * @param notifications the issuer's notifications
 * @param authorisations the issuer's authorisations
 * @param delegations delegations held by the issuer (CSA Art 56(6)(b))
 * @param approvals approvals given to the issuer (CSA Art 56(6)(a), EUCC Art 7(4), 12, 17(4))
 * @param itsef the ITSEF that evaluated, where known
 * @param itsefAccreditations the ITSEF's accreditations
 * @param itsefAuthorisations the ITSEF's authorisations
 * @param pilot whether the caller opted in to issuing under a candidate scheme, for a pilot
 * @since 0.1
 */
public record IssuingContext(
    Optional<Body> issuer,
    List<Accreditation> accreditations,
    List<Notification> notifications,
    List<Authorisation> authorisations,
    List<Delegation> delegations,
    List<Approval> approvals,
    Optional<Body> itsef,
    List<Accreditation> itsefAccreditations,
    List<Authorisation> itsefAuthorisations,
    boolean pilot) {
  public IssuingContext {
    checkNotNull(issuer, "issuer");
    accreditations = ImmutableList.copyOf(accreditations);
    notifications = ImmutableList.copyOf(notifications);
    authorisations = ImmutableList.copyOf(authorisations);
    delegations = ImmutableList.copyOf(delegations);
    approvals = ImmutableList.copyOf(approvals);
    checkNotNull(itsef, "itsef");
    itsefAccreditations = ImmutableList.copyOf(itsefAccreditations);
    itsefAuthorisations = ImmutableList.copyOf(itsefAuthorisations);
    Optional<BodyId> id = issuer.map(Body::id);
    accreditations.forEach(a -> checkOwn("accreditation", a.body(), id));
    notifications.forEach(n -> checkOwn("notification", n.body(), id));
    authorisations.forEach(a -> checkOwn("authorisation", a.body(), id));
    delegations.forEach(d -> checkOwn("delegation", d.delegate(), id));
    approvals.forEach(a -> checkOwn("approval", a.body(), id));
    Optional<BodyId> itsefId = itsef.map(Body::id);
    itsef.ifPresent(
        b -> checkArgument(b.role() == BodyRole.ITSEF, "%s is not an ITSEF but %s", b.id(), b.role()));
    itsefAccreditations.forEach(a -> checkOwn("ITSEF accreditation", a.body(), itsefId));
    itsefAuthorisations.forEach(a -> checkOwn("ITSEF authorisation", a.body(), itsefId));
  }

  private static void checkOwn(String what, BodyId owner, Optional<BodyId> expected) {
    checkArgument(
        expected.isPresent() && expected.get().equals(owner),
        "%s of %s given in the context of %s",
        what,
        owner,
        expected.map(BodyId::toString).orElse("no body"));
  }

  /** The context of an EU statement of conformity: no issuing body. */
  public static IssuingContext selfDeclared() {
    return builder().build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link IssuingContext}. Not thread-safe. */
  public static final class Builder {
    private Optional<Body> issuer = Optional.empty();
    private final List<Accreditation> accreditations = new ArrayList<>();
    private final List<Notification> notifications = new ArrayList<>();
    private final List<Authorisation> authorisations = new ArrayList<>();
    private final List<Delegation> delegations = new ArrayList<>();
    private final List<Approval> approvals = new ArrayList<>();
    private Optional<Body> itsef = Optional.empty();
    private final List<Accreditation> itsefAccreditations = new ArrayList<>();
    private final List<Authorisation> itsefAuthorisations = new ArrayList<>();
    private boolean pilot;

    private Builder() {}

    public Builder issuer(Body issuer) {
      this.issuer = Optional.of(issuer);
      return this;
    }

    public Builder addAccreditation(Accreditation a) {
      accreditations.add(checkNotNull(a, "a"));
      return this;
    }

    public Builder addNotification(Notification n) {
      notifications.add(checkNotNull(n, "n"));
      return this;
    }

    public Builder addAuthorisation(Authorisation a) {
      authorisations.add(checkNotNull(a, "a"));
      return this;
    }

    public Builder addDelegation(Delegation d) {
      delegations.add(checkNotNull(d, "d"));
      return this;
    }

    public Builder addApproval(Approval a) {
      approvals.add(checkNotNull(a, "a"));
      return this;
    }

    public Builder itsef(Body itsef) {
      this.itsef = Optional.of(itsef);
      return this;
    }

    public Builder addItsefAccreditation(Accreditation a) {
      itsefAccreditations.add(checkNotNull(a, "a"));
      return this;
    }

    public Builder addItsefAuthorisation(Authorisation a) {
      itsefAuthorisations.add(checkNotNull(a, "a"));
      return this;
    }

    /**
     * Opts in to issuing under a candidate (not adopted) scheme, for a pilot. Named so that an
     * audit can grep for it.
     */
    public Builder allowCandidateSchemeForPilot() {
      this.pilot = true;
      return this;
    }

    public IssuingContext build() {
      return new IssuingContext(
          issuer,
          accreditations,
          notifications,
          authorisations,
          delegations,
          approvals,
          itsef,
          itsefAccreditations,
          itsefAuthorisations,
          pilot);
    }
  }
}
