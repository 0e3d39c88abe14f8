/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.verify;

/** Parses an envelope strictly, without verifying its signature. Thread-safe. */
interface EnvelopeReader {
  /**
   * The parsed envelope.
   *
   * @throws Rejected with a message naming what is wrong, for anything but a well-formed envelope
   */
  SignedDocument parse(byte[] envelope) throws Rejected;

  /** The envelope is not one of ours. */
  final class Rejected extends Exception {
    private static final long serialVersionUID = 1L;

    Rejected(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
