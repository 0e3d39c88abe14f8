/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.testing;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.RSAKeyGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OutputEncryptor;
import org.eucert.certs.sign.JcaSigner;
import org.eucert.certs.sign.SignatureAlgorithm;
import org.eucert.certs.sign.Signer;
import org.eucert.certs.sign.SigningException;
import org.eucert.core.model.Bytes;

/**
 * A test-only PKI described in a line of code: root CAs (e.g. an NCCA's) and the signing
 * certificates of NCCAs, CABs, ITSEFs and manufacturers, with keys of any {@link
 * SignatureAlgorithm}, generated at test time. For example:
 *
 * <pre>{@code
 * TestPki pki = TestPki.create(clock)
 *     .ca("FR-ANSSI")
 *     .signer("FR-CAB-1", ECDSA_P256_SHA256, validFrom, validUntil);
 * Signer cab = pki.signerFor("FR-CAB-1");
 * }</pre>
 *
 * <p>Each {@code signer} is issued by the CA (root or intermediate) declared last before it. A
 * signer's {@link Signer#chain()} is its own certificate followed by its intermediates, without the
 * root (the root is the verifier's trust anchor). Keys are TEST ONLY.
 *
 * <p>Not thread-safe while being described; the built parts are immutable.
 *
 * @since 0.1
 */
public final class TestPki {
  /** The default validity of certificates: from a day before the clock's instant, for 5 years. */
  public static final Duration DEFAULT_VALIDITY = Duration.ofDays(5 * 365);

  private static final class BouncyCastleHolder {
    static final Provider PROVIDER = new BouncyCastleProvider();
  }

  /** One generated participant: its key pair, certificate and chain (itself first). */
  public record Entity(
      String name, SignatureAlgorithm algorithm, KeyPair keyPair, List<X509Certificate> chain) {
    public Entity {
      chain = List.copyOf(chain);
    }

    /** Its certificate. */
    public X509Certificate certificate() {
      return chain.get(0);
    }

    /** Its certificate, DER. */
    public Bytes certificateDer() {
      return der(certificate());
    }

    /** Its name only: the key pair stays out of logs. */
    @Override
    public String toString() {
      return "TestPki.Entity[" + name + ", " + algorithm + "]";
    }
  }

  /** The PEM files of a signer. */
  public record PemFiles(Path key, Path chain) {}

  private final Clock clock;
  private final SecureRandom random;
  private final Map<String, Entity> entities = new LinkedHashMap<>();
  private Entity currentCa;
  private long serial = 0x1000;

  private TestPki(Clock clock, SecureRandom random) {
    this.clock = clock;
    this.random = random;
  }

  /** An empty PKI whose default validity starts from {@code clock}'s instant. */
  public static TestPki create(Clock clock) {
    return new TestPki(checkNotNull(clock, "clock"), new SecureRandom());
  }

  /** The Bouncy Castle provider instance the test PKI uses (never installed globally). */
  public static Provider provider() {
    return BouncyCastleHolder.PROVIDER;
  }

  /** Adds a self-signed root CA with an ECDSA P-256 key; later signers are issued by it. */
  public TestPki ca(String name) {
    return ca(name, SignatureAlgorithm.ECDSA_P256_SHA256);
  }

  /** Adds a self-signed root CA with a key of {@code algorithm}; later signers are issued by it. */
  public TestPki ca(String name, SignatureAlgorithm algorithm) {
    Instant from = clock.instant().minus(Duration.ofDays(1));
    return ca(name, algorithm, from, from.plus(DEFAULT_VALIDITY.multipliedBy(2)));
  }

  /** Adds a self-signed root CA valid from {@code validFrom} until {@code validUntil}. */
  public TestPki ca(String name, SignatureAlgorithm algorithm, Instant validFrom, Instant validUntil) {
    checkArgument(!entities.containsKey(name), "%s exists already", name);
    KeyPair keys = generate(algorithm);
    X509Certificate certificate =
        issue(name, keys, name, algorithm, keys.getPrivate(), true, validFrom, validUntil);
    currentCa = new Entity(name, algorithm, keys, List.of(certificate));
    entities.put(name, currentCa);
    return this;
  }

  /** Adds a signer issued by the last CA, with the default validity. */
  public TestPki signer(String name, SignatureAlgorithm algorithm) {
    Instant from = clock.instant().minus(Duration.ofDays(1));
    return signer(name, algorithm, from, from.plus(DEFAULT_VALIDITY));
  }

  /** Adds a signer issued by the last CA, valid from {@code validFrom} until {@code validUntil}. */
  public TestPki signer(
      String name, SignatureAlgorithm algorithm, Instant validFrom, Instant validUntil) {
    checkState(currentCa != null, "declare a ca(...) before its signers");
    checkArgument(!entities.containsKey(name), "%s exists already", name);
    KeyPair keys = generate(algorithm);
    X509Certificate certificate =
        issue(
            name,
            keys,
            currentCa.name(),
            currentCa.algorithm(),
            currentCa.keyPair().getPrivate(),
            false,
            validFrom,
            validUntil);
    entities.put(name, new Entity(name, algorithm, keys, chainOf(certificate, currentCa)));
    return this;
  }

