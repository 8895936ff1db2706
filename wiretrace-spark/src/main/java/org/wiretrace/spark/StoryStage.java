package org.wiretrace.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.wiretrace.changes.Change;
import org.wiretrace.cluster.StoryCluster;
import org.wiretrace.detect.NameCounts;
import org.wiretrace.detect.ReuseDetector;
import org.wiretrace.model.Article;
import org.wiretrace.model.ArticleId;
import org.wiretrace.report.CorpusReport;
import org.wiretrace.report.JsonReportWriter;
import org.wiretrace.report.Relation;
import org.wiretrace.report.SiblingIndex;
import org.wiretrace.text.ArticleFactory;

/**
 * Groups related articles into connected components (min-label propagation over the related pairs),
 * then, per component, rebuilds the full relations with the core detector ({@link ReuseDetector#verify}) (alignments and change
 * flags included) and finishes them with {@link ReuseDetector#report}: the core's corpus-level
 * direction notes and story grouping, as {@code analyze} does. Both depend only
 * on relations inside a component and on the run's name counts ({@link NameStage}, passed to every
 * component), so the result equals the embedded run's. Articles in no relation
 * are singleton stories and never leave their partition.
 */
final class StoryStage {

  /** One output relation: the core JSON plus columns for querying. */
  static final StructType RELATION = new StructType()
      .add("source", DataTypes.StringType, false)
      .add("derived", DataTypes.StringType, false)
      .add("kind", DataTypes.StringType, false)
      .add("direction", DataTypes.StringType, false)
      .add("common_source", DataTypes.BooleanType, false)
      .add("confidence", DataTypes.DoubleType, false)
      .add("source_coverage", DataTypes.DoubleType, false)
      .add("derived_coverage", DataTypes.DoubleType, false)
      .add("verbatim_share", DataTypes.DoubleType, false)
      .add("alignments", DataTypes.IntegerType, false)
      .add("changes", DataTypes.createArrayType(new StructType()
          .add("kind", DataTypes.StringType, false).add("severity", DataTypes.StringType, false)
          .add("source_text", DataTypes.StringType, false).add("derived_text", DataTypes.StringType, false)
          .add("explanation", DataTypes.StringType, false), false), false)
      .add("json", DataTypes.StringType, false);

  /** One story. */
  static final StructType STORY = new StructType()
      .add("story", DataTypes.StringType, false)
      .add("size", DataTypes.IntegerType, false)
      .add("articles", DataTypes.createArrayType(DataTypes.StringType, false), false);

  /**
   * Returns core JSON on one line: the core writer indents, and JSON strings hold no raw line breaks,
   * so dropping each line break with the indentation after it keeps the document's meaning.
   */
  static String oneLine(String json) {
    return json.replaceAll("\n *", "");
  }

  private static final StructType OUT = new StructType()
      .add("relation", RELATION, true)
      .add("story", STORY, true);

  /** How many propagation rounds run between checkpoints that cut the lineage. */
  private static final int CHECKPOINT_EVERY = 4;

  /**
   * The stage's outputs.
   *
   * @param relations relation rows ({@link #RELATION})
   * @param stories story rows ({@link #STORY}), singletons included
   * @param rounds label-propagation rounds until the components were stable
   */
  record Result(Dataset<Row> relations, Dataset<Row> stories, int rounds) {}

  private StoryStage() {}

  static Result stories(Dataset<Row> related, Dataset<Row> articles, Map<String, String> settings) {
    Dataset<Row> edges = related.select("a", "b", "shared_terms", "vector_matches").persist();
    Components components = components(edges);
    Dataset<Row> members = articles.join(components.labels(), "id")
        .groupBy("component").agg(collect_list(struct(VerifyStage.columns(articles))).as("articles"));
    Dataset<Row> links = edges.join(components.labels().withColumnRenamed("id", "a"), "a")
        .groupBy("component").agg(collect_list(struct(col("a"), col("b"), col("shared_terms"), col("vector_matches")))
            .as("pairs"));
    NameCounts names = NameStage.counts(articles, settings);
    Dataset<Row> out = members.join(links, "component")
        .mapPartitions(new Group(settings, names), Encoders.row(OUT)).persist();
    Dataset<Row> linked = components.labels().select(col("id").as("linked_id"));
    Dataset<Row> singles = articles.join(linked, articles.col("id").equalTo(linked.col("linked_id")), "left_anti").select(org.apache.spark.sql.functions.concat(org.apache.spark.sql.functions.lit("story-"),
            col("id")).as("story"), org.apache.spark.sql.functions.lit(1).as("size"),
        org.apache.spark.sql.functions.array(col("id")).as("articles"));
    Dataset<Row> stories = out.filter(col("story").isNotNull()).select("story.*").unionByName(singles);
    return new Result(out.filter(col("relation").isNotNull()).select("relation.*"), stories, components.rounds());
  }

