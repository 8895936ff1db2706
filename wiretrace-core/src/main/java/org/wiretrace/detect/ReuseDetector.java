package org.wiretrace.detect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.wiretrace.align.SentenceEmbedder;
import org.wiretrace.align.SentencePairJudge;
import org.wiretrace.candidate.CandidateIndex;
import org.wiretrace.candidate.Fingerprints;
import org.wiretrace.candidate.InMemoryCandidateIndex;
import org.wiretrace.cluster.ReuseLink;
import org.wiretrace.cluster.StoryCluster;
import org.wiretrace.cluster.StoryGrouper;
import org.wiretrace.model.Article;
import org.wiretrace.model.ArticleId;
import org.wiretrace.provenance.Direction;
import org.wiretrace.provenance.DirectionStatus;
import org.wiretrace.report.ArticleSummary;
import org.wiretrace.report.CorpusReport;
import org.wiretrace.report.Relation;
import org.wiretrace.report.RelationKind;
import org.wiretrace.store.ArticleStore;

/**
 * The front door of Wiretrace: finds who copied whom, how, and what the copy changed.
 *
 * <p>Pipeline: every article is analysed once (tokens, sentence vectors, profiles, shingles, MinHash
 * signature, fingerprint terms); candidate pairs come from a {@link CandidateIndex} over the
 * fingerprints, in tiers — MinHash LSH bands for near-verbatim copies, anchor pairs and spot
 * signatures for edited and spun copies, nearest sentence vectors for paraphrases — so that not all
 * pairs are compared; each candidate pair is aligned sentence by sentence, its changes flagged, its
 * direction decided and its relation classified; finally, articles linked by any relation are
 * grouped into stories. Output is sorted and deterministic for a given config and embedder.
 *
 * <p>Thread-safe; per-article analyses are cached (bounded, by article id).
 */
public final class ReuseDetector {

  private static final int CACHE_SIZE = 4096;
  /** Articles whose distinct sentences are embedded in one call before they are analysed. */
  private static final int EMBED_AHEAD = 500;

