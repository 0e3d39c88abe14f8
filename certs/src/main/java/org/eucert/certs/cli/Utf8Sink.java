/*
 * Copyright 2026 The eucert Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.eucert.certs.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * An {@link OutputStream} of UTF-8 bytes that writes the decoded text to a {@link Writer}, so a
 * streaming writer of bytes (the registry export) can print to the command line's stdout writer
 * without holding the whole document. Not thread-safe.
 */
final class Utf8Sink extends OutputStream {
  private final Writer out;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer in = ByteBuffer.allocate(8192);
  private final CharBuffer chars = CharBuffer.allocate(8192);

  Utf8Sink(Writer out) {
    this.out = out;
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    while (len > 0) {
      int n = Math.min(len, in.remaining());
      in.put(b, off, n);
      off += n;
      len -= n;
      drain(false);
    }
  }

  private void drain(boolean end) throws IOException {
    in.flip();
    while (true) {
      CoderResult r = decoder.decode(in, chars, end);
      if (r.isError()) {
        r.throwException();
      }
      chars.flip();
      out.write(chars.array(), chars.position(), chars.remaining());
      chars.clear();
      if (r.isUnderflow()) {
        break;
      }
    }
    in.compact();
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  /** Decodes what remains and flushes; does not close the writer. */
  @Override
  public void close() throws IOException {
    drain(true);
    chars.clear();
    decoder.flush(chars);
    chars.flip();
    out.write(chars.array(), chars.position(), chars.remaining());
    out.flush();
  }
}
