/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.verify;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import org.eucert.certs.sign.ParsedEnvelope;
import org.eucert.core.model.Bytes;

/**
 * The verdicts on the CA certificates an envelope carries after the signer's, cached by the
 * chain's bytes (ARCHITECTURE.md section 11: chain verdicts are cached), so that no byte of an
 * envelope is free to change even though a listed signer's own certificate is pinned.
 *
 * <p>A chain is accepted when each certificate is issued and signed by the next, and the last is
 * self-signed and verifies with its own key. Only accepted chains are remembered (at most {@value #MAX}), so
 * hostile envelopes cannot fill the cache; a refused chain is checked again each time. An envelope
 * with the signer's certificate alone needs no verdict.
 *
 * <p>Limitation, fail closed: a chain whose last certificate is not self-signed (an intermediate
 * without its root) is refused, because that certificate's signature needs its issuer's key,
 * which the trust snapshot does not give; otherwise its bytes would be free to change. An
 * envelope of a listed signer carries either the signer's certificate alone or a chain up to and
 * including a root. Accepting intermediates needs the snapshot to expose the bundle's CA
 * certificates.
 *
 * <p>Thread-safe.
 */
final class ChainVerdicts {
  static final int MAX = 4096;

  private final Map<String, Boolean> accepted = new ConcurrentHashMap<>();

  SignedDocument.SignatureOutcome check(EnvelopeDocument document) {
    ParsedEnvelope p = document.parsed();
    List<Bytes> chain = p.chainDer();
    if (chain.size() == 1) {
      return SignedDocument.SignatureOutcome.VALID;
    }
    Hasher h = Hashing.sha256().newHasher();
    for (Bytes b : chain) {
      byte[] der = b.toByteArray();
      h.putInt(der.length).putBytes(der);
    }
    String key = h.hash().toString();
    if (accepted.containsKey(key)) {
      return SignedDocument.SignatureOutcome.VALID;
    }
    if (!linksVerify(chain)) {
      return SignedDocument.SignatureOutcome.SIG_CRYPTO_FAILURE;
    }
    if (accepted.size() < MAX) {
      accepted.put(key, Boolean.TRUE);
    }
    return SignedDocument.SignatureOutcome.VALID;
  }

  /** Each certificate issued and signed by the next; a self-signed last one by itself. */
  private static boolean linksVerify(List<Bytes> chain) {
    try {
      CertificateFactory f = CertificateFactory.getInstance("X.509");
      List<X509Certificate> certs = new ArrayList<>();
      for (Bytes b : chain) {
        byte[] der = b.toByteArray();
        // strict DER: re-encodes to the same bytes, no unused bits in the signature (the JDK's
        // decoder is lenient about both, so such bytes would otherwise be free to change)
        org.bouncycastle.asn1.x509.Certificate strict =
            org.bouncycastle.asn1.x509.Certificate.getInstance(
                org.bouncycastle.asn1.ASN1Primitive.fromByteArray(der));
        if (strict.getSignature().getPadBits() != 0
            || !Arrays.equals(strict.getEncoded(org.bouncycastle.asn1.ASN1Encoding.DER), der)) {
          return false;
        }
        certs.add((X509Certificate) f.generateCertificate(new ByteArrayInputStream(der)));
      }
      for (int i = 0; i + 1 < certs.size(); i++) {
        X509Certificate child = certs.get(i);
        X509Certificate issuer = certs.get(i + 1);
        if (!child.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
          return false;
        }
        child.verify(issuer.getPublicKey());
      }
      X509Certificate last = certs.get(certs.size() - 1);
      if (!last.getIssuerX500Principal().equals(last.getSubjectX500Principal())) {
        return false; // its signature could not be checked: fail closed (see the class comment)
      }
      last.verify(last.getPublicKey());
      return true;
    } catch (GeneralSecurityException | java.io.IOException | RuntimeException e) {
      return false;
    }
  }
}
