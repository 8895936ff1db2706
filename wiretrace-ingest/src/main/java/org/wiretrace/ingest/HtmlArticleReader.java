package org.wiretrace.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;
import org.wiretrace.model.ArticleDraft;
import org.wiretrace.model.Outlet;

/**
 * Reads one HTML page per file: main text by {@link HtmlArticleExtractor}, metadata by {@link
 * HtmlMetadata}. The id is the file name without extension, after its folder relative to the folder walked
 * ({@link ReadContext#fileId}). The charset comes from the byte-order
 * mark or {@code <meta charset>}; failing both, strict UTF-8, then ICU4J detection (noted).
 */
final class HtmlArticleReader implements ArticleReader {

  @Override
  public void read(InputStream in, ReadContext context) throws IOException {
    byte[] bytes = TextDecoder.readWhole(in, context);
    if (bytes == null) {
      return;
    }
    if (isBlank(bytes)) {
      context.fileProblem(ProblemReason.EMPTY_FILE, "file is empty", "remove the file or save the page again");
      return;
    }
    if (TextDecoder.looksBinary(bytes)) {
      context.fileProblem(ProblemReason.BINARY_FILE, "file holds binary data, not HTML",
          "pass only HTML pages here; check the file type (e.g. with `file`)");
      return;
    }
    Document doc = parse(bytes, charset(bytes, context), null, context.limits());
    String id = context.fileId();
    draft(doc, id, null, context.name(), context.limits(), Map.of()).ifPresentOrElse(
        d -> context.emit(d, null, null), () -> noMainText(context));
  }

  static void noMainText(ReadContext context) {
    context.fileProblem(ProblemReason.NO_MAIN_TEXT, "page has no main text (no paragraphs found)",
        "check that the page is an article and not only a script-rendered shell");
  }

  /**
   * Parses HTML bytes with the nesting depth capped.
   *
   * @param charset the charset, or null to let jsoup read the BOM / meta tag (default UTF-8)
   */
  static Document parse(byte[] bytes, @Nullable String charset, @Nullable String baseUri, IngestLimits limits)
      throws IOException {
    Parser parser = Parser.htmlParser().setMaxDepth(limits.maxHtmlDepth());
    return Jsoup.parse(new ByteArrayInputStream(bytes), charset, baseUri == null ? "" : baseUri, parser);
  }

  /**
   * Builds the draft for a parsed page.
   *
   * @param fallbackUrl the URL the page was fetched from (WARC target URI), used when the page names
   *     no canonical URL
   * @return the draft, or empty when the page has no main text
   */
  static java.util.Optional<ArticleDraft> draft(Document doc, @Nullable String id, @Nullable String fallbackUrl,
      String origin, IngestLimits limits, Map<String, String> extraIn) {
    HtmlMetadata meta = HtmlMetadata.of(doc, null);
    String text = withoutLeadingTitle(HtmlArticleExtractor.extract(doc, limits.maxHtmlDepth()), meta.title());
    if (text.isBlank()) {
      return java.util.Optional.empty();
    }
    String url = meta.url() != null && meta.url().matches("(?i)https?://.+") ? meta.url() : fallbackUrl;
    Map<String, String> extra = new TreeMap<>(extraIn);
    if (meta.siteName() != null) {
      extra.put("site_name", meta.siteName());
    }
    Outlet outlet = Outlet.fromUrl(url);
    if (outlet == null && meta.siteName() != null) {
      outlet = new Outlet(meta.siteName());
    }
    return java.util.Optional.of(new ArticleDraft(id, url, meta.title(), outlet, meta.published(), text, extra,
        origin));
  }

  /** Drops a first paragraph that repeats the headline, as the .txt reader does with a title line. */
  static String withoutLeadingTitle(String text, @Nullable String title) {
    int end = text.indexOf("\n\n");
    if (title == null || end < 0) {
      return text;
    }
    String first = text.substring(0, end).strip();
    return first.equalsIgnoreCase(title.strip()) ? text.substring(end + 2) : text;
  }

  /** The charset to decode with: null (jsoup decides) unless the bytes are non-UTF-8 without a declaration. */
  private static @Nullable String charset(byte[] bytes, ReadContext context) {
    if (declaresCharset(bytes) || TextDecoder.hasUtf8Bom(bytes) || TextDecoder.strictUtf8(bytes, 0) != null) {
      return null;
    }
    CharsetMatch match = new CharsetDetector().setText(bytes).detect();
    String name = match != null && Charset.isSupported(match.getName()) ? match.getName() : "windows-1252";
    context.fileProblem(ProblemReason.CHARSET_DECODED,
        "page is not UTF-8 and declares no charset; decoded as " + name
            + (match != null ? " (ICU confidence " + match.getConfidence() + ")" : ""),
        "check the text reads correctly, or add <meta charset=\"...\"> to the page");
    return name;
  }

  private static boolean declaresCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1)
        .toLowerCase(Locale.ROOT);
    return head.contains("charset=") || head.contains("charset =");
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (!Character.isWhitespace(b)) {
        return false;
      }
    }
    return true;
  }
}
