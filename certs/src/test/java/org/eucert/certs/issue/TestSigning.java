/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.issue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.eucert.core.model.Bytes;

/**
 * The CAB's signing for issuance tests. PROVISIONAL until the sign branch lands: the "envelope" is
 * the content with a marker, the certificate a fixed byte string.
 */
final class TestSigning {
  private final Bytes certificate;

  private TestSigning(Bytes certificate) {
    this.certificate = certificate;
  }

  static TestSigning create() {
    return create("cab");
  }

  /** Another signer, with a certificate of its own. */
  static TestSigning create(String name) {
    return new TestSigning(
        Bytes.copyOf(("test-certificate-" + name).getBytes(StandardCharsets.UTF_8)));
  }

  Bytes certificateDer() {
    return certificate;
  }

  ContentSigner contentSigner() {
    return new ContentSigner() {
      @Override
      public Bytes certificateDer() {
        return certificate;
      }

      @Override
      public byte[] sign(byte[] content, Instant signingTime) {
        byte[] marker = ("SIGNED@" + signingTime + ":").getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[marker.length + content.length];
        System.arraycopy(marker, 0, out, 0, marker.length);
        System.arraycopy(content, 0, out, marker.length, content.length);
        return out;
      }
    };
  }
}