  /**
   * Adds an intermediate CA issued by the last CA, with a key of {@code algorithm}; later signers
   * are issued by it and carry it in their chains.
   */
  public TestPki intermediate(String name, SignatureAlgorithm algorithm) {
    checkState(currentCa != null, "declare a ca(...) before its intermediates");
    checkArgument(!entities.containsKey(name), "%s exists already", name);
    Instant from = clock.instant().minus(Duration.ofDays(1));
    KeyPair keys = generate(algorithm);
    X509Certificate certificate =
        issue(
            name,
            keys,
            currentCa.name(),
            currentCa.algorithm(),
            currentCa.keyPair().getPrivate(),
            true,
            from,
            from.plus(DEFAULT_VALIDITY.multipliedBy(2)));
    currentCa = new Entity(name, algorithm, keys, chainOf(certificate, currentCa));
    entities.put(name, currentCa);
    return this;
  }

  /** The certificate, then its issuer's chain unless the issuer is a root (roots are anchors). */
  private static List<X509Certificate> chainOf(X509Certificate certificate, Entity issuer) {
    List<X509Certificate> chain = new ArrayList<>();
    chain.add(certificate);
    X509Certificate issuerCertificate = issuer.certificate();
    boolean root =
        issuerCertificate.getSubjectX500Principal().equals(issuerCertificate.getIssuerX500Principal());
    if (!root) {
      chain.addAll(issuer.chain());
    }
    return chain;
  }

  /**
   * Issues, by the last CA, a signer certificate for a key held elsewhere (an HSM), and returns its
   * chain (the root excluded). The key's private half never passes through the test PKI.
   */
  public List<X509Certificate> issueFor(String name, java.security.PublicKey publicKey) {
    checkState(currentCa != null, "declare a ca(...) before its signers");
    checkArgument(!entities.containsKey(name), "%s exists already", name);
    Instant from = clock.instant().minus(Duration.ofDays(1));
    X509Certificate certificate =
        issue(
            name,
            new KeyPair(publicKey, null),
            currentCa.name(),
            currentCa.algorithm(),
            currentCa.keyPair().getPrivate(),
            false,
            from,
            from.plus(DEFAULT_VALIDITY));
    return chainOf(certificate, currentCa);
  }

  /** The participant named {@code name}. */
  public Entity entity(String name) {
    Entity e = entities.get(name);
    checkArgument(e != null, "no %s in this test PKI", name);
    return e;
  }

  /** A {@link JcaSigner} over the key of {@code name}, with the Bouncy Castle provider. */
  public Signer signerFor(String name) {
    Entity e = entity(name);
    try {
      return JcaSigner.of(e.keyPair().getPrivate(), e.chain(), provider());
    } catch (SigningException ex) {
      throw new IllegalStateException("the test PKI built an unusable signer " + name, ex);
    }
  }

  /** The certificate of {@code name}, DER. */
  public Bytes certificateDer(String name) {
    return entity(name).certificateDer();
  }

