package org.wiretrace.testkit;

import org.jspecify.annotations.Nullable;
import org.wiretrace.changes.ChangeKind;

/** A story fact a template refers to, and the kind of change editing it makes. */
enum Slot {
  LEAD(ChangeKind.ENTITY), LEADL(ChangeKind.ENTITY), WIT(ChangeKind.ENTITY), WITL(ChangeKind.ENTITY),
  EXP(ChangeKind.ENTITY), EXPL(ChangeKind.ENTITY), EXPORG(ChangeKind.ENTITY), ORG(ChangeKind.ENTITY),
  ORG2(ChangeKind.ENTITY), TOWN(ChangeKind.ENTITY), REGION(ChangeKind.ENTITY),
  COUNT(ChangeKind.NUMBER), COUNT2(ChangeKind.NUMBER), MONEY(ChangeKind.NUMBER), PCT(ChangeKind.NUMBER),
  DUR(ChangeKind.NUMBER),
  DAY(ChangeKind.DATE), DATE(ChangeKind.DATE), YEARREL(ChangeKind.DATE),
  WILL(ChangeKind.NEGATION), HAS(ChangeKind.NEGATION), IS(ChangeKind.NEGATION),
  SAID(ChangeKind.ATTRIBUTION),
  Q1(ChangeKind.QUOTE), Q2(ChangeKind.QUOTE), Q3(ChangeKind.QUOTE), Q4(ChangeKind.QUOTE),
  Q5(ChangeKind.QUOTE), Q6(ChangeKind.QUOTE),
  /** Topic words rendered as ordinary, rewritable text. */
  EVENT(null), AFFECTED(null), COUNTNOUN(null), COUNT2NOUN(null), LEADROLE(null);

  private final @Nullable ChangeKind changeKind;

  Slot(@Nullable ChangeKind changeKind) {
    this.changeKind = changeKind;
  }

  /** Returns the change kind an edit of this fact makes, or null for topic words. */
  @Nullable ChangeKind changeKind() {
    return changeKind;
  }

  /** Returns whether the slot holds a fact (kept by rewriters) rather than topic wording. */
  boolean isFact() {
    return changeKind != null;
  }
}
