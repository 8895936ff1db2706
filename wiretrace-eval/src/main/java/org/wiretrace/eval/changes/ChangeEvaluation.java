package org.wiretrace.eval.changes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.wiretrace.changes.Change;
import org.wiretrace.changes.ChangeFlagger;
import org.wiretrace.changes.ChangeKind;
import org.wiretrace.changes.Passage;

/**
 * Scores {@link ChangeFlagger} on labelled sentence pairs, one JSON object per line:
 * {@code {"source","derived","changed":true|false, optional "kind" or "kind_hint", "origin"}}.
 *
 * <p>Reported: flag recall on changed pairs (a changed pair counts as found when at least one
 * change is flagged), overall and per kind hint; the false-flag rate on unchanged pairs (share with
 * at least one flag); flag counts per kind on each side; per kind, the precision of the pairs it flags
 * (share of them that are changed); a few example misses and false flags; and
 * last the summary line {@code recall=R false_flag_rate=F n=N}. Bad lines are reported with their
 * line number and skipped.
 *
 * <p>Run: {@code wiretrace eval changes --format jsonl FILE}, or from the build:
 * {@code java -cp <eval classpath> org.wiretrace.eval.changes.ChangeEvaluation FILE}.
 */
public final class ChangeEvaluation {

  private static final int EXAMPLES = 5;

  private final ChangeFlagger flagger;
  private final HoldOutSplit split;
  private final ObjectMapper json = new ObjectMapper();
  private final PrintStream listing;

  /** Creates an evaluation of the default flagger on the whole file. */
  public ChangeEvaluation() {
    this(new ChangeFlagger(), HoldOutSplit.NONE);
  }

  /**
   * Creates an evaluation of the given flagger.
   *
   * @param flagger the flagger to score
   * @param split which lines form the held-out part; {@link HoldOutSplit#NONE} scores the file as one
   */
  public ChangeEvaluation(ChangeFlagger flagger, HoldOutSplit split) {
    this(flagger, split, null);
  }

  private ChangeEvaluation(ChangeFlagger flagger, HoldOutSplit split, PrintStream listing) {
    this.flagger = flagger;
    this.split = split;
    this.listing = listing;
  }

  /**
   * Returns this evaluation that also lists, one JSON object per line, every development-part pair
   * that is changed or flagged, with its flags and whether it is an error (a miss: a changed pair
   * without flag; a false flag: an unchanged pair with a flag), for error analysis.
   * Held-out lines are never listed, so rules can be tuned on this listing without reading them.
   *
   * @param to where to write the listing
   * @return the evaluation with a listing
   */
  public ChangeEvaluation listingDevelopmentTo(PrintStream to) {
    return new ChangeEvaluation(flagger, split, Objects.requireNonNull(to, "to"));
  }