  /** Writes {@code name}'s key and chain as a PKCS#12 file in {@code dir}. */
  public Path writePkcs12(String name, Path dir, char[] password) throws IOException {
    Entity e = entity(name);
    Path file = dir.resolve(name + "-TEST-ONLY.p12");
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry(
          name, e.keyPair().getPrivate(), password, e.chain().toArray(new X509Certificate[0]));
      try (OutputStream out = Files.newOutputStream(file)) {
        store.store(out, password);
      }
    } catch (GeneralSecurityException ex) {
      throw new IOException("cannot write " + file, ex);
    }
    return file;
  }

  /**
   * Writes {@code name}'s PKCS#8 key (encrypted with AES-256 if {@code password} is not null) and
   * its chain as PEM files in {@code dir}.
   */
  public PemFiles writePem(String name, Path dir, char[] password) throws IOException {
    Entity e = entity(name);
    Path key = dir.resolve(name + "-TEST-ONLY.key.pem");
    Path chain = dir.resolve(name + "-chain.pem");
    try (Writer w = Files.newBufferedWriter(key, StandardCharsets.US_ASCII);
        JcaPEMWriter pem = new JcaPEMWriter(w)) {
      OutputEncryptor encryptor = null;
      if (password != null) {
        encryptor =
            new JceOpenSSLPKCS8EncryptorBuilder(JcaPKCS8Generator.AES_256_CBC)
                .setProvider(provider())
                .setRandom(random)
                .setPassword(password)
                .build();
      }
      pem.writeObject(new JcaPKCS8Generator(e.keyPair().getPrivate(), encryptor));
    } catch (org.bouncycastle.operator.OperatorCreationException ex) {
      throw new IOException("cannot encrypt the key of " + name, ex);
    }
    writeCertificates(chain, e.chain());
    return new PemFiles(key, chain);
  }

  /** Writes {@code name}'s certificate alone as a PEM file in {@code dir}. */
  public Path writeCertificatePem(String name, Path dir) throws IOException {
    Path file = dir.resolve(name + ".pem");
    writeCertificates(file, List.of(entity(name).certificate()));
    return file;
  }

  private static void writeCertificates(Path file, List<X509Certificate> certificates)
      throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.US_ASCII);
        JcaPEMWriter pem = new JcaPEMWriter(w)) {
      for (X509Certificate c : certificates) {
        pem.writeObject(c);
      }
    }
  }

  /** A fresh key pair for {@code algorithm} (RSA: 3072 bits), TEST ONLY. */
  public static KeyPair generate(SignatureAlgorithm algorithm) {
    return generate(algorithm, 3072);
  }

  /** A fresh key pair for {@code algorithm}; {@code rsaBits} applies to RSA only. TEST ONLY. */
  public static KeyPair generate(SignatureAlgorithm algorithm, int rsaBits) {
    try {
      KeyPairGenerator generator;
      switch (algorithm) {
        case ECDSA_P256_SHA256:
          generator = KeyPairGenerator.getInstance("EC", provider());
          generator.initialize(new ECGenParameterSpec("secp256r1"));
          break;
        case ECDSA_P384_SHA384:
          generator = KeyPairGenerator.getInstance("EC", provider());
          generator.initialize(new ECGenParameterSpec("secp384r1"));
          break;
        case ED25519:
          generator = KeyPairGenerator.getInstance("Ed25519", provider());
          break;
        case RSA_PSS_SHA256:
          generator = KeyPairGenerator.getInstance("RSA", provider());
          generator.initialize(new RSAKeyGenParameterSpec(rsaBits, RSAKeyGenParameterSpec.F4));
          break;
        default:
          throw new AssertionError(algorithm);
      }
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot generate a " + algorithm + " key", e);
    }
  }

  private X509Certificate issue(
      String subject,
      KeyPair subjectKeys,
      String issuer,
      SignatureAlgorithm issuerAlgorithm,
      PrivateKey issuerKey,
      boolean ca,
      Instant validFrom,
      Instant validUntil) {
    try {
      X500Name issuerName = name(issuer);
      X500Name subjectName = name(subject);
      X509v3CertificateBuilder builder =
          new X509v3CertificateBuilder(
              issuerName,
              BigInteger.valueOf(serial++),
              Date.from(validFrom),
              Date.from(validUntil),
              subjectName,
              SubjectPublicKeyInfo.getInstance(subjectKeys.getPublic().getEncoded()));
      JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
      builder.addExtension(
          Extension.keyUsage,
          true,
          new KeyUsage(
              ca
                  ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                  : KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
      builder.addExtension(
          Extension.subjectKeyIdentifier,
          false,
          extensions.createSubjectKeyIdentifier(subjectKeys.getPublic()));
      X509CertificateHolder holder =
          builder.build(new RawContentSigner(issuerAlgorithm, issuerKey));
      return (X509Certificate)
          CertificateFactory.getInstance("X.509")
              .generateCertificate(new ByteArrayInputStream(holder.getEncoded()));
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("cannot issue the test certificate of " + subject, e);
    }
  }

  private static X500Name name(String commonName) {
    return new X500NameBuilder(BCStyle.INSTANCE)
        .addRDN(BCStyle.C, "EU")
        .addRDN(BCStyle.O, "eucert TEST ONLY")
        .addRDN(BCStyle.CN, commonName)
        .build();
  }

  static Bytes der(X509Certificate certificate) {
    try {
      return Bytes.copyOf(certificate.getEncoded());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Signs certificates with exactly the algorithm identifiers the envelopes use. */
  private static final class RawContentSigner implements ContentSigner {
    private final SignatureAlgorithm algorithm;
    private final PrivateKey key;
    private final java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();

    RawContentSigner(SignatureAlgorithm algorithm, PrivateKey key) {
      this.algorithm = algorithm;
      this.key = key;
    }

    @Override
    public AlgorithmIdentifier getAlgorithmIdentifier() {
      return AlgorithmIdentifier.getInstance(algorithm.algorithmIdentifierDer().toByteArray());
    }

    @Override
    public OutputStream getOutputStream() {
      return buffer;
    }

    @Override
    public byte[] getSignature() {
      try {
        Signature signature = Signature.getInstance(algorithm.jcaName(), provider());
        if (algorithm.jcaParameters().isPresent()) {
          signature.setParameter(algorithm.jcaParameters().get());
        }
        signature.initSign(key);
        signature.update(buffer.toByteArray());
        return signature.sign();
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("cannot sign a test certificate", e);
      }
    }
  }
}
