package org.wiretrace.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jspecify.annotations.Nullable;

/*
 * Main-text extraction in three steps, after Readability (Arc90 / Mozilla) and boilerpipe's text
 * density features (Kohlschütter, Fankhauser & Nejdl, "Boilerplate detection using shallow text
 * features", WSDM 2010):
 *
 * 1. Clean: drop elements that are never article text (script, style, forms, nav, aside, footer,
 *    figcaption, hidden elements, ARIA navigation/banner/complementary roles) and elements whose
 *    class or id names chrome (ad, share, related, comments, newsletter, sidebar ...) unless the same
 *    class or id also names content (article, body, content, story ...).
 * 2. Choose the container: score each paragraph's parent by the paragraph's text length (its
 *    grandparent by half), the Readability scheme; a semantic container ([itemprop=articleBody],
 *    <article>, <main>, [role=main]) wins when it holds at least 60% of the best-scoring container's
 *    paragraph text, so an <article> used for a teaser card cannot steal the page.
 * 3. Emit blocks: walk the container iteratively, cutting text at block-level elements; drop blocks
 *    whose link density (characters inside <a> over all characters) exceeds 0.5, the boilerpipe
 *    signal for navigation and link lists.
 *
 * Every walk is iterative (jsoup's NodeTraversor) and the parser caps nesting depth, so a page with
 * 100,000 nested elements cannot overflow the stack; selectors used are linear in the page size.
 */

/** Extracts the main article text of an HTML page as paragraphs. Thread-safe. */
final class HtmlArticleExtractor {

  private static final String NEVER_TEXT = "script, style, noscript, template, iframe, object, embed, svg,"
      + " canvas, form, button, input, select, textarea, nav, aside, footer, figcaption, dialog, menu,"
      + " [hidden], [aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo],"
      + " [role=complementary], [role=search], [role=dialog], [style~=display:\\s*none]";

  private static final Pattern CHROME_NAME = Pattern.compile(
      "(?:^|[-_\\s])(ads?|adv|advert|advertisement|banner|breadcrumbs?|byline-share|comments?|cookie|"
          + "disqus|footer|masthead|menu|modal|nav|navbar|newsletter|outbrain|pagination|paywall|popup|"
          + "promo|related|share|sharing|sidebar|social|sponsored|subscribe|subscription|taboola|"
          + "tags|teaser|toolbar|trending|widget)(?:$|[-_\\s])");

  private static final Pattern CONTENT_NAME = Pattern.compile(
      "(?:^|[-_\\s])(article|articlebody|body|content|entry|main|post|story|text)(?:$|[-_\\s])");

