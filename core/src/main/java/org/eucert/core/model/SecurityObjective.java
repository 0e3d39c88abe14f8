/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.model;

/**
 * The security objectives a scheme is designed to achieve (CSA Art 51 (a) to (j)), plus the
 * objectives for managed security services of Art 51a, inserted by Regulation (EU) 2025/37.
 *
 * <p>The individual objectives of Art 51a are not yet verified against the Official Journal
 * (DOMAIN.md 1.4, UNVERIFIED), so they are one constant here rather than an invented list.
 *
 * @since 0.1
 */
public enum SecurityObjective {
  /** Art 51(a): protect data against unauthorised storage, processing, access or disclosure. */
  A_PROTECT_CONFIDENTIALITY("Art 51(a)"),
  /** Art 51(b): protect data against destruction, loss, alteration or lack of availability. */
  B_PROTECT_INTEGRITY_AVAILABILITY("Art 51(b)"),
  /** Art 51(c): authorised persons, programs or machines access only what their rights cover. */
  C_ACCESS_CONTROL("Art 51(c)"),
  /** Art 51(d): identify and document known dependencies and vulnerabilities. */
  D_KNOWN_VULNERABILITIES_DOCUMENTED("Art 51(d)"),
  /** Art 51(e): record which data, services or functions were used, when and by whom. */
  E_RECORD_ACCESS("Art 51(e)"),
  /** Art 51(f): make it possible to check (audit) those records. */
  F_AUDIT("Art 51(f)"),
  /** Art 51(g): verify that the objects contain no known vulnerabilities. */
  G_NO_KNOWN_VULNERABILITIES("Art 51(g)"),
  /** Art 51(h): restore availability and access in a timely manner after an incident. */
  H_RESTORE("Art 51(h)"),
  /** Art 51(i): secure by default and by design. */
  I_SECURE_BY_DEFAULT_AND_DESIGN("Art 51(i)"),
  /** Art 51(j): up-to-date software and hardware, secure update mechanisms. */
  J_UP_TO_DATE_AND_SECURE_UPDATES("Art 51(j)"),
  /** Art 51a (Regulation (EU) 2025/37): managed security services objectives. */
  MSS_ART_51A("Art 51a");

  private final String article;

  SecurityObjective(String article) {
    this.article = article;
  }

  /** The article of the Cybersecurity Act, e.g. {@code Art 51(c)}. */
  public String article() {
    return article;
  }
}
