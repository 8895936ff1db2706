package org.wiretrace.web;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.wiretrace.ingest.IngestProblem;
import org.wiretrace.ingest.IngestSummary;
import org.wiretrace.ingest.Ingestor;
import org.wiretrace.ingest.InputFormat;
import org.wiretrace.model.Article;
import org.wiretrace.model.ArticleDraft;
import org.wiretrace.text.ArticleFactory;

/**
 * Turns what a user gives the "trace this" page into a query article: pasted text, or an uploaded
 * HTML page (main text extracted by the same reader as {@code wiretrace ingest}) or plain-text file.
 * The article is not stored.
 */
final class TraceInput {

  /** The id given to a query article; stored articles with this id are left out of its candidates. */
  static final String QUERY_ID = "trace-query";

  private static final List<String> FORM_TYPES = List.of("multipart/form-data", "application/x-www-form-urlencoded");

  private TraceInput() {}

  /**
   * Reads the query article from a form post.
   *
   * @param ctx the request (multipart or url-encoded form with {@code text}, {@code title}, {@code file})
   * @param services the shared services
   * @return the query article
   * @throws IOException when the upload cannot be read
   */
  static Article fromForm(Context ctx, Services services) throws IOException {
    long max = services.config().maxBodyBytes();
    if (ctx.req().getContentLengthLong() > max) {
      throw ApiException.tooLarge("the upload of " + ctx.req().getContentLengthLong()
          + " bytes exceeds the server's limit of " + max + " bytes; upload a single article page");
    }
    String type = Bodies.requireMediaType(ctx, FORM_TYPES);
    UploadedFile file = type.equals("multipart/form-data") ? ctx.uploadedFile("file") : null;
    if (file != null && file.size() > 0) {
      return fromFile(file, services.articleFactory(), max);
    }
    return fromText(ctx.formParam("text"), ctx.formParam("title"), services.articleFactory());
  }

  /**
   * Builds the query article from pasted text.
   *
   * @param text the pasted text; paragraphs on separate lines
   * @param title an optional headline
   * @param factory the text pipeline
   * @return the article
   */
  static Article fromText(@Nullable String text, @Nullable String title, ArticleFactory factory) {
    if (text == null || text.isBlank()) {
      throw ApiException.badRequest("nothing to trace: paste the article's text or choose an HTML or text file");
    }
    return factory.create(new ArticleDraft(QUERY_ID, null, title, null, null, text, Map.of(), "pasted text"));
  }

  private static Article fromFile(UploadedFile file, ArticleFactory factory, long max) throws IOException {
    InputFormat format = format(file.filename());
    Ingestor ingestor = Ingestor.builder().format(format).articleFactory(factory).maxFileBytes(max).build();
    List<Article> read = new ArrayList<>();
    IngestSummary summary;
    try (InputStream in = file.content()) {
      summary = ingestor.ingest(QUERY_ID + "." + format.extensions().getFirst(), in, (batch, p) -> read.addAll(batch));
    }
    return read.stream().findFirst().orElseThrow(() -> ApiException.badRequest(
        "no article text found in '" + AccessLog.printable(file.filename()) + "': " + firstProblem(summary)));
  }

  private static InputFormat format(String fileName) {
    Optional<InputFormat> format = InputFormat.fromFileName(fileName == null ? "" : fileName);
    if (format.isEmpty() || !(format.get() == InputFormat.HTML || format.get() == InputFormat.TEXT)) {
      throw ApiException.unsupportedMediaType("file '" + AccessLog.printable(String.valueOf(fileName))
          + "' is not an HTML or text file; upload a saved page (.html, .htm) or a .txt file");
    }
    return format.get();
  }

  private static String firstProblem(IngestSummary summary) {
    return summary.problems().stream().findFirst().map(IngestProblem::detail)
        .orElse("the page holds no paragraphs").toLowerCase(Locale.ROOT);
  }
}
