package org.wiretrace.ingest;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.ZipException;
import org.jsoup.nodes.Document;
import org.wiretrace.model.ArticleDraft;
import org.jspecify.annotations.Nullable;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * Reads WARC and WARC.gz archives (CC-NEWS style) with jwarc: each {@code response} record with a
 * 200 HTML payload (and each HTML {@code resource} record) becomes one article, its id the WARC record
 * id and its URL the target URI; the crawl date is kept as {@code extra.warc_date}, never taken as the
 * publication time. Other records (warcinfo, request, metadata, redirects, images, ...) are ignored
 * and counted. A record that cannot be parsed ends the file, since the next record boundary cannot
 * be found reliably; the records before it are kept.
 */
final class WarcArticleReader implements ArticleReader {

  /** Set when the archive could not be read to its end (one reader per file). */
  private boolean broken;

  @Override
  public void read(InputStream in, ReadContext context) throws IOException {
    WarcReader reader = open(in, context);
    if (reader == null) {
      return;
    }
    long record = 0;
    for (Optional<WarcRecord> next = next(reader, 1, context); next.isPresent();
        next = next(reader, record + 1, context)) {
      record++;
      readRecord(next.get(), record, next.get().position(), context);
    }
    if (record == 0 && !broken) {
      context.fileProblem(ProblemReason.EMPTY_FILE, "archive holds no WARC records",
          "check that the file is a WARC archive and not empty");
    }
  }

  private static @Nullable WarcReader open(InputStream in, ReadContext context) throws IOException {
    try {
      WarcReader reader = new WarcReader(in);
      reader.setLenient(true);
      return reader;
    } catch (ParsingException | IllegalArgumentException e) {
      context.fileProblem(ProblemReason.MALFORMED_RECORD, "not a WARC file: " + e.getMessage(),
          "pass a WARC or WARC.gz file, or choose the right --format");
      return null;
    }
  }

  /** The next record, or empty at the end or when the archive cannot be read further (recorded). */
  private Optional<WarcRecord> next(WarcReader reader, long record, ReadContext context) throws IOException {
    long offset = reader.position();
    try {
      return reader.next();
    } catch (ParsingException | RuntimeException e) {
      // jwarc throws unchecked exceptions (NumberFormatException, IllegalArgumentException) on
      // some malformed headers; either way the record boundary is lost
      unparsable(context, record, offset, e);
    } catch (EOFException | ZipException e) {
      truncated(context, record, offset, e);
    }
    broken = true;
    return Optional.empty();
  }

  /** Reads one record; a broken record is recorded and skipped. */
  private static void readRecord(WarcRecord warc, long record, long offset, ReadContext context)
      throws IOException {
    Optional<ArticleDraft> draft;
    try {
      Page page = page(warc, record, offset, context);
      if (page == null) {
        return;
      }
      draft = draft(warc, page, record, offset, context);
    } catch (ParsingException | RuntimeException e) {
      // jwarc reports some malformed fields (dates, ids) with unchecked exceptions
      context.recordProblem(record, offset, ProblemReason.MALFORMED_RECORD,
          "record cannot be parsed: " + JsonlArticleReader.shorten(String.valueOf(e.getMessage())),
          "none needed if other records are fine; the archive's writer produced a broken record");
      return;
    } catch (EOFException | ZipException e) {
      // a broken Content-Encoding or a short payload; if the archive itself is cut, next() says so
      context.recordProblem(record, offset, ProblemReason.MALFORMED_RECORD,
          "record's payload cannot be decoded (" + e.getClass().getSimpleName() + ")",
          "none needed if other records are fine; the archive's writer produced a broken record");
      return;
    }
    // outside the try: the consumer's own failures must reach the caller, not become record problems
    draft.ifPresent(d -> context.emit(d, null, record));
  }

  /** The HTML payload of a record, or null when the record is not an HTML page (counted as ignored). */
  private static @Nullable Page page(WarcRecord warc, long record, long offset, ReadContext context)
      throws IOException {
    if (warc instanceof WarcResponse response) {
      if (!response.contentType().base().equals(MediaType.HTTP)) {
        context.ignored();
        return null;
      }
      HttpResponse http = response.http();
      if (http.status() != 200 || !isHtml(http.contentType())) {
        context.ignored();
        return null;
      }
      return payload(http.bodyDecoded(), http.contentType(), record, offset, context);
    }
    if (warc instanceof WarcResource resource && isHtml(resource.contentType())) {
      return payload(resource.body(), resource.contentType(), record, offset, context);
    }
    context.ignored();
    return null;
  }

  private static @Nullable Page payload(MessageBody body, MediaType type, long record, long offset,
      ReadContext context) throws IOException {
    byte[] bytes = readLimited(body.stream(), context.limits().maxRecordBytes());
    if (bytes == null) {
      context.recordProblem(record, offset, ProblemReason.RECORD_TOO_LARGE,
          "HTML payload is above the " + ReadContext.bytes(context.limits().maxRecordBytes()) + " record limit",
          "raise the limit with --max-record-size (Ingestor.Builder.maxRecordBytes)");
      return null;
    }
    return new Page(bytes, charset(type));
  }

  private static Optional<ArticleDraft> draft(WarcRecord warc, Page page, long record, long offset,
      ReadContext context) throws IOException {
    String url = warc instanceof WarcTargetRecord target ? target.target() : null;
    Document doc = HtmlArticleReader.parse(page.bytes(), page.charset(), url, context.limits());
    Map<String, String> extra = new TreeMap<>();
    extra.put("warc_date", warc.date().toString());
    extra.put("warc_file", context.name());
    extra.put("warc_offset", Long.toString(offset));
    String origin = context.name() + "#" + record;
    Optional<ArticleDraft> draft =
        HtmlArticleReader.draft(doc, warc.id().toString(), url, origin, context.limits(), extra);
    if (draft.isEmpty()) {
      context.recordProblem(record, offset, ProblemReason.NO_MAIN_TEXT,
          "page " + url + " has no main text (no paragraphs found)",
          "none needed for index or video pages; otherwise check the page is server-rendered");
    }
    return draft;
  }

  private static boolean isHtml(MediaType type) {
    MediaType base = type.base();
    return base.equals(MediaType.HTML) || base.equals(MediaType.XHTML);
  }

  private static @Nullable String charset(MediaType type) {
    String name = type.parameters().get("charset");
    try {
      return name != null && Charset.isSupported(name) ? name : null;
    } catch (IllegalCharsetNameException e) {
      return null;
    }
  }

  private static byte @Nullable [] readLimited(InputStream in, int limit) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[65536];
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      if (out.size() + (long) n > limit) {
        return null;
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  private static void unparsable(ReadContext context, long record, long offset, Exception e) {
    context.recordProblem(record, offset, ProblemReason.MALFORMED_RECORD,
        "WARC record cannot be parsed (" + JsonlArticleReader.shorten(String.valueOf(e.getMessage()))
            + "); the rest of the file was skipped",
        "check the archive with a WARC validator; the records before this one were kept");
  }

  private static void truncated(ReadContext context, long record, long offset, IOException e) {
    context.recordProblem(record, offset, ProblemReason.TRUNCATED_FILE,
        "archive ends early or is corrupt inside this record (" + e.getClass().getSimpleName() + ")",
        "re-download the archive; the records before this one were kept");
  }

  /** An HTML payload and its declared charset. */
  private record Page(byte[] bytes, @Nullable String charset) {}
}
