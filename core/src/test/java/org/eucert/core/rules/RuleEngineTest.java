/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eucert.core.model.AssuranceLevel;
import org.eucert.core.model.LegalReference;
import org.eucert.core.model.SchemeId;
import org.eucert.core.rules.spi.SchemeProfile;
import org.eucert.core.testing.GenericTestScheme;
import org.eucert.core.testing.TestBodies;
import org.junit.jupiter.api.Test;

class RuleEngineTest {
  private static RuleInput valid() {
    return GenericTestScheme.input(
        GenericTestScheme.certificate(TestBodies.cab(), AssuranceLevel.SUBSTANTIAL).build(),
        TestBodies.accreditedAndNotified(TestBodies.cab()).build());
  }

  private static RuleInput tooLong() {
    return GenericTestScheme.input(
        GenericTestScheme.certificate(TestBodies.cab(), AssuranceLevel.SUBSTANTIAL)
            .validUntil(LocalDate.of(2035, 1, 1))
            .build(),
        TestBodies.accreditedAndNotified(TestBodies.cab()).build());
  }

  private static List<String> codes(RuleReport r) {
    return r.findings().stream().map(f -> f.code().value()).collect(Collectors.toList());
  }

  private static Rule throwing(String code, Severity severity) {
    return SimpleRule.of(
        code,
        "TEST Art 1",
        severity,
        (in, out) -> {
          throw new IllegalStateException("boom");
        });
  }

  private static Rule always(String code, Severity severity) {
    return SimpleRule.of(code, "TEST Art 2", severity, (in, out) -> out.accept("found"));
  }

  /** A profile for the test scheme. */
  private static SchemeProfile profile(List<Rule> rules, Set<RuleCode> supersedes) {
    return new SchemeProfile() {
      @Override
      public SchemeId schemeId() {
        return GenericTestScheme.ID;
      }

      @Override
      public List<Rule> rules() {
        return rules;
      }

      @Override
      public Set<RuleCode> supersedes() {
        return supersedes;
      }
    };
  }

  @Test
  void forProfileEmpty_isTheGenericRulesInOrder() {
    assertEquals(GenericRules.all(), RuleEngine.forProfile(Optional.empty()).rules());
    assertEquals(14, GenericRules.all().size());
    assertEquals(
        GenericRules.all().size(),
        GenericRules.all().stream().map(Rule::code).collect(Collectors.toSet()).size());
  }

  @Test
  void aRuleThatThrows_givesAnErrorUnderItsOwnCode_failClosed() {
    RuleEngine engine =
        RuleEngine.of(
            List.of(
                throwing("TEST-THROWS", Severity.WARNING), always("TEST-AFTER", Severity.INFO)));
    RuleReport r = engine.evaluate(valid());
    assertEquals(List.of("TEST-THROWS", "TEST-AFTER"), codes(r), "later rules still run");
    assertEquals(Severity.ERROR, r.findings().get(0).severity(), "even for a WARNING rule");
    assertFalse(r.isAccepted());
    assertEquals(1, r.errors().size());
  }

  @Test
  void aRuleReturningNull_alsoFailsClosed() {
    Rule nulls =
        new Rule() {
          @Override
          public RuleCode code() {
            return RuleCode.of("TEST-NULL");
          }

          @Override
          public LegalReference legalReference() {
            return LegalReference.of("TEST", "Art 3");
          }

          @Override
          public Severity severity() {
            return Severity.WARNING;
          }

          @Override
          public List<Finding> evaluate(RuleInput input) {
            return null;
          }
        };
    RuleReport r = RuleEngine.of(List.of(nulls)).evaluate(valid());
    assertTrue(r.has("TEST-NULL"));
    assertFalse(r.isAccepted());
  }

