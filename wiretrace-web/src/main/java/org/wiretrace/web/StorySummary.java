package org.wiretrace.web;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.wiretrace.cluster.StoryCluster;
import org.wiretrace.model.Article;
import org.wiretrace.model.ArticleId;
import org.wiretrace.model.PublishedTime;
import org.wiretrace.provenance.DirectionStatus;
import org.wiretrace.report.Relation;

/**
 * What a story list shows about one story: its lead article (a source of the others: nothing
 * known to be copied into it, earliest first), its outlets, its time range and its reuse counts.
 *
 * @param story the story
 * @param lead the lead article
 * @param articles the member articles, lead first, then by publication time and id
 * @param relations the relations among its members
 * @param outlets the distinct outlets, sorted
 * @param first the earliest publication time, when any is known
 * @param last the latest publication time, when any is known
 */
record StorySummary(StoryCluster story, Article lead, List<Article> articles, List<Relation> relations,
    Set<String> outlets, @Nullable PublishedTime first, @Nullable PublishedTime last) {

  /** Orders articles by publication time (unknown last), then id. */
  static final Comparator<Article> BY_TIME = Comparator
      .comparing((Article a) -> a.published(), Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(Article::id);

  static StorySummary of(StoryCluster story, Map<ArticleId, Article> byId, List<Relation> relations) {
    Set<ArticleId> derived = new HashSet<>();
    relations.stream().filter(r -> r.kind().isReuse() && r.directionStatus() != DirectionStatus.UNDETERMINED)
        .forEach(r -> derived.add(r.derived()));
    List<Article> members = story.articles().stream().map(byId::get).filter(a -> a != null)
        .sorted(Comparator.comparing((Article a) -> derived.contains(a.id())).thenComparing(BY_TIME)).toList();
    Set<String> outlets = new TreeSet<>();
    members.forEach(a -> outlets.add(a.outlet() == null ? "unknown outlet" : a.outlet().name()));
    List<PublishedTime> times = members.stream().map(Article::published).filter(p -> p != null).sorted().toList();
    return new StorySummary(story, members.getFirst(), members, relations, outlets,
        times.isEmpty() ? null : times.getFirst(), times.isEmpty() ? null : times.getLast());
  }

  static Map<ArticleId, Article> index(List<Article> articles) {
    Map<ArticleId, Article> byId = new HashMap<>();
    articles.forEach(a -> byId.put(a.id(), a));
    return byId;
  }

  int size() {
    return story.articles().size();
  }

  long reuseCount() {
    return relations.stream().filter(r -> r.kind().isReuse()).count();
  }

  boolean matches(@Nullable String query) {
    if (query == null || query.isBlank()) {
      return true;
    }
    String q = query.strip().toLowerCase(Locale.ROOT);
    return story.id().toLowerCase(Locale.ROOT).contains(q) || outlets.stream().anyMatch(o -> o.contains(q))
        || articles.stream().anyMatch(a -> ArticleSearch.matchesTitle(a, q));
  }

  /** Newest first: by the latest publication time, stories with no time last. */
  static final Comparator<StorySummary> BY_TIME_DESC = Comparator
      .comparing((StorySummary s) -> s.last() == null ? null : s.last().instant(),
          Comparator.nullsLast(Comparator.reverseOrder()))
      .thenComparing(s -> s.story().id());

  /** Largest first, then newest. */
  static final Comparator<StorySummary> BY_SIZE_DESC = Comparator
      .comparingInt(StorySummary::size).reversed().thenComparing(BY_TIME_DESC);
}
