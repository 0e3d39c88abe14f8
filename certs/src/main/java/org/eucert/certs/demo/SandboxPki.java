/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.demo;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A sandbox public-key infrastructure for demo homes: certificate authorities and signing keys
 * made on the spot, ECDSA P-256, every certificate's subject marked {@code TEST-ONLY}. Nothing it
 * makes may be trusted outside a sandbox.
 *
 * <p>Instants are explicit (no clock is read). Not thread-safe; one instance per home being built.
 *
 * @since 0.1
 */
public final class SandboxPki {
  private static final String SIGNATURE = "SHA256withECDSA";

  private final BouncyCastleProvider provider = new BouncyCastleProvider();
  private final SecureRandom random = new SecureRandom();
  private long serial = 1;

  /** A key pair with its certificate chain, the key's own certificate first. */
  public record Issued(KeyPair keys, List<X509Certificate> chain) {
    public Issued {
      checkNotNull(keys, "keys");
      chain = List.copyOf(chain);
      checkArgument(!chain.isEmpty(), "empty chain");
    }

    /** The key's own certificate. */
    public X509Certificate certificate() {
      return chain.get(0);
    }

    @Override
    public String toString() {
      return "Issued[" + certificate().getSubjectX500Principal().getName() + "]";
    }
  }

  /** A self-signed certificate authority valid from {@code from} for {@code validity}. */
  public Issued rootCa(String name, Instant from, Duration validity) {
    KeyPair keys = newKeyPair();
    X500Name subject = name(name);
    return new Issued(keys, List.of(build(subject, keys, subject, keys, from, validity, true)));
  }

  /**
   * A signing key certified by {@code ca}, valid from {@code from} for {@code validity}; its
   * chain is its certificate followed by the CA's chain.
   */
  public Issued signer(Issued ca, String name, Instant from, Duration validity) {
    checkNotNull(ca, "ca");
    KeyPair keys = newKeyPair();
    X509Certificate cert =
        build(
            name(name),
            keys,
            X500Name.getInstance(ca.certificate().getSubjectX500Principal().getEncoded()),
            ca.keys(),
            from,
            validity,
            false);
    return new Issued(
        keys,
        ImmutableList.<X509Certificate>builder()
            .add(cert)
            .addAll(ca.chain())
            .build());
  }

  /**
   * Writes {@code issued} as a PKCS#12 file (key and chain under alias {@code signer}), atomically.
   */
  public void writePkcs12(Issued issued, Path file, char[] password) throws IOException {
    checkNotNull(file, "file");
    checkNotNull(password, "password");
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry(
          "signer",
          issued.keys().getPrivate(),
          password,
          issued.chain().toArray(new X509Certificate[0]));
      Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".p12-", ".tmp");
      try (OutputStream out = Files.newOutputStream(tmp)) {
        store.store(out, password);
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (GeneralSecurityException e) {
      throw new IOException("cannot write PKCS#12 file " + file + ": " + e.getMessage(), e);
    }
  }

  private static X500Name name(String commonName) {
    checkArgument(!commonName.isBlank(), "blank name");
    return new X500NameBuilder(BCStyle.INSTANCE)
        .addRDN(BCStyle.O, "eucert sandbox TEST-ONLY")
        .addRDN(BCStyle.CN, commonName + " TEST-ONLY")
        .build();
  }

  private KeyPair newKeyPair() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("EC", provider);
      g.initialize(new ECGenParameterSpec("secp256r1"), random);
      return g.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("P-256 key generation is unavailable", e);
    }
  }

  private X509Certificate build(
      X500Name subject,
      KeyPair subjectKeys,
      X500Name issuer,
      KeyPair issuerKeys,
      Instant from,
      Duration validity,
      boolean ca) {
    checkNotNull(from, "from");
    checkArgument(!validity.isNegative() && !validity.isZero(), "validity must be positive");
    try {
      JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
      X509v3CertificateBuilder b =
          new JcaX509v3CertificateBuilder(
              issuer,
              BigInteger.valueOf(serial++),
              Date.from(from),
              Date.from(from.plus(validity)),
              subject,
              subjectKeys.getPublic());
      b.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
      b.addExtension(
          Extension.keyUsage,
          true,
          new KeyUsage(
              ca
                  ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                  : KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
      b.addExtension(
          Extension.subjectKeyIdentifier,
          false,
          ext.createSubjectKeyIdentifier(subjectKeys.getPublic()));
      b.addExtension(
          Extension.authorityKeyIdentifier,
          false,
          ext.createAuthorityKeyIdentifier(issuerKeys.getPublic()));
      return new JcaX509CertificateConverter()
          .setProvider(provider)
          .getCertificate(
              b.build(
                  new JcaContentSignerBuilder(SIGNATURE)
                      .setProvider(provider)
                      .build(issuerKeys.getPrivate())));
    } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
      throw new IllegalStateException("cannot make a sandbox certificate: " + e.getMessage(), e);
    }
  }
}
