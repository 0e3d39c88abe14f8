/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.trust;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eucert.core.model.Bytes;
import org.eucert.core.time.LegalTime;

/**
 * A root of trust: a certificate allowed to sign the list of trust lists, given to the verifier
 * out of band, with the window in which it may sign (several anchors with windows let the key
 * rotate without a release; ARCHITECTURE.md section 7). "Which anchor was valid at t" is a query,
 * {@link #validAt}, never a wall-clock check.
 *
 * <p>Immutable.
 *
 * @param certificateDer the DER certificate
 * @param validFrom the first instant it may sign
 * @param validUntil the first instant it may no longer sign, if limited
 * @since 0.1
 */
public record Anchor(Bytes certificateDer, Instant validFrom, Optional<Instant> validUntil) {
  private static final Pattern PEM =
      Pattern.compile(
          "-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\\s]+)-----END CERTIFICATE-----");

  public Anchor {
    checkNotNull(certificateDer, "certificateDer");
    validFrom = LegalTime.normalize(checkNotNull(validFrom, "validFrom"));
    validUntil = checkNotNull(validUntil, "validUntil").map(LegalTime::normalize);
    checkArgument(certificateDer.size() > 0, "anchor certificate is empty");
    checkArgument(
        validUntil.map(validFrom::isBefore).orElse(true), "anchor window ends before it starts");
  }

  /** An anchor valid from {@code validFrom}, without end. */
  public static Anchor of(Bytes certificateDer, Instant validFrom) {
    return new Anchor(certificateDer, validFrom, Optional.empty());
  }

  /**
   * The anchors in a PEM file such as a bundle's {@code anchors.pem}: every {@code CERTIFICATE}
   * block, each valid from {@code validFrom} without end (windows other than that are given in
   * code).
   *
   * @throws UncheckedIOException if the file cannot be read
   * @throws IllegalArgumentException if it holds no certificate or a block is not base64
   */
  public static List<Anchor> fromPem(Path pem, Instant validFrom) {
    checkNotNull(pem, "pem");
    checkNotNull(validFrom, "validFrom");
    String text;
    try {
      text = Files.readString(pem, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read anchors from " + pem, e);
    }
    Matcher m = PEM.matcher(text);
    List<Anchor> out = new ArrayList<>();
    while (m.find()) {
      byte[] der;
      try {
        der = Base64.getMimeDecoder().decode(m.group(1));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(pem + ": a CERTIFICATE block is not base64", e);
      }
      out.add(of(Bytes.copyOf(der), validFrom));
    }
    checkArgument(!out.isEmpty(), "%s holds no CERTIFICATE block", pem);
    return List.copyOf(out);
  }

  /** Whether the anchor may sign at {@code instant}: within [validFrom, validUntil). */
  public boolean validAt(Instant instant) {
    checkNotNull(instant, "instant");
    return !instant.isBefore(validFrom) && validUntil.map(instant::isBefore).orElse(true);
  }
}
