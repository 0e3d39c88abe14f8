/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eucert.core.model.AssurancePackageKind;
import org.eucert.core.model.AssuranceLevel;
import org.eucert.core.model.BodyId;
import org.eucert.core.model.CertifiedObject;
import org.eucert.core.model.CertifiedObjectType;
import org.eucert.core.model.EuccPart;
import org.eucert.core.model.Holder;
import org.eucert.core.model.IssuanceRequest;

/**
 * The EUCC issuance requests of the sandbox's samples: a network device at 'substantial'
 * (AVA_VAN.2, EAL3) and a smart card at 'high' (AVA_VAN.3, EAL4 augmented), evaluated against CC
 * v3.1 R5 (EUCC Art 3(2), until the end of 2027). Sandbox data; the holders are fictitious.
 *
 * @since 0.1
 */
public final class SandboxSamples {
  /** The EUCC version the samples are issued under (the built-in catalogue's). */
  public static final String EUCC_VERSION = "2025-2462";

  private static final String MARK_URL = "https://certification.sandbox.test/certificates/{id}";

  private SandboxSamples() {}

  /** A request for a network device at 'substantial', issued by {@code cab}. */
  public static IssuanceRequest substantial(
      BodyId cab, BodyId itsef, String product, LocalDate validUntil) {
    return base(cab, itsef, validUntil)
        .object(
            new CertifiedObject(
                CertifiedObjectType.ICT_PRODUCT,
                product,
                Optional.of("Network device"),
                List.of("4.2.1"),
                Optional.of("Network devices"),
                Optional.of(product + " firmware 4.2.1 with its guidance"),
                Optional.of("Network device"),
                Optional.empty()))
        .assuranceLevel(AssuranceLevel.SUBSTANTIAL)
        .evaluationLevel(Optional.of("AVA_VAN.2"))
        .schemePart(
            Optional.of(
                new EuccPart(
                    AssurancePackageKind.EAL_CONFORMANT,
                    "EAL3",
                    List.of(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty())))
        .build();
  }

  /** A request for a smart card at 'high' (AVA_VAN.3), issued by {@code cab}. */
  public static IssuanceRequest high(
      BodyId cab, BodyId itsef, String product, LocalDate validUntil) {
    return base(cab, itsef, validUntil)
        .object(
            new CertifiedObject(
                CertifiedObjectType.ICT_PRODUCT,
                product,
                Optional.of("Smart card"),
                List.of("2.0"),
                Optional.of("Smart cards and similar devices"),
                Optional.of(product + " IC with its crypto library 2.0"),
                Optional.of("Security IC"),
                Optional.empty()))
        .assuranceLevel(AssuranceLevel.HIGH)
        .evaluationLevel(Optional.of("AVA_VAN.3"))
        .schemePart(
            Optional.of(
                new EuccPart(
                    AssurancePackageKind.EAL_AUGMENTED,
                    "EAL4",
                    List.of("ALC_DVS.2", "AVA_VAN.3"),
                    Optional.of("SMART_CARDS_AND_SIMILAR_DEVICES"),
                    Optional.empty(),
                    Optional.empty())))
        .build();
  }

  private static IssuanceRequest.Builder base(BodyId cab, BodyId itsef, LocalDate validUntil) {
    return IssuanceRequest.builder()
        .scheme(SandboxWorld.EUCC, EUCC_VERSION)
        .issuer(cab)
        .itsef(Optional.of(itsef))
        .holder(
            new Holder(
                "Sandbox Devices S.A. (fictitious)",
                Optional.of("1 Example Avenue, Brussels"),
                Optional.of("security@devices.sandbox.test"),
                Optional.of("https://devices.sandbox.test/security"),
                Optional.of("psirt@devices.sandbox.test")))
        .legalReferences(List.of("Commission Implementing Regulation (EU) 2024/482"))
        .certificationReport(Optional.of("SANDBOX-CR-" + cab.value()))
        .standards(List.of("CC_3_1_R5", "CEM_3_1_R5"))
        .validUntil(validUntil)
        .markUrl(Optional.of(MARK_URL));
  }
}
