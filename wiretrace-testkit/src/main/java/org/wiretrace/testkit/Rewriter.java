package org.wiretrace.testkit;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.wiretrace.changes.ChangeKind;

/**
 * Makes the derived copies of a base article, one method per {@link DerivedKind}, and records the
 * fact changes injected on the way.
 */
final class Rewriter {

  /** A derived copy with its ground truth. */
  record Result(ArticlePlan plan, boolean reordered, List<InjectedChange> changes) {}

  private static final Set<ChangeKind> ALL_KINDS = EnumSet.of(ChangeKind.NUMBER, ChangeKind.DATE,
      ChangeKind.ENTITY, ChangeKind.QUOTE, ChangeKind.NEGATION, ChangeKind.ATTRIBUTION);

  private final TemplateBook book;
  private final StoryWriter writer;
  private final WordSwapper swapper;
  private final FactEditor editor;
  private final double changeRate;

  Rewriter(TemplateBook book, StoryWriter writer, WordSwapper swapper, FactEditor editor, double changeRate) {
    this.book = book;
    this.writer = writer;
    this.swapper = swapper;
    this.editor = editor;
    this.changeRate = changeRate;
  }

  Result duplicate(ArticlePlan source) {
    return new Result(source.copy(), false, List.of());
  }

  /** Light edits, a dropped sentence or two, fact changes, maybe moved paragraphs, then added sentences. */
  Result syndicate(ArticlePlan source, SplittableRandom random) {
    ArticlePlan copy = source.copy();
    dropSentences(copy, (random.nextDouble() < 0.6 ? 1 : 0) + (random.nextDouble() < 0.25 ? 1 : 0), random);
    forEachSentence(copy, s -> random.nextDouble() < 0.15 ? s.withFragments(
        swapper.swapLiterals(s.fragments(), 0.3, 0.0, random)) : s);
    List<InjectedChange> changes = injectSome(copy, ALL_KINDS, changeRate, random);
    boolean reordered = copy.paragraphs.size() >= 4 && random.nextDouble() < 0.3;
    if (reordered) {
      int i = 1 + random.nextInt(copy.paragraphs.size() - 2);
      copy.paragraphs.add(i + 1, copy.paragraphs.remove(i));
    }
    addSentences(copy, source, 1 + random.nextInt(2), random);
    if (random.nextDouble() < 0.4) {
      copy.title = swapper.swap(copy.title, 0.5, 0.0, random);
    }
    return new Result(copy, reordered, changes);
  }

  /** Attribution and clause fronting, merges and natural synonyms; then fact changes. */
  Result paraphrase(ArticlePlan source, SplittableRandom random) {
    ArticlePlan copy = source.copy();
    forEachSentence(copy, s -> s.withFragments(
        swapper.swapLiterals(restructure(s.fragments(), random), 0.6, 0.0, random)));
    for (List<PlannedSentence> paragraph : copy.paragraphs) {
      mergeSome(paragraph, random);
    }
    copy.title = swapper.swap(copy.title, 0.6, 0.0, random);
    return new Result(copy, false, injectSome(copy, ALL_KINDS, changeRate, random));
  }

  /** Sentence-for-sentence synonym spinning, quotes included (recorded as QUOTE changes). */
  Result spin(ArticlePlan source, SplittableRandom random) {
    ArticlePlan copy = source.copy();
    List<InjectedChange> changes = new ArrayList<>();
    forEachSentence(copy, s -> s.withFragments(spinSentence(s.fragments(), changes, random)));
    copy.title = swapper.swap(copy.title, 0.75, 0.35, random);
    changes.addAll(injectSome(copy, EnumSet.complementOf(EnumSet.of(ChangeKind.QUOTE,
        ChangeKind.TORTURED)), changeRate, random));
    return new Result(copy, false, changes);
  }

  /** A contiguous block of the source's paragraphs placed inside an article about another story. */
  Result partial(ArticlePlan source, ArticlePlan host, SplittableRandom random) {
    int total = source.sentences().size();
    int start = random.nextInt(Math.max(1, source.paragraphs.size() - 2));
    int want = (int) Math.ceil(total * (0.3 + 0.2 * random.nextDouble()));
    List<List<PlannedSentence>> block = new ArrayList<>();
    int taken = 0;
    for (int p = start; p < source.paragraphs.size() && taken < want; p++) {
      block.add(source.paragraphs.get(p));
      taken += source.paragraphs.get(p).size();
    }
    ArticlePlan reused = new ArticlePlan(source.story, source.title, source.headlineKey, block);
    List<InjectedChange> changes = injectSome(reused, ALL_KINDS, changeRate / 2, random);
    ArticlePlan copy = host.copy();
    copy.paragraphs.addAll(Math.min(2, copy.paragraphs.size()), reused.paragraphs);
    return new Result(copy, false, changes);
  }

