package org.wiretrace.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.wiretrace.index.WiretraceStore;
import org.wiretrace.ingest.IngestSummary;
import org.wiretrace.ingest.Ingestor;
import org.wiretrace.model.Article;
import org.wiretrace.model.ArticleDraft;
import org.wiretrace.model.ArticleId;
import org.wiretrace.text.ArticleFactory;

/**
 * Turns a command-line argument naming an article into the article: a file (read with the ingest
 * readers, not stored), an id in the store, or, where a command allows it, the literal text.
 */
final class ArticleArguments {

  private final CliContext context;
  private final Path storeDirectory;

  ArticleArguments(CliContext context, Path storeDirectory) {
    this.context = context;
    this.storeDirectory = storeDirectory;
  }

  /**
   * Returns the article a file or a stored id names.
   *
   * @param argument a file path or an article id
   * @return the article
   * @throws BadInputException when it is neither, or the file holds no article or several
   * @throws IOException when the file or the store cannot be read
   */
  Article article(String argument) throws IOException {
    Optional<Article> found = fileOrStored(argument);
    return found.orElseThrow(() -> new BadInputException("'" + argument + "' is neither a file nor an article id in "
        + storeDirectory + "; give a path to a .txt/.jsonl/.html/.warc file or an id from 'wiretrace list'"));
  }

  /**
   * Returns the article a file or a stored id names, or else an article holding the argument as text.
   *
   * @param argument a file path, an article id or a text
   * @param literalId the id to give a literal text
   * @return the article
   * @throws IOException when the file or the store cannot be read
   */
  Article articleOrText(String argument, String literalId) throws IOException {
    Optional<Article> found = fileOrStored(argument);
    return found.isPresent() ? found.get() : new ArticleFactory().create(ArticleDraft.of(literalId, argument));
  }

  /**
   * Returns whether the argument names a file or a stored article rather than being literal text.
   *
   * @param argument the argument
   * @return true for a file or a stored id
   * @throws IOException when the store cannot be read
   */
  boolean namesArticle(String argument) throws IOException {
    return isFile(argument) || stored(argument).isPresent();
  }

  private Optional<Article> fileOrStored(String argument) throws IOException {
    return isFile(argument) ? Optional.of(fromFile(context.resolve(Path.of(argument)))) : stored(argument);
  }

  private boolean isFile(String argument) {
    try {
      return Files.isRegularFile(context.resolve(Path.of(argument)));
    } catch (java.nio.file.InvalidPathException e) {
      return false;
    }
  }

  private Optional<Article> stored(String argument) throws IOException {
    if (!Files.isDirectory(storeDirectory) || !validId(argument)) {
      return Optional.empty();
    }
    try (WiretraceStore store = Stores.openReadOnly(storeDirectory)) {
      return store.articles().get(ArticleId.of(argument));
    }
  }

  private static boolean validId(String argument) {
    try {
      ArticleId.of(argument);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Reads a one-article file with the ingest readers; nothing is stored. */
  static Article fromFile(Path file) throws IOException {
    List<Article> articles = new ArrayList<>();
    IngestSummary summary = Ingestor.builder().build().ingest(List.of(file.toString()), (batch, p) -> articles.addAll(batch));
    if (articles.size() != 1) {
      throw new BadInputException(file + " holds " + articles.size() + " articles" + problems(summary)
          + "; give a file with exactly one, or ingest it and give an id");
    }
    return articles.get(0);
  }

  private static String problems(IngestSummary summary) {
    return summary.problems().isEmpty() ? "" : " (" + summary.problems().get(0).message() + ")";
  }
}
