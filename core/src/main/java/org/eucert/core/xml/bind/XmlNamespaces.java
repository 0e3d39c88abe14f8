/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.xml.bind;

/**
 * The XML namespaces of eucert's documents, one per major version. Not API; the codecs publish
 * them as {@code NAMESPACE} constants. Constants only.
 *
 * @since 0.1
 */
public final class XmlNamespaces {
  /** Scheme documents, {@code scheme.xsd}. */
  public static final String SCHEME = "urn:eucert:scheme:1";

  /** Certificate content, {@code certificate.xsd}. */
  public static final String CERTIFICATE = "urn:eucert:certificate:1";

  /** The EUCC-specific part of a certificate, {@code eucc-certificate.xsd}. */
  public static final String EUCC_CERTIFICATE = "urn:eucert:certificate:eucc:1";

  /** Registry exports, {@code registry-export.xsd}. */
  public static final String REGISTRY_EXPORT = "urn:eucert:registry-export:1";

  private XmlNamespaces() {}
}
