/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.xml.bind.eucc;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.eucert.core.xml.bind.Lexical.enumValue;
import static org.eucert.core.xml.bind.Lexical.list;
import static org.eucert.core.xml.bind.Lexical.nullIfEmpty;
import static org.eucert.core.xml.bind.Lexical.optionalDate;

import java.util.Optional;
import org.eucert.core.model.AssurancePackageKind;
import org.eucert.core.model.EuccPart;
import org.eucert.core.xml.bind.Lexical;

/**
 * Maps {@link XmlEuccPart} to {@link EuccPart} and back. Not API.
 *
 * <p>{@link #toRecord} throws {@link IllegalArgumentException} when the binding holds what the
 * model refuses. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class EuccPartMapper {
  private EuccPartMapper() {}

  /** The EUCC part a (schema-valid) binding describes. */
  public static EuccPart toRecord(XmlEuccPart e) {
    checkNotNull(e, "e");
    return new EuccPart(
        enumValue(AssurancePackageKind.class, e.packageKind, "eucc packageKind"),
        // an empty element may reach us as null or "", both meaning "no name"
        e.packageName == null ? "" : e.packageName,
        list(e.augmentations),
        Optional.ofNullable(e.technicalDomain),
        Optional.ofNullable(e.patchManagement),
        optionalDate(e.protectionProfileLifetimeEnd, "eucc protectionProfileLifetimeEnd"));
  }

  /** The binding of an EUCC part. */
  public static XmlEuccPart toBinding(EuccPart e) {
    checkNotNull(e, "e");
    XmlEuccPart x = new XmlEuccPart();
    x.packageKind = e.packageKind().name();
    x.packageName = e.packageName();
    x.augmentations = nullIfEmpty(e.augmentations());
    x.technicalDomain = e.technicalDomain().orElse(null);
    x.patchManagement = e.patchManagement().orElse(null);
    x.protectionProfileLifetimeEnd =
        e.protectionProfileLifetimeEnd().map(Lexical::dateText).orElse(null);
    return x;
  }
}
