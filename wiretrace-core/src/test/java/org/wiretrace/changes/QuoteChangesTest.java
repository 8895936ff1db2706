package org.wiretrace.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wiretrace.changes.FlagAssertions.flags;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuoteChangesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "“We will never surrender the harbour,” the mayor said.|\"We will not surrender the harbour,\" the mayor said.",
      "“The bridge is safe for traffic,” Jensen told reporters.|“The bridge is mostly safe for traffic,” Jensen told reporters.",
      "Ortiz said: “Our budget is balanced for the first time.”|Ortiz said: “Our budget is finally in surplus for the first time.”",
      "“It is a partnership of necessity rather than of love,” Moreau said.|“It is more of a partnership of necessity than devotion,” Moreau said."
  })
  void flag_misquote(String source, String derived) {
    List<Change> changes = flags(source, derived, ChangeKind.QUOTE);
    assertThat(changes).singleElement().satisfies(c -> {
      assertThat(c.severity()).isEqualTo(Severity.HIGH);
      assertThat(c.explanation()).startsWith("misquote");
    });
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "“This deal makes sense for both companies,” Halla said in a statement.|“This deal makes good sense for both companies,” said Brian Halla, the chief executive.",
      "Officials called the ruling an “outrageous act aimed at a hidden agenda.”|The company called the decision an “outrageous tactic aimed at a hidden agenda.”",
      "“It still remains to be seen whether the recovery will last,” Sprayregen said.|“It remains to be seen whether the recovery will last,” said James Sprayregen in court.",
      "“The offer undervalues the company and is not in the interest of stockholders,” Conway said.|“The offer undervalues the company and is not in the interest of Harbex stockholders,” said chief executive Conway.",
      "“So he did his best to convincingly confess to a crime that he didn't commit,” she told jurors.|“He did his best to confess convincingly to a crime he didn't do,” Ms. Richardson declared.",
      "“It is symptomatic of the difficulties that trouble the bank,” Wattret said.|“It is reminiscent of the troubles that have dogged the bank,” said Ken Wattret of BNP.",
      "“It is symptomatic of the difficulties that trouble the bank,” Wattret said.|“It is reminiscent of the troubles that have dogged the bank,” Wattret said.",
      "“His comments were extremely inappropriate,” Gaines said.|“Savage's comments were extremely inappropriate,” said MSNBC spokesman Jeremy Gaines.",
      "“NASA's culture had as much to do with this accident as the foam.”|“The NASA culture had as much to do with this accident as the foam,” the report said.",
      "“We have some small openings in November and maybe January,” Mr. Parsons said.|“We have some small openings in November and possibly January,” he said.",
      "“I know of no pressure on the analysts,” said Mr. Feith.|“I know of nobody who pressured the analysts,” Douglas Feith said at a briefing.",
      "“There is no plan to move the dollar at all,” Snow said.|“There is no plan, I can assure you of this, to move the dollar at all,” he said.",
      "“I am slightly envious of the harbour,” Ortiz told reporters.|“I am somewhat envious of the harbour,” Ortiz said on Monday."
  })
  void flag_synonymsOrAPronounNamedInAReportedQuoteAreTranscription(String source, String derived) {
    assertThat(flags(source, derived, ChangeKind.QUOTE)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "“This deal makes sense for both companies,” Halla said.|“This deal makes good sense for both companies,” Halla said.",
      "“The longer this series goes, the better chance Dirk has,” Nelson said.|“The longer the series goes, the more chance Dirk has,” said coach Nelson.",
      "“Ferdinand paid for the suite,” Hayes said.|“Jason Muir paid for the suite,” said Mr Hayes of QPR."
  })
  void flag_oneRewordingInACopiedSentenceOrMeaningWordOrNameForNameIsMisquote(String source, String derived) {
    assertThat(flags(source, derived, ChangeKind.QUOTE)).singleElement()
        .satisfies(c -> assertThat(c.explanation()).startsWith("misquote"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "“We are ready to talk,” the envoy said on Monday.|The envoy said on Monday: \"We are ready to talk.\"",
      "“We're ready to talk,” the envoy said.|“We are ready to talk,” the envoy told reporters.",
      "“The head-kicker label is wrong,” Lund said.|“The head kicker label is wrong,” Lund said.",
      "“The plan is dead,” Alvarez said, “and everyone knows it.”|Alvarez said the plan was finished, adding: “Everyone knows it.”",
      "Officials called the ruling an “outrageous act” on Monday.|On Monday officials described the ruling as an “outrageous act”.",
      "The revival of “Long Day's Journey Into Night” drew crowds.|The revival of Long Day's Journey Into Night drew crowds.",
      "“Nine weeks over 2 summers did not save the orchard,” Varga said.|“Nine weeks over two summers did not save the orchard,” Varga said.",
      "“The tide keeps turning in our favour,” the Brightwave chief said.|“The tide keeps turning in Brightwave's favour,” the Brightwave chief said.",
      "“The arrest of al-Tamimi shows smugglers will be caught,” Osei said.|“The arrest of Tamimi shows smugglers will be caught,” Osei said.",
      "“Al Shabaab fighters have left the port town,” Osei said.|“al-Shabab fighters have left the port town,” Osei said.",
      "“Whether the rally will be short-lived or long-lived is unclear,” Varga said.|“Whether the rally will be short- or long-lived is unclear,” Varga said.",
      "“This will cost us the season,” coach Lindqvist said.|“This is going to cost us the season,” coach Lindqvist said.",
      "“I can say the harbour workers have been treated unfairly,” Ruiz said.|“The harbour worker has been treated unfairly,” Ruiz said."
  })
  void flag_sameQuoteReworded(String source, String derived) {
    assertThat(flags(source, derived, ChangeKind.QUOTE)).isEmpty();
  }

  @Test
  void flag_quoteTurnedIntoReportedSpeechIsOrdinaryReporting() {
    assertThat(flags("“China feels no responsibility to hold the Kremlin accountable,” Blinken said.",
        "Blinken said China feels no duty to hold the Kremlin to account for the atrocities.", ChangeKind.QUOTE)).isEmpty();
  }

  @Test
  void flag_quoteMarksDroppedFromTheSameWords() {
    List<Change> changes = flags("“China feels no responsibility to hold the Kremlin accountable,” Blinken said.",
        "Sadly, China feels no responsibility to hold the Kremlin accountable.", ChangeKind.QUOTE);
    assertThat(changes).singleElement().satisfies(c -> assertThat(c.explanation()).contains("quotation marks (Blinken) dropped"));
  }

  @Test
  void flag_marksDroppedFromATermAreNotAStatementMadeTheOutletsOwn() {
    assertThat(flags("Police continue to question a suspected “potential suicide bomber” held in the town.",
        "Police continued to question a suspected potential suicide bomber held in the town.", ChangeKind.QUOTE)).isEmpty();
  }

  @Test
  void flag_marksDroppedFromFirstPersonWordsLeaveThemASpeakersWords() {
    assertThat(flags("“I am responsible for the approval process in my agency,” he said in a statement.",
        "Indeed, I am responsible for the approval process in my agency.", ChangeKind.QUOTE)).isEmpty();
  }

  @Test
  void flag_quoteMarksDroppedFromWordsStillAttributedIsReportedSpeech() {
    assertThat(flags("“China feels no responsibility to hold the Kremlin accountable,” Blinken said.",
        "Blinken said China feels no responsibility to hold the Kremlin accountable.", ChangeKind.QUOTE)).isEmpty();
  }

  @Test
  void flag_reportedStatementRenderedAsQuoteIsNoParaphrase() {
    assertThat(flags("The mayor told reporters that the harvest across the region had been wrecked by frost.",
        "“The harvest across the whole region has been wrecked by frost,” the mayor told reporters.", ChangeKind.QUOTE)).isEmpty();
  }

  @Test
  void flag_passageOpeningInsideAQuotationIsNotJudgedForQuoteMarks() {
    assertThat(flags("The foodservice pie business does not fit our long-term growth strategy,” he said.",
        "He said the foodservice pie business does not fit the company's long-term growth strategy.", ChangeKind.QUOTE)).isEmpty();
  }

  @Test
  void flag_texQuotesAreFoldedLikeTypographicOnes() {
    assertThat(new ChangeFlagger().flag(Passage.of("He called it ``a marriage of convenience'' on Monday."),
        Passage.of("He called it “a marriage of convenience” on Monday."))).isEmpty();
    List<Change> changes = flags("He called it ``a marriage of convenience'' on Monday.",
        "He called it ``a marriage of necessity'' on Monday.", ChangeKind.QUOTE);
    assertThat(changes).singleElement().satisfies(c -> assertThat(c.derivedText()).isEqualTo("a marriage of necessity"));
  }

  @Test
  void flag_paraphrasePutInsideQuotes() {
    List<Change> changes = flags("The spokesman said the region's harvest had been badly damaged by early frost.",
        "“Early frost has wrecked the harvest across the region,” the spokesman said.", ChangeKind.QUOTE);
    assertThat(changes).singleElement().satisfies(c -> {
      assertThat(c.severity()).isEqualTo(Severity.HIGH);
      assertThat(c.explanation()).contains("paraphrase put inside quotation marks");
    });
  }

  @Test
  void flag_quoteOfWordsTheSourceNarratesUnattributedIsNotParaphrase() {
    assertThat(flags("The orchard is also the first in the valley to grow the pear without sprays.",
        "“It is the first and only orchard growing the pear without any sprays.”", ChangeKind.QUOTE)).isEmpty();
  }

  @Test
  void flag_contractionOrNameSpellingIsNoMisquote() {
    assertThat(flags("“We've seen no sign of al-Qaeda in the hills,” the colonel said.",
        "“We have seen no sign of al-Qaida in the hills,” the colonel said.", ChangeKind.QUOTE)).isEmpty();
  }

  @Test
  void flag_inflectionOnlyIsNoMisquote() {
    assertThat(flags("They greeted each other as “dear friend” in the hall.", "They welcomed each other as “dear friends” in the hall.",
        ChangeKind.QUOTE)).isEmpty();
  }

  @Test
  void flag_quotesOfDifferentSpeakersAreNotCompared() {
    assertThat(flags("“Prices will fall soon,” Hansen said.", "“Prices will rise soon,” Okafor said.", ChangeKind.QUOTE)).isEmpty();
  }

  @Test
  void flag_identicalPassagesNeverFlagged() {
    String text = "“It’s a bit of a marriage of convenience,” Kirby said, adding that 4 hours of talks were held next year.";
    assertThat(flags(text, text)).isEmpty();
    assertThat(flags(text, text.replace('’', '\'').replace('“', '"').replace('”', '"'))).isEmpty();
  }
}
