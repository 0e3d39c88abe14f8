/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.xml;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableMap;
import com.google.common.io.ByteStreams;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import org.eclipse.persistence.jaxb.JAXBContextFactory;
import org.eclipse.persistence.jaxb.MarshallerProperties;
import org.eucert.core.model.CertificateContent;
import org.eucert.core.registry.Actor;
import org.eucert.core.registry.ExportedCertificate;
import org.eucert.core.registry.export.ExportDocument;
import org.eucert.core.xml.bind.XmlNamespaces;
import org.eucert.core.xml.bind.export.ExportMapper;
import org.eucert.core.xml.bind.export.XmlExportedCertificate;
import org.eucert.core.xml.bind.export.XmlRegistryExport;

/**
 * Reads and writes registry exports ({@code registry-export.xsd}, namespace {@value #NAMESPACE},
 * and its JSON twin from the same binding; CSA Art 50, EUCC Art 42): per certificate the indexed
 * columns, the content document and signed envelope byte for byte (base64), every stored event and
 * the links from it; the exporter and the export instant.
 *
 * <p>Reading is as strict as for certificates: parsed through {@link SecureXml} (no DTD, no
 * external entity), validated against the XSD as it goes, within {@link
 * XmlLimits#registryExportDefaults()} (a document is at most 256 MiB), refusing a major version
 * of the namespace it does not know; each content document is read with {@link CertificateCodec}
 * and must agree with the plain-text columns. Every refusal is an {@link XmlFormatException} with
 * a code.
 *
 * <p>Writing is streaming ({@link #writer}): one certificate at a time, so an export of any size
 * needs memory for one certificate only.
 *
 * <p>Thread-safe; build once and share (the JAXB context and compiled XSD are built here).
 *
 * @since 0.1
 */
public final class RegistryExportCodec {
  /** The namespace of registry exports, version 1. */
  public static final String NAMESPACE = XmlNamespaces.REGISTRY_EXPORT;

  /** The class path resource of the XSD. */
  public static final String XSD_RESOURCE = "org/eucert/xml/registry-export.xsd";

  private static final QName CERTIFICATE = new QName(NAMESPACE, "certificate");

  private final DocumentFormat<XmlRegistryExport, ExportDocument> format;
  private final CertificateCodec certificates;
  private final JAXBContext streaming;

  private RegistryExportCodec(XmlLimits limits) {
    this.certificates = CertificateCodec.create();
    this.format =
        new DocumentFormat<>(
            "registry export",
            XmlRegistryExport.class,
            b -> ExportMapper.toRecord(b, this::content),
            ExportMapper::toBinding,
            limits,
            ImmutableMap.of(NAMESPACE, ""),
            List.of(XSD_RESOURCE));
    try {
      this.streaming =
          JAXBContextFactory.createContext(new Class<?>[] {XmlRegistryExport.class}, Map.of());
    } catch (JAXBException e) {
      throw new IllegalStateException("cannot bind registry exports", e);
    }
  }

  /** A codec with {@link XmlLimits#registryExportDefaults()} (documents up to 256 MiB). */
  public static RegistryExportCodec create() {
    return create(XmlLimits.registryExportDefaults());
  }

  /** A codec with the given limits. */
  public static RegistryExportCodec create(XmlLimits limits) {
    return new RegistryExportCodec(checkNotNull(limits, "limits"));
  }

  /** The limits this codec enforces. */
  public XmlLimits limits() {
    return format.limits();
  }

  private CertificateContent content(byte[] document) {
    try {
      return certificates.parse(document);
    } catch (XmlFormatException e) {
      throw new IllegalArgumentException(
          "the content document is refused (" + e.code() + "): " + e.getMessage(), e);
    }
  }

  /**
   * Reads a registry export, validating it against the XSD as it goes.
   *
   * @throws XmlFormatException if the bytes are not a valid registry export of this version
   */
  public ExportDocument parse(byte[] xml) {
    return format.parse(xml);
  }

