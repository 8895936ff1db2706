/**
 * The web app and JSON API: a Javalin server over an {@link org.wiretrace.store.ArticleStore} and
 * the reuse engine. {@link org.wiretrace.web.WebServer} is the front door; everything else is
 * package-private. Every piece of article text, title and URL is untrusted and escaped by
 * {@link org.wiretrace.web.Html}; errors leave as one JSON problem shape.
 */
@NullMarked
package org.wiretrace.web;

import org.jspecify.annotations.NullMarked;
