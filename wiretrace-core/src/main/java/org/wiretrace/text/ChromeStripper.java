package org.wiretrace.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wiretrace.model.ChromeKind;
import org.wiretrace.model.PublishedTime;
import org.wiretrace.model.Span;
import org.wiretrace.model.StrippedChrome;

/**
 * Recognises site chrome lines ("More Stories", "Give Your Comments", "Publish : 2023-03-21
 * 10:03:00", photo credits, author bios) so they can be left out of the cleaned text and recorded.
 *
 * <p>Rules are line-level patterns plus one shape rule for taglines/bios; lines that the corpus shows
 * repeated across an outlet's articles are passed in as {@code boilerplate}. Thread-safe.
 */
public final class ChromeStripper {

  private record Rule(ChromeKind kind, Pattern pattern, String reason) {}

  private static final List<Rule> LINE_RULES = List.of(
      rule(ChromeKind.NAVIGATION,
          "(more|related|recommended|top|latest|trending|popular) (stories|articles|news|posts|reads)"
              + "|read more|see also|also read|you may also like|advertisement|watch\\s*[|:].*",
          "navigation teaser line"),
      rule(ChromeKind.COMMENT_PROMPT,
          "(give|leave|post|add|write|share) (your |a )?comments?\\.?|comments?( \\(\\d+\\))?"
              + "|join the (conversation|discussion)",
          "comment prompt line"),
      rule(ChromeKind.SHARE_PROMPT,
          "(share|tweet|email|print)( (this|on|article|story))?.{0,30}"
              + "|(subscribe|sign up)( to| for)? (our|the) newsletter.*|follow us on .{1,40}",
          "share or subscribe prompt"),
      rule(ChromeKind.CREDIT_LINE,
          "(with files from|reporting by|additional reporting by|editing by|writing by|compiled by)\\b.{1,200}",
          "agency or staff credit line"),
      rule(ChromeKind.PHOTO_CREDIT,
          ".{0,300}\\((photo|photos|image|picture|credit|photograph)s?\\s*:[^)]*\\)\\s*",
          "photo caption ending in a photo credit"));

  private static final Pattern PUBLISH_LINE = Pattern.compile(
      "(?i)\\s*(publish|published|posted|updated|date)\\s*(on|at)?\\s*[:|-]?\\s*"
          + "(\\d{4}-\\d{2}-\\d{2}(?:[ T]\\d{2}:\\d{2}(?::\\d{2})?)?(?:Z|[+-]\\d{2}:?\\d{2})?)\\s*");

  private static Rule rule(ChromeKind kind, String regex, String reason) {
    return new Rule(kind, Pattern.compile("(?i)\\s*(?:" + regex + ")\\s*"), reason);
  }

  /** What the stripper decided for one line. */
  public record Verdict(StrippedChrome chrome, Optional<PublishedTime> published) {}

  /**
   * Classifies one line of text.
   *
   * @param line the line's characters
   * @param span where the line is in the original text
   * @param isLast whether this is the article's last non-empty line (where bios stand)
   * @param boilerplate normalised lines known to repeat across the outlet's articles
   * @return the verdict, or empty when the line is content
   */
  public Optional<Verdict> classify(String line, Span span, boolean isLast, Set<String> boilerplate) {
    Matcher publish = PUBLISH_LINE.matcher(line);
    if (publish.matches()) {
      Optional<PublishedTime> time = PublishedTime.parse(publish.group(3), "text");
      return Optional.of(new Verdict(
          new StrippedChrome(ChromeKind.PUBLISH_LINE, span, line, "publication date line"), time));
    }
    for (Rule rule : LINE_RULES) {
      if (rule.pattern().matcher(line).matches()) {
        return Optional.of(new Verdict(new StrippedChrome(rule.kind(), span, line, rule.reason()), Optional.empty()));
      }
    }
    if (boilerplate.contains(normaliseLine(line))) {
      return Optional.of(new Verdict(new StrippedChrome(ChromeKind.OUTLET_BOILERPLATE, span, line,
          "line repeated in many articles of this outlet"), Optional.empty()));
    }
    if (isLast && looksLikeTagline(line)) {
      return Optional.of(new Verdict(new StrippedChrome(ChromeKind.AUTHOR_BIO, span, line,
          "author tagline: a closing run of short verbless fragments"), Optional.empty()));
    }
    return Optional.empty();
  }

  /**
   * Normalises a line for boilerplate counting: case-folded, quotes and spaces collapsed.
   *
   * @param line the line
   * @return its key
   */
  public static String normaliseLine(String line) {
    return line.strip().toLowerCase(Locale.ROOT).replaceAll("[\"'“”‘’]", "").replaceAll("\\s+", " ");
  }

  /**
   * An author tagline such as "Subtly charming student. Pop culture junkie. Creator." is three or
   * more fragments of at most four words, none of which reads like a clause.
   */
  private static boolean looksLikeTagline(String line) {
    String body = line.strip().replaceAll("^[\"“']+|[\"”']+$", "");
    String[] fragments = body.split("[.!]\\s*");
    List<String> parts = new ArrayList<>();
    for (String f : fragments) {
      if (!f.isBlank()) {
        parts.add(f.strip());
      }
    }
    if (parts.size() < 3) {
      return false;
    }
    for (String part : parts) {
      String[] words = part.split("\\s+");
      if (words.length > 4 || CLAUSE_WORDS.matcher(part).find()) {
        return false;
      }
    }
    return true;
  }

  private static final Pattern CLAUSE_WORDS = Pattern.compile(
      "(?i)\\b(is|are|was|were|said|says|has|have|had|will|would|did|does|the)\\b");
}
