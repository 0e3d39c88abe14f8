/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * eucert's XML documents and their JSON twins: {@link org.eucert.core.xml.SchemeCodec} for scheme
 * documents, {@link org.eucert.core.xml.CertificateCodec} for certificate content, each with its
 * XSD shipped in this jar under {@code org/eucert/xml/}; {@link org.eucert.core.xml.SecureXml}, the
 * one place where XML parser and schema factories are made; {@link
 * org.eucert.core.xml.XmlLimits}; and {@link org.eucert.core.xml.XmlFormatException}, the one
 * exception a codec throws for bad input.
 *
 * <p>XML is the contract (ARCHITECTURE.md section 5): namespaces carry a major version ({@code
 * urn:eucert:certificate:1}) and a reader refuses one it does not know; enumerated values are
 * spelled as the Java constants; instants are UTC with {@code Z} at microsecond precision at most,
 * dates of law are written without a zone. Parsing is hardened (no DOCTYPE, no external entities or
 * schemas, bounded size and depth) and cannot be configured otherwise. The JSON twin is bound by
 * MOXy from the same binding classes and checked as strictly as the XML.
 *
 * <p>Everything in this package is non-null unless documented otherwise.
 */
package org.eucert.core.xml;
