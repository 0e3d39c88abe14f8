/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The Jakarta XML Binding classes ({@code Xml*}) of eucert's XML documents and the mappers between
 * them and the model records. <b>Not API</b>: these classes are public only so that the codecs of
 * {@link org.eucert.core.xml} can reach them; they may change in any release. Use {@link
 * org.eucert.core.xml.SchemeCodec} and {@link org.eucert.core.xml.CertificateCodec} instead.
 *
 * <p>One sub-package per XML namespace, as {@code xjc} would generate them: {@code scheme} ({@code
 * scheme.xsd}), {@code certificate} ({@code certificate.xsd}) and {@code eucc} ({@code
 * eucc-certificate.xsd}); each package's {@code @XmlSchema} names its namespace, which MOXy needs to
 * write it as the default namespace without extra prefix declarations. This package holds what they
 * share: {@link org.eucert.core.xml.bind.XmlNamespaces} and the lexical conversions.
 *
 * <p>The classes are hand-written to mirror the XSDs one to one (element names, order,
 * cardinality), are bound by EclipseLink MOXy for both XML and JSON, and are mutable, not
 * thread-safe, and confined to one call of a codec. Values of XSD {@code xs:token} types are bound
 * with {@link jakarta.xml.bind.annotation.adapters.CollapsedStringAdapter}, as {@code xjc} would, so
 * that a reader sees the value the XSD validated; dates and instants are bound as their lexical form
 * and parsed by the mappers with {@code java.time}. Fields are null where the document has no value;
 * lists are null rather than empty, so that nothing is written for them.
 *
 * <p>Everything in this package tree is non-null unless documented otherwise (binding fields aside).
 */
package org.eucert.core.xml.bind;
