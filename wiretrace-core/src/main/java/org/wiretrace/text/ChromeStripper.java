package org.wiretrace.text;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.wiretrace.model.ChromeKind;
import org.wiretrace.model.Outlet;
import org.wiretrace.model.PublishedTime;
import org.wiretrace.model.Span;
import org.wiretrace.model.StrippedChrome;

/**
 * Recognises site chrome lines ("More Stories", "Give Your Comments", "Publish : 2023-03-21
 * 10:03:00", photo credits, bylines, copyright notices, author bios) and the framing of wire copy
 * (rules, slug lines, agency bylines, sign-offs; see {@link WireChrome}) so they can be left out of
 * the cleaned text and recorded.
 *
 * <p>Each rule matches a whole line, so a sentence that merely mentions "share" or "photo" is never
 * stripped; only the shape rules for bios look at a line's position (the last lines of the article).
 * Lines that the corpus shows repeated across an outlet's articles are passed in as {@code
 * boilerplate} (see {@link BoilerplateDetector}). A publication line's date is parsed (ISO-8601 or
 * English month names) and offered as the article's published time. Thread-safe.
 */
public final class ChromeStripper {

  /**
   * A whole-line rule. The length cap and the required literal are cheap filters checked before the
   * regex: most content lines fail them, which keeps stripping linear and fast (the regexes with a
   * leading {@code .{0,n}} would otherwise backtrack over every long line).
   */
  private record Rule(ChromeKind kind, int maxChars, @Nullable String mustContain, Pattern pattern, String reason) {

    boolean matches(String line, String lower) {
      return line.length() <= maxChars && (mustContain == null || lower.contains(mustContain))
          && pattern.matcher(line).matches();
    }
  }

  private static final String DATE = "(\\d{4}-\\d{2}-\\d{2}(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?)?(?:Z|[+-]\\d{2}:?\\d{2})?"
      + "|(?:[A-Za-z]{3,9}\\.? \\d{1,2},? \\d{4}|\\d{1,2} [A-Za-z]{3,9},? \\d{4})"
      + "(?:,? (?:at )?\\d{1,2}[:.]\\d{2}(?: ?[AaPp]\\.?[Mm]\\.?)?)?)";

  private static final Pattern PUBLISH_LINE = Pattern.compile(
      "(?i)\\s*(?:publish|published|posted|updated|last updated|date|first published)\\s*(?:on|at)?\\s*[:|-]?\\s*"
          + DATE + "(?:\\s*\\(?(?:[A-Z]{2,4}|GMT|UTC)\\)?)?\\s*");

  private static final List<Rule> LINE_RULES = List.of(
      rule(ChromeKind.NAVIGATION, 250, null,
          "(more|related|recommended|top|latest|trending|popular|most read|editor'?s picks)"
              + " ?(stories|articles|news|posts|reads|content|coverage)?"
              + "|(read more|see also|also read|related|read next|more on this|you may also like|"
              + "recommended for you|watch|listen|video)\\s*[:|>»].{0,200}"
              + "|read more|see also|also read|you may also like|advertisement|sponsored( content)?"
              + "|skip to (main )?content|back to top|scroll (down )?to continue|continue reading.{0,40}"
              + "|click here to .{1,80}|listen to (this )?article.{0,20}|\\d{1,2} min(ute)?s? read",
          "navigation teaser line"),
      rule(ChromeKind.COMMENT_PROMPT, 60, null,
          "(give|leave|post|add|write|share|view|show|read) (your |a |all )?comments?\\.?"
              + "|comments?( \\(\\d+\\))?|\\d+ comments?|join the (conversation|discussion)\\.?",
          "comment prompt line"),
      rule(ChromeKind.SHARE_PROMPT, 200, null,
          "(share|tweet|email|e-mail|print|save)( (this|the))?( (article|story|page|post|link))?"
              + "( (on|via|with|to) [\\w .+-]{1,30})?"
              + "|(subscribe|sign up|register)( now)?( to| for)? (our|the|a) (free )?(daily |weekly )?newsletters?.{0,100}"
              + "|(like|follow) us( on .{1,60})?|follow [\\w .'’-]{1,40} on (facebook|twitter|x|instagram|whatsapp"
              + "|telegram|threads|bluesky|mastodon|linkedin|youtube|tiktok|google news)\\b.{0,40}"
              + "|(download|get) (our|the) app.{0,60}",
          "share or subscribe prompt"),
      rule(ChromeKind.CREDIT_LINE, 250, null,
          "(with files from|reporting by|additional reporting by|editing by|writing by|compiled by)\\b.{1,200}",
          "agency or staff credit line"),
      rule(ChromeKind.CREDIT_LINE, 150, "contributed",
          ".{1,100} contributed (reporting )?to this (report|story|article)\\.?", "agency or staff credit line"),
      rule(ChromeKind.CREDIT_LINE, 250, "rights reserved", ".{0,150}all rights reserved\\.?", "copyright notice"),
      rule(ChromeKind.CREDIT_LINE, 250, null, "(©|\\(c\\)|copyright\\s*(©|\\(c\\))?\\s*\\d{4})\\s*.{0,200}",
          "copyright notice"),
      rule(ChromeKind.PHOTO_CREDIT, 400, ")",
          ".{0,300}\\((?:[\\w.]+ )?(photo|photos|image|picture|credit|photograph|file photo|video)s?\\s*[:/][^)]*\\)\\s*",
          "photo caption ending in a photo credit"),
      rule(ChromeKind.PHOTO_CREDIT, 120, null,
          "(photo|image|picture|photograph|video)s?( credit)?\\s*:\\s*.{1,100}", "photo credit line"));