  /**
   * Reads a registry export from a stream, at most {@link XmlLimits#maxBytes()} bytes (256 MiB by
   * default); the stream is read to its end or past the limit, not closed.
   *
   * @throws XmlFormatException ({@code XML_TOO_LARGE}) past the limit, or as {@link #parse(byte[])}
   * @throws UncheckedIOException if the stream fails
   */
  public ExportDocument parse(InputStream in) {
    return parse(readLimited(in, XmlFormatException.XML_TOO_LARGE));
  }

  /**
   * Reads the JSON twin of a registry export, as strictly as {@link #parse(byte[])}.
   *
   * @throws XmlFormatException ({@code JSON_*}, or {@code XML_INVALID_CONTENT} for a refused
   *     content document) if the bytes are not such a document
   */
  public ExportDocument parseJson(byte[] json) {
    return format.parseJson(json);
  }

  /** Reads the JSON twin from a stream, within the same limit as {@link #parse(InputStream)}. */
  public ExportDocument parseJson(InputStream in) {
    return parseJson(readLimited(in, XmlFormatException.JSON_TOO_LARGE));
  }

  /**
   * Writes a whole registry export as UTF-8 XML, checking that it reads back equal.
   *
   * @throws XmlFormatException {@code XML_NOT_REPRESENTABLE} if it would not read back equal
   */
  public byte[] write(ExportDocument document) {
    return format.write(document);
  }

  /** Writes a whole registry export as UTF-8 JSON, the twin of {@link #write}. */
  public byte[] writeJson(ExportDocument document) {
    return format.writeJson(document);
  }

