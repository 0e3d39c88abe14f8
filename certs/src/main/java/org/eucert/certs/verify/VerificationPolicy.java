/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.verify;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.eucert.certs.sign.SignatureAlgorithm;
import org.eucert.core.model.AssuranceLevel;
import org.eucert.core.model.SchemeId;

/**
 * What a relying party accepts, separate from how verification is done (STYLE.md section 3):
 * algorithms and key sizes, how old trust data may be, which schemes and the lowest level it
 * accepts, and whether a suspended certificate passes with a warning.
 *
 * <p>Defaults ({@link #defaults()}), chosen to be safe:
 *
 * <ul>
 *   <li>algorithms: the four of ARCHITECTURE.md section 6 ({@code ECDSA_P256_SHA256}, {@code
 *       ECDSA_P384_SHA384}, {@code ED25519}, {@code RSA_PSS_SHA256});
 *   <li>minimum key sizes: 256 bits for elliptic curves (Ed25519 included), 3072 bits for RSA
 *       (ECCG agreed cryptographic mechanisms, SOG-IS ACM v1.2 section 2.2);
 *   <li>trust data: valid until its next-update (judged by the verifier's clock), with no further
 *       age limit; {@link Builder#maxTrustDataAge} adds one;
 *   <li>schemes: any; level: any ({@link AssuranceLevel#BASIC});
 *   <li>suspended certificates: {@link SubIndication#CERTIFICATE_SUSPENDED}, INDETERMINATE (EUCC
 *       Art 30: suspension does not end validity, but the certificate is not in force); {@link
 *       Builder#acceptSuspendedWithWarning()} makes them PASSED with a warning.
 * </ul>
 *
 * <p>A certificate of a scheme the policy does not require, or below its minimum level, is
 * reported {@link SubIndication#OUT_OF_SCOPE} (outside what the relying party asked for).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class VerificationPolicy {
  private static final VerificationPolicy DEFAULTS = builder().build();

  private final ImmutableSet<SignatureAlgorithm> acceptedAlgorithms;
  private final int minimumEcKeyBits;
  private final int minimumRsaKeyBits;
  private final Optional<Duration> maxTrustDataAge;
  private final ImmutableSet<SchemeId> requiredSchemes;
  private final AssuranceLevel minimumLevel;
  private final boolean acceptSuspended;

  private VerificationPolicy(Builder b) {
    this.acceptedAlgorithms = Sets.immutableEnumSet(b.acceptedAlgorithms);
    this.minimumEcKeyBits = b.minimumEcKeyBits;
    this.minimumRsaKeyBits = b.minimumRsaKeyBits;
    this.maxTrustDataAge = b.maxTrustDataAge;
    this.requiredSchemes = ImmutableSet.copyOf(b.requiredSchemes);
    this.minimumLevel = b.minimumLevel;
    this.acceptSuspended = b.acceptSuspended;
  }

  /** The default policy (see the class comment). */
  public static VerificationPolicy defaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** The accepted signature algorithms. */
  public Set<SignatureAlgorithm> acceptedAlgorithms() {
    return acceptedAlgorithms;
  }

  /** The smallest accepted elliptic-curve key, in bits. */
  public int minimumEcKeyBits() {
    return minimumEcKeyBits;
  }

  /** The smallest accepted RSA key, in bits. */
  public int minimumRsaKeyBits() {
    return minimumRsaKeyBits;
  }

  /** How long after its issue a list is still accepted, on top of its next-update; empty: no limit. */
  public Optional<Duration> maxTrustDataAge() {
    return maxTrustDataAge;
  }

  /** The schemes accepted; empty: any. */
  public Set<SchemeId> requiredSchemes() {
    return requiredSchemes;
  }

  /** The lowest accepted assurance level. */
  public AssuranceLevel minimumLevel() {
    return minimumLevel;
  }

  /** Whether a suspended certificate passes with a warning (default: no). */
  public boolean acceptsSuspended() {
    return acceptSuspended;
  }

  /**
   * Whether {@code algorithm} with a key of {@code keyBits} is accepted; empty if it is, else the
   * reason.
   */
  public Optional<String> refusal(SignatureAlgorithm algorithm, int keyBits) {
    checkNotNull(algorithm, "algorithm");
    if (!acceptedAlgorithms.contains(algorithm)) {
      return Optional.of(
          "algorithm " + algorithm + " is not accepted by the policy (accepted: "
              + acceptedAlgorithms + ")");
    }
    boolean rsa = algorithm == SignatureAlgorithm.RSA_PSS_SHA256;
    int min = rsa ? minimumRsaKeyBits : minimumEcKeyBits;
    if (keyBits < min) {
      return Optional.of(
          (rsa ? "RSA" : "elliptic-curve") + " key of " + keyBits
              + " bits is below the policy's minimum of " + min + " bits");
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "VerificationPolicy[algorithms=" + acceptedAlgorithms + ", minEc=" + minimumEcKeyBits
        + ", minRsa=" + minimumRsaKeyBits + ", maxTrustDataAge=" + maxTrustDataAge
        + ", schemes=" + requiredSchemes + ", minimumLevel=" + minimumLevel
        + ", acceptSuspended=" + acceptSuspended + "]";
  }

  /** Builds a {@link VerificationPolicy}, starting from the defaults. Not thread-safe. */
  public static final class Builder {
    private final Set<SignatureAlgorithm> acceptedAlgorithms =
        EnumSet.allOf(SignatureAlgorithm.class);
    private int minimumEcKeyBits = 256;
    private int minimumRsaKeyBits = 3072;
    private Optional<Duration> maxTrustDataAge = Optional.empty();
    private final Set<SchemeId> requiredSchemes = new LinkedHashSet<>();
    private AssuranceLevel minimumLevel = AssuranceLevel.BASIC;
    private boolean acceptSuspended;

    private Builder() {}

    /** Accepts exactly these algorithms. */
    public Builder acceptedAlgorithms(Set<SignatureAlgorithm> algorithms) {
      checkNotNull(algorithms, "algorithms");
      checkArgument(!algorithms.isEmpty(), "a policy accepting no algorithm verifies nothing");
      acceptedAlgorithms.clear();
      acceptedAlgorithms.addAll(algorithms);
      return this;
    }

    /** The smallest accepted elliptic-curve key in bits (at least 256). */
    public Builder minimumEcKeyBits(int bits) {
      checkArgument(bits >= 256, "elliptic-curve keys below 256 bits are never accepted: %s", bits);
      this.minimumEcKeyBits = bits;
      return this;
    }

    /** The smallest accepted RSA key in bits (at least 3072). */
    public Builder minimumRsaKeyBits(int bits) {
      checkArgument(bits >= 3072, "RSA keys below 3072 bits are never accepted: %s", bits);
      this.minimumRsaKeyBits = bits;
      return this;
    }

    /** Refuses lists issued longer than {@code age} ago, even before their next-update. */
    public Builder maxTrustDataAge(Duration age) {
      checkNotNull(age, "age");
      checkArgument(!age.isNegative() && !age.isZero(), "age must be positive: %s", age);
      this.maxTrustDataAge = Optional.of(age);
      return this;
    }

    /** Accepts only certificates of these schemes. */
    public Builder requireScheme(SchemeId scheme) {
      requiredSchemes.add(checkNotNull(scheme, "scheme"));
      return this;
    }

    /** Accepts only certificates at this level or above. */
    public Builder minimumLevel(AssuranceLevel level) {
      this.minimumLevel = checkNotNull(level, "level");
      return this;
    }

    /**
     * A suspended certificate passes with a warning instead of being INDETERMINATE. Named so that
     * an audit can grep for it: EUCC Art 30 lets a suspended certificate keep its validity, but
     * promotion of the product must stop.
     */
    public Builder acceptSuspendedWithWarning() {
      this.acceptSuspended = true;
      return this;
    }

    /** The policy. */
    public VerificationPolicy build() {
      return new VerificationPolicy(this);
    }
  }
}
