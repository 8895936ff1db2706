package org.wiretrace.changes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reporting verbs and hedging words by the stance they lend a claim: neutral ("said"), distancing
 * ("claimed"), insistent ("insisted"), conceding ("admitted"), denying ("denied"), believing
 * ("believed", "suggested") and confirming ("confirmed", "showed"); plus hedge adverbs ("reportedly",
 * "allegedly"). Written for this project.
 */
final class ReportingVerbs {

  /** The stance a reporting word lends to the claim it introduces. */
  enum Stance {
    NEUTRAL("neutral report"),
    DISTANCING("casts doubt on the claim"),
    INSISTENT("presents the speaker as insisting"),
    CONCEDING("presents the claim as an admission"),
    DENYING("presents it as a denial"),
    BELIEVING("hedged as belief or suggestion"),
    CONFIRMING("presents the claim as established fact"),
    HEDGE("hedged as unverified");

    private final String meaning;

    Stance(String meaning) {
      this.meaning = meaning;
    }

    /** Returns what the stance does to the claim, in plain words. */
    String meaning() {
      return meaning;
    }
  }

  private static final Map<String, Stance> WORDS = words();

  private ReportingVerbs() {}

  private static Map<String, Stance> words() {
    Map<String, Stance> map = new HashMap<>();
    put(map, Stance.NEUTRAL, "say says said saying tell tells told telling state states stated stating report reports reported"
        + " reporting note notes noted noting add adds added adding announce announces announced explain explains explained"
        + " comment commented remark remarked write writes wrote mention mentioned inform informed according reply replied"
        + " respond responded");
    put(map, Stance.DISTANCING, "claim claims claimed claiming allege alleges alleged alleging purport purports purported");
    put(map, Stance.INSISTENT, "insist insists insisted insisting assert asserts asserted asserting maintain maintains"
        + " maintained contend contends contended argue argues argued arguing");
    put(map, Stance.CONCEDING, "admit admits admitted admitting confess confesses confessed confessing concede concedes"
        + " conceded acknowledge acknowledges acknowledged acknowledging");
    put(map, Stance.DENYING, "deny denies denied denying");
    put(map, Stance.BELIEVING, "believe believes believed believing think thinks thought suggest suggests suggested"
        + " suggesting speculate speculated guess guessed indicate indicates indicated indicating");
    put(map, Stance.CONFIRMING, "confirm confirms confirmed confirming prove proves proved proven show shows showed shown"
        + " demonstrate demonstrates demonstrated reveal reveals revealed establish established");
    put(map, Stance.HEDGE, "reportedly allegedly apparently purportedly supposedly possibly presumably perhaps maybe");
    return map;
  }

  private static void put(Map<String, Stance> map, Stance stance, String words) {
    for (String w : List.of(words.split(" "))) {
      map.put(w, stance);
    }
  }

  /** Returns the stance a word lends, or null when it is no reporting word. */
  static @Nullable Stance stance(String norm) {
    return WORDS.get(norm);
  }
}
