package org.wiretrace.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordTokenizerTest {

  private final WordTokenizer tokenizer = new WordTokenizer();

  private List<String> norms(String text) {
    return tokenizer.tokenize(text, 0).stream().map(Token::norm).toList();
  }

  @Test
  void tokenize_joinsNumbersAcronymsAndHyphens() {
    assertThat(norms("Xi’s re-elect talks took 4-1/2 hours; 4½ hours; 350,000 U.S. troops and 4.5%"))
        .containsExactly("xi", "reelect", "talks", "took", "4-1/2", "hours", "4-1/2", "hours", "350000",
            "us", "troops", "and", "4.5");
  }

  @Test
  void tokenize_spansPointIntoTheOriginal() {
    String text = "He said: “Dear friend,” twice.";
    for (Token t : tokenizer.tokenize(text, 100)) {
      String original = text.substring(t.span().start() - 100, t.span().end() - 100);
      assertThat(TextNormalizer.normalizeWord(original)).isEqualTo(t.norm());
    }
  }

  @Test
  void tokenize_marksQuotedWords() {
    List<Token> tokens = tokenizer.tokenize("Putin met his ‘dear friend’ Xi, who said \"we agree\" today.", 0);
    assertThat(tokens.stream().filter(Token::quoted).map(Token::norm))
        .containsExactly("dear", "friend", "we", "agree");
  }

  @Test
  void tokenize_apostropheIsNotAQuote() {
    List<Token> tokens = tokenizer.tokenize("Russia’s leader and China’s leader met.", 0);
    assertThat(tokens).noneMatch(Token::quoted);
  }

  @Test
  void tokenize_smallNumberWordsAreNumbers() {
    Token four = tokenizer.tokenize("about four hours", 0).get(1);
    assertThat(four.number()).isTrue();
    assertThat(four.norm()).isEqualTo("4");
  }

  @ParameterizedTest
  @CsvSource({"talks,talk", "talked,talk", "talking,talk", "countries,countri", "country,countri",
      "reported,report", "crimes,crim", "crime,crim", "news,new", "us,us"})
  void stem_conflatesInflections(String word, String stem) {
    assertThat(Stemmer.stem(word)).isEqualTo(stem);
  }

  @ParameterizedTest
  @CsvSource({"Re-Elect", "4½", "U.S.", "ＡＢＣ", "Zelenskiy’s"})
  void normalizeWord_isIdempotent(String word) {
    String once = TextNormalizer.normalizeWord(word);
    assertThat(TextNormalizer.normalizeWord(once)).isEqualTo(once);
  }
}
