package org.wiretrace.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wiretrace.model.ArticleDraft;
import org.wiretrace.model.Outlet;

class BoilerplateDetectorTest {

  private static ArticleDraft draft(String outlet, String text) {
    return new ArticleDraft(null, "https://" + outlet + "/x", null, null, null, text, Map.of(), null);
  }

  private static String story(int i, String footer) {
    return "Story " + i + " covers harbor item " + (i * 31) + ".\nA second line unique to story " + i + ".\n" + footer;
  }

  @Test
  void boilerplate_lineInManyArticlesOfOneOutlet() {
    BoilerplateDetector detector = new BoilerplateDetector();
    for (int i = 0; i < 10; i++) {
      detector.observe(draft("planet.example", story(i, "Get the Planet app for more harbor news")));
    }
    assertThat(detector.boilerplate(new Outlet("planet.example")))
        .containsExactly("get the planet app for more harbor news");
    assertThat(detector.boilerplate(new Outlet("other.example"))).isEmpty();
    assertThat(detector.articlesPerOutlet()).containsEntry(new Outlet("planet.example"), 10);
  }

  @Test
  void boilerplate_needsMinimumArticlesAndShare() {
    BoilerplateDetector detector = new BoilerplateDetector(4, 0.5, 200);
    for (int i = 0; i < 3; i++) {
      detector.observe(draft("small.example", story(i, "Shared line")));
    }
    assertThat(detector.boilerplate(new Outlet("small.example"))).isEmpty();
    for (int i = 3; i < 10; i++) {
      detector.observe(draft("small.example", story(i, i < 4 ? "Shared line" : "Footer " + i)));
    }
    assertThat(detector.boilerplate(new Outlet("small.example"))).isEmpty(); // 4 of 10 < 50%
  }

  @Test
  void observe_exactDuplicatesCountOnce() {
    BoilerplateDetector detector = new BoilerplateDetector();
    for (int i = 0; i < 10; i++) {
      assertThat(detector.observe(draft("dup.example", story(1, "Same")))).isEqualTo(i == 0);
    }
    assertThat(detector.boilerplate(new Outlet("dup.example"))).isEmpty();
  }

  @Test
  void observe_withoutOutletCarriesNoEvidence() {
    BoilerplateDetector detector = new BoilerplateDetector();
    assertThat(detector.observe(ArticleDraft.of("a", "text"))).isFalse();
  }

  @Test
  void constructor_rejectsBadSettings() {
    assertThatThrownBy(() -> new BoilerplateDetector(1, 0.2, 200)).hasMessageContaining("minArticles = 1");
    assertThatThrownBy(() -> new BoilerplateDetector(3, 0, 200)).hasMessageContaining("minShare = 0.0");
  }
}