  private byte[] readLimited(InputStream in, String code) {
    checkNotNull(in, "in");
    long max = format.limits().maxBytes();
    try {
      byte[] bytes = ByteStreams.toByteArray(ByteStreams.limit(in, max + 1));
      if (bytes.length > max) {
        throw new XmlFormatException(
            code, "registry export document has more than " + max + " bytes; at most that many");
      }
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The forms of a registry export. */
  public enum Form {
    /** XML, {@code registry-export.xsd}. */
    XML,
    /** The JSON twin. */
    JSON
  }

  /**
   * A writer of one document to {@code out}: the header now, then {@link Writer#add} once per
   * certificate, then {@link Writer#finish}. Nothing is buffered beyond one certificate. The stream
   * is flushed, not closed.
   */
  public Writer writer(Form form, Actor exporter, Instant exportedAt, OutputStream out) {
    checkNotNull(form, "form");
    checkNotNull(exporter, "exporter");
    checkNotNull(exportedAt, "exportedAt");
    checkNotNull(out, "out");
    return form == Form.XML
        ? new XmlWriter(exporter, exportedAt, out)
        : new JsonWriter(exporter, exportedAt, out);
  }

  /**
   * Writes one registry export a certificate at a time. Not thread-safe.
   *
   * @since 0.1
   */
  public abstract static sealed class Writer permits XmlWriter, JsonWriter {
    private long count;
    private boolean finished;

    Writer() {}

    /**
     * Writes one certificate.
     *
     * @throws UncheckedIOException if the stream fails
     */
    public final void add(ExportedCertificate certificate) {
      checkNotNull(certificate, "certificate");
      checkState(!finished, "the document is finished");
      write(ExportMapper.toBinding(certificate), count == 0);
      count++;
    }

    /**
     * Closes the document and flushes the stream; returns the number of certificates written.
     *
     * @throws UncheckedIOException if the stream fails
     */
    public final long finish() {
      checkState(!finished, "the document is finished");
      finished = true;
      end(count == 0);
      return count;
    }

    abstract void write(XmlExportedCertificate certificate, boolean first);

    abstract void end(boolean empty);
  }

  private final class XmlWriter extends Writer {
    private static final String END = "</registryExport>";
    private final OutputStream out;
    private final Marshaller marshaller;

    XmlWriter(Actor exporter, Instant exportedAt, OutputStream out) {
      this.out = out;
      try {
        // MOXy writes every character, CR and tab included, so that it reads back the same
        marshaller = streaming.createMarshaller();
        marshaller.setProperty(Marshaller.JAXB_FRAGMENT, Boolean.TRUE);
        marshaller.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
        marshaller.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, Boolean.FALSE);
        marshaller.setProperty(MarshallerProperties.NAMESPACE_PREFIX_MAPPER, Map.of(NAMESPACE, ""));
        Marshaller head = streaming.createMarshaller();
        head.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
        head.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, Boolean.FALSE);
        head.setProperty(MarshallerProperties.NAMESPACE_PREFIX_MAPPER, Map.of(NAMESPACE, ""));
        StringWriter text = new StringWriter();
        head.marshal(ExportMapper.header(exporter, exportedAt), text);
        String h = text.toString().strip();
        // <registryExport ...><exporter/><exportedAt/></registryExport>: the certificates go
        // before the end tag
        checkState(h.endsWith(END), "unexpected XML header %s", h);
        raw(h.substring(0, h.length() - END.length()));
      } catch (JAXBException e) {
        throw failure(e);
      }
    }

    private void raw(String text) {
      try {
        out.write(text.getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    void write(XmlExportedCertificate certificate, boolean first) {
      raw("\n");
      try {
        marshaller.marshal(
            new JAXBElement<>(CERTIFICATE, XmlExportedCertificate.class, certificate), out);
      } catch (JAXBException e) {
        throw failure(e);
      }
    }

    @Override
    void end(boolean empty) {
      raw("\n" + END + "\n");
      try {
        out.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private final class JsonWriter extends Writer {
    private final java.io.Writer w;
    private final Marshaller marshaller;

    JsonWriter(Actor exporter, Instant exportedAt, OutputStream out) {
      try {
        marshaller = streaming.createMarshaller();
        marshaller.setProperty(MarshallerProperties.MEDIA_TYPE, "application/json");
        marshaller.setProperty(MarshallerProperties.JSON_INCLUDE_ROOT, Boolean.FALSE);
        marshaller.setProperty(MarshallerProperties.JSON_WRAPPER_AS_ARRAY_NAME, Boolean.TRUE);
        marshaller.setProperty(MarshallerProperties.JSON_MARSHAL_EMPTY_COLLECTIONS, Boolean.FALSE);
        marshaller.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, Boolean.FALSE);
        Marshaller head = streaming.createMarshaller();
        head.setProperty(MarshallerProperties.MEDIA_TYPE, "application/json");
        head.setProperty(MarshallerProperties.JSON_INCLUDE_ROOT, Boolean.TRUE);
        head.setProperty(MarshallerProperties.JSON_MARSHAL_EMPTY_COLLECTIONS, Boolean.FALSE);
        head.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, Boolean.FALSE);
        StringWriter text = new StringWriter();
        head.marshal(ExportMapper.header(exporter, exportedAt), text);
        String h = text.toString().strip();
        // {"registryExport":{"exporter":"...","exportedAt":"..."}}: the certificates go before
        // the two closing braces
        checkState(h.endsWith("}}"), "unexpected JSON header %s", h);
        w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(h, 0, h.length() - 2);
      } catch (JAXBException e) {
        throw failure(e);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    void write(XmlExportedCertificate certificate, boolean first) {
      try {
        w.write(first ? ",\"certificate\":[\n" : ",\n");
        marshaller.marshal(
            new JAXBElement<>(CERTIFICATE, XmlExportedCertificate.class, certificate), w);
      } catch (JAXBException e) {
        throw failure(e);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    void end(boolean empty) {
      try {
        w.write(empty ? "}}\n" : "]}}\n");
        w.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static RuntimeException failure(Exception e) {
    Throwable t = e;
    for (int i = 0; t != null && i < 32; i++) {
      if (t instanceof IOException io) {
        return new UncheckedIOException(io);
      }
      t = t.getCause();
    }
    return new XmlFormatException(
        XmlFormatException.XML_NOT_REPRESENTABLE,
        "registry export cannot be written: " + e.getMessage(),
        e);
  }
}
