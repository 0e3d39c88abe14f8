/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.model;

/**
 * The fields of a certificate by name, so that a scheme can list, as data, which it makes mandatory
 * (CSA Art 54(1)(p); EUCC Annex VII). One spelling everywhere: the XML of a scheme lists these
 * constants.
 *
 * @since 0.1
 */
public enum CertificateField {
  /** Annex VII(b)(1): name of the product or PP. */
  PRODUCT_NAME,
  /** Annex VII(b)(1): name of the TOE, where applicable. */
  TOE_NAME,
  /** Annex VII(b)(2): type of product or PP. */
  PRODUCT_TYPE,
  /** Annex VII(b)(2): type of TOE, where applicable. */
  TOE_TYPE,
  /** Annex VII(b)(3): version(s) covered. */
  PRODUCT_VERSIONS,
  /** Annex VII(b)(4): holder name. */
  HOLDER_NAME,
  /** Annex VII(b)(4): holder address. */
  HOLDER_ADDRESS,
  /** Annex VII(b)(4): holder contact. */
  HOLDER_CONTACT,
  /** Annex VII(b)(5): holder's Art 55 supplementary-information website. */
  HOLDER_SUPPLEMENTARY_INFO_URL,
  /** Annex VII(c)(1): issuing body name. */
  ISSUER_NAME,
  /** Annex VII(c)(1): issuing body address. */
  ISSUER_ADDRESS,
  /** Annex VII(c)(1): issuing body contact. */
  ISSUER_CONTACT,
  /** Art 11(3)(b)(2): issuing body's accreditation reference number. */
  ISSUER_ACCREDITATION_REFERENCE,
  /** Annex VII(c)(2): ITSEF name if different from the CB. */
  ITSEF,
  /** Annex VII(c)(3): responsible NCCA. */
  RESPONSIBLE_NCCA,
  /** Annex VII(c)(4): reference to the implementing act. */
  LEGAL_REFERENCE,
  /** Annex VII(c)(5): reference to the certification report. */
  CERTIFICATION_REPORT,
  /** Annex VII(c)(6): assurance level. */
  ASSURANCE_LEVEL,
  /** Annex VII(c)(7): version of the standards used. */
  STANDARDS,
  /** Annex VII(c)(8): evaluation level (AVA_VAN). */
  EVALUATION_LEVEL,
  /** Annex VII(c)(8): assurance package and components (scheme-specific part). */
  ASSURANCE_PACKAGE,
  /** Annex VII(c)(9): protection profiles claimed, where applicable. */
  PROTECTION_PROFILES,
  /** Annex VII(c)(10): date of issuance. */
  ISSUE_DATE,
  /** Annex VII(c)(11): period of validity. */
  VALIDITY,
  /** Annex VII(d), Art 11: mark and label, with the QR code's target. */
  MARK_URL,
  /** Art 10(2): scope and boundary of the certified object. */
  SCOPE
}
