/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * MOXy bindings of registry exports ({@code registry-export.xsd}, namespace {@code
 * urn:eucert:registry-export:1}): one class per XSD complex type, mapped to and from {@link
 * org.eucert.core.registry.export.ExportDocument} by {@link
 * org.eucert.core.xml.bind.export.ExportMapper} (CSA Art 50; EUCC Art 42).
 *
 * @since 0.1
 */
@XmlSchema(namespace = XmlNamespaces.REGISTRY_EXPORT, elementFormDefault = XmlNsForm.QUALIFIED)
package org.eucert.core.xml.bind.export;

import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
import org.eucert.core.xml.bind.XmlNamespaces;
