package org.wiretrace.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.wiretrace.model.ArticleDraft;

/**
 * Reads one article from a plain-text file. The id is the file name without extension, after its folder relative to the folder walked
 * ({@link ReadContext#fileId}). A short
 * first line without closing punctuation, followed by more text, is taken as the title and left out
 * of the body.
 */
final class TextArticleReader implements ArticleReader {

  private static final int TITLE_MAX_CHARS = 200;
  private static final int TITLE_MIN_WORDS = 3;
  private static final Pattern CLOSING = Pattern.compile("[.!:;,…\\-–—]['\"’”)\\]]*$");

  @Override
  public void read(InputStream in, ReadContext context) throws IOException {
    byte[] bytes = TextDecoder.readWhole(in, context);
    if (bytes == null) {
      return;
    }
    String text = bytes.length == 0 ? "" : TextDecoder.decodeFile(bytes, context);
    if (text == null) {
      return;
    }
    if (text.isBlank()) {
      context.fileProblem(ProblemReason.EMPTY_FILE,
          "file is empty" + (bytes.length > 0 ? " (only whitespace)" : ""),
          "remove the file or put the article's text in it");
      return;
    }
    emit(text, context);
  }

  private static void emit(String text, ReadContext context) {
    String id = context.fileId();
    int titleEnd = titleEnd(text);
    String title = titleEnd < 0 ? null : text.substring(0, titleEnd).strip();
    String body = titleEnd < 0 ? text : text.substring(Math.min(text.length(), titleEnd + 1));
    context.emit(new ArticleDraft(id, null, title, null, null, body, Map.of(), context.name()), null, null);
  }

  /**
   * Returns the index of the newline ending a title line, or -1 when the text opens without one.
   */
  static int titleEnd(String text) {
    int start = 0;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    int end = text.indexOf('\n', start);
    if (end < 0 || text.substring(end).isBlank()) {
      return -1;
    }
    return isTitle(text.substring(start, end).strip()) ? end : -1;
  }

  private static boolean isTitle(@Nullable String line) {
    return line != null && !line.isEmpty() && line.length() <= TITLE_MAX_CHARS
        && line.split("\\s+").length >= TITLE_MIN_WORDS && !CLOSING.matcher(line).find();
  }
}
