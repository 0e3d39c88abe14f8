/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry;

import static org.eucert.core.registry.Fixtures.ACTOR;
import static org.eucert.core.registry.Fixtures.DE_CB;
import static org.eucert.core.registry.Fixtures.EUCC;
import static org.eucert.core.registry.Fixtures.NL_CB;
import static org.eucert.core.registry.Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.eucert.core.model.AssuranceLevel;
import org.eucert.core.model.CertificateId;
import org.eucert.core.model.CertificateStatus;
import org.eucert.core.model.Holder;
import org.eucert.core.model.MemberState;
import org.eucert.core.time.LegalTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Certificate queries and keyset paging through the {@link Registry} API. */
class RegistryQueryTest {
  private static TestDatabase db;
  private static Registry registry;
  private static final Instant NOW = T0.plus(Duration.ofDays(100));

  @BeforeAll
  static void open() {
    db = TestDatabase.create();
    registry = db.open(Clock.fixed(T0, ZoneOffset.UTC));
    Fixtures.enrolBodies(registry);
    // Q-01..Q-10: NL, holder Acme, substantial; Q-11..Q-15: DE, holder Beta, high, product Gadget
    for (int i = 1; i <= 15; i++) {
      boolean nl = i <= 10;
      registry.recordIssued(
          Fixtures.issued(
              Fixtures.content(String.format(java.util.Locale.ROOT, "Q-%02d", i), nl ? NL_CB : DE_CB, T0,
                      LegalTime.dayOf(T0).plusDays(100L + 10L * i))
                  .holder(Holder.named(nl ? "Acme" : "Beta"))
                  .object(Fixtures.product(nl ? "Widget" : "Gadget", "1.0"))
                  .assuranceLevel(nl ? AssuranceLevel.SUBSTANTIAL : AssuranceLevel.HIGH)
                  .build()),
          ACTOR);
    }
    registry.suspend(id(2), new Suspension(T0.plus(Duration.ofDays(90)), LegalTime.dayOf(T0).plusDays(120), "s"), ACTOR);
    registry.withdraw(id(3), new Withdrawal(T0.plus(Duration.ofDays(50)), WithdrawalReason.OTHER, "w"), ACTOR);
  }

  @AfterAll
  static void close() {
    registry.close();
    db.close();
  }

  private static CertificateId id(int i) {
    return CertificateId.of(String.format(java.util.Locale.ROOT, "Q-%02d", i));
  }

  private static List<String> all(CertificateQuery q) {
    List<String> out = new ArrayList<>();
    PageRequest p = PageRequest.first(4);
    while (true) {
      Page<CertificateSummary> page = registry.certificates(q, p);
      page.items().forEach(s -> out.add(s.id().value()));
      if (page.next().isEmpty()) {
        return out;
      }
      p = page.next().get();
    }
  }

  private static List<String> range(int from, int to) {
    List<String> out = new ArrayList<>();
    for (int i = from; i <= to; i++) {
      out.add(id(i).value());
    }
    return out;
  }

  @Test
  void paging_walksEverythingInIdOrder() {
    assertEquals(range(1, 15), all(CertificateQuery.all()));
    Page<CertificateSummary> first = registry.certificates(CertificateQuery.all(), PageRequest.first(15));
    assertEquals(Optional.empty(), first.next());
  }

  @Test
  void byHolderProductSchemeLevelIssuerMemberState() {
    assertEquals(range(1, 10), all(CertificateQuery.builder().holder("Acme").build()));
    assertEquals(range(11, 15), all(CertificateQuery.builder().product("Gadget").build()));
    assertEquals(range(1, 15), all(CertificateQuery.builder().scheme(EUCC).build()));
    assertEquals(range(11, 15), all(CertificateQuery.builder().level(AssuranceLevel.HIGH).build()));
    assertEquals(range(1, 10), all(CertificateQuery.builder().issuer(NL_CB).build()));
    assertEquals(range(11, 15), all(CertificateQuery.builder().memberState(MemberState.DE).build()));
    assertEquals(List.of(), all(CertificateQuery.builder().memberState(MemberState.FR).build()));
    assertEquals(
        List.of(), all(CertificateQuery.builder().holder("Acme").level(AssuranceLevel.HIGH).build()));
  }

  @Test
  void statusAtAnInstant() {
    assertEquals(
        List.of("Q-03"),
        all(CertificateQuery.builder().statusAt(NOW, EnumSet.of(CertificateStatus.WITHDRAWN)).build()));
    assertEquals(
        List.of("Q-02"),
        all(CertificateQuery.builder().statusAt(NOW, EnumSet.of(CertificateStatus.SUSPENDED)).build()));
    List<String> inForce = range(1, 15);
    inForce.removeAll(List.of("Q-02", "Q-03"));
    assertEquals(
        inForce,
        all(CertificateQuery.builder().statusAt(NOW, EnumSet.of(CertificateStatus.IN_FORCE)).build()));
    // before the suspension and withdrawal took effect everything was in force
    assertEquals(
        range(1, 15),
        all(CertificateQuery.builder().statusAt(T0.plus(Duration.ofDays(10)), EnumSet.of(CertificateStatus.IN_FORCE)).build()));
    // Q-01 ends at day 110: at day 115 it is expired
    Instant later = LegalTime.startOfDay(LegalTime.dayOf(T0).plusDays(115));
    assertEquals(
        List.of("Q-01"),
        all(CertificateQuery.builder().statusAt(later, EnumSet.of(CertificateStatus.EXPIRED)).build()));
    assertEquals(Optional.of(CertificateStatus.EXPIRED), registry.statusAt(id(1), later));
    assertEquals(List.of(), all(CertificateQuery.builder().statusAt(T0.minusSeconds(1), EnumSet.allOf(CertificateStatus.class)).build()));
  }

  @Test
  void expiringWithinDays() {
    // validity ends at day 100 + 10 i; at day 100 within 35 days: i = 1, 2, 3 (3 withdrawn)
    assertEquals(
        List.of("Q-01", "Q-02"),
        all(CertificateQuery.builder().expiringWithin(NOW, 35).build()));
    assertEquals(
        List.of(),
        all(CertificateQuery.builder().expiringWithin(NOW, 5).build()));
    assertEquals(
        List.of("Q-11", "Q-12"),
        all(CertificateQuery.builder().expiringWithin(LegalTime.startOfDay(LegalTime.dayOf(T0).plusDays(205)), 15).build()));
    assertEquals(
        range(1, 2),
        all(CertificateQuery.builder().validUntilBetween(LocalDate.of(2026, 1, 1), LegalTime.dayOf(T0).plusDays(120)).build()));
  }
}
