package org.wiretrace.testkit;

import org.jspecify.annotations.Nullable;

/**
 * A piece of a rendered sentence: ordinary text (slot null, free to rewrite) or a story fact.
 *
 * @param text the characters
 * @param slot the fact it renders, or null for ordinary text
 */
record Fragment(String text, @Nullable Slot slot) {

  static Fragment literal(String text) {
    return new Fragment(text, null);
  }

  boolean isLiteral() {
    return slot == null;
  }

  Fragment withText(String newText) {
    return new Fragment(newText, slot);
  }
}
