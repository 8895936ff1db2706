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

/** Issue 10: the general rules for wire framing lines, on invented lines of several agencies' styles. */
class WireChromeTest {

  private final ChromeStripper stripper = new ChromeStripper();

  private Optional<ChromeStripper.Verdict> classify(String line, int fromEnd) {
    return stripper.classify(line, new Span(0, line.length()), fromEnd, Set.of());
  }

  @ParameterizedTest
  @ValueSource(strings = {"-----------------", "=================", "- - - - -", "*****", "  ~~~~~~~~  "})
  void classify_rules(String line) {
    assertThat(classify(line, 9)).hasValueSatisfying(v -> assertThat(v.chrome().kind()).isEqualTo(ChromeKind.RULE_LINE));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "09:12 14/05/98: Page 2 (HHH) CRIME Harbour|1998-05-14T09:12",
      "2026-03-17 06:40 GMT  URGENT  DAM-VALDORIA/|2026-03-17T06:40",
      "03/25/87 11:05 AM  BC-GRAIN-EXPORTS|1987-03-25T11:05",
      "17-MAR-2026 06:40:11.20  FINANCE|2026-03-17T06:40",
      "14.05.1998  RAIL STRIKE|1998-05-14"})
  void classify_slugLinesGiveTheirTime(String line, String iso) {
    var verdict = classify(line, 9).orElseThrow();
    assertThat(verdict.chrome().kind()).isEqualTo(ChromeKind.SLUG_LINE);
    assertThat(verdict.published().orElseThrow().iso()).isEqualTo(iso);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "4/2/87   Prev Wk   4/2/87   Prev Wk",
      "12/05/98 the court was told that the fire had spread.",
      "9-13/16 pct comprising 73 mln stg bank bills",
      "10:30 Police arrive at the harbour"})
  void classify_linesThatAreNotSlugs(String line) {
    assertThat(classify(line, 9)).isEmpty();
  }

  @Test
  void classify_wireBylineNamesTheOutlet() {
    var verdict = classify("By Ellen Varley, PA News", 9).orElseThrow();
    assertThat(verdict.chrome().kind()).isEqualTo(ChromeKind.CREDIT_LINE);
    assertThat(verdict.outlet().orElseThrow().name()).isEqualTo("pa news");
    var staff = classify("By Ellen Varley, Political Correspondent", 9).orElseThrow();
    assertThat(staff.chrome().reason()).isEqualTo("byline");
    assertThat(staff.outlet()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Reuter", "REUTER", "(Reuters)", "MORE", "ENDS", "-30-", "###", "(END)", "-more-"})
  void classify_signOffsAtTheEnd(String line) {
    assertThat(classify(line, 1)).hasValueSatisfying(v -> assertThat(v.chrome().kind()).isEqualTo(ChromeKind.SIGN_OFF));
    assertThat(classify(line, 5).map(v -> v.chrome().kind())).isNotEqualTo(Optional.of(ChromeKind.SIGN_OFF));
  }
}
