/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eucert.core.model.AssuranceLevel;
import org.eucert.core.model.Body;
import org.eucert.core.model.BodyId;
import org.eucert.core.model.BodyReference;
import org.eucert.core.model.BodyRole;
import org.eucert.core.model.Bytes;
import org.eucert.core.model.CertificateContent;
import org.eucert.core.model.CertificateId;
import org.eucert.core.model.CertifiedObject;
import org.eucert.core.model.CertifiedObjectType;
import org.eucert.core.model.Holder;
import org.eucert.core.model.MemberState;
import org.eucert.core.model.Notification;
import org.eucert.core.model.NotificationStatus;
import org.eucert.core.model.SchemeId;
import org.eucert.core.time.Timeline;

/** Bodies, certificates and commands for registry tests. */
public final class Fixtures {
  public static final Actor ACTOR = Actor.of("test:operator");
  public static final SchemeId EUCC = SchemeId.of("EUCC");
  public static final BodyId NL_NCCA = BodyId.of("NL-NCCA");
  public static final BodyId NL_CB = BodyId.of("NL-CB");
  public static final BodyId DE_NCCA = BodyId.of("DE-NCCA");
  public static final BodyId DE_CB = BodyId.of("DE-CB");
  public static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  private Fixtures() {}

  public static Body ncca(BodyId id, MemberState ms) {
    return new Body(
        id, BodyRole.NCCA, "NCCA " + id, ms, Optional.empty(), Optional.empty(), true,
        Optional.empty(), Optional.empty());
  }

  public static Body cb(BodyId id, MemberState ms, BodyId ncca) {
    return new Body(
        id, BodyRole.CERTIFICATION_BODY, "Certification body " + id, ms, Optional.of("3110"),
        Optional.of(ncca), false, Optional.of("Street 1"), Optional.empty());
  }

  /** Enrols NL and DE NCCAs and CBs, each CB notified for EUCC substantial and high. */
  public static void enrolBodies(Registry r) {
    r.enrolBody(ncca(NL_NCCA, MemberState.NL), ACTOR);
    r.enrolBody(cb(NL_CB, MemberState.NL, NL_NCCA), ACTOR);
    r.enrolBody(ncca(DE_NCCA, MemberState.DE), ACTOR);
    r.enrolBody(cb(DE_CB, MemberState.DE, DE_NCCA), ACTOR);
    for (BodyId cb : List.of(NL_CB, DE_CB)) {
      r.addNotification(
          new Notification(
              cb, EUCC, Optional.empty(), Set.of(AssuranceLevel.SUBSTANTIAL, AssuranceLevel.HIGH),
              Optional.of("OJ-" + cb), Timeline.starting(NotificationStatus.NOTIFIED, T0.minusSeconds(86400 * 365))),
          ACTOR);
    }
  }

  public static CertifiedObject product(String name, String version) {
    return new CertifiedObject(
        CertifiedObjectType.ICT_PRODUCT, name, Optional.of("Smart card IC"), List.of(version),
        Optional.of("smartcards"), Optional.empty(), Optional.empty(), Optional.empty());
  }

  public static CertificateContent.Builder content(String id, BodyId issuer, Instant issuedAt, LocalDate validUntil) {
    return CertificateContent.builder()
        .id(CertificateId.of(id))
        .scheme(EUCC, "1.0")
        .object(product("Widget", "1.0"))
        .holder(Holder.named("Acme"))
        .issuer(BodyReference.of(issuer, "CB " + issuer))
        .assuranceLevel(AssuranceLevel.SUBSTANTIAL)
        .evaluationLevel(Optional.of("AVA_VAN.2"))
        .legalReferences(List.of("CIR (EU) 2024/482"))
        .issuedAt(issuedAt)
        .validUntil(validUntil);
  }

  public static IssuedCertificate issued(CertificateContent c) {
    return new IssuedCertificate(
        c,
        Bytes.copyOf(("<certificate id='" + c.id() + "'/>").getBytes(StandardCharsets.UTF_8)),
        Bytes.copyOf(("signed:" + c.id()).getBytes(StandardCharsets.UTF_8)));
  }

  /** A certificate of NL-CB issued at {@link #T0}, valid until the end of 2028. */
  public static IssuedCertificate simple(String id) {
    return issued(content(id, NL_CB, T0, LocalDate.of(2028, 12, 31)).build());
  }
}
