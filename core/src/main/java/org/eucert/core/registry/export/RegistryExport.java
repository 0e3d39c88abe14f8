/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry.export;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eucert.core.model.CertificateContent;
import org.eucert.core.model.CertificateId;
import org.eucert.core.registry.Actor;
import org.eucert.core.registry.CertificateDocuments;
import org.eucert.core.registry.CertificateLink;
import org.eucert.core.registry.CertificateQuery;
import org.eucert.core.registry.CertificateRecord;
import org.eucert.core.registry.CertificateSummary;
import org.eucert.core.registry.ExportedCertificate;
import org.eucert.core.registry.ImportRefusedException;
import org.eucert.core.registry.IssuedCertificate;
import org.eucert.core.registry.Page;
import org.eucert.core.registry.PageRequest;
import org.eucert.core.registry.Registry;
import org.eucert.core.xml.CertificateCodec;
import org.eucert.core.xml.RegistryExportCodec;
import org.eucert.core.xml.XmlFormatException;

/**
 * Exports a registry's certificates to a document in the published format ({@code
 * registry-export.xsd} or its JSON twin) and imports such a document into another registry (CSA Art
 * 50; EUCC Art 42: the information a body or NCCA keeps and hands on).
 *
 * <p>Export reads the registry a page at a time ({@value #PAGE} certificates by default) and writes each
 * certificate as it is read: memory stays bounded by one page whatever the number of certificates.
 * The export instant comes from the given {@link Clock} or instant, never the wall clock.
 *
 * <p>Import reads a whole document (at most 256 MiB, {@link
 * org.eucert.core.xml.XmlLimits#registryExportDefaults()}) and hands it to {@link
 * Registry#importExported}: all or nothing in one transaction, the events replayed through the
 * life-cycle rules.
 *
 * <p>Thread-safe; build once (the codec's JAXB context and XSD are built here).
 *
 * @since 0.1
 */
public final class RegistryExport {
  /** The page size in which certificates are read from the registry. */
  public static final int PAGE = 500;

  private static final CertificateCodec CONTENT = CertificateCodec.create();

  private final RegistryExportCodec codec;
  private final int pageSize;

  private RegistryExport(RegistryExportCodec codec, int pageSize) {
    this.codec = checkNotNull(codec, "codec");
    checkArgument(
        pageSize >= 1 && pageSize <= PageRequest.MAX_LIMIT,
        "pageSize must be 1 to %s: %s",
        PageRequest.MAX_LIMIT,
        pageSize);
    this.pageSize = pageSize;
  }

  /** An exporter and importer with {@link RegistryExportCodec#create()}, pages of {@value #PAGE}. */
  public static RegistryExport create() {
    return new RegistryExport(RegistryExportCodec.create(), PAGE);
  }

  /** An exporter and importer using {@code codec}, reading pages of {@code pageSize}. */
  public static RegistryExport using(RegistryExportCodec codec, int pageSize) {
    return new RegistryExport(codec, pageSize);
  }

  /** The codec in use. */
  public RegistryExportCodec codec() {
    return codec;
  }

  /**
   * Writes every certificate matching {@code query}, ordered by identifier, to {@code out}, with
   * {@code exporter} and the instant of {@code clock}; returns how many were written.
   *
   * @throws UncheckedIOException if {@code out} fails
   */
  public long export(
      Registry registry,
      CertificateQuery query,
      RegistryExportCodec.Form form,
      Actor exporter,
      Clock clock,
      OutputStream out) {
    checkNotNull(clock, "clock");
    return export(registry, query, form, exporter, clock.instant(), out);
  }

  /**
   * Writes every certificate matching {@code query}, ordered by identifier, to {@code out}, with
   * {@code exporter} and {@code exportedAt}; returns how many were written. A certificate removed
   * between reading a page and reading its record is skipped (the registry never removes one).
   *
   * @throws UncheckedIOException if {@code out} fails
   */
  public long export(
      Registry registry,
      CertificateQuery query,
      RegistryExportCodec.Form form,
      Actor exporter,
      Instant exportedAt,
      OutputStream out) {
    checkNotNull(registry, "registry");
    checkNotNull(query, "query");
    RegistryExportCodec.Writer w = codec.writer(form, exporter, exportedAt, out);
    PageRequest page = PageRequest.first(pageSize);
    while (true) {
      Page<CertificateSummary> p = registry.certificates(query, page);
      for (CertificateSummary s : p.items()) {
        exported(registry, s.id()).ifPresent(w::add);
      }
      if (p.next().isEmpty()) {
        return w.finish();
      }
      page = p.next().get();
    }
  }

  /** A certificate as an export holds it, if the registry holds it. */
  public static Optional<ExportedCertificate> exported(Registry registry, CertificateId id) {
    checkNotNull(registry, "registry");
    checkNotNull(id, "id");
    Optional<CertificateRecord> r = registry.certificate(id);
    Optional<CertificateDocuments> d = registry.documents(id);
    if (r.isEmpty() || d.isEmpty()) {
      return Optional.empty();
    }
    List<CertificateLink> from = new ArrayList<>();
    for (CertificateLink l : registry.links(id)) {
      if (l.from().equals(id)) {
        from.add(l);
      }
    }
    // the content is read back from the content document, exactly as signed
    return Optional.of(
        new ExportedCertificate(
            new IssuedCertificate(
                contentOf(d.get()), d.get().contentDocument(), d.get().signedEnvelope()),
            r.get().events(),
            from));
  }

  private static CertificateContent contentOf(CertificateDocuments d) {
    try {
      return CONTENT.parse(d.contentDocument().toByteArray());
    } catch (XmlFormatException e) {
      throw new IllegalStateException(
          "certificate " + d.id() + ": its stored content document cannot be read: " + e, e);
    }
  }

  /**
   * Reads a document (XML or JSON, at most 256 MiB) and imports all its certificates into {@code
   * registry}, all or nothing in one transaction ({@link Registry#importExported}); returns how
   * many were imported. An empty document imports nothing.
   *
   * @throws XmlFormatException if the document is refused; nothing is written
   * @throws ImportRefusedException naming the certificate and the problem; nothing is written
   * @throws UncheckedIOException if {@code in} fails
   */
  public int importDocument(
      Registry registry, RegistryExportCodec.Form form, InputStream in, Actor actor) {
    checkNotNull(registry, "registry");
    checkNotNull(form, "form");
    checkNotNull(actor, "actor");
    ExportDocument d = form == RegistryExportCodec.Form.XML ? codec.parse(in) : codec.parseJson(in);
    return importDocument(registry, d, actor);
  }

  /**
   * Imports a document already read, as {@link #importDocument(Registry,
   * RegistryExportCodec.Form, InputStream, Actor)}.
   */
  public static int importDocument(Registry registry, ExportDocument document, Actor actor) {
    checkNotNull(registry, "registry");
    checkNotNull(document, "document");
    checkNotNull(actor, "actor");
    if (document.certificates().isEmpty()) {
      return 0;
    }
    return registry.importExported(document.certificates(), actor);
  }
}
