package org.wiretrace.changes;

import java.util.List;
import org.wiretrace.model.Span;

/**
 * Words inside quotation marks, with who said them when the passage says so.
 *
 * @param span the quoted words, absolute, without the marks
 * @param words the lexical tokens inside the marks
 * @param speaker the speaker's name key (see {@link EntityNames#key}), or empty when unknown
 * @param speakerName the speaker's name as written, or empty
 */
record Quotation(Span span, List<WordToken> words, String speaker, String speakerName) {

  /** Returns the quoted words' normalised forms. */
  List<String> norms() {
    return words.stream().map(WordToken::norm).toList();
  }

  /** Returns the stems of the quoted content words. */
  List<String> contentStems() {
    return words.stream().map(WordToken::norm).filter(w -> !FunctionWords.isFunction(w))
        .map(FunctionWords::stem).toList();
  }
}
