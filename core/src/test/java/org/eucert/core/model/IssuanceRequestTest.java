/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.util.List;
import java.util.Optional;
import org.eucert.core.testing.GenericTestScheme;
import org.eucert.core.testing.TestBodies;
import org.junit.jupiter.api.Test;

class IssuanceRequestTest {
  private static final CertificateContent CONTENT =
      GenericTestScheme.certificate(TestBodies.cab(), AssuranceLevel.SUBSTANTIAL).build();

  @Test
  void from_content_keepsWhatTheRequestHoldsAndNotWhatTheIssuerSets() {
    IssuanceRequest r = IssuanceRequest.from(CONTENT).build();
    assertEquals(CONTENT.scheme(), r.scheme());
    assertEquals(CONTENT.issuer().id(), r.issuer());
    assertEquals(CONTENT.object(), r.object());
    assertEquals(CONTENT.validUntil(), r.validUntil());
    assertEquals(CONTENT.standards(), r.standards());
    assertFalse(r.pilot());
  }

  @Test
  void markUrlFor_replacesThePlaceholderWithTheLowerCaseId() {
    IssuanceRequest r =
        IssuanceRequest.from(CONTENT).markUrl(Optional.of("https://x.test/{id}_en")).build();
    assertEquals(
        Optional.of("https://x.test/gts-3110-2026-05-0001_en"),
        r.markUrlFor(GenericTestScheme.CERTIFICATE_ID));
  }

  @Test
  void pilot_onlyThroughTheNamedOptIn() {
    IssuanceRequest r = IssuanceRequest.from(CONTENT).allowCandidateSchemeForPilot().build();
    assertTrue(r.pilot());
    assertTrue(r.toBuilder().build().pilot());
  }

  @Test
  void build_missingRequiredPart_refused() {
    assertThrows(
        NullPointerException.class,
        () -> IssuanceRequest.from(CONTENT).validUntil(null).build());
    assertThrows(
        IllegalArgumentException.class,
        () -> IssuanceRequest.from(CONTENT).scheme(GenericTestScheme.ID, " ").build());
  }

  @Test
  void equality_byValue_listsCopied() {
    List<String> standards = new java.util.ArrayList<>(List.of("A"));
    IssuanceRequest r = IssuanceRequest.from(CONTENT).standards(standards).build();
    standards.add("B");
    assertEquals(List.of("A"), r.standards());
    new EqualsTester()
        .addEqualityGroup(IssuanceRequest.from(CONTENT).build(), IssuanceRequest.from(CONTENT).build())
        .addEqualityGroup(IssuanceRequest.from(CONTENT).allowCandidateSchemeForPilot().build())
        .testEquals();
  }
}
