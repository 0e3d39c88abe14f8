/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.verify;

import static com.google.common.base.Preconditions.checkNotNull;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.HexFormat;
import javax.security.auth.x500.X500Principal;
import org.eucert.certs.sign.DigestAlgorithm;
import org.eucert.certs.sign.EnvelopeCodec;
import org.eucert.certs.sign.EnvelopeFormatException;
import org.eucert.certs.sign.ParsedEnvelope;
import org.eucert.certs.sign.SignatureAlgorithm;
import org.eucert.certs.sign.SignatureCheck;
import org.eucert.certs.sign.VerificationKey;
import org.eucert.core.model.Bytes;

/**
 * A {@link ParsedEnvelope} as the pipeline sees it. Confined to one verification: it remembers
 * whether the content's digest was found equal to the signed message-digest attribute.
 */
final class EnvelopeDocument implements SignedDocument {
  private final ParsedEnvelope parsed;
  private boolean digestChecked;

  private EnvelopeDocument(ParsedEnvelope parsed) {
    this.parsed = checkNotNull(parsed, "parsed");
  }

  /** The reader of envelopes with {@code codec}. */
  static EnvelopeReader reader(EnvelopeCodec codec) {
    checkNotNull(codec, "codec");
    return bytes -> {
      try {
        return new EnvelopeDocument(codec.parse(bytes));
      } catch (EnvelopeFormatException e) {
        throw new EnvelopeReader.Rejected(e.failure() + ": " + e.getMessage(), e);
      }
    };
  }

  ParsedEnvelope parsed() {
    return parsed;
  }

  @Override
  public byte[] content() {
    return parsed.content();
  }

  @Override
  public Instant signingTime() {
    return parsed.signingTime();
  }

  @Override
  public SignatureAlgorithm algorithm() {
    return parsed.algorithm();
  }

  @Override
  public Bytes signerCertificateDer() {
    return parsed.signerCertificateDer();
  }

  @Override
  public SignatureOutcome verifyWithOwnKey() {
    return checked(map(parsed.verify()));
  }

  SignatureOutcome verify(VerificationKey key) {
    return checked(map(parsed.verify(key)));
  }

  private SignatureOutcome checked(SignatureOutcome outcome) {
    // the digest is compared before the signature: anything but HASH_FAILURE means it matched
    digestChecked |= outcome != SignatureOutcome.HASH_FAILURE;
    return outcome;
  }

  /**
   * Once the digest was checked under SHA-256, the signed message-digest attribute is the
   * content's SHA-256 (hashing 3 kB again cost 2% of a verification); otherwise it is computed.
   */
  @Override
  public String contentSha256Hex() {
    if (digestChecked && parsed.algorithm().digest() == DigestAlgorithm.SHA256) {
      return HexFormat.of().formatHex(parsed.contentDigest());
    }
    return SignedDocument.super.contentSha256Hex();
  }

  static SignatureOutcome map(SignatureCheck check) {
    switch (check) {
      case VALID:
        return SignatureOutcome.VALID;
      case HASH_FAILURE:
        return SignatureOutcome.HASH_FAILURE;
      default:
        return SignatureOutcome.SIG_CRYPTO_FAILURE;
    }
  }

  @Override
  public int ownKeyBits() {
    try {
      return VerificationKey.of(parsed.signerCertificateDer()).keySizeBits();
    } catch (EnvelopeFormatException e) {
      return 0;
    }
  }

  @Override
  public String signerSubject() {
    return certificate().getSubjectX500Principal().getName(X500Principal.RFC2253);
  }

  @Override
  public Instant signerNotBefore() {
    return certificate().getNotBefore().toInstant();
  }

  @Override
  public Instant signerNotAfter() {
    return certificate().getNotAfter().toInstant();
  }

  private X509Certificate certificate() {
    return parsed.signerCertificate();
  }
}
