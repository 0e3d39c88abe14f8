/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Binding classes of {@code trust-list.xsd}, one Java package per XML namespace as {@code xjc} would make
 * them. <b>Not API</b>; see {@link org.eucert.core.xml.bind}.
 */
@XmlSchema(namespace = XmlNamespaces.TRUST_LIST, elementFormDefault = XmlNsForm.QUALIFIED)
package org.eucert.core.xml.bind.trust;

import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
import org.eucert.core.xml.bind.XmlNamespaces;