  /** "By" and one to six capitalised names: how every byline opens. */
  static final String BYLINE_NAMES = "\\s*(?:By|BY|by)\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:and\\s+)?\\p{Lu}[\\p{L}.'’-]*){0,5}";

  /** A byline: "By" and names, optionally ", Outlet"; no closing full stop. */
  private static final Pattern BYLINE = Pattern.compile(BYLINE_NAMES
          + "(?:\\s*[,|·•-]\\s*[^.!?]{1,60})?\\s*");

  /** "Jane Doe is a reporter for ..." as one of the last lines. */
  private static final Pattern BIO_SENTENCE = Pattern.compile(
      "(?i)\\s*[\\p{L}.'’ -]{3,60} (is|was) (a|an|the) ([\\w-]+ ){0,3}(reporter|correspondent|writer|editor|journalist"
          + "|columnist|contributor|producer|author|freelancer|analyst)\\b.{0,250}");

  private static final int MAX_PUBLISH_CHARS = 80;

  private static final Pattern CLAUSE_WORDS = Pattern.compile(
      "(?i)\\b(is|are|was|were|said|says|has|have|had|will|would|did|does|the)\\b");

  private static final Map<String, Integer> MONTHS = months();

  private static Rule rule(ChromeKind kind, int maxChars, @Nullable String mustContain, String regex, String reason) {
    return new Rule(kind, maxChars, mustContain, Pattern.compile("(?i)\\s*(?:" + regex + ")\\s*"), reason);
  }

  /**
   * What the stripper decided for one line.
   *
   * @param chrome the stripped line
   * @param published the publication time the line states, if it is a publication or slug line
   * @param outlet the outlet the line names, if it is a wire byline
   */
  public record Verdict(StrippedChrome chrome, Optional<PublishedTime> published, Optional<Outlet> outlet) {

