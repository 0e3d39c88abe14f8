/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Binding classes of {@code eucc-certificate.xsd}, one Java package per XML namespace as {@code xjc} would make
 * them, so that MOXy writes the namespace without spurious prefix declarations. <b>Not API</b>;
 * see {@link org.eucert.core.xml.bind}.
 */
@XmlSchema(namespace = XmlNamespaces.EUCC_CERTIFICATE, elementFormDefault = XmlNsForm.QUALIFIED)
package org.eucert.core.xml.bind.eucc;

import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
import org.eucert.core.xml.bind.XmlNamespaces;
