package org.wiretrace.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Turns the bytes of a text file into a string: rejects binary data, honours byte-order marks,
 * decodes strict UTF-8 and, when that fails, the charset ICU4J's {@link CharsetDetector} finds
 * (noted in the log, so the user knows the text was re-decoded).
 */
final class TextDecoder {

  /** How many leading bytes are examined for binary content. */
  private static final int SNIFF_BYTES = 8192;

  /** Share of control bytes above which a file counts as binary. */
  private static final double MAX_CONTROL_SHARE = 0.05;

  /** ICU confidence (0-100) below which the detector's guess is not trusted. */
  private static final int MIN_CONFIDENCE = 20;

  private TextDecoder() {}

  /**
   * Reads a whole file within the size limit.
   *
   * @return the bytes, or null when the file is over the limit (a problem is recorded)
   */
  static byte @Nullable [] readWhole(InputStream in, ReadContext context) throws IOException {
    long limit = context.limits().maxFileBytes();
    if (context.knownSize() > limit) {
      tooLarge(context, context.knownSize());
      return null;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[65536];
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      if (out.size() + (long) n > limit) {
        tooLarge(context, -1);
        return null;
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  private static void tooLarge(ReadContext context, long size) {
    long limit = context.limits().maxFileBytes();
    context.fileProblem(ProblemReason.FILE_TOO_LARGE,
        "file is " + (size > limit ? ReadContext.bytes(size) : "over " + ReadContext.bytes(limit))
            + ", above the " + ReadContext.bytes(limit) + " limit for files read whole (.txt, .html)",
        "raise the limit with --max-file-size (Ingestor.Builder.maxFileBytes) or split the file;"
            + " for many articles use JSONL, which is streamed");
  }

  /**
   * Decodes a whole file's bytes.
   *
   * @return the text, or null when the bytes are binary (a problem is recorded)
   */
  static @Nullable String decodeFile(byte[] bytes, ReadContext context) {
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    if (looksBinary(bytes)) {
      context.fileProblem(ProblemReason.BINARY_FILE,
          "file holds binary data (NUL or control bytes), not text",
          "pass only text, JSONL, HTML or WARC files; check the file type (e.g. with `file`)");
      return null;
    }
    int skip = hasUtf8Bom(bytes) ? 3 : 0;
    String utf8 = strictUtf8(bytes, skip);
    return utf8 != null ? utf8 : detected(bytes, context);
  }

  /** Decodes with the charset ICU detects, falling back to UTF-8 with replacement characters. */
  private static String detected(byte[] bytes, ReadContext context) {
    CharsetMatch match = new CharsetDetector().setText(bytes).detect();
    if (match != null && match.getConfidence() >= MIN_CONFIDENCE && Charset.isSupported(match.getName())) {
      context.fileProblem(ProblemReason.CHARSET_DECODED,
          "file is not valid UTF-8; decoded as " + match.getName() + " (ICU confidence "
              + match.getConfidence() + ")",
          "check the text reads correctly, or convert the file to UTF-8 (e.g. iconv -f "
              + match.getName() + " -t UTF-8)");
      return new String(bytes, Charset.forName(match.getName()));
    }
    context.fileProblem(ProblemReason.INVALID_ENCODING,
        "file is not valid UTF-8 and its charset could not be detected; invalid bytes became U+FFFD",
        "convert the file to UTF-8 (e.g. with iconv)");
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /**
   * Decodes strict UTF-8.
   *
   * @return the text, or null when the bytes are not valid UTF-8
   */
  static @Nullable String strictUtf8(byte[] bytes, int offset) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  static boolean hasUtf8Bom(byte[] bytes) {
    return bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf;
  }

  /** A NUL byte, or more than 5% control bytes other than tab, newlines, form feed and escape. */
  static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, SNIFF_BYTES);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1b) {
        control++;
      }
    }
    return n > 0 && control > n * MAX_CONTROL_SHARE;
  }
}
