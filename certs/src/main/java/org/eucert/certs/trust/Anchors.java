/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.trust;

import java.io.ByteArrayInputStream;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eucert.core.model.Bytes;

/**
 * Reading trust anchors ({@code anchors.pem}, ARCHITECTURE.md section 10): the certificates allowed
 * to sign the list of trust lists, given to a verifier out of band (ARCHITECTURE.md section 7).
 *
 * @since 0.1
 */
public final class Anchors {
  private Anchors() {}

  /**
   * The X.509 certificates of a PEM (or DER) text as anchors, each valid within its certificate's
   * own window.
   *
   * @throws IllegalArgumentException if the bytes hold no certificate or are not certificates
   */
  public static List<Anchor> fromPem(byte[] pem) {
    List<Anchor> anchors = new ArrayList<>();
    try {
      CertificateFactory f = CertificateFactory.getInstance("X.509");
      for (Certificate c : f.generateCertificates(new ByteArrayInputStream(pem))) {
        X509Certificate x = (X509Certificate) c;
        anchors.add(
            new Anchor(
                Bytes.copyOf(x.getEncoded()),
                x.getNotBefore().toInstant(),
                Optional.of(x.getNotAfter().toInstant())));
      }
    } catch (CertificateException e) {
      throw new IllegalArgumentException("not PEM certificates: " + e.getMessage(), e);
    }
    if (anchors.isEmpty()) {
      throw new IllegalArgumentException("no certificate in the anchors");
    }
    return List.copyOf(anchors);
  }
}
