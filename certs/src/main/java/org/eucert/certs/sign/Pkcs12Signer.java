/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.sign;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A signer over the private key of a PKCS#12 file (RFC 7292), read with the Bouncy Castle provider
 * instance. At construction the key is checked against its certificate and the algorithm against
 * ARCHITECTURE.md section 6.
 *
 * <p>Thread-safe. The key stays in memory only inside this object; it is never logged, printed or
 * serialised, and the password is neither kept nor shown.
 *
 * @since 0.1
 */
public final class Pkcs12Signer extends KeyBackedSigner {
  private Pkcs12Signer(KeySigner signer) {
    super(signer, "Pkcs12Signer");
  }

  /**
   * The signer of the file's only private-key entry.
   *
   * @throws SigningException if the file cannot be read or decrypted, holds no or several private
   *     keys, or the key does not fit its certificate
   */
  public static Pkcs12Signer open(Path p12, char[] password) throws SigningException {
    return open(p12, password, null);
  }

  /**
   * The signer of the private-key entry {@code alias}, or of the only one if {@code alias} is null.
   *
   * @throws SigningException as {@link #open(Path, char[])}
   */
  public static Pkcs12Signer open(Path p12, char[] password, String alias) throws SigningException {
    checkNotNull(p12, "p12");
    checkNotNull(password, "password");
    KeyStore store;
    try (InputStream in = Files.newInputStream(p12)) {
      store = KeyStore.getInstance("PKCS12", BouncyCastle.provider());
      store.load(in, password);
    } catch (IOException | GeneralSecurityException | RuntimeException e) {
      throw new SigningException(
          "cannot read the PKCS#12 file " + p12 + " (wrong password or not PKCS#12): " + e.getMessage(), e);
    }
    try {
      String chosen = alias;
      if (chosen == null) {
        List<String> keys = new ArrayList<>();
        for (String a : Collections.list(store.aliases())) {
          if (store.isKeyEntry(a)) {
            keys.add(a);
          }
        }
        if (keys.size() != 1) {
          throw new SigningException(
              "the PKCS#12 file " + p12 + " holds " + keys.size() + " private keys; name one by alias");
        }
        chosen = keys.get(0);
      }
      Key key = store.getKey(chosen, password);
      if (!(key instanceof PrivateKey privateKey)) {
        throw new SigningException("the PKCS#12 file " + p12 + " has no private key under alias " + chosen);
      }
      Certificate[] chain = store.getCertificateChain(chosen);
      if (chain == null || chain.length == 0) {
        throw new SigningException("the PKCS#12 file " + p12 + " has no certificate for alias " + chosen);
      }
      List<X509Certificate> certificates = new ArrayList<>(chain.length);
      for (Certificate c : chain) {
        certificates.add((X509Certificate) c);
      }
      return new Pkcs12Signer(KeySigner.of(privateKey, certificates, BouncyCastle.provider()));
    } catch (SigningException e) {
      throw e; // says already what is wrong with the key
    } catch (GeneralSecurityException | RuntimeException e) {
      throw new SigningException("cannot read the key of " + p12 + ": " + e.getMessage(), e);
    }
  }
}