  private record Components(Dataset<Row> labels, int rounds) {}

  /** Min-label propagation: every article ends labelled with the smallest id of its component. */
  private static Components components(Dataset<Row> edges) {
    Dataset<Row> both = edges.select(col("a").as("id"), col("b").as("other"))
        .union(edges.select(col("b").as("id"), col("a").as("other"))).persist();
    Dataset<Row> labels = both.groupBy("id").agg(least(min("other"), min("id")).as("component"))
        .localCheckpoint();
    for (int round = 1; ; round++) {
      Dataset<Row> next = both.join(labels.withColumnRenamed("id", "other").withColumnRenamed("component", "l"),
              "other")
          .groupBy("id").agg(min("l").as("l"))
          .join(labels, "id")
          .select(col("id"), least(col("l"), col("component")).as("component"));
      next = round % CHECKPOINT_EVERY == 0 ? next.localCheckpoint() : next.persist();
      long changed = next.join(labels.withColumnRenamed("component", "old"), "id")
          .filter(col("component").notEqual(col("old"))).count();
      labels = next;
      if (changed == 0) {
        return new Components(labels, round);
      }
    }
  }

  /** The partition function: rebuild, annotate and group one component at a time. */
  static final class Group implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final Map<String, String> settings;
    private final NameCounts names;

    Group(Map<String, String> settings, NameCounts names) {
      this.settings = settings;
      this.names = names;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> components) {
      ReuseDetector detector = Detectors.get(settings);
      ArticleFactory factory = new ArticleFactory();
      JsonReportWriter json = new JsonReportWriter();
      List<Row> out = new ArrayList<>();
      while (components.hasNext()) {
        Row c = components.next();
        TreeMap<String, Article> byId = new TreeMap<>();
        for (Object a : Seqs.list(c.getAs("articles"))) {
          Article article = ArticleRows.toArticle((Row) a, factory);
          byId.put(article.id().value(), article);
        }
        CorpusReport report = detector.report(byId.values(), relations(detector, byId, Seqs.list(c.getAs("pairs"))),
            names);
        SiblingIndex siblings = new SiblingIndex(report);
        for (Relation r : report.relations()) {
          out.add(RowFactory.create(relationRow(r, json, siblings), null));
        }
        for (StoryCluster s : report.stories()) {
          List<String> ids = s.articles().stream().map(ArticleId::value).toList();
          out.add(RowFactory.create(null, RowFactory.create(s.id(), ids.size(), Seqs.of(ids))));
        }
      }
      return out.iterator();
    }

    private static List<Relation> relations(ReuseDetector detector, TreeMap<String, Article> byId, List<Object> pairs) {
      List<Row> sorted = new ArrayList<>();
      for (Object p : pairs) {
        sorted.add((Row) p);
      }
      sorted.sort(Comparator.<Row, String>comparing(p -> p.getAs("a")).thenComparing(p -> p.<String>getAs("b")));
      List<Relation> relations = new ArrayList<>();
      for (Row p : sorted) {
        Relation r = detector.verify(byId.get(p.<String>getAs("a")), byId.get(p.<String>getAs("b")),
            p.<Integer>getAs("shared_terms"), p.<Integer>getAs("vector_matches"));
        if (r != null) {
          relations.add(r);
        }
      }
      return relations;
    }

    private static Row relationRow(Relation r, JsonReportWriter json, SiblingIndex siblings) {
      List<Object> changes = new ArrayList<>();
      for (Change c : r.changes()) {
        changes.add(RowFactory.create(c.kind().name(), c.severity().name(), c.sourceText(), c.derivedText(),
            c.explanation()));
      }
      return RowFactory.create(r.source().value(), r.derived().value(), r.kind().name(),
          r.directionStatus().name(), r.direction().commonSource(), r.confidence(), r.sourceCoverage(),
          r.derivedCoverage(), r.verbatimShare(), r.alignments().size(), Seqs.of(changes), json.write(r, siblings));
    }
  }
}
