package org.wiretrace.model;

/** What kind of site chrome was stripped from an article's text. */
public enum ChromeKind {
  /** Navigation teasers such as "More Stories" or "Related articles". */
  NAVIGATION,
  /** Comment prompts such as "Give Your Comments" or "Leave a comment". */
  COMMENT_PROMPT,
  /** A publication date line such as "Publish : 2023-03-21 10:03:00". */
  PUBLISH_LINE,
  /** A photo or image credit such as "(Photo: Reuters)". */
  PHOTO_CREDIT,
  /** An author bio or tagline, typically the last line of the page. */
  AUTHOR_BIO,
  /** Share, subscribe or newsletter prompts. */
  SHARE_PROMPT,
  /** A credit line such as "With files from the Associated Press" or "Reporting by ...". */
  CREDIT_LINE,
  /** A line repeated across many articles of the same outlet (corpus-level evidence). */
  OUTLET_BOILERPLATE,
  /** A rule of dashes, equals signs or similar framing wire copy. */
  RULE_LINE,
  /** A wire slug or header line opening with a date (and time, desk codes, catchline). */
  SLUG_LINE,
  /** A wire sign-off such as "Reuter", "(Reuters)", "MORE" or "ENDS" closing the copy. */
  SIGN_OFF
}
