/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.Sets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.eucert.core.model.AssuranceLevel;
import org.eucert.core.model.BodyId;
import org.eucert.core.model.CertificateStatus;
import org.eucert.core.model.MemberState;
import org.eucert.core.model.SchemeId;
import org.eucert.core.time.LegalTime;

/**
 * A search for certificates: every filter given must hold (AND); an empty query matches every
 * certificate. Results come ordered by certificate identifier. Each filter is served by an index.
 *
 * <p>Immutable. Build with {@link #builder()}.
 *
 * @param holderName the holder's name, exactly
 * @param productName the product's name, exactly
 * @param scheme the scheme
 * @param level the assurance level
 * @param issuer the issuing body
 * @param memberState the issuing body's Member State
 * @param statusAt the instant at which {@code statuses} are judged
 * @param statuses the statuses wanted at {@code statusAt} (EXPIRED derived from the validity end)
 * @param validUntilFrom the earliest last day of validity
 * @param validUntilTo the latest last day of validity
 * @since 0.1
 */
public record CertificateQuery(
    Optional<String> holderName,
    Optional<String> productName,
    Optional<SchemeId> scheme,
    Optional<AssuranceLevel> level,
    Optional<BodyId> issuer,
    Optional<MemberState> memberState,
    Optional<Instant> statusAt,
    Set<CertificateStatus> statuses,
    Optional<LocalDate> validUntilFrom,
    Optional<LocalDate> validUntilTo) {
  public CertificateQuery {
    checkNotNull(holderName, "holderName");
    checkNotNull(productName, "productName");
    checkNotNull(scheme, "scheme");
    checkNotNull(level, "level");
    checkNotNull(issuer, "issuer");
    checkNotNull(memberState, "memberState");
    statusAt = checkNotNull(statusAt, "statusAt").map(LegalTime::normalize);
    checkNotNull(statuses, "statuses");
    statuses = statuses.isEmpty() ? Set.of() : Sets.immutableEnumSet(EnumSet.copyOf(statuses));
    checkNotNull(validUntilFrom, "validUntilFrom");
    checkNotNull(validUntilTo, "validUntilTo");
    checkArgument(
        statusAt.isPresent() == !statuses.isEmpty(), "statuses and statusAt go together");
  }

  /** A query matching every certificate. */
  public static CertificateQuery all() {
    return builder().build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CertificateQuery}. Not thread-safe. */
  public static final class Builder {
    private Optional<String> holderName = Optional.empty();
    private Optional<String> productName = Optional.empty();
    private Optional<SchemeId> scheme = Optional.empty();
    private Optional<AssuranceLevel> level = Optional.empty();
    private Optional<BodyId> issuer = Optional.empty();
    private Optional<MemberState> memberState = Optional.empty();
    private Optional<Instant> statusAt = Optional.empty();
    private Set<CertificateStatus> statuses = Set.of();
    private Optional<LocalDate> validUntilFrom = Optional.empty();
    private Optional<LocalDate> validUntilTo = Optional.empty();

    private Builder() {}

    /** Only certificates of the holder named exactly so. */
    public Builder holder(String name) {
      this.holderName = Optional.of(name);
      return this;
    }

    /** Only certificates of the product named exactly so. */
    public Builder product(String name) {
      this.productName = Optional.of(name);
      return this;
    }

    /** Only certificates under {@code scheme}. */
    public Builder scheme(SchemeId scheme) {
      this.scheme = Optional.of(scheme);
      return this;
    }

    /** Only certificates at {@code level}. */
    public Builder level(AssuranceLevel level) {
      this.level = Optional.of(level);
      return this;
    }

    /** Only certificates issued by {@code body}. */
    public Builder issuer(BodyId body) {
      this.issuer = Optional.of(body);
      return this;
    }

    /** Only certificates issued by a body established in {@code memberState}. */
    public Builder memberState(MemberState memberState) {
      this.memberState = Optional.of(memberState);
      return this;
    }

    /** Only certificates whose status at {@code instant} is one of {@code statuses}. */
    public Builder statusAt(Instant instant, Set<CertificateStatus> statuses) {
      checkArgument(!statuses.isEmpty(), "name at least one status");
      this.statusAt = Optional.of(instant);
      this.statuses = statuses;
      return this;
    }

    /** Only certificates whose last day of validity is within the two days, inclusive. */
    public Builder validUntilBetween(LocalDate from, LocalDate to) {
      checkArgument(!to.isBefore(from), "%s is before %s", to, from);
      this.validUntilFrom = Optional.of(from);
      this.validUntilTo = Optional.of(to);
      return this;
    }

    /**
     * Only certificates in force or suspended at {@code at} whose validity ends within {@code
     * days} days of the day of {@code at} (the day itself included): the ones to renew (EUCC Annex
     * IV.1(2)(a): a review may be requested nine months before expiry).
     */
    public Builder expiringWithin(Instant at, int days) {
      checkArgument(days >= 0, "days must not be negative: %s", days);
      LocalDate today = LegalTime.dayOf(at);
      statusAt(at, EnumSet.of(CertificateStatus.IN_FORCE, CertificateStatus.SUSPENDED));
      return validUntilBetween(today, today.plusDays(days));
    }

    /** The query. */
    public CertificateQuery build() {
      return new CertificateQuery(
          holderName,
          productName,
          scheme,
          level,
          issuer,
          memberState,
          statusAt,
          statuses,
          validUntilFrom,
          validUntilTo);
    }
  }
}