  private final DetectorConfig config;
  private final SentenceEmbedder embedder;
  private final ArticleAnalyzer analyzer;
  private final PairJudge judge;
  private final EventEvidence events;
  private final PairJudgements judgements;
  private final JudgementKeys keys;
  private final Map<ArticleId, ArticleAnalysis> cache =
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ArticleId, ArticleAnalysis> eldest) {
          return size() > CACHE_SIZE;
        }
      };

  /**
   * Creates a detector.
   *
   * @param config validated settings
   * @param embedder the sentence embedder ({@link org.wiretrace.align.LexicalEmbedder} when no
   *     model is available)
   */
  public ReuseDetector(DetectorConfig config, SentenceEmbedder embedder) {
    this(config, embedder, PairJudgements.NONE);
  }

  /**
   * Creates a detector that remembers its pair judgements: a candidate pair judged before (same code,
   * settings, embedder and article content) is read back instead of aligned again, and every new
   * judgement is handed to {@code judgements}. Results are the same as without them.
   *
   * @param config validated settings
   * @param embedder the sentence embedder
   * @param judgements where pair judgements are kept, e.g. a store's
   */
  public ReuseDetector(DetectorConfig config, SentenceEmbedder embedder, PairJudgements judgements) {
    this.config = config;
    this.embedder = embedder;
    this.analyzer = new ArticleAnalyzer(config, embedder);
    this.judge = new PairJudge(config, SentencePairJudge.forEmbedder(embedder.modelName()));
    this.events = new EventEvidence(config.storyMaxDays());
    this.judgements = judgements;
    this.keys = new JudgementKeys(paramsStamp(config, embedder), config.settings());
  }

  /**
   * Returns the settings.
   *
   * @return the config
   */
  public DetectorConfig config() {
    return config;
  }

  /**
   * Returns the stamp this detector puts on every {@link Fingerprints}: the sketch parameters plus
   * the embedder's model. A persistent candidate index is created with it and refuses any other.
   *
   * @return e.g. {@code minhash:k5:p128:s42:b42x3:all-minilm-l6-v2-q/mean/384/ort-1.20.0}
   */
  public String paramsStamp() {
    return paramsStamp(config, embedder);
  }

  /**
   * Returns the stamp a detector with these settings and this embedder puts on its fingerprints,
   * without building the detector (e.g. to open a store before the embedding cache exists).
   *
   * @param config the settings
   * @param embedder the sentence embedder
   * @return the stamp, as {@link #paramsStamp()}
   */
  public static String paramsStamp(DetectorConfig config, SentenceEmbedder embedder) {
    return config.sketch().stamp() + ":" + embedder.modelName();
  }

  /**
   * Finds all reuse and story relations in a set of articles.
   *
   * @param articles the articles; ids must be unique
   * @return the report: articles, stories and relations above UNRELATED, all sorted
   * @throws IllegalArgumentException when two articles share an id
   */
  public CorpusReport analyze(Collection<Article> articles) {
    List<ArticleAnalysis> analyses = analyses(articles);
    Map<ArticleId, ArticleAnalysis> byId = new TreeMap<>();
    for (ArticleAnalysis a : analyses) {
      byId.put(a.article().id(), a);
    }
    List<CandidatePair> pairs = candidatePairs(analyses);
    List<Relation> relations = pairs.parallelStream()
        .map(p -> relation(p, byId))
        .filter(r -> r != null && r.kind() != org.wiretrace.report.RelationKind.UNRELATED)
        .toList();
    judgements.flush();
    return report(analyses, relations, nameCounts(analyses));
  }

  private static NameCounts nameCounts(List<ArticleAnalysis> analyses) {
    return NameCounts.count(analyses.stream().map(ArticleAnalysis::entities).toList());
  }

  private List<Relation> annotate(List<Relation> relations, Map<ArticleId, ArticleAnalysis> byId) {
    return CommonSource.annotate(relations,
        direction -> judge.oriented(byId.get(direction.source()), byId.get(direction.derived()), direction));
  }

  /**
   * Judges a candidate pair exactly as {@link #analyze} does: fully (alignment, change flags,
   * direction, kind) when the candidate search saw enough evidence, else for story membership only.
   * For callers that run the candidate search themselves, e.g. the Spark job.
   *
   * @param first the pair's article with the lower id
   * @param second the other article
   * @param sharedTerms the most fingerprint terms either article's search saw shared
   * @param vectorMatches the most sentence-vector matches either article's search saw
   * @return the relation (UNRELATED included), or null when the story-only check finds none
   */
  public @org.jspecify.annotations.Nullable Relation verify(Article first, Article second, int sharedTerms, int vectorMatches) {
    return judgeCandidate(analysis(first), analysis(second), sharedTerms, vectorMatches);
  }

  /**
   * Finishes a report from relations judged elsewhere, as {@link #analyze} finishes its own: adds the
   * corpus-level direction notes (common sources explained by a third article) and groups the articles
   * into stories. For callers that run the candidate search and {@link #verify} themselves, e.g. the
   * Spark job, which calls it per connected group of related articles: both steps depend only on
   * relations inside such a group, and on how many articles mention each name, here counted over the
   * given articles (see {@link #report(Collection, List, NameCounts)} for a run split in groups).
   *
   * @param articles the articles the relations connect (ids unique)
   * @param relations relations from {@link #verify}, UNRELATED and null left out, sorted by ids
   * @return the report: articles, stories and relations, all sorted
   */
  public CorpusReport report(Collection<Article> articles, List<Relation> relations) {
    return report(articles, relations, null);
  }

  /**
   * Finishes a report as {@link #report(Collection, List)} does, with name counts taken over the
   * whole run: a caller that reports a run group by group passes the counts of all its articles
   * ({@link #names} of each, counted), so stories come out as {@link #analyze} groups them.
   *
   * @param articles the articles the relations connect (ids unique)
   * @param relations relations from {@link #verify}, UNRELATED and null left out, sorted by ids
   * @param counts how many articles of the whole run mention each name; null counts the given articles
   * @return the report: articles, stories and relations, all sorted
   */
  public CorpusReport report(Collection<Article> articles, List<Relation> relations,
      @org.jspecify.annotations.Nullable NameCounts counts) {
    List<Article> sorted = new ArrayList<>(articles);
    sorted.sort(Article.BY_ID);
    List<ArticleAnalysis> analyses = new ArrayList<>();
    Map<ArticleId, ArticleAnalysis> byId = new TreeMap<>();
    for (Article a : sorted) {
      ArticleAnalysis analysis = analysis(a);
      analyses.add(analysis);
      byId.put(a.id(), analysis);
    }
    return report(analyses, relations, counts != null ? counts : nameCounts(analyses));
  }

  /**
   * Returns an article's names as story grouping counts them: hashed stems of the capitalised words
   * that do not open their sentence, distinct and sorted. Cheap (no sentence vectors).
   *
   * @param article the article
   * @return the names
   */
  public long[] names(Article article) {
    return analyzer.names(article);
  }

  /**
   * Compares two articles.
   *
   * @param a one article
   * @param b another article
   * @return their relation (UNRELATED included); source and derived say the direction
   */
  public Relation compare(Article a, Article b) {
    return judge.judge(analysis(a), analysis(b));
  }

  /**
   * Compares an article with one known to be its source (a reference text, an agency story), so
   * coverage and wording shares are measured on the derived side whatever the content evidence
   * says about direction.
   *
   * @param source the known source
   * @param derived the article to judge against it
   * @return their relation, direction KNOWN
   */
  public Relation compareWithSource(Article source, Article derived) {
    Direction given = new Direction(source.id(), derived.id(), DirectionStatus.KNOWN,
        List.of("the source was given"), false);
    return judge.oriented(analysis(source), analysis(derived), given);
  }

  /**
   * Ranks the likely sources of an article among candidates: relations that are reuse (above
   * SAME_STORY), those where the query is derived first, then by how much of the query they cover.
   *
   * @param query the article whose sources are wanted
   * @param candidates possible sources (e.g. from {@link #candidateArticles})
   * @return reuse relations, best source first
   */
  public List<Relation> trace(Article query, Collection<Article> candidates) {
    ArticleAnalysis q = analysis(query);
    List<Article> sorted = new ArrayList<>(candidates);
    sorted.sort(Article.BY_ID);
    List<Relation> out = new ArrayList<>();
    for (Article c : sorted) {
      if (!c.id().equals(query.id())) {
        Relation r = judged(q, analysis(c), true, false);
        if (r != null && r.kind().isReuse()) {
          out.add(r);
        }
      }
    }
    judgements.flush();
    out.sort(traceOrder(query.id()));
    return out;
  }

  /**
   * Returns an article's fingerprints for a {@link CandidateIndex}.
   *
   * @param article the article
   * @return its terms, sentence vectors and params stamp
   */
  public Fingerprints fingerprints(Article article) {
    return analysis(article).fingerprints();
  }

  /**
   * Returns the fingerprints of a batch of articles, analysed on all cores; the result is the same
   * as calling {@link #fingerprints(Article)} one by one.
   *
   * @param articles the articles; a repeated id keeps the last one's fingerprints
   * @return fingerprints by article id, sorted by id
   */
  public TreeMap<ArticleId, Fingerprints> fingerprints(List<Article> articles) {
    Map<String, float[]> embedded = analyzer.embedAhead(unanalysed(articles));
    List<Fingerprints> prints = articles.parallelStream().map(a -> analysis(a, embedded).fingerprints()).toList();
    TreeMap<ArticleId, Fingerprints> out = new TreeMap<>();
    for (int i = 0; i < articles.size(); i++) {
      out.put(articles.get(i).id(), prints.get(i));
    }
    return out;
  }

  /**
   * Searches an index for an article's candidates with the configured limits.
   *
   * @param query the article
   * @param index the candidate index
   * @return hits, the query itself left out
   * @throws IOException when the index cannot be read
   */
  public List<CandidateIndex.Hit> search(Article query, CandidateIndex index) throws IOException {
    List<CandidateIndex.Hit> hits = new ArrayList<>();
    for (CandidateIndex.Hit h : index.search(fingerprints(query), config.termLimit(), config.neighboursPerSentence())) {
      if (!h.id().equals(query.id())) {
        hits.add(h);
      }
    }
    return hits;
  }

  /**
   * Returns the stored articles worth tracing a query against: its index hits with enough evidence
   * for a full judgement ({@link #worthJudging}), loaded from the store in hit order. Hits with less
   * evidence are never judged as reuse by {@link #analyze} either, so leaving them out changes no
   * source {@link #trace} would find from the query's side, and saves their analysis and alignment.
   *
   * @param query the article whose sources are wanted
   * @param index the candidate index
   * @param store where the articles are kept
   * @return the candidate articles
   * @throws IOException when the index or the store cannot be read
   */
  public List<Article> traceCandidates(Article query, CandidateIndex index, ArticleStore store) throws IOException {
    List<CandidateIndex.Hit> judgeable = new ArrayList<>();
    for (CandidateIndex.Hit h : search(query, index)) {
      if (worthJudging(h)) {
        judgeable.add(h);
      }
    }
    return candidateArticles(judgeable, store);
  }

  /**
   * Loads the articles of index hits from a store, in hit order, skipping ids the store lacks.
   *
   * @param hits candidate hits
   * @param store where the articles are kept
   * @return the candidate articles
   * @throws IOException when the store cannot be read
   */
  public List<Article> candidateArticles(List<CandidateIndex.Hit> hits, ArticleStore store) throws IOException {
    List<Article> out = new ArrayList<>(hits.size());
    for (CandidateIndex.Hit h : hits) {
      Optional<Article> a = store.get(h.id());
      a.ifPresent(out::add);
    }
    return out;
  }

  private List<ArticleAnalysis> analyses(Collection<Article> articles) {
    List<Article> sorted = new ArrayList<>(articles);
    sorted.sort(Article.BY_ID);
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).id().equals(sorted.get(i - 1).id())) {
        throw new IllegalArgumentException(
            "two articles share the id '" + sorted.get(i).id() + "'; give every article a unique id");
      }
    }
    List<ArticleAnalysis> out = new ArrayList<>(sorted.size());
    for (int from = 0; from < sorted.size(); from += EMBED_AHEAD) {
      List<Article> chunk = sorted.subList(from, Math.min(sorted.size(), from + EMBED_AHEAD));
      Map<String, float[]> embedded = analyzer.embedAhead(chunk);
      out.addAll(chunk.parallelStream().map(a -> analyzer.analyze(a, embedded)).toList());
    }
    return out;
  }

  /** The articles whose analysis is not cached, i.e. whose sentences may still need embedding. */
  private List<Article> unanalysed(List<Article> articles) {
    List<Article> out = new ArrayList<>();
    synchronized (cache) {
      for (Article a : articles) {
        ArticleAnalysis cached = cache.get(a.id());
        if (cached == null || !cached.article().equals(a)) {
          out.add(a);
        }
      }
    }
    return out;
  }

  private ArticleAnalysis analysis(Article article) {
    return analysis(article, Map.of());
  }

  private ArticleAnalysis analysis(Article article, Map<String, float[]> embedded) {
    synchronized (cache) {
      ArticleAnalysis cached = cache.get(article.id());
      if (cached != null && cached.article().equals(article)) {
        return cached;
      }
    }
    ArticleAnalysis fresh = analyzer.analyze(article, embedded);
    synchronized (cache) {
      cache.put(article.id(), fresh);
    }
    return fresh;
  }

  /** A candidate pair in id order with the strongest index evidence seen from either side. */
  private record CandidatePair(ArticleId first, ArticleId second, int sharedTerms, int vectorMatches) {}

  private @org.jspecify.annotations.Nullable Relation relation(CandidatePair p, Map<ArticleId, ArticleAnalysis> byId) {
    return judged(byId.get(p.first()), byId.get(p.second()), worthJudging(p.sharedTerms(), p.vectorMatches()), false);
  }

  private @org.jspecify.annotations.Nullable Relation judgeCandidate(ArticleAnalysis a, ArticleAnalysis b, int sharedTerms, int vectorMatches) {
    return judged(a, b, worthJudging(sharedTerms, vectorMatches), true);
  }

  /**
   * Tells whether a candidate hit carries enough index evidence for a full judgement (alignment,
   * change flags, direction, kind); with less, {@link #analyze} checks the pair for story membership
   * only.
   *
   * @param hit a hit of {@link #search}
   * @return true when the hit shares at least {@code verifyTerms} terms or {@code verifyVectors}
   *     sentence-vector matches
   */
  public boolean worthJudging(CandidateIndex.Hit hit) {
    return worthJudging(hit.sharedTerms(), hit.vectorMatches());
  }

  /**
   * Tells whether index evidence is enough for a full judgement, as {@link #worthJudging(CandidateIndex.Hit)}.
   *
   * @param sharedTerms the most fingerprint terms either side's search saw shared
   * @param vectorMatches the most sentence-vector matches either side's search saw
   * @return true when a full judgement is due
   */
  public boolean worthJudging(int sharedTerms, int vectorMatches) {
    return sharedTerms >= config.verifyTerms() || vectorMatches >= config.verifyVectors();
  }

  /**
   * Judges a pair fully or for its story only, reading the judgement back when it is remembered and
   * remembering it otherwise. The pair is taken in id order, as both judgements are symmetric. An
   * UNRELATED judgement remembered by its kind alone ({@link PairJudgements.Remembered#UNRELATED})
   * comes back as null unless {@code detail} asks for the relation, which is then judged again.
   */
  private @org.jspecify.annotations.Nullable Relation judged(ArticleAnalysis x, ArticleAnalysis y, boolean full,
      boolean detail) {
    boolean ordered = x.article().id().compareTo(y.article().id()) <= 0;
    ArticleAnalysis a = ordered ? x : y;
    ArticleAnalysis b = ordered ? y : x;
    String key = keys.key(a.article(), b.article(), full);
    PairJudgements.Remembered remembered = judgements.recall(key);
    if (remembered != null && !(detail && remembered.unrelatedOnly())) {
      return remembered.relation();
    }
    Relation fresh = full ? judge.judge(a, b) : judge.storyOnly(a, b);
    if (remembered == null) {
      judgements.remember(key, fresh);
    }
    return fresh;
  }

  private List<CandidatePair> candidatePairs(List<ArticleAnalysis> analyses) {
    InMemoryCandidateIndex index = new InMemoryCandidateIndex(config.seed());
    for (ArticleAnalysis a : analyses) {
      index.put(a.article().id(), a.fingerprints());
    }
    List<List<CandidateIndex.Hit>> hitsPerArticle = analyses.parallelStream()
        .map(a -> index.search(a.fingerprints(), config.termLimit(), config.neighboursPerSentence()))
        .toList();
    return mergedPairs(analyses.stream().map(a -> a.article().id()).toList(), hitsPerArticle);
  }

  /**
   * Merges each article's hits into candidate pairs in id order, each with the strongest evidence
   * seen from either side; self hits are left out. Sorted by ids.
   */
  private static List<CandidatePair> mergedPairs(List<ArticleId> selves, List<List<CandidateIndex.Hit>> hits) {
    Map<String, CandidatePair> pairs = new TreeMap<>();
    for (int i = 0; i < selves.size(); i++) {
      ArticleId self = selves.get(i);
      for (CandidateIndex.Hit h : hits.get(i)) {
        if (!h.id().equals(self)) {
          merge(pairs, self, h);
        }
      }
    }
    return new ArrayList<>(pairs.values());
  }

  /**
   * Detection at ingest: searches the candidates of newly stored articles in a persistent index and
   * judges every pair with enough evidence, merging the evidence of both searches of a pair of two new
   * articles as {@link #analyze} does, so that the {@link PairJudgements} given at construction
   * remember them for later reports. Runs on all cores; flushes the judgements at the end.
   *
   * @param fresh the new articles, already stored and fingerprinted in {@code index}
   * @param index the candidate index holding them
   * @param store the store holding them and their candidates
   * @throws IOException when the index or the store cannot be read
   */
  public void judgeNew(List<Article> fresh, CandidateIndex index, ArticleStore store) throws IOException {
    Map<ArticleId, Article> known = new HashMap<>();
    fresh.forEach(a -> known.put(a.id(), a));
    List<List<CandidateIndex.Hit>> hits;
    try {
      hits = fresh.parallelStream().map(a -> uncheckedSearch(a, index)).toList();
      mergedPairs(fresh.stream().map(Article::id).toList(), hits).parallelStream()
          .filter(p -> worthJudging(p.sharedTerms(), p.vectorMatches()))
          .forEach(p -> judgeStored(p, known, store));
    } catch (UncheckedIOException e) {
      throw new IOException(e.getMessage(), e.getCause());
    }
    judgements.flush();
  }

  private List<CandidateIndex.Hit> uncheckedSearch(Article article, CandidateIndex index) {
    try {
      return search(article, index);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot search the candidates of '" + article.id() + "'", e);
    }
  }

  private void judgeStored(CandidatePair p, Map<ArticleId, Article> known, ArticleStore store) {
    try {
      Article first = known.containsKey(p.first()) ? known.get(p.first()) : store.get(p.first()).orElse(null);
      Article second = known.containsKey(p.second()) ? known.get(p.second()) : store.get(p.second()).orElse(null);
      if (first != null && second != null) {
        judged(analysis(first), analysis(second), true, false);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the candidate pair " + p.first() + ", " + p.second(), e);
    }
  }

  private static void merge(Map<String, CandidatePair> pairs, ArticleId self, CandidateIndex.Hit h) {
    boolean first = self.compareTo(h.id()) < 0;
    ArticleId a = first ? self : h.id();
    ArticleId b = first ? h.id() : self;
    pairs.merge(a + "\u0000" + b, new CandidatePair(a, b, h.sharedTerms(), h.vectorMatches()),
        (x, y) -> new CandidatePair(a, b, Math.max(x.sharedTerms(), y.sharedTerms()),
            Math.max(x.vectorMatches(), y.vectorMatches())));
  }

  private CorpusReport report(List<ArticleAnalysis> analyses, List<Relation> relations, NameCounts counts) {
    List<ArticleSummary> summaries = new ArrayList<>();
    List<ArticleId> ids = new ArrayList<>();
    Map<ArticleId, ArticleAnalysis> byId = new HashMap<>();
    for (ArticleAnalysis a : analyses) {
      summaries.add(ArticleSummary.of(a.article()));
      ids.add(a.article().id());
      byId.put(a.article().id(), a);
    }
    List<Relation> reported = annotate(withoutTemplates(relations, byId, eventNames(analyses, relations, byId, counts)), byId);
    List<ReuseLink> links = links(reported, byId, eventNames(analyses, reported, byId, counts));
    List<StoryCluster> grouped = new StoryGrouper().group(ids, links);
    List<Relation> sorted = withinStories(reported, grouped);
    sorted.sort(Comparator.comparing(Relation::source).thenComparing(Relation::derived));
    List<StoryCluster> stories = ProvenanceTrees.attach(grouped, sorted, summaries);
    Map<String, String> settings = new TreeMap<>(config.settings());
    settings.put("embedder", embedder.modelName());
    return new CorpusReport(summaries, stories, sorted, settings);
  }

  /**
   * The rarity-weighted names of a run ({@link EventNames}), counted outside reuse families: articles
   * joined by confident reuse within one event's time window.
   */
  private EventNames eventNames(List<ArticleAnalysis> analyses, List<Relation> relations,
      Map<ArticleId, ArticleAnalysis> byId, NameCounts counts) {
    List<ArticleId[]> strong = new ArrayList<>();
    for (Relation r : relations) {
      if (r.kind() != RelationKind.SAME_STORY
          && events.weight(r, byId.get(r.source()).article(), byId.get(r.derived()).article()) >= StoryGrouper.STRONG_REUSE) {
        strong.add(new ArticleId[] {r.source(), r.derived()});
      }
    }
    return new EventNames(analyses, strong, counts);
  }

  /**
   * Leaves out reuse relations between reports of two different events written from one template
   * ({@link EventEvidence#template}): stock wording filled with another event's facts is not a copy.
   */
  private List<Relation> withoutTemplates(List<Relation> relations, Map<ArticleId, ArticleAnalysis> byId,
      EventNames names) {
    List<Relation> kept = new ArrayList<>(relations.size());
    for (Relation r : relations) {
      if (!r.kind().isReuse() || !events.template(byId.get(r.source()), byId.get(r.derived()), names)) {
        kept.add(r);
      }
    }
    return kept;
  }

  /**
   * The story-grouping links: each relation counts by the judgement's confidence, none between
   * articles further apart in time than one event spans, and no more than the two articles share the
   * names of one event ({@link EventEvidence}, {@link EventNames}); the grouper joins confident reuse
   * outright.
   */
  private List<ReuseLink> links(List<Relation> relations, Map<ArticleId, ArticleAnalysis> byId, EventNames names) {
    List<ReuseLink> links = new ArrayList<>();
    for (Relation r : relations) {
      double w = events.weight(r, byId.get(r.source()), byId.get(r.derived()), names);
      links.add(new ReuseLink(r.source(), r.derived(), r.kind().name(),
          r.directionStatus() != DirectionStatus.UNDETERMINED, w));
    }
    return links;
  }

  /**
   * Drops same-story relations whose articles the grouper put in different stories: SAME_STORY means
   * same event, and the average-linkage grouping is the judgement of that. Reuse relations stay.
   */
  private static List<Relation> withinStories(List<Relation> relations, List<StoryCluster> stories) {
    Map<ArticleId, String> storyOf = new HashMap<>();
    stories.forEach(c -> c.articles().forEach(a -> storyOf.put(a, c.id())));
    List<Relation> kept = new ArrayList<>();
    for (Relation r : relations) {
      if (r.kind() != RelationKind.SAME_STORY || storyOf.get(r.source()).equals(storyOf.get(r.derived()))) {
        kept.add(r);
      }
    }
    return kept;
  }

  private static Comparator<Relation> traceOrder(ArticleId query) {
    return Comparator.comparingInt((Relation r) -> r.derived().equals(query) ? 0 : 1)
        .thenComparingDouble(r -> -(r.derived().equals(query) ? r.derivedCoverage() : r.sourceCoverage()))
        .thenComparingDouble(r -> -r.confidence())
        .thenComparing(r -> r.derived().equals(query) ? r.source() : r.derived());
  }
}
