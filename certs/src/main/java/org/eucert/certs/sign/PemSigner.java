/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.sign;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.operator.InputDecryptorProvider;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;

/**
 * A signer over a PKCS#8 private key in a PEM file ({@code PRIVATE KEY} or {@code ENCRYPTED PRIVATE
 * KEY}, RFC 5958 / RFC 7468) and its certificate chain in another PEM file (signer first). At
 * construction the key is checked against the certificate and the algorithm against
 * ARCHITECTURE.md section 6.
 *
 * <p>Thread-safe. The key is never logged, printed or serialised; the password is not kept.
 *
 * @since 0.1
 */
public final class PemSigner extends KeyBackedSigner {
  private static final long MAX_FILE = 1024 * 1024;

  private PemSigner(KeySigner signer) {
    super(signer, "PemSigner");
  }

  /**
   * The signer of an unencrypted PKCS#8 key.
   *
   * @throws SigningException if a file cannot be read, the key is encrypted, or it does not fit
   */
  public static PemSigner load(Path keyPem, Path chainPem) throws SigningException {
    return load(keyPem, null, chainPem);
  }

  /**
   * The signer of a PKCS#8 key, encrypted with {@code password} (null for an unencrypted key).
   *
   * @throws SigningException if a file cannot be read or decrypted, or the key does not fit
   */
  public static PemSigner load(Path keyPem, char[] password, Path chainPem)
      throws SigningException {
    checkNotNull(keyPem, "keyPem");
    checkNotNull(chainPem, "chainPem");
    PrivateKey key = readKey(keyPem, password);
    List<X509Certificate> chain = readChain(chainPem);
    return new PemSigner(KeySigner.of(key, chain, BouncyCastle.provider()));
  }

  private static PrivateKey readKey(Path keyPem, char[] password) throws SigningException {
    Object object = readSingle(keyPem, "private key");
    try {
      PrivateKeyInfo info;
      if (object instanceof PrivateKeyInfo plain) {
        info = plain;
      } else if (object instanceof PKCS8EncryptedPrivateKeyInfo encrypted) {
        if (password == null) {
          throw new SigningException("the key in " + keyPem + " is encrypted; a password is needed");
        }
        InputDecryptorProvider decryptor =
            new JceOpenSSLPKCS8DecryptorProviderBuilder()
                .setProvider(BouncyCastle.provider())
                .build(password);
        info = encrypted.decryptPrivateKeyInfo(decryptor);
      } else {
        throw new SigningException(
            keyPem + " holds no PKCS#8 private key (PRIVATE KEY or ENCRYPTED PRIVATE KEY)");
      }
      return new JcaPEMKeyConverter().setProvider(BouncyCastle.provider()).getPrivateKey(info);
    } catch (SigningException e) {
      throw e;
    } catch (Exception e) {
      throw new SigningException(
          "cannot decode the key in " + keyPem + " (wrong password?): " + e.getClass().getSimpleName(), e);
    }
  }

  private static Object readSingle(Path pem, String what) throws SigningException {
    List<Object> objects = readAll(pem);
    if (objects.size() != 1) {
      throw new SigningException(pem + " holds " + objects.size() + " PEM objects; one " + what + " expected");
    }
    return objects.get(0);
  }

  private static List<Object> readAll(Path pem) throws SigningException {
    try {
      if (Files.size(pem) > MAX_FILE) {
        throw new SigningException(pem + " is larger than " + MAX_FILE + " bytes");
      }
      List<Object> objects = new ArrayList<>();
      try (Reader reader = Files.newBufferedReader(pem, StandardCharsets.US_ASCII);
          PEMParser parser = new PEMParser(reader)) {
        for (Object o = parser.readObject(); o != null; o = parser.readObject()) {
          objects.add(o);
        }
      }
      return objects;
    } catch (IOException | RuntimeException e) {
      throw new SigningException("cannot read the PEM file " + pem + ": " + e.getMessage(), e);
    }
  }

  private static List<X509Certificate> readChain(Path chainPem) throws SigningException {
    List<X509Certificate> chain = new ArrayList<>();
    try {
      CertificateFactory factory = CertificateFactory.getInstance("X.509");
      for (Object o : readAll(chainPem)) {
        if (!(o instanceof X509CertificateHolder holder)) {
          throw new SigningException(chainPem + " holds something other than certificates");
        }
        chain.add(
            (X509Certificate)
                factory.generateCertificate(new ByteArrayInputStream(holder.getEncoded())));
      }
    } catch (IOException | GeneralSecurityException e) {
      throw new SigningException("cannot decode the certificates in " + chainPem + ": " + e.getMessage(), e);
    }
    if (chain.isEmpty()) {
      throw new SigningException(chainPem + " holds no certificate");
    }
    return chain;
  }
}
