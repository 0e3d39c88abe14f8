/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.cli;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eucert.core.time.LegalTime;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The command line's converters for times, registered once on the root command so every option
 * of that type parses the same way (ARCHITECTURE.md section 10).
 *
 * @since 0.1
 */
final class Converters {
  private Converters() {}

  /**
   * INSTANT: ISO-8601 with an offset ({@code 2026-05-01T10:00:00Z}) or a date ({@code
   * 2026-05-01}), meaning the start of that day in Europe/Brussels ({@link LegalTime}).
   */
  static final class InstantConverter implements ITypeConverter<Instant> {
    @Override
    public Instant convert(String value) {
      try {
        return LegalTime.parseInstant(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** DATE: a calendar date {@code 2026-05-01}, a day of law in Europe/Brussels. */
  static final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value.trim());
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("not a date: '" + value + "'; expected e.g. 2026-05-01");
      } catch (DateTimeException e) {
        throw new TypeConversionException("date out of range: '" + value + "'");
      }
    }
  }
}
