package org.wiretrace.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 10: TeX and typewriter quote pairs fold to real quotation marks, keeping every offset. */
class QuoteFoldingTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "He called it ``a sham'' today.|He called it “\u00ADa sham”\u00AD today.",
      "She warned of `serious seepage' there.|She warned of ‘serious seepage’ there.",
      "It's plain text, isn't it?|It's plain text, isn't it?",
      "A lone `mark stays.|A lone `mark stays.",
      "“Curly” quotes stay.|“Curly” quotes stay.",
      "The mill''s output rose.|The mill’\u00ADs output rose.",
      "\"We don\"t see a cut,\" he said.|\"We don’t see a cut,\" he said.",
      "The bank\"s rate and the fund\"ll gain.|The bank’s rate and the fund’ll gain.",
      "He said\"Stop\" and left.|He said\"Stop\" and left.",
      "A 6\"5 player.|A 6\"5 player."})
  void fold_keepsLengthAndFoldsPairs(String text, String folded) {
    assertThat(QuoteFolding.fold(text)).isEqualTo(folded).hasSameSizeAs(text);
    assertThat(QuoteFolding.fold(folded)).isEqualTo(folded);
  }
}
