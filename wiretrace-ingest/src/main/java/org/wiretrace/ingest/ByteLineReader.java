package org.wiretrace.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads lines as raw bytes, so that each line can be decoded (and its encoding errors reported) on
 * its own, and so that an over-long line is skipped without holding it in memory.
 */
final class ByteLineReader {

  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] buffer = new byte[1 << 16];
  private int pos;
  private int limit;
  private byte[] line = new byte[1024];
  private int length;
  private long droppedBytes;

  ByteLineReader(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /**
   * Reads the next line, without its {@code \n} or {@code \r\n}.
   *
   * @return true when a line was read, false at the end of the stream
   */
  boolean next() throws IOException {
    length = 0;
    droppedBytes = 0;
    boolean any = false;
    while (true) {
      if (pos == limit && !fill()) {
        return any;
      }
      any = true;
      int newline = indexOfNewline();
      int end = newline < 0 ? limit : newline;
      append(pos, end);
      pos = newline < 0 ? limit : newline + 1;
      if (newline >= 0) {
        trimCarriageReturn();
        return true;
      }
    }
  }

  /** The current line's bytes; valid up to {@link #length()}. */
  byte[] bytes() {
    return line;
  }

  /** The current line's length in bytes (0 when it was too long; see {@link #tooLong()}). */
  int length() {
    return length;
  }

  /** Whether the current line was over the limit and dropped. */
  boolean tooLong() {
    return droppedBytes > 0;
  }

  /** The current line's full length in bytes, dropped or not. */
  long fullLength() {
    return droppedBytes > 0 ? droppedBytes : length;
  }

  private boolean fill() throws IOException {
    int n = in.read(buffer);
    if (n <= 0) {
      return false;
    }
    pos = 0;
    limit = n;
    return true;
  }

  private int indexOfNewline() {
    for (int i = pos; i < limit; i++) {
      if (buffer[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private void append(int from, int to) {
    int n = to - from;
    if (droppedBytes > 0 || (long) length + n > maxLineBytes) {
      droppedBytes = (droppedBytes > 0 ? droppedBytes : length) + n;
      length = 0;
      return;
    }
    if (length + n > line.length) {
      line = Arrays.copyOf(line, Math.max(line.length * 2, length + n));
    }
    System.arraycopy(buffer, from, line, length, n);
    length += n;
  }

  private void trimCarriageReturn() {
    if (length > 0 && line[length - 1] == '\r') {
      length--;
    }
  }
}
