/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.sign;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes and strictly reads signed envelopes: CMS SignedData (RFC 5652) in DER, profile CAdES-B-B
 * (ETSI EN 319 122-1), as ARCHITECTURE.md section 6 describes.
 *
 * <p>What {@link #sign} writes: encapsulated content of type id-data holding the content bytes
 * exactly; exactly one SignerInfo (version 1, issuer and serial number) with the signed attributes
 * content-type, message-digest, signing-time and signing-certificate-v2 (an ESSCertIDv2 with the
 * SHA-256 of the signer's certificate and its issuer and serial); the signer's chain in {@code
 * certificates}; no CRLs, no unsigned attributes.
 *
 * <p>What {@link #parse} accepts: exactly that and nothing else, so that no byte of an envelope is
 * free to change. The parser rebuilds the canonical encoding from the parts it read (content,
 * signing time, certificates, message digest, signature) and requires it to equal the input byte
 * for byte; before that it checks lengths and nesting without allocating, so hostile input costs
 * at most its size.
 *
 * <p>Signing time: whole seconds only. A sub-second instant is refused ({@link
 * IllegalArgumentException}) rather than truncated, so the signing-time always equals the issue
 * instant written in the content (ARCHITECTURE.md section 6).
 *
 * <p>Thread-safe; build once. It memoises the certificates it has checked (a bounded cache keyed
 * by their full DER), since the same signers sign many documents.
 *
 * @since 0.1
 */
public final class EnvelopeCodec {
  /** The default maximum envelope size: 4 MiB. */
  public static final int DEFAULT_MAX_SIZE = 4 * 1024 * 1024;

  private static final EnvelopeCodec STANDARD = new EnvelopeCodec(DEFAULT_MAX_SIZE);

  private final int maxSize;
  private final CertificateInfo.Cache certificates = new CertificateInfo.Cache();

  private EnvelopeCodec(int maxSize) {
    this.maxSize = maxSize;
  }

  /** The shared codec with the default limits ({@link #DEFAULT_MAX_SIZE}). */
  public static EnvelopeCodec standard() {
    return STANDARD;
  }

  /** A codec refusing envelopes larger than {@code maxSize} bytes. */
  public static EnvelopeCodec withMaxSize(int maxSize) {
    checkArgument(maxSize > 0, "maxSize %s must be positive", maxSize);
    return new EnvelopeCodec(maxSize);
  }

  /** The largest envelope {@link #parse} accepts, in bytes. */
  public int maxSize() {
    return maxSize;
  }

  /**
   * A DER CMS SignedData over {@code content}, signed by {@code signer} at {@code signingTime}.
   *
   * @param signingTime whole seconds, between 1950 and 9999 (UTC)
   * @throws IllegalArgumentException for a sub-second or out-of-range signing time, or an envelope
   *     that would exceed {@link #maxSize()}
   * @throws SigningException if the signer fails
   */
  public byte[] sign(byte[] content, Instant signingTime, Signer signer) throws SigningException {
    checkNotNull(content, "content");
    checkNotNull(signingTime, "signingTime");
    checkNotNull(signer, "signer");
    checkArgument(
        signingTime.getNano() == 0,
        "signing time %s has a fraction of a second; the envelope carries whole seconds only",
        signingTime);
    checkArgument(
        !signingTime.isBefore(EnvelopeLayout.MIN_TIME) && signingTime.isBefore(EnvelopeLayout.END_TIME),
        "signing time %s is outside 1950 to 9999",
        signingTime);
    checkArgument(
        content.length < maxSize, "content of %s bytes exceeds the limit %s", content.length, maxSize);
    SignatureAlgorithm algorithm = checkNotNull(signer.algorithm(), "signer.algorithm()");
    List<X509Certificate> jcaChain = checkNotNull(signer.chain(), "signer.chain()");
    checkArgument(!jcaChain.isEmpty(), "signer has an empty chain");
    List<CertificateInfo> chain = new ArrayList<>(jcaChain.size());
    try {
      for (X509Certificate c : jcaChain) {
        chain.add(CertificateInfo.of(c.getEncoded()));
      }
    } catch (CertificateEncodingException | RuntimeException e) {
      throw new SigningException("the signer's chain is not DER X.509: " + e.getMessage(), e);
    }
    byte[] messageDigest = algorithm.digest().digest(content);
    byte[] signedAttributes =
        EnvelopeLayout.signedAttributes(signingTime, messageDigest, chain.get(0));
    byte[] signature = signer.sign(signedAttributes);
    if (signature == null || signature.length == 0) {
      throw new SigningException("the signer returned no signature");
    }
    byte[] envelope =
        EnvelopeLayout.envelope(algorithm, content, signedAttributes, chain, signature);
    checkArgument(
        envelope.length <= maxSize,
        "the envelope of %s bytes exceeds the limit %s",
        envelope.length,
        maxSize);
    return envelope;
  }

  /**
   * Strictly parses an envelope. Does not verify the signature: see {@link
   * ParsedEnvelope#verify(VerificationKey)}.
   *
   * @throws EnvelopeFormatException for anything other than exactly the structure {@link #sign}
   *     produces; never any other exception for any input
   */
  public ParsedEnvelope parse(byte[] envelope) throws EnvelopeFormatException {
    checkNotNull(envelope, "envelope");
    if (envelope.length > maxSize) {
      throw new EnvelopeFormatException(
          EnvelopeFailure.TOO_LARGE,
          "envelope of " + envelope.length + " bytes exceeds the limit of " + maxSize);
    }
    try {
      return EnvelopeLayout.parse(envelope, certificates);
    } catch (EnvelopeFormatException e) {
      throw e;
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      throw new EnvelopeFormatException(
          EnvelopeFailure.UNEXPECTED_STRUCTURE,
          "the envelope is not the expected CMS SignedData (" + e.getClass().getSimpleName() + ")",
          e);
    }
  }

  @Override
  public String toString() {
    return "EnvelopeCodec[maxSize=" + maxSize + "]";
  }
}
