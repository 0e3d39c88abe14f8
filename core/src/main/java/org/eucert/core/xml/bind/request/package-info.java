/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Binding classes of {@code issuance-request.xsd}. <b>Not API</b>; see {@link
 * org.eucert.core.xml.bind}.
 */
@XmlSchema(namespace = XmlNamespaces.ISSUANCE_REQUEST, elementFormDefault = XmlNsForm.QUALIFIED)
package org.eucert.core.xml.bind.request;

import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
import org.eucert.core.xml.bind.XmlNamespaces;
