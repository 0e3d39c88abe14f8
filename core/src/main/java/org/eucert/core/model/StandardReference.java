/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A standard or technical specification a scheme evaluates against (CSA Art 54(1)(c)), with the
 * window of issue dates in which a certificate may apply it, as data. Example: EUCC Art 3(2) lets
 * certificates apply CC v3.1 R5 until 31 December 2027, so its {@code lastIssueDate} is 2027-12-31.
 *
 * <p>Immutable.
 *
 * @param id a short stable identifier such as {@code CC_2022} or {@code CC_3_1_R5}
 * @param title the full title, e.g. {@code ISO/IEC 15408-1:2022}
 * @param firstIssueDate the first day of issue on which a certificate may apply it, if limited
 * @param lastIssueDate the last day of issue (inclusive, Europe/Brussels), if limited
 * @param legalBasis the provision that sets the window, if any
 * @since 0.1
 */
public record StandardReference(
    String id,
    String title,
    Optional<LocalDate> firstIssueDate,
    Optional<LocalDate> lastIssueDate,
    Optional<String> legalBasis) {
  public StandardReference {
    checkNotNull(id, "id");
    checkNotNull(title, "title");
    checkNotNull(firstIssueDate, "firstIssueDate");
    checkNotNull(lastIssueDate, "lastIssueDate");
    checkNotNull(legalBasis, "legalBasis");
    checkArgument(!id.isBlank(), "standard id is blank");
    checkArgument(
        firstIssueDate.isEmpty()
            || lastIssueDate.isEmpty()
            || !lastIssueDate.get().isBefore(firstIssueDate.get()),
        "standard %s: last issue date %s before first %s",
        id,
        lastIssueDate,
        firstIssueDate);
  }

  /** A standard without limits on the issue date. */
  public static StandardReference of(String id, String title) {
    return new StandardReference(id, title, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** Whether a certificate issued on {@code day} may apply this standard. */
  public boolean applicableOn(LocalDate day) {
    checkNotNull(day, "day");
    return firstIssueDate.map(f -> !day.isBefore(f)).orElse(true)
        && lastIssueDate.map(l -> !day.isAfter(l)).orElse(true);
  }
}
