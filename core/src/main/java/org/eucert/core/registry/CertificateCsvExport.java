/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.registry;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eucert.core.model.CertificateId;
import org.eucert.core.model.CertificateStatus;
import org.eucert.core.time.LegalTime;

/**
 * Writes registry certificates as CSV: first the columns of the Common Criteria portal's list of
 * certified products, in its order, then EUCC's (the fields ENISA publishes, EUCC Art 42, Annex
 * VII). RFC 4180: every field quoted, quotes doubled, CRLF line ends, one header line. Dates are
 * ISO-8601 calendar dates in Europe/Brussels; statuses use the enum spelling ({@code IN_FORCE}).
 *
 * <p>Portal columns the registry does not hold (report, security target and maintenance links)
 * are written empty; "Archived Date" is the day of withdrawal, or the last day of validity of an
 * expired certificate, at the export instant.
 *
 * <p>Stateless and thread-safe; reads the registry page by page, so memory does not grow with it.
 *
 * @since 0.1
 */
public final class CertificateCsvExport {
  /** The Common Criteria portal's columns. */
  public static final List<String> PORTAL_COLUMNS =
      ImmutableList.of(
          "Category",
          "Name",
          "Manufacturer",
          "Scheme",
          "Assurance Level",
          "Protection Profile(s)",
          "Certification Date",
          "Archived Date",
          "Certification Report URL",
          "Security Target URL",
          "Maintenance Date",
          "Maintenance Title",
          "Maintenance Report",
          "Maintenance ST");

  /** EUCC's columns, after the portal's. */
  public static final List<String> EUCC_COLUMNS =
      ImmutableList.of(
          "Certificate ID",
          "Scheme Version",
          "Product Type",
          "Product Version(s)",
          "Evaluation Level",
          "Certification Body",
          "Member State",
          "Valid Until",
          "Status",
          "Status Since",
          "Predecessor",
          "Underlying");

  private static final int PAGE = 500;

  private CertificateCsvExport() {}

  /**
   * Writes the header and one line per certificate matching {@code query}, with its status at
   * {@code at}; returns the number of certificates written.
   *
   * @throws UncheckedIOException if {@code out} fails
   */
  public static long write(Registry registry, CertificateQuery query, Instant at, Appendable out) {
    checkNotNull(registry, "registry");
    checkNotNull(query, "query");
    checkNotNull(at, "at");
    checkNotNull(out, "out");
    List<String> header = new ArrayList<>(PORTAL_COLUMNS);
    header.addAll(EUCC_COLUMNS);
    line(out, header);
    long n = 0;
    PageRequest page = PageRequest.first(PAGE);
    while (true) {
      Page<CertificateSummary> p = registry.certificates(query, page);
      for (CertificateSummary s : p.items()) {
        Optional<CertificateRecord> r = registry.certificate(s.id());
        if (r.isPresent()) {
          line(out, row(r.get(), at));
          n++;
        }
      }
      if (p.next().isEmpty()) {
        return n;
      }
      page = p.next().get();
    }
  }

  private static List<String> row(CertificateRecord r, Instant at) {
    CertificateSummary s = r.summary();
    Optional<CertificateStatus> status = r.statusAt(at);
    String archived = "";
    Instant since = s.issuedAt();
    if (status.isPresent()) {
      Instant t = LegalTime.normalize(at);
      for (CertificateEvent e : r.events()) {
        if (e.kind().changesStatus() && !e.effectiveAt().isAfter(t)) {
          since = e.effectiveAt();
        }
      }
      if (status.get() == CertificateStatus.WITHDRAWN) {
        archived = LegalTime.dayOf(since).toString();
      } else if (status.get() == CertificateStatus.EXPIRED) {
        archived = s.validUntil().toString();
        since = LegalTime.endExclusive(s.validUntil());
      }
    }
    LocalDate issued = LegalTime.dayOf(s.issuedAt());
    List<String> row = new ArrayList<>();
    row.add(s.category().or(s::productType).orElse(""));
    row.add(s.productName());
    row.add(s.holderName());
    row.add(s.scheme().value());
    row.add(s.assuranceLevel().name());
    row.add("");
    row.add(issued.toString());
    row.add(archived);
    row.add("");
    row.add("");
    row.add("");
    row.add("");
    row.add("");
    row.add("");
    row.add(s.id().value());
    row.add(s.schemeVersion());
    row.add(s.productType().orElse(""));
    row.add(String.join(", ", s.versions()));
    row.add(s.evaluationLevel().orElse(""));
    row.add(s.issuer().value());
    row.add(s.memberState().name());
    row.add(s.validUntil().toString());
    row.add(status.map(Enum::name).orElse(""));
    row.add(status.isPresent() ? since.toString() : "");
    row.add(s.predecessor().map(CertificateId::value).orElse(""));
    row.add(s.underlying().map(CertificateId::value).orElse(""));
    return row;
  }

  private static void line(Appendable out, List<String> fields) {
    try {
      for (int i = 0; i < fields.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        out.append('"').append(fields.get(i).replace("\"", "\"\"")).append('"');
      }
      out.append("\r\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