    /**
     * Creates a verdict that names no outlet.
     *
     * @param chrome the stripped line
     * @param published the publication time the line states, if any
     */
    public Verdict(StrippedChrome chrome, Optional<PublishedTime> published) {
      this(chrome, published, Optional.empty());
    }
  }

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
    return classify(line, span, isLast ? 1 : Integer.MAX_VALUE, boilerplate);
  }

  /**
   * Classifies one line of text, knowing how far it is from the end of the article.
   *
   * @param line the line's characters
   * @param span where the line is in the original text
   * @param fromEnd 1 for the last non-empty line, 2 for the one before, and so on
   * @param boilerplate normalised lines known to repeat across the outlet's articles
   * @return the verdict, or empty when the line is content
   */
  public Optional<Verdict> classify(String line, Span span, int fromEnd, Set<String> boilerplate) {
    Matcher publish = PUBLISH_LINE.matcher(line);
    if (line.length() <= MAX_PUBLISH_CHARS && publish.matches()) {
      return verdict(ChromeKind.PUBLISH_LINE, span, line, "publication date line", parseDate(publish.group(1)));
    }
    Optional<Verdict> wire = WireChrome.classify(line, span, fromEnd);
    if (wire.isPresent()) {
      return wire;
    }
    String lower = line.toLowerCase(Locale.ROOT);
    for (Rule rule : LINE_RULES) {
      if (rule.matches(line, lower)) {
        return verdict(rule.kind(), span, line, rule.reason(), Optional.empty());
      }
    }
    if (BYLINE.matcher(line).matches() && line.length() <= 100) {
      return verdict(ChromeKind.CREDIT_LINE, span, line, "byline", Optional.empty());
    }
    if (boilerplate.contains(normaliseLine(line))) {
      return verdict(ChromeKind.OUTLET_BOILERPLATE, span, line, "line repeated in many articles of this outlet",
          Optional.empty());
    }
    return bio(line, span, fromEnd);
  }

  private static Optional<Verdict> bio(String line, Span span, int fromEnd) {
    if (fromEnd == 1 && looksLikeTagline(line)) {
      return verdict(ChromeKind.AUTHOR_BIO, span, line, "author tagline: a closing run of short verbless fragments",
          Optional.empty());
    }
    if (fromEnd <= 2 && line.length() <= 320 && BIO_SENTENCE.matcher(line).matches()) {
      return verdict(ChromeKind.AUTHOR_BIO, span, line, "author bio sentence at the end of the article",
          Optional.empty());
    }
    return Optional.empty();
  }

  private static Optional<Verdict> verdict(ChromeKind kind, Span span, String line, String reason,
      Optional<PublishedTime> published) {
    return Optional.of(new Verdict(new StrippedChrome(kind, span, line, reason), published));
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
   * Parses the date of a publication line: ISO-8601, or "March 21, 2023" / "21 Mar 2023" with an
   * optional "10:03 AM" time (read as UTC, since the zone is rarely given).
   */
  static Optional<PublishedTime> parseDate(String text) {
    Optional<PublishedTime> iso = PublishedTime.parse(text, "text");
    return iso.isPresent() ? iso : parseEnglishDate(text);
  }

  private static final Pattern ENGLISH_DATE = Pattern.compile(
      "(?:([A-Za-z]{3,9})\\.? (\\d{1,2})|(\\d{1,2}) ([A-Za-z]{3,9}))\\.?,? (\\d{4})"
          + "(?:,? (?:at )?(\\d{1,2})[:.](\\d{2})(?: ?([AaPp])\\.?[Mm]\\.?)?)?");

  private static Optional<PublishedTime> parseEnglishDate(String text) {
    Matcher m = ENGLISH_DATE.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    Integer month = MONTHS.get((m.group(1) != null ? m.group(1) : m.group(4)).toLowerCase(Locale.ROOT));
    int day = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(3));
    if (month == null || day < 1 || day > 31) {
      return Optional.empty();
    }
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(m.group(5)), month, day);
      return Optional.of(m.group(6) == null ? dateOnly(date) : dateTime(date, m));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  private static PublishedTime dateOnly(LocalDate date) {
    return new PublishedTime(date.toString(), date.atStartOfDay().toInstant(ZoneOffset.UTC), true, "text");
  }

  private static PublishedTime dateTime(LocalDate date, Matcher m) {
    int hour = Integer.parseInt(m.group(6)) % 24;
    if (m.group(8) != null) {
      hour = hour % 12 + (m.group(8).equalsIgnoreCase("p") ? 12 : 0);
    }
    LocalDateTime time = date.atTime(LocalTime.of(hour, Integer.parseInt(m.group(7)) % 60));
    return new PublishedTime(time.toString(), time.toInstant(ZoneOffset.UTC), false, "text");
  }

  private static Map<String, Integer> months() {
    String[] names = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december"};
    Map<String, Integer> months = new java.util.HashMap<>();
    for (int i = 0; i < names.length; i++) {
      months.put(names[i], i + 1);
      months.put(names[i].substring(0, 3), i + 1);
    }
    months.put("sept", 9);
    return Map.copyOf(months);
  }

  /**
   * An author tagline such as "Subtly charming student. Pop culture junkie. Creator." is three or
   * more fragments of at most four words, none of which reads like a clause.
   */
  private static boolean looksLikeTagline(String line) {
    String body = line.strip().replaceAll("^[\"“']+|[\"”']+$", "");
    List<String> parts = new ArrayList<>();
    // only a stop before a space or the end closes a fragment: "4.8 billion" and "U.S." are one
    for (String f : body.split("[.!](?:\\s+|$)")) {
      if (!f.isBlank()) {
        parts.add(f.strip());
      }
    }
    if (parts.size() < 3) {
      return false;
    }
    for (String part : parts) {
      if (part.split("\\s+").length > 4 || CLAUSE_WORDS.matcher(part).find()) {
        return false;
      }
    }
    return true;
  }
}
