package org.wiretrace.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.wiretrace.cluster.SiblingLink;
import org.wiretrace.cluster.StoryCluster;
import org.wiretrace.cluster.TreeNode;
import org.wiretrace.model.ArticleId;
import org.wiretrace.provenance.DirectionStatus;
import org.wiretrace.report.ArticleSummary;
import org.wiretrace.report.Relation;

/**
 * Builds each story's provenance tree and name from its reuse relations: a greedy maximum branching of
 * the directed reuse graph (strongest source link first, each article at most one source, no cycles; a
 * greedy stand-in for Edmonds' 1967 optimum branching), in the spirit of the reprint genealogies
 * drawn from text reuse in newspapers (Smith, Cordell and Mullen 2015, passim):
 * <ol>
 *   <li><b>Siblings.</b> A reuse relation between two copies that both reuse a third member more closely
 *       than each other, that descend from it independently, or that reuse an earlier third member as
 *       closely as each other ({@link CommonSource#explainer}), is
 *       explained by that third article: it becomes a
 *       {@link SiblingLink} {@code via} it and is no candidate source link, whatever its direction.
 *   <li><b>Direct source.</b> Each member's source is the strongest remaining directed reuse relation into
 *       it ({@link CommonSource#strength}: coverage times alignment score; ties by id), skipping any that
 *       would close a cycle. Members without one are roots.
 *   <li><b>Order and name.</b> Roots with more descendants come first, then earlier ones, then by id;
 *       children by id. The story is named by the headline of its central article (the root most members
 *       descend from) or, when nothing derives from anything, of its earliest member.
 * </ol>
 * A reuse link between articles of two stories (a passage copied into an article about another story)
 * that a third article explains joins the sibling links of that article's story.
 * Depends only on the stories and the relations, so it is order-independent.
 */
final class ProvenanceTrees {

  private ProvenanceTrees() {}

  static List<StoryCluster> attach(List<StoryCluster> stories, List<Relation> relations,
      List<ArticleSummary> articles) {
    Map<ArticleId, ArticleSummary> summaries = new TreeMap<>();
    articles.forEach(a -> summaries.put(a.id(), a));
    Map<ArticleId, List<SiblingLink>> across = acrossStories(stories, relations);
    List<StoryCluster> out = new ArrayList<>(stories.size());
    for (StoryCluster story : stories) {
      List<SiblingLink> extra = new ArrayList<>();
      story.articles().forEach(a -> extra.addAll(across.getOrDefault(a, List.of())));
      out.add(tree(story, inside(story, relations), summaries, extra));
    }
    return out;
  }

  /**
   * Reuse links whose two articles lie in different stories (a passage of one story copied into an
   * article about another) that a third article explains, by that article: they join its story's
   * sibling links, since no tree holds both ends.
   */
  private static Map<ArticleId, List<SiblingLink>> acrossStories(List<StoryCluster> stories, List<Relation> relations) {
    Map<ArticleId, String> storyOf = new TreeMap<>();
    stories.forEach(c -> c.articles().forEach(a -> storyOf.put(a, c.id())));
    CommonSource.ReuseGraph graph = CommonSource.ReuseGraph.of(relations);
    Map<ArticleId, List<SiblingLink>> out = new TreeMap<>();
    for (Relation r : relations) {
      if (r.kind().isReuse() && !Objects.equals(storyOf.get(r.source()), storyOf.get(r.derived()))) {
        ArticleId via = graph.explainer(r);
        if (via != null) {
          out.computeIfAbsent(via, k -> new ArrayList<>()).add(ordered(r, via));
        }
      }
    }
    return out;
  }

  /** The sibling link of r via {@code via}, its two articles in id order. */
  private static SiblingLink ordered(Relation r, ArticleId via) {
    boolean ordered = r.source().compareTo(r.derived()) < 0;
    return new SiblingLink(ordered ? r.source() : r.derived(), ordered ? r.derived() : r.source(), via);
  }

  private static List<Relation> inside(StoryCluster story, List<Relation> relations) {
    Set<ArticleId> members = new TreeSet<>(story.articles());
    return relations.stream()
        .filter(r -> r.kind().isReuse() && members.contains(r.source()) && members.contains(r.derived()))
        .toList();
  }

  private static StoryCluster tree(StoryCluster story, List<Relation> reuse, Map<ArticleId, ArticleSummary> summaries,
      List<SiblingLink> across) {
    CommonSource.ReuseGraph graph = CommonSource.ReuseGraph.of(reuse);
    Map<Relation, ArticleId> explained = new LinkedHashMap<>();
    List<Relation> candidates = new ArrayList<>();
    for (Relation r : reuse) {
      ArticleId via = graph.explainer(r);
      if (via != null) {
        explained.put(r, via);
      } else if (r.directionStatus() != DirectionStatus.UNDETERMINED) {
        candidates.add(r);
      }
    }
    Map<ArticleId, Relation> parent = parents(story.articles(), candidates);
    List<SiblingLink> siblings = new ArrayList<>(across);
    explained.forEach((r, explainer) -> siblings.add(sibling(r, explainer, parent)));
    siblings.sort(Comparator.comparing(SiblingLink::first).thenComparing(SiblingLink::second));
    List<TreeNode> nodes = new Forest(story.articles(), parent, summaries).nodes();
    return story.withTree(title(nodes, story.articles(), summaries), nodes, siblings);
  }

