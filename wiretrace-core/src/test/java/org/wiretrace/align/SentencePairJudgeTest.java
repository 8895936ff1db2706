package org.wiretrace.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wiretrace.model.Sentence;
import org.wiretrace.model.Span;
import org.wiretrace.text.Token;
import org.wiretrace.text.WordTokenizer;

/** The shipped sentence-pair judgement on invented sentences, and its coefficient resource. */
class SentencePairJudgeTest {

  private static final LexicalEmbedder EMBEDDER = new LexicalEmbedder();
  private static final SentencePairJudge JUDGE = SentencePairJudge.forEmbedder(EMBEDDER.modelName());

  @Test
  void judge_sameSentence_isParaphrase() {
    SentenceProfile a = profile("The city council approved a new budget of 4.2 million crowns on Tuesday.");
    assertThat(JUDGE.judge(a, a).paraphrase()).isTrue();
    assertThat(JUDGE.judge(a, a).probability()).isGreaterThan(0.9);
  }

  @Test
  void judge_lightEdit_isParaphrase_unrelated_isNot() {
    SentenceProfile a = profile("The city council approved a new budget of 4.2 million crowns on Tuesday.");
    SentenceProfile edited = profile("On Tuesday the city council approved a new 4.2 million crown budget.");
    SentenceProfile unrelated = profile("Heavy rain flooded the lower fields and closed two mountain roads.");
    assertThat(JUDGE.judge(a, edited).paraphrase()).isTrue();
    assertThat(JUDGE.judge(a, unrelated).paraphrase()).isFalse();
    assertThat(JUDGE.judge(a, edited).probability()).isGreaterThan(JUDGE.judge(a, unrelated).probability());
  }

  @Test
  void judge_isSymmetric() {
    SentenceProfile a = profile("Police said the driver, a 34-year-old man, was arrested at the scene.");
    SentenceProfile b = profile("The driver was arrested at the scene, police said on Friday.");
    assertThat(JUDGE.judge(a, b).probability()).isEqualTo(JUDGE.judge(b, a).probability());
  }

  @Test
  void shipped_choosesExactThenFamilyThenWording() {
    assertThat(SentencePairJudge.shipped(EMBEDDER.modelName()).embedder()).isEqualTo(EMBEDDER.modelName());
    String minilm = "all-minilm-l6-v2-q/mean/384/ort-9.9.9";
    assertThat(SentencePairJudge.shipped(minilm).embedder()).startsWith("all-minilm-l6-v2-q/mean/384/ort-");
    assertThat(SentencePairJudge.shipped("some-other-model/768").embedder()).isEqualTo(ParaphraseModel.WORDING);
    ParaphraseModel wording = SentencePairJudge.shipped(ParaphraseModel.WORDING);
    assertThat(wording.weights()[SentencePairFeatures.COSINE]).isZero();
    assertThat(wording.weights()[SentencePairFeatures.COSINE_INTERACTION]).isZero();
  }

  @Test
  void model_formatParse_roundTrips() {
    ParaphraseModel m = SentencePairJudge.shipped(EMBEDDER.modelName());
    ParaphraseModel back = ParaphraseModel.parse(m.format()).getFirst();
    assertThat(back.featureNames()).isEqualTo(m.featureNames());
    assertThat(back.threshold()).isCloseTo(m.threshold(), org.assertj.core.data.Offset.offset(1e-6));
    assertThat(back.weights()).containsExactly(m.weights(), org.assertj.core.data.Offset.offset(1e-6));
  }

  @Test
  void parse_badLine_namesLineAndFix() {
    assertThatThrownBy(() -> ParaphraseModel.parse(List.of("model x", "threshold abc")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2")
        .hasMessageContaining("--fit-engine");
  }

  @Test
  void judge_refusesModelWithOtherFeatures() {
    ParaphraseModel other = new ParaphraseModel("x", List.of("cosine"), new double[1], new double[] {1},
        new double[1], 0, 0.5, "test");
    assertThatThrownBy(() -> new SentencePairJudge(other)).hasMessageContaining("regenerate");
  }

  @Test
  void features_mergedPassage_keepsWordTerms() {
    SentenceProfile first = profile("The bridge was closed on Monday.");
    SentenceProfile second = profile("Engineers found cracks in two arches.");
    SentenceProfile whole = profile("The bridge was closed on Monday after engineers found cracks in two arches.");
    SentenceProfile merged = first.merge(second);
    assertThat(merged.words().stems()).hasSize(first.words().stems().length + second.words().stems().length);
    assertThat(JUDGE.judge(merged, whole).probability()).isGreaterThan(JUDGE.judge(first, whole).probability());
  }

  private static SentenceProfile profile(String text) {
    List<Token> tokens = new WordTokenizer().tokenize(text, 0);
    return SentenceProfile.of(new Sentence(0, 0, new Span(0, text.length()), text, false), tokens,
        EMBEDDER.embedTokens(tokens));
  }
}
