package org.wiretrace.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.wiretrace.model.ChromeKind;
import org.wiretrace.model.Span;

class ChromeStripperTest {

  private final ChromeStripper stripper = new ChromeStripper();

  private Optional<ChromeStripper.Verdict> classify(String line, int fromEnd) {
    return stripper.classify(line, new Span(0, line.length()), fromEnd, Set.of());
  }

  @ParameterizedTest
  @CsvSource(delimiterString = " => ", value = {
      "More Stories => NAVIGATION",
      "Related Articles => NAVIGATION",
      "Read more: Ferry fares rise again => NAVIGATION",
      "WATCH | Council debates the ferry timetable: => NAVIGATION",
      "Advertisement => NAVIGATION",
      "Skip to main content => NAVIGATION",
      "4 min read => NAVIGATION",
      "Give Your Comments => COMMENT_PROMPT",
      "Leave a comment => COMMENT_PROMPT",
      "12 Comments => COMMENT_PROMPT",
      "Share this article => SHARE_PROMPT",
      "Share on WhatsApp => SHARE_PROMPT",
      "Print => SHARE_PROMPT",
      "Sign up for our free daily newsletter => SHARE_PROMPT",
      "Follow the Daily Planet on Telegram => SHARE_PROMPT",
      "With files from the Associated Press => CREDIT_LINE",
      "Reporting by Dana Okafor; Editing by Lee Park => CREDIT_LINE",
      "The Associated Press contributed to this report. => CREDIT_LINE",
      "© 2024 The Daily Planet. All rights reserved. => CREDIT_LINE",
      "By Dana Okafor and Lee Park, Daily Planet => CREDIT_LINE",
      "The ferry at dawn. (Photo: Planet Staff/Pool) => PHOTO_CREDIT",
      "Harbor master Lee Park. (AP Photo/Sam Reyes) => PHOTO_CREDIT",
      "Photo credit: Dana Okafor => PHOTO_CREDIT",
      "Publish : 2023-03-21 10:03:00 => PUBLISH_LINE",
      "Updated: March 21, 2023 at 10:03 AM => PUBLISH_LINE",
      "Published 5 Apr 2024 => PUBLISH_LINE"
  })
  void classify_chromeLines(String line, ChromeKind kind) {
    assertThat(classify(line, 10)).hasValueSatisfying(v -> assertThat(v.chrome().kind()).isEqualTo(kind));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Print media in the region lost half its readers in ten years.",
      "Share prices fell 4% on Monday after the announcement.",
      "Like millions of others, she reads the news on Facebook each morning.",
      "By Tuesday, the ferry crews had returned to work.",
      "Copyright lawyers argued the case for three days.",
      "More than 300 people attended the meeting on Monday.",
      "The photo shows the harbor master at the pier.",
      "Comments from the minister drew criticism.",
      "Related talks will resume next week in Geneva, officials said.",
      "Emails obtained by the Daily Planet show the plan was known."
  })
  void classify_contentLinesAreKept(String line) {
    assertThat(classify(line, 10)).isEmpty();
  }

  @Test
  void classify_publishLineGivesTheTime() {
    assertThat(classify("Publish : 2023-03-21 10:03:00", 3).orElseThrow().published())
        .hasValueSatisfying(t -> assertThat(t.iso()).isEqualTo("2023-03-21T10:03"));
    assertThat(classify("Updated: March 21, 2023 at 10:03 PM", 3).orElseThrow().published())
        .hasValueSatisfying(t -> assertThat(t.iso()).isEqualTo("2023-03-21T22:03"));
    assertThat(classify("Published 5 Apr 2024", 3).orElseThrow().published())
        .hasValueSatisfying(t -> assertThat(t.dateOnly()).isTrue());
  }

  @Test
  void classify_bioOnlyAtTheEnd() {
    String tagline = "\u201cCoffee lover. Harbor nerd. Writer. Proud cat parent.\u201d";
    assertThat(classify(tagline, 1)).hasValueSatisfying(v -> assertThat(v.chrome().kind()).isEqualTo(ChromeKind.AUTHOR_BIO));
    assertThat(classify(tagline, 5)).isEmpty();
    String bio = "Dana Okafor is a senior reporter for the Daily Planet covering transport.";
    assertThat(classify(bio, 2)).isPresent();
    assertThat(classify(bio, 6)).isEmpty();
    assertThat(classify("Short answer. No doubt. None at all.", 2)).isEmpty();
  }

  @Test
  void classify_boilerplateFromCorpus() {
    String line = "Get the Planet briefing every morning at seven";
    Set<String> boilerplate = Set.of(ChromeStripper.normaliseLine(line));
    assertThat(stripper.classify(line, new Span(0, line.length()), 9, boilerplate))
        .hasValueSatisfying(v -> assertThat(v.chrome().kind()).isEqualTo(ChromeKind.OUTLET_BOILERPLATE));
  }
}
