package org.wiretrace.spark;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;
import org.wiretrace.model.Article;
import org.wiretrace.model.ArticleDraft;
import org.wiretrace.model.Outlet;
import org.wiretrace.model.PublishedTime;
import org.wiretrace.text.ArticleFactory;

/**
 * The row form of an article: what a reader found (metadata and the original text), plus where it
 * was read. Tasks rebuild the {@link Article} with the core {@link ArticleFactory}, which is
 * deterministic, so every stage sees exactly the sentences the embedded detector sees.
 */
final class ArticleRows {

  /** Columns: input order first, so "first wins" on duplicate ids matches the embedded reader. */
  static final StructType SCHEMA = new StructType()
      .add("file_order", DataTypes.IntegerType, false)
      .add("seq", DataTypes.LongType, false)
      .add("id", DataTypes.StringType, false)
      .add("url", DataTypes.StringType, true)
      .add("title", DataTypes.StringType, true)
      .add("outlet", DataTypes.StringType, true)
      .add("published", DataTypes.StringType, true)
      .add("published_instant", DataTypes.StringType, true)
      .add("published_date_only", DataTypes.BooleanType, true)
      .add("published_found_in", DataTypes.StringType, true)
      .add("text", DataTypes.StringType, false)
      .add("extra", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType), false)
      .add("origin", DataTypes.StringType, true)
      .add("sentences", DataTypes.IntegerType, false);

  private ArticleRows() {}

  static Row toRow(Article a, int fileOrder, long seq) {
    PublishedTime p = a.published();
    return RowFactory.create(fileOrder, seq, a.id().value(), a.url(), a.title(),
        a.outlet() == null ? null : a.outlet().name(), p == null ? null : p.iso(),
        p == null ? null : p.instant().toString(), p == null ? null : p.dateOnly(), p == null ? null : p.foundIn(),
        a.text(), scala.jdk.javaapi.CollectionConverters.asScala(a.extra()), a.origin(), a.sentences().size());
  }

  /** Rebuilds the article from a row that has the {@link #SCHEMA} columns (by name). */
  static Article toArticle(Row row, ArticleFactory factory) {
    String outlet = row.getAs("outlet");
    ArticleDraft draft = new ArticleDraft(row.getAs("id"), row.getAs("url"), row.getAs("title"),
        outlet == null ? null : new Outlet(outlet), published(row), row.getAs("text"), extra(row),
        row.getAs("origin"));
    return factory.create(draft);
  }

  private static @Nullable PublishedTime published(Row row) {
    String iso = row.getAs("published");
    if (iso == null) {
      return null;
    }
    return new PublishedTime(iso, Instant.parse(row.getAs("published_instant")),
        row.<Boolean>getAs("published_date_only"), row.getAs("published_found_in"));
  }

  private static Map<String, String> extra(Row row) {
    scala.collection.Map<String, String> m = row.getAs("extra");
    return m == null ? Map.of() : new TreeMap<>(scala.jdk.javaapi.CollectionConverters.asJava(m));
  }
}
