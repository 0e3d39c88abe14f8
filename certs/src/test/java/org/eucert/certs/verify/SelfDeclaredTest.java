/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eucert.certs.issue.IssuedEnvelope;
import org.eucert.certs.issue.StatementIssuer;
import org.eucert.certs.issue.StatementRequest;
import org.eucert.core.model.AssuranceLevel;
import org.eucert.core.model.CertificateId;
import org.eucert.core.model.StatementOfConformity;
import org.eucert.core.testing.GenericTestScheme;
import org.eucert.core.testing.TestClocks;
import org.eucert.schemes.catalogue.SchemeCatalogue;
import org.junit.jupiter.api.Test;

/**
 * The self-declared path of an EU statement of conformity (CSA Art 53): signature intact, the
 * scheme allows self-assessment at basic, the signer is the manufacturer named; the report says no
 * third party assessed it.
 *
 * <p>Core has no statement codec yet, so these tests hand the verifier a content reader that
 * knows one statement by its bytes (and reads certificates with the real codec otherwise): the
 * step logic is tested; the XML of statements is not.
 */
class SelfDeclaredTest {
  private static final StatementOfConformity STATEMENT = GenericTestScheme.statement();
  private static final byte[] BYTES =
      "<statement>GTS-SOC-2026-0001</statement>".getBytes(StandardCharsets.UTF_8);
  private static final ContentReader READER =
      xml -> {
        if (Arrays.equals(xml, BYTES)) {
          return STATEMENT;
        }
        return VerifyWorld.CODEC.parse(xml);
      };

  private static VerificationReport verify(String signerName, SchemeCatalogue catalogue) {
    VerifyWorld w = new VerifyWorld();
    byte[] env =
        w.sign(
                w.content(org.eucert.core.model.MemberState.NL, VerifyWorld.ISSUED),
                BYTES,
                STATEMENT.issuedAt(),
                VerifyWorld.key(signerName).signer(),
                false)
            .envelope();
    return Verifier.builder()
        .trustSnapshot(w.snapshot())
        .clock(Clock.fixed(VerifyWorld.NOW, ZoneOffset.UTC))
        .catalogue(catalogue)
        .contentReader(READER)
        .build()
        .verify(env, TestClocks.ISSUE.plusSeconds(3600));
  }

  @Test
  void statement_signedByTheManufacturer_schemeAllowsIt_passesSelfDeclared() {
    VerificationReport r =
        verify(STATEMENT.manufacturer().name(), VerifyWorld.CATALOGUE.with(GenericTestScheme.scheme()));
    assertTrue(r.isPassed(), () -> VerificationReportCodec.text(Optional.empty(), r));
    assertTrue(r.selfDeclared());
    assertEquals(Check.SELF_DECLARED, r.checks().get(r.checks().size() - 1).check());
    assertTrue(r.warnings().stream().anyMatch(s -> s.contains("no third party assessed it")));
    assertTrue(VerificationReportCodec.jsonLine(Optional.empty(), r).contains("\"selfDeclared\":true"));
  }

  @Test
  void statementFromStatementIssuer_defaultVerifier_readsItAndPassesSelfDeclared() {
    // no content reader given: the verifier's own reads statement.xsd as well as certificates
    SchemeCatalogue catalogue = VerifyWorld.CATALOGUE.with(GenericTestScheme.scheme());
    StatementRequest request =
        new StatementRequest(
            CertificateId.of("GTS-SOC-2026-0002"),
            GenericTestScheme.ID,
            GenericTestScheme.VERSION,
            GenericTestScheme.object(),
            GenericTestScheme.holder(),
            AssuranceLevel.BASIC,
            List.of(GenericTestScheme.STANDARD),
            TestClocks.ISSUE_DAY.plusYears(10));
    IssuedEnvelope issued =
        StatementIssuer.builder()
            .catalogue(catalogue)
            .clock(Clock.fixed(TestClocks.ISSUE, ZoneOffset.UTC))
            .signer(VerifyWorld.key(GenericTestScheme.holder().name()).signer())
            .build()
            .issue(request);
    Verifier verifier =
        Verifier.builder()
            .trustSnapshot(new VerifyWorld().snapshot())
            .clock(Clock.fixed(VerifyWorld.NOW, ZoneOffset.UTC))
            .catalogue(catalogue)
            .build();

    VerificationReport r = verifier.verify(issued.envelope().toByteArray(), TestClocks.ISSUE.plusSeconds(3600));

    assertTrue(r.isPassed(), () -> VerificationReportCodec.text(Optional.empty(), r));
    assertTrue(r.selfDeclared());
    assertEquals(Check.SELF_DECLARED, r.checks().get(r.checks().size() - 1).check());
    // a statement whose content was changed after signing is not a statement any more
    byte[] tampered = issued.envelope().toByteArray();
    String text = new String(tampered, StandardCharsets.ISO_8859_1);
    int at = text.indexOf("GTS-SOC-2026-0002");
    tampered[at + 4] = 'X';
    assertTrue(verifier.verify(tampered, TestClocks.ISSUE.plusSeconds(3600)).has(SubIndication.HASH_FAILURE));
  }

  @Test
  void statement_signedBySomeoneElse_fails() {
    VerificationReport r =
        verify("Someone Else B.V.", VerifyWorld.CATALOGUE.with(GenericTestScheme.scheme()));
    assertTrue(r.has(SubIndication.SIGNER_NOT_LISTED), r.reason());
    assertTrue(r.selfDeclared());
  }

  @Test
  void statement_schemeUnknownToTheCatalogue_fails() {
    VerificationReport r = verify(STATEMENT.manufacturer().name(), VerifyWorld.CATALOGUE);
    assertTrue(r.has(SubIndication.SCHEME_RULE_VIOLATION), r.reason());
  }
}
