/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.model;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The EUCC-specific part of a certificate (EUCC Annex VII(c)(7)-(9), Annex VIII): the assurance
 * package with its components, the EAL it may be complemented by, the technical domain, the
 * approved patch-management procedure (Annex IV.4) and, for a protection profile certificate, the
 * PP's lifetime (EUCC Art 18).
 *
 * <p>The AVA_VAN level itself is the certificate's generic {@link
 * CertificateContent#evaluationLevel() evaluation level}. Whether these values are legal is for the
 * EUCC rules, not this constructor: a refused certificate must still be representable to report
 * why.
 *
 * <p>Immutable.
 *
 * @param packageKind how the package is declared
 * @param packageName the package as named, e.g. {@code EAL4} or a specific package's name
 * @param augmentations the components added to an EAL, e.g. {@code ALC_DVS.2}, {@code AVA_VAN.5}
 * @param technicalDomain the Annex I technical domain, where the product is in one
 * @param patchManagement the reference of an approved patch-management procedure, if any
 * @param protectionProfileLifetimeEnd for a PP certificate: the end of the PP's lifetime
 * @since 0.1
 */
public record EuccPart(
    AssurancePackageKind packageKind,
    String packageName,
    List<String> augmentations,
    Optional<String> technicalDomain,
    Optional<String> patchManagement,
    Optional<LocalDate> protectionProfileLifetimeEnd)
    implements SchemeSpecificPart {
  public EuccPart {
    checkNotNull(packageKind, "packageKind");
    checkNotNull(packageName, "packageName");
    augmentations = ImmutableList.copyOf(augmentations);
    checkNotNull(technicalDomain, "technicalDomain");
    checkNotNull(patchManagement, "patchManagement");
    checkNotNull(protectionProfileLifetimeEnd, "protectionProfileLifetimeEnd");
  }
}