  /**
   * Reads a JSONL file of labelled pairs, scores the flagger and prints the report.
   *
   * @param file the JSONL file
   * @param out where to print
   * @return the scores
   * @throws IOException when the file cannot be read
   */
  public ChangeScores run(Path file, PrintStream out) throws IOException {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return run(reader, out);
    }
  }

  /**
   * Reads labelled pairs, scores the flagger and prints the report.
   *
   * @param reader the JSONL lines
   * @param out where to print
   * @return the scores
   * @throws IOException when reading fails
   */
  public ChangeScores run(BufferedReader reader, PrintStream out) throws IOException {
    ChangeScores scores = new ChangeScores();
    ChangeScores development = new ChangeScores();
    ChangeScores heldOut = new ChangeScores();
    int lineNumber = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      LabelledChangePair pair = parse(line, lineNumber, out);
      if (pair != null) {
        List<Change> flags = flag(pair);
        scores.add(pair, flags);
        boolean held = split.isHeldOut(lineNumber);
        (held ? heldOut : development).add(pair, flags);
        if (!held && listing != null && (pair.changed() || !flags.isEmpty())) {
          list(pair, flags);
        }
      } else {
        scores.badLine();
      }
    }
    if (split.enabled()) {
      printExamples("example misses (development part)", development.misses(), out);
      printExamples("example false flags (development part)", development.falseFlags(), out);
      printSplit(development, heldOut, out);
    }
    print(scores, out, !split.enabled());
    return scores;
  }

  private List<Change> flag(LabelledChangePair pair) {
    return flagger.flag(Passage.of(pair.source()), Passage.of(pair.derived()));
  }

  private void list(LabelledChangePair pair, List<Change> flags) {
    var node = json.createObjectNode().put("line", pair.line()).put("changed", pair.changed()).put("error", pair.changed() == flags.isEmpty()).put("hint", pair.hint())
        .put("source", pair.source()).put("derived", pair.derived());
    var array = node.putArray("flags");
    for (Change c : flags) {
      array.addObject().put("kind", c.kind().name()).put("severity", c.severity().name()).put("source", c.sourceText())
          .put("derived", c.derivedText()).put("explanation", c.explanation());
    }
    listing.println(node.toString());
  }

  private LabelledChangePair parse(String line, int number, PrintStream out) {
    try {
      JsonNode node = json.readTree(line);
      String problem = problem(node);
      if (problem != null) {
        out.println("line " + number + ": skipped, " + problem);
        return null;
      }
      return new LabelledChangePair(number, node.get("source").asText(), node.get("derived").asText(),
          node.get("changed").asBoolean(), hint(node));
    } catch (IOException e) {
      out.println("line " + number + ": skipped, not JSON (" + String.valueOf(e.getMessage()).lines().findFirst().orElse("") + ")");
      return null;
    }
  }

  private static String problem(JsonNode node) {
    if (node == null || !node.isObject()) {
      return "not a JSON object";
    }
    for (String field : List.of("source", "derived")) {
      if (!node.path(field).isTextual()) {
        return "field \"" + field + "\" missing or not a string";
      }
    }
    return node.path("changed").isBoolean() ? null : "field \"changed\" missing or not true/false";
  }

  private static String hint(JsonNode node) {
    for (String field : List.of("kind", "kind_hint", "origin")) {
      if (node.path(field).isTextual() && !node.path(field).asText().isBlank()) {
        return node.path(field).asText();
      }
    }
    return "(none)";
  }

  private static void print(ChangeScores s, PrintStream out, boolean examples) {
    out.printf(Locale.ROOT, "changed pairs: %d, flagged %d, recall %.3f%n", s.changedPairs(), s.foundChanged(), s.recall());
    for (Map.Entry<String, int[]> e : s.perHint().entrySet()) {
      int[] v = e.getValue();
      out.printf(Locale.ROOT, "  recall[%s] = %.3f (%d/%d)%n", e.getKey(), ratio(v[1], v[0]), v[1], v[0]);
    }
    out.printf(Locale.ROOT, "unchanged pairs: %d, flagged %d, false-flag rate %.3f (counting MEDIUM/HIGH flags only: %.3f)%n",
        s.unchangedPairs(), s.flaggedUnchanged(), s.falseFlagRate(), ratio(s.seriousUnchanged, s.unchangedPairs()));
    printKinds("flags on changed pairs", s.kindsOnChanged(), out);
    printKinds("flags on unchanged pairs", s.kindsOnUnchanged(), out);
    for (Map.Entry<ChangeKind, int[]> e : s.pairsPerKind().entrySet()) {
      out.printf(Locale.ROOT, "  precision[%s] = %.3f (%d changed of %d pairs flagged with it)%n", e.getKey(), s.precision(e.getKey()),
          e.getValue()[0], e.getValue()[0] + e.getValue()[1]);
    }
    if (examples) { // with a split, only the development part's examples are shown, keeping the held-out lines unread
      printExamples("example misses", s.misses(), out);
      printExamples("example false flags", s.falseFlags(), out);
    }
    if (s.badLines() > 0) {
      out.println("bad lines skipped: " + s.badLines());
    }
    out.println(s.summary());
  }

  private void printSplit(ChangeScores development, ChangeScores heldOut, PrintStream out) {
    out.println("split: " + split.describe());
    out.printf(Locale.ROOT, "  %-52s %12s %12s%n", "", "development", "held-out");
    row(out, "pairs", development.n(), heldOut.n());
    out.printf(Locale.ROOT, "  %-52s %12.3f %12.3f%n", "recall", development.recall(), heldOut.recall());
    out.printf(Locale.ROOT, "  %-52s %12.3f %12.3f%n", "false-flag rate", development.falseFlagRate(), heldOut.falseFlagRate());
    for (String hint : development.perHint().keySet()) {
      int[] d = development.perHint().get(hint);
      int[] h = heldOut.perHint().getOrDefault(hint, new int[2]);
      out.printf(Locale.ROOT, "  %-52s %12s %12s%n", "recall[" + hint + "]", fraction(d), fraction(h));
    }
    for (ChangeKind kind : ChangeKind.values()) {
      if (development.pairsPerKind().containsKey(kind) || heldOut.pairsPerKind().containsKey(kind)) {
        out.printf(Locale.ROOT, "  %-52s %12.3f %12.3f%n", "precision[" + kind + "]", development.precision(kind), heldOut.precision(kind));
      }
    }
    out.println("development " + development.summary());
    out.println("held-out " + heldOut.summary());
  }

  private static void row(PrintStream out, String label, int a, int b) {
    out.printf(Locale.ROOT, "  %-52s %12d %12d%n", label, a, b);
  }

  private static String fraction(int[] totalFound) {
    return String.format(Locale.ROOT, "%.3f (%d)", ratio(totalFound[1], totalFound[0]), totalFound[0]);
  }

  private static void printKinds(String title, Map<ChangeKind, Integer> counts, PrintStream out) {
    StringBuilder sb = new StringBuilder(title).append(':');
    counts.forEach((k, v) -> sb.append(' ').append(k).append('=').append(v));
    out.println(sb);
  }

  private static void printExamples(String title, List<String> examples, PrintStream out) {
    out.println(title + ":");
    examples.stream().limit(EXAMPLES).forEach(e -> out.println("  " + e));
  }

  static double ratio(int numerator, int denominator) {
    return denominator == 0 ? 0 : (double) numerator / denominator;
  }

  /**
   * Runs the evaluation on a file with 30% of its lines held out (seed 7) and prints to standard
   * output.
   *
   * @param args the JSONL file
   * @throws IOException when the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: ChangeEvaluation FILE.jsonl");
      System.exit(2);
    }
    new ChangeEvaluation(new ChangeFlagger(), new HoldOutSplit(0.3, 7)).run(Path.of(args[0]), System.out);
  }

  /** Accumulated scores; also the result of a run. */
  public static final class ChangeScores {
    private int changedPairs;
    private int foundChanged;
    private int unchangedPairs;
    private int flaggedUnchanged;
    private int badLines;
    private int seriousUnchanged;
    private final Map<String, int[]> perHint = new TreeMap<>();
    private final Map<ChangeKind, Integer> kindsOnChanged = new TreeMap<>();
    private final Map<ChangeKind, Integer> kindsOnUnchanged = new TreeMap<>();
    private final Map<ChangeKind, int[]> pairsPerKind = new TreeMap<>();
    private final List<String> misses = new ArrayList<>();
    private final List<String> falseFlags = new ArrayList<>();

    void add(LabelledChangePair pair, List<Change> flags) {
      boolean flagged = !flags.isEmpty();
      Map<ChangeKind, Integer> kinds = pair.changed() ? kindsOnChanged : kindsOnUnchanged;
      flags.forEach(c -> kinds.merge(c.kind(), 1, Integer::sum));
      flags.stream().map(Change::kind).distinct().forEach(k -> pairsPerKind.computeIfAbsent(k, x -> new int[2])[pair.changed() ? 0 : 1]++);
      if (pair.changed()) {
        changedPairs++;
        foundChanged += flagged ? 1 : 0;
        int[] hint = perHint.computeIfAbsent(pair.hint(), k -> new int[2]);
        hint[0]++;
        hint[1] += flagged ? 1 : 0;
        if (!flagged && misses.size() < EXAMPLES) {
          misses.add("line " + pair.line() + " [" + pair.hint() + "]: " + pair.source() + "  =>  " + pair.derived());
        }
      } else {
        unchangedPairs++;
        flaggedUnchanged += flagged ? 1 : 0;
        seriousUnchanged += flags.stream().anyMatch(c -> c.severity() != org.wiretrace.changes.Severity.LOW) ? 1 : 0;
        if (flagged && falseFlags.size() < EXAMPLES) {
          Change c = flags.getFirst();
          falseFlags.add("line " + pair.line() + ": " + c.kind() + " " + c.explanation() + "  |  " + pair.source() + "  =>  " + pair.derived());
        }
      }
    }

    void badLine() {
      badLines++;
    }

    /** Returns the number of changed pairs. */
    public int changedPairs() {
      return changedPairs;
    }

    /** Returns the number of changed pairs with at least one flag. */
    public int foundChanged() {
      return foundChanged;
    }

    /** Returns the number of unchanged pairs. */
    public int unchangedPairs() {
      return unchangedPairs;
    }

    /** Returns the number of unchanged pairs with at least one flag. */
    public int flaggedUnchanged() {
      return flaggedUnchanged;
    }

    /** Returns the number of lines skipped as bad. */
    public int badLines() {
      return badLines;
    }

    /** Returns the number of pairs evaluated. */
    public int n() {
      return changedPairs + unchangedPairs;
    }

    /** Returns the share of changed pairs with at least one flag. */
    public double recall() {
      return ratio(foundChanged, changedPairs);
    }

    /** Returns the share of unchanged pairs with at least one flag. */
    public double falseFlagRate() {
      return ratio(flaggedUnchanged, unchangedPairs);
    }

    /** Returns {total, found} per kind hint, sorted by hint. */
    public Map<String, int[]> perHint() {
      return perHint;
    }

    /** Returns flag counts per kind on changed pairs. */
    public Map<ChangeKind, Integer> kindsOnChanged() {
      return kindsOnChanged;
    }

    /** Returns flag counts per kind on unchanged pairs. */
    public Map<ChangeKind, Integer> kindsOnUnchanged() {
      return kindsOnUnchanged;
    }

    /**
     * Returns, per kind, {changed pairs, unchanged pairs} with at least one flag of that kind; the
     * kind's precision is the first over the sum.
     */
    public Map<ChangeKind, int[]> pairsPerKind() {
      return pairsPerKind;
    }

    /** Returns the share of pairs flagged with {@code kind} that are changed, or 0 when none is. */
    public double precision(ChangeKind kind) {
      int[] v = pairsPerKind.getOrDefault(kind, new int[2]);
      return ratio(v[0], v[0] + v[1]);
    }

    /** Returns up to five example misses. */
    public List<String> misses() {
      return misses;
    }

    /** Returns up to five example false flags. */
    public List<String> falseFlags() {
      return falseFlags;
    }

    /** Returns the summary line {@code recall=R false_flag_rate=F n=N}. */
    public String summary() {
      return String.format(Locale.ROOT, "recall=%.3f false_flag_rate=%.3f n=%d", recall(), falseFlagRate(), n());
    }
  }
}
