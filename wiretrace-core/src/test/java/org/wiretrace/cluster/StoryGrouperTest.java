package org.wiretrace.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.wiretrace.model.ArticleId;

class StoryGrouperTest {

  private static ArticleId id(String s) {
    return ArticleId.of(s);
  }

  private static ReuseLink link(String a, String b, double w) {
    return new ReuseLink(id(a), id(b), w < 1 ? "SAME_STORY" : "SYNDICATED", false, w);
  }

  private static List<List<String>> members(List<StoryCluster> stories) {
    return stories.stream().map(c -> c.articles().stream().map(ArticleId::value).toList()).toList();
  }

  @Test
  void wireAndCopiesFormOneStory() {
    List<ArticleId> ids = List.of(id("w"), id("c1"), id("c2"), id("c3"));
    List<ReuseLink> links = List.of(link("w", "c1", 1), link("w", "c2", 1), link("w", "c3", 1), link("c1", "c2", 1));
    assertEquals(List.of(List.of("c1", "c2", "c3", "w")), members(new StoryGrouper().group(ids, links)));
  }

  @Test
  void oneWeakLinkDoesNotChainTwoEvents() {
    List<ArticleId> ids = List.of(id("a1"), id("a2"), id("a3"), id("b1"), id("b2"), id("b3"));
    List<ReuseLink> links = List.of(link("a1", "a2", 1), link("a2", "a3", 1), link("a1", "a3", 1),
        link("b1", "b2", 1), link("b2", "b3", 1), link("b1", "b3", 1), link("a3", "b1", 0.9));
    List<StoryCluster> stories = new StoryGrouper().group(ids, links);
    assertEquals(List.of(List.of("a1", "a2", "a3"), List.of("b1", "b2", "b3")), members(stories));
    assertEquals(3, stories.getFirst().links().size(), "the cross-story link belongs to neither story");
  }

  @Test
  void weakReuseLinkCountsOnlyInTheAverage() {
    List<ArticleId> ids = List.of(id("a1"), id("a2"), id("b1"), id("b2"));
    List<ReuseLink> links = List.of(link("a1", "a2", 1), link("b1", "b2", 1),
        new ReuseLink(id("a2"), id("b1"), "PARTIAL", true, 0.7));
    assertEquals(List.of(List.of("a1", "a2"), List.of("b1", "b2")), members(new StoryGrouper().group(ids, links)));
  }

  @Test
  void longChainOfWeakLinksSplits() {
    List<ArticleId> ids = new ArrayList<>();
    List<ReuseLink> links = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      ids.add(id(String.format(Locale.ROOT, "n%02d", i)));
      if (i > 0) {
        links.add(link(ids.get(i - 1).value(), ids.get(i).value(), 0.8));
      }
    }
    int largest = new StoryGrouper().group(ids, links).stream().mapToInt(c -> c.articles().size()).max().orElse(0);
    assertEquals(true, largest <= 3, "a chain must not become one story, largest was " + largest);
  }

  @Test
  void resultDoesNotDependOnInputOrder() {
    List<ArticleId> ids = new ArrayList<>();
    List<ReuseLink> links = new ArrayList<>();
    Random random = new Random(7);
    for (int i = 0; i < 60; i++) {
      ids.add(id("x" + i));
    }
    for (int k = 0; k < 150; k++) {
      int a = random.nextInt(60);
      int b = random.nextInt(60);
      if (a != b) {
        links.add(link("x" + a, "x" + b, 0.2 + 0.8 * random.nextDouble()));
      }
    }
    List<StoryCluster> expected = new StoryGrouper().group(ids, links);
    Collections.shuffle(ids, new Random(3));
    Collections.shuffle(links, new Random(4));
    assertEquals(members(expected), members(new StoryGrouper().group(ids, links)));
  }

  @Test
  void rejectsBadThresholdAndWeight() {
    assertThrows(IllegalArgumentException.class, () -> new StoryGrouper(0));
    assertThrows(IllegalArgumentException.class, () -> link("a", "b", -0.1));
    assertThrows(IllegalArgumentException.class, () -> link("a", "b", 1.5));
  }

  @Test
  void group_zeroWeightLink_neverJoinsButIsListedInsideItsStory() {
    List<ArticleId> ids = List.of(id("a"), id("b"), id("c"));
    List<StoryCluster> apart = new StoryGrouper().group(ids, List.of(link("a", "b", 0)));
    assertEquals(3, apart.size());
    List<StoryCluster> joined = new StoryGrouper().group(ids,
        List.of(link("a", "b", 0), link("a", "c", 1), link("b", "c", 1)));
    assertEquals(1, joined.size());
    assertEquals(3, joined.getFirst().links().size());
  }
}