  /** A sibling link via the two copies' nearest common source in the tree, else via the explainer. */
  private static SiblingLink sibling(Relation r, ArticleId explainer, Map<ArticleId, Relation> parent) {
    SiblingLink link = ordered(r, explainer);
    List<ArticleId> up = ancestors(link.first(), parent);
    for (ArticleId at : ancestors(link.second(), parent)) {
      if (up.contains(at) && !at.equals(link.first()) && !at.equals(link.second())) {
        return new SiblingLink(link.first(), link.second(), at);
      }
    }
    return link;
  }

  /** The article and its sources up to its root, nearest first. */
  private static List<ArticleId> ancestors(ArticleId id, Map<ArticleId, Relation> parent) {
    List<ArticleId> out = new ArrayList<>();
    for (ArticleId at = id; at != null && !out.contains(at); at = parent.containsKey(at) ? parent.get(at).source() : null) {
      out.add(at);
    }
    return out;
  }

  /** Each member's strongest directed source relation that closes no cycle. */
  private static Map<ArticleId, Relation> parents(List<ArticleId> members, List<Relation> candidates) {
    List<Relation> sorted = new ArrayList<>(candidates);
    sorted.sort(Comparator.comparingDouble((Relation r) -> -CommonSource.strength(r))
        .thenComparing(Relation::derived).thenComparing(Relation::source));
    Map<ArticleId, Relation> parent = new TreeMap<>();
    for (Relation r : sorted) {
      if (!parent.containsKey(r.derived()) && !reaches(r.source(), r.derived(), parent)) {
        parent.put(r.derived(), r);
      }
    }
    return parent;
  }

  /** Whether walking up from {@code from} through assigned sources reaches {@code target}. */
  private static boolean reaches(ArticleId from, ArticleId target, Map<ArticleId, Relation> parent) {
    return ancestors(from, parent).contains(target);
  }

  private static @Nullable String title(List<TreeNode> nodes, List<ArticleId> members,
      Map<ArticleId, ArticleSummary> summaries) {
    boolean derives = nodes.stream().anyMatch(n -> n.depth() > 0);
    List<ArticleId> order = derives ? List.of(nodes.getFirst().article()) : byTime(members, summaries);
    List<ArticleId> fallback = new ArrayList<>(order);
    fallback.addAll(byTime(members, summaries));
    for (ArticleId id : fallback) {
      ArticleSummary s = summaries.get(id);
      if (s != null && s.title() != null && !s.title().isBlank()) {
        return s.title();
      }
    }
    return null;
  }

  private static List<ArticleId> byTime(List<ArticleId> members, Map<ArticleId, ArticleSummary> summaries) {
    List<ArticleId> out = new ArrayList<>(members);
    out.sort(Comparator.comparing((ArticleId id) -> published(id, summaries), Comparator.nullsLast(
        Comparator.naturalOrder())).thenComparing(Comparator.naturalOrder()));
    return out;
  }

  static @Nullable String published(ArticleId id, Map<ArticleId, ArticleSummary> summaries) {
    ArticleSummary s = summaries.get(id);
    return s == null ? null : s.published();
  }

  /** Lays the members out depth first from the roots. */
  private static final class Forest {
    private final Map<ArticleId, Relation> parent;
    private final Map<ArticleId, List<ArticleId>> children = new TreeMap<>();
    private final Map<ArticleId, ArticleSummary> summaries;
    private final List<ArticleId> members;
    private final List<TreeNode> nodes = new ArrayList<>();

    Forest(List<ArticleId> members, Map<ArticleId, Relation> parent, Map<ArticleId, ArticleSummary> summaries) {
      this.members = members;
      this.parent = parent;
      this.summaries = summaries;
      parent.forEach((child, r) -> children.computeIfAbsent(r.source(), k -> new ArrayList<>()).add(child));
    }

    List<TreeNode> nodes() {
      List<ArticleId> roots = new ArrayList<>(members.stream().filter(m -> !parent.containsKey(m)).toList());
      roots.sort(Comparator.comparingInt((ArticleId id) -> -descendants(id))
          .thenComparing(id -> published(id, summaries), Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(Comparator.naturalOrder()));
      roots.forEach(root -> visit(root, 0));
      return nodes;
    }

    private void visit(ArticleId id, int depth) {
      Relation from = parent.get(id);
      nodes.add(new TreeNode(id, from == null ? null : from.source(), from == null ? null : from.kind().name(), depth));
      for (ArticleId child : children.getOrDefault(id, List.of())) {
        visit(child, depth + 1);
      }
    }

    private int descendants(ArticleId id) {
      int n = 0;
      for (ArticleId child : children.getOrDefault(id, List.of())) {
        n += 1 + descendants(child);
      }
      return n;
    }
  }
}
