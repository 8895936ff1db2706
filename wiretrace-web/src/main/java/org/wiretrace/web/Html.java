package org.wiretrace.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.wiretrace.report.HtmlReportWriter;

/**
 * A tiny HTML tree whose text and attribute values are always escaped, so untrusted article text,
 * titles and URLs can only ever become text. Tag and attribute names come from code and are
 * checked; there is no way to add raw markup. URL attributes accept only http(s) and same-site
 * paths, so a {@code javascript:} URL in an article never becomes a link.
 */
final class Html {

  private static final Pattern NAME = Pattern.compile("[a-z][a-zA-Z0-9-]*");
  private static final Pattern SAFE_URL = Pattern.compile("(?i)(https?://|/(?![/\\\\])|#|\\?)[^\\s]*");
  private static final List<String> URL_ATTRIBUTES = List.of("href", "src", "action", "formaction");
  private static final List<String> VOID_ELEMENTS =
      List.of("meta", "link", "br", "hr", "img", "input", "wbr");

  private Html() {}

  /** A piece of an HTML document. */
  sealed interface Node permits Tag, Text {
    /**
     * Appends this node's markup.
     *
     * @param out where to write
     */
    void render(StringBuilder out);
  }

  /**
   * Escaped text.
   *
   * @param value the characters as they should appear to the reader
   */
  record Text(String value) implements Node {
    @Override
    public void render(StringBuilder out) {
      escapeTo(value, out);
    }
  }

  /** An element with attributes and children. */
  static final class Tag implements Node {
    private final String name;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final List<Node> children = new ArrayList<>();

    private Tag(String name) {
      this.name = checkName(name);
    }

    /**
     * Sets an attribute; a null value leaves it out. URL attributes must be http(s) or site paths.
     *
     * @param attribute the attribute name, from code
     * @param value the value, escaped when written
     * @return this tag
     */
    Tag attr(String attribute, @Nullable Object value) {
      if (value != null) {
        String text = String.valueOf(value);
        if (URL_ATTRIBUTES.contains(attribute) && !isSafeUrl(text)) {
          return this;
        }
        attributes.put(checkName(attribute), text);
      }
      return this;
    }

    /**
     * Adds a CSS class.
     *
     * @param cls the class name
     * @return this tag
     */
    Tag cls(String cls) {
      attributes.merge("class", cls, (a, b) -> a + " " + b);
      return this;
    }

    /**
     * Adds escaped text.
     *
     * @param text the text; null adds nothing
     * @return this tag
     */
    Tag text(@Nullable Object text) {
      if (text != null) {
        children.add(new Text(String.valueOf(text)));
      }
      return this;
    }

    /**
     * Adds child nodes.
     *
     * @param nodes the children
     * @return this tag
     */
    Tag add(Node... nodes) {
      children.addAll(List.of(nodes));
      return this;
    }

    /**
     * Adds child nodes.
     *
     * @param nodes the children
     * @return this tag
     */
    Tag addAll(List<? extends Node> nodes) {
      children.addAll(nodes);
      return this;
    }

    @Override
    public void render(StringBuilder out) {
      out.append('<').append(name);
      attributes.forEach((key, value) -> {
        out.append(' ').append(key).append("=\"");
        escapeTo(value, out);
        out.append('"');
      });
      out.append('>');
      if (VOID_ELEMENTS.contains(name)) {
        return;
      }
      children.forEach(child -> child.render(out));
      out.append("</").append(name).append('>');
    }

    @Override
    public String toString() {
      StringBuilder out = new StringBuilder();
      render(out);
      return out.toString();
    }
  }

  /**
   * Starts an element.
   *
   * @param name the tag name, from code
   * @return the element
   */
  static Tag tag(String name) {
    return new Tag(name);
  }

  /**
   * Returns escaped text as a node.
   *
   * @param value the text
   * @return the node
   */
  static Text text(String value) {
    return new Text(value);
  }

  /**
   * Escapes text for use in HTML content and quoted attribute values.
   *
   * @param value untrusted text
   * @return the escaped text
   */
  static String escape(String value) {
    StringBuilder out = new StringBuilder(value.length() + 16);
    escapeTo(value, out);
    return out.toString();
  }

  /**
   * Returns whether a URL may be used in a link: http(s) or a path on this site.
   *
   * @param url the URL, untrusted
   * @return true when safe to put in {@code href}
   */
  static boolean isSafeUrl(String url) {
    return SAFE_URL.matcher(url).matches() && url.chars().noneMatch(Character::isISOControl);
  }

  private static void escapeTo(String value, StringBuilder out) {
    out.append(HtmlReportWriter.escape(value));
  }


  private static String checkName(String name) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "HTML name '" + name.toLowerCase(Locale.ROOT) + "' is not a plain tag or attribute name");
    }
    return name;
  }
}
