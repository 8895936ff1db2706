package org.wiretrace.web;

import static org.wiretrace.web.Html.tag;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.wiretrace.align.AlignedPair;
import org.wiretrace.model.Article;
import org.wiretrace.model.ArticleId;
import org.wiretrace.model.Sentence;
import org.wiretrace.provenance.DirectionStatus;
import org.wiretrace.report.Relation;
import org.wiretrace.web.Html.Tag;

/** Renders an article's place in the provenance: its sources, its copies and its originality share. */
final class ArticleRelationsView {

  private ArticleRelationsView() {}

  static Tag render(Article article, List<Relation> relations, Map<ArticleId, Article> byId) {
    ArticleId id = article.id();
    Predicate<Relation> directed = r -> r.kind().isReuse() && r.directionStatus() != DirectionStatus.UNDETERMINED;
    List<Relation> sources = relations.stream().filter(directed.and(r -> r.derived().equals(id))).toList();
    List<Relation> copies = relations.stream().filter(directed.and(r -> r.source().equals(id))).toList();
    List<Relation> undetermined = relations.stream()
        .filter(r -> r.kind().isReuse() && r.directionStatus() == DirectionStatus.UNDETERMINED).toList();
    List<Relation> sameStory = relations.stream().filter(r -> !r.kind().isReuse()).toList();
    double original = originalShare(article, sources);
    return tag("section").cls("provenance").add(
        tag("h2").text("Provenance"),
        tag("p").cls("originality").add(tag("b").text("Originality: " + Formats.percent(original)),
            Html.text(" of its body sentences appear in no known source"
                + (sources.isEmpty() ? " (no source found)." : " (" + sources.size() + " sources)."))),
        group("Its sources", "No stored article is a known source of this one.", sources, id, byId),
        group("Its copies", "No stored article is known to copy this one.", copies, id, byId),
        group("Shared text, direction undetermined", null, undetermined, id, byId),
        group("Same story, written independently", null, sameStory, id, byId));
  }

  /** Share of body sentences not aligned in any relation where the article is the derived side. */
  static double originalShare(Article article, List<Relation> sources) {
    Set<Integer> copied = new HashSet<>();
    for (Relation r : sources) {
      for (AlignedPair p : r.alignments()) {
        copied.addAll(p.derivedSentences());
      }
    }
    List<Sentence> body = article.bodySentences();
    long reused = body.stream().filter(s -> copied.contains(s.index())).count();
    return body.isEmpty() ? 1.0 : 1.0 - (double) reused / body.size();
  }

  private static Tag group(String heading, @Nullable String empty, List<Relation> relations, ArticleId id,
      Map<ArticleId, Article> byId) {
    Tag section = tag("div").cls("relation-group");
    if (relations.isEmpty() && empty == null) {
      return section;
    }
    section.add(tag("h3").text(heading + " (" + relations.size() + ")"));
    if (relations.isEmpty()) {
      return section.add(tag("p").cls("muted").text(empty));
    }
    Tag list = tag("ul");
    for (Relation r : relations) {
      ArticleId other = r.source().equals(id) ? r.derived() : r.source();
      Article a = byId.get(other);
      list.add(tag("li").add(a == null ? Html.text(other.value()) : ArticlePageView.link(a),
          Html.text(" " + (a == null ? "" : "(" + Formats.caption(a) + ") ")),
          tag("span").cls("pill").cls("kind-" + r.kind().name()).text(Formats.kind(r)),
          Html.text(" derived covered " + Formats.percent(r.derivedCoverage()) + ", " + r.changes().size() + " change flags · "),
          tag("a").attr("href", Formats.compareHref(r.source().value(), r.derived().value())).text("compare")));
    }
    return section.add(list);
  }
}