  @Test
  void duplicateCodes_refused() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            RuleEngine.of(
                List.of(always("TEST-DUP", Severity.INFO), always("TEST-DUP", Severity.ERROR))));
  }

  @Test
  void profileRepeatingAGenericCodeWithoutSupersedingIt_refused() {
    SchemeProfile p = profile(List.of(always(GenericRules.MAX_VALIDITY, Severity.ERROR)), Set.of());
    assertThrows(IllegalArgumentException.class, () -> RuleEngine.forProfile(Optional.of(p)));
  }

  @Test
  void supersedes_removesTheGenericRule_andTheProfileRuleReportsInstead() {
    Rule own =
        SimpleRule.of(
            "GTS-R7-VALIDITY",
            "GTS Art 7",
            Severity.ERROR,
            (in, out) -> {
              if (in.certificate().orElseThrow().validUntil().isAfter(LocalDate.of(2030, 1, 1))) {
                out.accept("too long for GTS");
              }
            });
    SchemeProfile p = profile(List.of(own), Set.of(RuleCode.of(GenericRules.MAX_VALIDITY)));
    RuleEngine engine = RuleEngine.forProfile(Optional.of(p));
    assertEquals(GenericRules.all().size(), engine.rules().size());
    assertFalse(
        engine.rules().stream().anyMatch(r -> r.code().value().equals(GenericRules.MAX_VALIDITY)));
    assertEquals(List.of("GTS-R7-VALIDITY"), codes(engine.evaluate(tooLong())));
    assertEquals(
        List.of(GenericRules.MAX_VALIDITY),
        codes(RuleEngine.forProfile(Optional.empty()).evaluate(tooLong())));
  }

  @Test
  void profileRules_runAfterTheGenericOnes() {
    SchemeProfile p = profile(List.of(always("GTS-EXTRA", Severity.WARNING)), Set.of());
    RuleEngine engine = RuleEngine.forProfile(Optional.of(p));
    assertEquals("GTS-EXTRA", engine.rules().get(engine.rules().size() - 1).code().value());
    RuleReport r = engine.evaluate(valid());
    assertEquals(List.of("GTS-EXTRA"), codes(r));
    assertTrue(r.isAccepted(), "a warning does not refuse");
    assertEquals(List.of(), r.errors());
  }

  @Test
  void report_isImmutable_andQueryableByCode() {
    RuleReport r =
        RuleEngine.of(List.of(always("TEST-A", Severity.ERROR), always("TEST-B", Severity.INFO)))
            .evaluate(valid());
    assertTrue(r.has("TEST-A") && r.has(RuleCode.of("TEST-B")) && !r.has("TEST-C"));
    assertThrows(UnsupportedOperationException.class, () -> r.findings().clear());
    assertEquals(
        List.of("TEST-A"),
        r.errors().stream().map(f -> f.code().value()).collect(Collectors.toList()));
  }

  @Test
  void simpleRule_oneFindingPerMessage_withItsCodeSeverityAndReference() {
    Rule r =
        SimpleRule.of(
            "TEST-TWO",
            "CSA Art 56(6)",
            Severity.WARNING,
            (in, out) -> {
              out.accept("one");
              out.accept("two");
            });
    List<Finding> f = r.evaluate(valid());
    assertEquals(2, f.size());
    assertTrue(
        f.stream()
            .allMatch(
                x ->
                    x.code().equals(RuleCode.of("TEST-TWO"))
                        && x.severity() == Severity.WARNING
                        && x.legalReference().act().equals("CSA")
                        && x.legalReference().provision().equals("Art 56(6)")));
  }

  @Test
  void ruleCodes_syntax() {
    RuleCode.of("CSA-56-6-HIGH-ISSUER");
    RuleCode.of("EUCC-R1-LEVEL-AVA-VAN");
    for (String bad :
        List.of("", "CSA", "csa-56", "CSA-", "-CSA", "CSA--56", "CSA 56", "1CSA-56")) {
      assertThrows(IllegalArgumentException.class, () -> RuleCode.of(bad), bad);
    }
    assertThrows(
        IllegalArgumentException.class,
        () -> SimpleRule.of("TEST-X", "nospace", Severity.INFO, (in, out) -> {}));
  }
}
