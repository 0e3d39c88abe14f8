/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.model;

/**
 * The 22 elements every European cybersecurity certification scheme must include, CSA Art 54(1)
 * (a) to (v). A scheme lacking any of them is incomplete ({@link SchemeVersion#missingElements()}).
 *
 * @since 0.1
 */
public enum SchemeElement {
  /** (a) subject matter and scope, incl. the categories of ICT products, services, processes. */
  A_SUBJECT_MATTER_AND_SCOPE('a', "subject matter and scope"),
  /** (b) purpose and how standards, evaluation methods and levels fit the intended users. */
  B_PURPOSE('b', "purpose"),
  /** (c) references to the standards or technical specifications used in evaluation. */
  C_STANDARDS('c', "standards and technical specifications"),
  /** (d) where applicable, one or more assurance levels. */
  D_ASSURANCE_LEVELS('d', "assurance levels"),
  /** (e) whether conformity self-assessment is permitted. */
  E_SELF_ASSESSMENT('e', "conformity self-assessment"),
  /** (f) where applicable, specific or additional requirements on CABs. */
  F_CAB_REQUIREMENTS('f', "requirements on conformity assessment bodies"),
  /** (g) the specific evaluation criteria and methods, incl. types of evaluation. */
  G_EVALUATION_CRITERIA_AND_METHODS('g', "evaluation criteria and methods"),
  /** (h) where applicable, the information an applicant must supply. */
  H_APPLICANT_INFORMATION('h', "information to be supplied by the applicant"),
  /** (i) conditions for the use of marks or labels, if the scheme has them. */
  I_MARKS_AND_LABELS('i', "marks and labels"),
  /** (j) rules for monitoring compliance, incl. mechanisms to show continued compliance. */
  J_MONITORING('j', "monitoring of compliance"),
  /** (k) conditions for issuing, maintaining, continuing and renewing certificates; scope. */
  K_ISSUING_MAINTAINING_RENEWING('k', "issuing, maintaining, continuing and renewing"),
  /** (l) consequences of non-compliance. */
  L_NON_COMPLIANCE('l', "consequences of non-compliance"),
  /** (m) how previously undetected vulnerabilities are reported and dealt with. */
  M_VULNERABILITY_HANDLING('m', "handling of undetected vulnerabilities"),
  /** (n) where applicable, record-retention rules for CABs. */
  N_RECORD_RETENTION('n', "record retention"),
  /** (o) national or international schemes covering the same objects. */
  O_EQUIVALENT_SCHEMES('o', "equivalent national or international schemes"),
  /** (p) content and format of certificates and EU statements of conformity. */
  P_CERTIFICATE_CONTENT_AND_FORMAT('p', "content and format of certificates"),
  /** (q) how long the manufacturer keeps the statement and documentation available. */
  Q_DOCUMENTATION_AVAILABILITY('q', "availability period of documentation"),
  /** (r) maximum validity period of certificates. */
  R_MAXIMUM_VALIDITY('r', "maximum validity period"),
  /** (s) disclosure policy for certificates issued, amended or withdrawn. */
  S_DISCLOSURE_POLICY('s', "disclosure policy"),
  /** (t) conditions for mutual recognition with third countries. */
  T_THIRD_COUNTRY_RECOGNITION('t', "mutual recognition with third countries"),
  /** (u) where applicable, peer assessment rules for bodies issuing 'high' under Art 56(6). */
  U_PEER_ASSESSMENT('u', "peer assessment"),
  /** (v) format and procedures for the Art 55 supplementary cybersecurity information. */
  V_SUPPLEMENTARY_INFORMATION('v', "supplementary cybersecurity information");

  private final char letter;
  private final String title;

  SchemeElement(char letter, String title) {
    this.letter = letter;
    this.title = title;
  }

  /** The point letter of Art 54(1), {@code 'a'} to {@code 'v'}. */
  public char letter() {
    return letter;
  }

  /** A short title. */
  public String title() {
    return title;
  }

  /** The legal reference, e.g. {@code CSA Art 54(1)(r)}. */
  public String article() {
    return "CSA Art 54(1)(" + letter + ")";
  }
}
