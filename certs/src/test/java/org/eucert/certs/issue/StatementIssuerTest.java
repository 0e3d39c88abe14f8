/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.issue;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eucert.certs.sign.EnvelopeCodec;
import org.eucert.certs.sign.ParsedEnvelope;
import org.eucert.certs.sign.SignatureCheck;
import org.eucert.core.model.AssuranceLevel;
import org.eucert.core.model.CertificateId;
import org.eucert.core.model.LevelRule;
import org.eucert.core.model.SchemeId;
import org.eucert.core.model.SchemeVersion;
import org.eucert.core.model.StatementOfConformity;
import org.eucert.core.registry.StoredStatement;
import org.eucert.core.registry.TestDatabase;
import org.eucert.core.registry.jpa.JpaRegistry;
import org.eucert.core.rules.GenericRules;
import org.eucert.core.testing.GenericTestScheme;
import org.eucert.core.testing.TestClocks;
import org.eucert.core.xml.StatementCodec;
import org.eucert.schemes.catalogue.SchemeCatalogue;
import org.eucert.schemes.eucc.EuccRules;
import org.junit.jupiter.api.Test;

/** EU statements of conformity (CSA Art 53): signed by the manufacturer, basic only. */
class StatementIssuerTest {
  private static final TestSigning MANUFACTURER = TestSigning.create("manufacturer");

  private static StatementIssuer issuer(SchemeCatalogue catalogue, Instant at) {
    return StatementIssuer.builder()
        .catalogue(catalogue)
        .clock(Clock.fixed(at, ZoneOffset.UTC))
        .signer(MANUFACTURER.signer())
        .build();
  }

  private static StatementRequest request(SchemeId scheme, String version, AssuranceLevel level) {
    return new StatementRequest(
        CertificateId.of("GTS-SOC-2026-0001"),
        scheme,
        version,
        GenericTestScheme.object(),
        GenericTestScheme.holder(),
        level,
        List.of(GenericTestScheme.STANDARD),
        TestClocks.ISSUE_DAY.plusYears(10));
  }

  private static StatementRequest generic(AssuranceLevel level) {
    return request(GenericTestScheme.ID, GenericTestScheme.VERSION, level);
  }

  @Test
  void issue_basicUnderASchemeAllowingIt_isSignedByTheManufacturer() throws Exception {
    IssuedEnvelope e =
        issuer(IssuanceWorld.CATALOGUE, TestClocks.ISSUE).issue(generic(AssuranceLevel.BASIC));

    StatementOfConformity s = (StatementOfConformity) e.attestation();
    assertEquals(TestClocks.ISSUE, s.issuedAt());
    assertEquals(s, StatementCodec.create().parse(e.document().toByteArray()));
    ParsedEnvelope parsed = EnvelopeCodec.standard().parse(e.envelope().toByteArray());
    assertArrayEquals(e.document().toByteArray(), parsed.content());
    assertEquals(TestClocks.ISSUE, parsed.signingTime());
    assertEquals(MANUFACTURER.certificateDer(), parsed.signerCertificateDer());
    assertEquals(SignatureCheck.VALID, parsed.verify());
  }

  @Test
  void issue_withRegistry_recordsDocumentAndEnvelope() {
    try (TestDatabase db = TestDatabase.create();
        JpaRegistry registry = db.open(TestClocks.atIssue())) {
      IssuedEnvelope e =
          StatementIssuer.builder()
              .catalogue(IssuanceWorld.CATALOGUE)
              .clock(TestClocks.atIssue())
              .signer(MANUFACTURER.signer())
              .registry(registry)
              .build()
              .issue(generic(AssuranceLevel.BASIC));
      StoredStatement held = registry.statement(e.attestation().id()).orElseThrow();
      assertEquals(e.document(), held.document());
      assertEquals(Optional.of(e.envelope()), held.signedEnvelope());
    }
  }

  @Test
  void refuse_levelOtherThanBasic() {
    for (AssuranceLevel level : List.of(AssuranceLevel.SUBSTANTIAL, AssuranceLevel.HIGH)) {
      assertRefused(
          issuer(IssuanceWorld.CATALOGUE, TestClocks.ISSUE), generic(level),
          GenericRules.SELF_ASSESSMENT);
    }
  }

  @Test
  void refuse_schemeWhoseBasicLevelDoesNotAllowSelfAssessment() {
    LevelRule b = GenericTestScheme.basic();
    LevelRule certificationOnly =
        new LevelRule(
            b.level(),
            java.util.EnumSet.of(org.eucert.core.model.ConformityRoute.THIRD_PARTY_CERTIFICATION),
            b.issuers(),
            b.maxValidity(),
            b.activities(),
            b.authorisationRequired());
    SchemeVersion noSelf =
        GenericTestScheme.builder(
                List.of(certificationOnly, GenericTestScheme.substantial(), GenericTestScheme.high()),
                true)
            .version("2.0")
            .build();
    SchemeCatalogue catalogue = IssuanceWorld.CATALOGUE.with(noSelf);
    assertRefused(
        issuer(catalogue, TestClocks.ISSUE),
        request(GenericTestScheme.ID, "2.0", AssuranceLevel.BASIC),
        GenericRules.SELF_ASSESSMENT);
  }

  @Test
  void refuse_eucc() {
    assertRefused(
        issuer(IssuanceWorld.CATALOGUE, TestClocks.ISSUE),
        new StatementRequest(
            CertificateId.of("EUCC-SOC-2026-0001"),
            IssuanceWorld.EUCC,
            IssuanceWorld.EUCC_VERSION,
            GenericTestScheme.object(),
            GenericTestScheme.holder(),
            AssuranceLevel.BASIC,
            List.of("CC_2022", "CEM_2022"),
            TestClocks.ISSUE_DAY.plusYears(10)),
        EuccRules.R3_NO_SELF_ASSESSMENT);
  }

  @Test
  void refuse_candidateScheme() {
    Instant candidate = Instant.parse("2025-09-01T10:00:00Z");
    assertRefused(
        issuer(IssuanceWorld.CATALOGUE, candidate),
        new StatementRequest(
            CertificateId.of("GTS-SOC-2025-0001"),
            GenericTestScheme.ID,
            GenericTestScheme.VERSION,
            GenericTestScheme.object(),
            GenericTestScheme.holder(),
            AssuranceLevel.BASIC,
            List.of(GenericTestScheme.STANDARD),
            LocalDate.of(2035, 9, 1)),
        GenericRules.SCHEME_ADOPTED);
  }

  @Test
  void refuse_signerCertificateNotValidAtIssue() {
    assertRefused(
        issuer(IssuanceWorld.CATALOGUE, Instant.parse("2041-01-01T00:00:00Z")),
        new StatementRequest(
            CertificateId.of("GTS-SOC-2041-0001"),
            GenericTestScheme.ID,
            GenericTestScheme.VERSION,
            GenericTestScheme.object(),
            GenericTestScheme.holder(),
            AssuranceLevel.BASIC,
            List.of(GenericTestScheme.STANDARD),
            LocalDate.of(2050, 1, 1)),
        Issuer.SIGNING_KEY_EXPIRED);
  }

  private static void assertRefused(StatementIssuer issuer, StatementRequest r, String code) {
    IssuanceRefusedException e = assertThrows(IssuanceRefusedException.class, () -> issuer.issue(r));
    Set<String> codes = e.findings().stream().map(f -> f.code().value()).collect(Collectors.toSet());
    assertEquals(Set.of(code), codes, e.getMessage());
    assertTrue(e.findings().stream().allMatch(f -> !f.legalReference().toString().isBlank()));
  }
}
