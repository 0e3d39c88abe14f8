/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;

/**
 * What a certificate or statement covers: the ICT product, service, process or protection profile
 * (EUCC Annex VII(b)(1)-(3); ENISA must show which versions a certificate covers, EUCC Art 42(4)).
 *
 * <p>Immutable.
 *
 * @param type the kind of object
 * @param name the name of the product, service, process or PP
 * @param productType its type, e.g. {@code Smart card IC}
 * @param versions the versions covered; never empty
 * @param category the scheme's product category, where the scheme uses categories
 * @param toeName the name of the target of evaluation, where it differs
 * @param toeType the type of the target of evaluation, where it differs
 * @param scope the scope and boundary statement (EUCC Art 10(2)), where given
 * @since 0.1
 */
public record CertifiedObject(
    CertifiedObjectType type,
    String name,
    Optional<String> productType,
    List<String> versions,
    Optional<String> category,
    Optional<String> toeName,
    Optional<String> toeType,
    Optional<String> scope) {
  public CertifiedObject {
    checkNotNull(type, "type");
    checkNotNull(name, "name");
    checkNotNull(productType, "productType");
    versions = ImmutableList.copyOf(versions);
    checkNotNull(category, "category");
    checkNotNull(toeName, "toeName");
    checkNotNull(toeType, "toeType");
    checkNotNull(scope, "scope");
    checkArgument(!name.isBlank(), "certified object has no name");
    checkArgument(!versions.isEmpty(), "certified object %s names no version", name);
  }
}