  /** An independent report: same facts, new quotes, none of the source's templates or sentences. */
  Result sameStory(ArticlePlan source, int words, SplittableRandom random) {
    Story story = source.story.withQuotes(book, random);
    ArticlePlan plan = writer.write(story, words, source.templateKeys(), source.sentenceTexts(), random);
    return new Result(plan, false, List.of());
  }

  private List<Fragment> restructure(List<Fragment> f, SplittableRandom random) {
    List<Fragment> fronted = random.nextDouble() < 0.7 ? Restructurer.frontAttribution(f) : null;
    if (fronted == null && random.nextDouble() < 0.6) {
      fronted = Restructurer.frontClause(f);
    }
    return fronted == null ? f : fronted;
  }

  private static void mergeSome(List<PlannedSentence> paragraph, SplittableRandom random) {
    for (int i = 0; i + 1 < paragraph.size(); i++) {
      if (random.nextDouble() < 0.3) {
        PlannedSentence a = paragraph.get(i);
        PlannedSentence b = paragraph.get(i + 1);
        List<Fragment> merged = Restructurer.merge(a.fragments(), b.fragments());
        if (merged != null) {
          paragraph.set(i, new PlannedSentence(a.templateKey() + "+" + b.templateKey(), merged));
          paragraph.remove(i + 1);
        }
      }
    }
  }

  private List<Fragment> spinSentence(List<Fragment> fragments, List<InjectedChange> changes,
      SplittableRandom random) {
    List<Fragment> out = new ArrayList<>(fragments.size());
    for (Fragment f : fragments) {
      if (f.isLiteral()) {
        out.add(f.withText(swapper.swap(f.text(), 0.9, 0.35, random)));
      } else if (f.slot().changeKind() == ChangeKind.QUOTE) {
        String spun = swapper.swap(f.text(), 0.6, 0.35, random);
        if (!spun.equals(f.text())) {
          changes.add(new InjectedChange(ChangeKind.QUOTE, f.text(), spun));
        }
        out.add(f.withText(spun));
      } else {
        out.add(f);
      }
    }
    return out;
  }

  private List<InjectedChange> injectSome(ArticlePlan plan, Set<ChangeKind> kinds, double rate,
      SplittableRandom random) {
    List<InjectedChange> changes = new ArrayList<>();
    if (random.nextDouble() < rate) {
      addIfPresent(changes, editor.inject(plan, kinds, random));
      if (random.nextDouble() < 1.0 / 3) {
        addIfPresent(changes, editor.inject(plan, kinds, random));
      }
    }
    return changes;
  }

  private static void addIfPresent(List<InjectedChange> changes, InjectedChange change) {
    if (change != null) {
      changes.add(change);
    }
  }

  private void dropSentences(ArticlePlan plan, int count, SplittableRandom random) {
    for (int i = 0; i < count && plan.paragraphs.size() > 2; i++) {
      List<PlannedSentence> p = plan.paragraphs.get(1 + random.nextInt(plan.paragraphs.size() - 1));
      p.remove(random.nextInt(p.size()));
      plan.compact();
    }
  }

  private void addSentences(ArticlePlan copy, ArticlePlan source, int count, SplittableRandom random) {
    Set<String> forbidden = new LinkedHashSet<>(source.sentenceTexts());
    List<PlannedSentence> added = writer.extra(source.story, count, source.templateKeys(), forbidden, random);
    if (added.isEmpty()) {
      return;
    }
    copy.paragraphs.add(random.nextBoolean() ? copy.paragraphs.size() : Math.min(1, copy.paragraphs.size()),
        new ArrayList<>(added));
  }

  private static void forEachSentence(ArticlePlan plan, java.util.function.UnaryOperator<PlannedSentence> op) {
    for (List<PlannedSentence> paragraph : plan.paragraphs) {
      paragraph.replaceAll(op);
    }
  }
}