  private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li",
      "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "section", "article", "main", "header", "table",
      "tr", "td", "th", "br", "hr", "figure", "address", "center");

  private static final double SEMANTIC_SHARE = 0.6;
  private static final double MAX_LINK_DENSITY = 0.5;

  private HtmlArticleExtractor() {}

  /**
   * Extracts the main text. The document is modified (chrome removed).
   *
   * @param doc the parsed page
   * @param maxDepth deepest nesting, below the container, whose text is read
   * @return the paragraphs joined by blank lines; empty when the page has no text
   */
  static String extract(Document doc, int maxDepth) {
    clean(doc);
    Element container = container(doc);
    return container == null ? "" : String.join("\n\n", blocks(container, maxDepth));
  }

  private static void clean(Document doc) {
    doc.select(NEVER_TEXT).remove();
    List<Element> chrome = new ArrayList<>();
    for (Element e : doc.body() == null ? new Elements() : doc.body().getAllElements()) {
      if (isChrome(e)) {
        chrome.add(e);
      }
    }
    chrome.forEach(Element::remove);
    for (Element header : doc.select("header")) {
      if (header.closest("article") == null) {
        header.remove();
      }
    }
  }

  private static boolean isChrome(Element e) {
    String tag = e.normalName();
    if (tag.equals("body") || tag.equals("article") || tag.equals("main") || e.hasAttr("itemprop")) {
      return false;
    }
    String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    return !names.isBlank() && CHROME_NAME.matcher(names).find() && !CONTENT_NAME.matcher(names).find();
  }

  /** The element holding the article text, or null for a page without a body. */
  private static @Nullable Element container(Document doc) {
    Element body = doc.body();
    if (body == null) {
      return null;
    }
    Element scored = bestScored(body);
    int scoredText = scored == null ? 0 : paragraphChars(scored);
    for (String selector : List.of("[itemprop=articleBody]", "article", "main, [role=main]")) {
      Element semantic = largest(doc.select(selector));
      if (semantic != null && paragraphChars(semantic) >= SEMANTIC_SHARE * scoredText
          && paragraphChars(semantic) > 0) {
        return semantic;
      }
    }
    return scored != null ? scored : body;
  }

  private static @Nullable Element largest(Elements candidates) {
    Element best = null;
    int bestChars = -1;
    for (Element e : candidates) {
      int chars = paragraphChars(e);
      if (chars > bestChars) {
        best = e;
        bestChars = chars;
      }
    }
    return best;
  }

  /** Readability scoring: each paragraph adds its length to its parent, half to its grandparent. */
  private static @Nullable Element bestScored(Element body) {
    java.util.Map<Element, Double> scores = new java.util.IdentityHashMap<>();
    for (Element p : body.select("p, pre, blockquote")) {
      int length = p.text().length();
      if (length >= 25 && p.parent() != null) {
        scores.merge(p.parent(), (double) length, Double::sum);
        Element grand = p.parent().parent();
        if (grand != null) {
          scores.merge(grand, length / 2.0, Double::sum);
        }
      }
    }
    Element best = null;
    double bestScore = 0;
    for (var entry : scores.entrySet()) {
      if (entry.getValue() > bestScore) {
        best = entry.getKey();
        bestScore = entry.getValue();
      }
    }
    return best;
  }

  private static int paragraphChars(Element e) {
    int chars = 0;
    for (Element p : e.select("p, pre, blockquote")) {
      chars += p.text().length();
    }
    return chars;
  }

  /** Walks the container, cutting text into blocks at block-level elements. */
  private static List<String> blocks(Element container, int maxDepth) {
    BlockCollector collector = new BlockCollector(maxDepth);
    NodeTraversor.traverse(collector, container);
    collector.cut();
    return collector.blocks;
  }

  /** Collects text blocks with their link density; iterative, depth-capped. */
  private static final class BlockCollector implements NodeVisitor {
    private final int maxDepth;
    private final List<String> blocks = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int linkChars;
    private int linkDepth;

    BlockCollector(int maxDepth) {
      this.maxDepth = maxDepth;
    }

    @Override
    public void head(Node node, int depth) {
      if (depth > maxDepth) {
        return;
      }
      if (node instanceof TextNode t) {
        append(t.text());
      } else if (node instanceof Element e) {
        if (e.normalName().equals("a")) {
          linkDepth++;
        }
        if (BLOCKS.contains(e.normalName())) {
          cut();
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (depth > maxDepth || !(node instanceof Element e)) {
        return;
      }
      if (e.normalName().equals("a")) {
        linkDepth--;
      }
      if (BLOCKS.contains(e.normalName())) {
        cut();
      }
    }

    private void append(String s) {
      if (s.isBlank()) {
        if (!text.isEmpty()) {
          text.append(' ');
        }
        return;
      }
      text.append(s);
      if (linkDepth > 0) {
        linkChars += s.length();
      }
    }

    void cut() {
      String block = text.toString().replaceAll("[\\s\\u00a0]+", " ").strip();
      if (!block.isEmpty() && (double) linkChars / block.length() <= MAX_LINK_DENSITY) {
        blocks.add(block);
      }
      text.setLength(0);
      linkChars = 0;
    }
  }
}
