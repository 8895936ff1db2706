package org.wiretrace.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Reads JSON Lines / NDJSON: one JSON object per line, streamed, so files of any size are read in
 * constant memory. Blank lines are skipped; a malformed line is recorded and the next one is read.
 * Fields are mapped by {@link JsonArticleFields}.
 */
final class JsonlArticleReader implements ArticleReader {

  private static final int SNIFF_BYTES = 8192;

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  @Override
  public void read(InputStream raw, ReadContext context) throws IOException {
    InputStream in = sniffed(raw, context);
    if (in == null) {
      return;
    }
    ByteLineReader lines = new ByteLineReader(in, context.limits().maxRecordBytes());
    long lineNumber = 0;
    long records = 0;
    while (lines.next()) {
      lineNumber++;
      if (lines.tooLong()) {
        records++;
        tooLong(context, lineNumber, lines.fullLength());
      } else if (!isBlank(lines.bytes(), lines.length())) {
        records++;
        readLine(lines.bytes(), lines.length(), lineNumber, context);
      }
    }
    if (records == 0) {
      context.fileProblem(ProblemReason.EMPTY_FILE, "file has no JSON lines",
          "put one JSON object per line, e.g. {\"id\":\"a1\",\"text\":\"...\"}");
    }
  }

  /**
   * Reads the first bytes to sniff for binary data and returns a stream that replays them. A read
   * error in the head (a truncated .gz) is replayed after the head, so the good lines in it are read.
   *
   * @return the replaying stream, or null when the file is binary (a problem is recorded)
   */
  private static @Nullable InputStream sniffed(InputStream raw, ReadContext context) throws IOException {
    byte[] head = new byte[SNIFF_BYTES];
    int n = 0;
    IOException failure = null;
    try {
      for (int r = 0; n < head.length && r >= 0; n += Math.max(r, 0)) {
        r = raw.read(head, n, head.length - n);
      }
    } catch (java.io.EOFException | java.util.zip.ZipException e) {
      failure = e;
    }
    if (TextDecoder.looksBinary(Arrays.copyOf(head, n))) {
      context.fileProblem(ProblemReason.BINARY_FILE, "file holds binary data (NUL or control bytes), not JSON lines",
          "pass a JSONL text file; if it is compressed, name it .jsonl.gz");
      return null;
    }
    InputStream rest = failure == null ? raw : new FailingStream(failure);
    return new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(head, 0, n), rest);
  }

  /** Throws a stored read error on the first read. */
  private static final class FailingStream extends InputStream {
    private final IOException failure;

    FailingStream(IOException failure) {
      this.failure = failure;
    }

    @Override
    public int read() throws IOException {
      throw failure;
    }
  }

  private static void readLine(byte[] bytes, int length, long lineNumber, ReadContext context) {
    String json = decode(bytes, length, lineNumber, context);
    JsonNode node;
    try {
      node = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      malformed(context, lineNumber, "malformed JSON: " + shorten(e.getOriginalMessage()));
      return;
    }
    if (node == null || !node.isObject()) {
      malformed(context, lineNumber, "line is a JSON " + (node == null ? "nothing" : node.getNodeType()
          .toString().toLowerCase(java.util.Locale.ROOT)) + ", not an object");
      return;
    }
    JsonArticleFields.draft(node, context.name() + ":" + lineNumber, context, lineNumber)
        .ifPresent(draft -> context.emit(draft, lineNumber, null));
  }

  private static String decode(byte[] bytes, int length, long lineNumber, ReadContext context) {
    byte[] exact = Arrays.copyOf(bytes, length);
    int skip = lineNumber == 1 && TextDecoder.hasUtf8Bom(exact) ? 3 : 0;
    String strict = TextDecoder.strictUtf8(exact, skip);
    if (strict != null) {
      return strict;
    }
    context.lineProblem(lineNumber, ProblemReason.INVALID_ENCODING,
        "line is not valid UTF-8; invalid bytes became U+FFFD",
        "write JSONL as UTF-8 (JSON requires it), e.g. convert with iconv");
    return new String(exact, skip, exact.length - skip, StandardCharsets.UTF_8);
  }

  private static void malformed(ReadContext context, long lineNumber, String detail) {
    context.lineProblem(lineNumber, ProblemReason.MALFORMED_JSON, detail,
        "make each line one complete JSON object, e.g. {\"id\":\"a1\",\"text\":\"...\"}");
  }

  private static void tooLong(ReadContext context, long lineNumber, long length) {
    context.lineProblem(lineNumber, ProblemReason.RECORD_TOO_LARGE,
        "line is " + ReadContext.bytes(length) + ", above the "
            + ReadContext.bytes(context.limits().maxRecordBytes()) + " record limit",
        "raise the limit with --max-record-size (Ingestor.Builder.maxRecordBytes),"
            + " or check the file really has one object per line");
  }

  private static boolean isBlank(byte[] bytes, int length) {
    for (int i = 0; i < length; i++) {
      if (!Character.isWhitespace(bytes[i])) {
        return false;
      }
    }
    return true;
  }

  static String shorten(String message) {
    String oneLine = message.replaceAll("\\s+", " ").strip();
    return oneLine.length() <= 160 ? oneLine : oneLine.substring(0, 157) + "...";
  }
}
