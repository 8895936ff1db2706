package org.wiretrace.changes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Names that refer to the same place or body: country names with their demonyms and short forms
 * ("US", "U.S.", "America", "American"), and metonyms ("Washington", "the White House" and "the
 * Pentagon" for the US government; "the Kremlin" for Russia's). Written for this project.
 */
final class EntityAliases {

  private static final List<String> COUNTRIES = List.of(
      "us usa america american americans unitedstates", "uk britain british unitedkingdom greatbritain",
      "russia russian russians russianfederation", "china chinese prc", "ukraine ukrainian ukrainians",
      "eu europeanunion", "un unitednations", "france french", "germany german germans", "japan japanese",
      "india indian indians", "israel israeli israelis", "iran iranian iranians", "iraq iraqi iraqis",
      "syria syrian syrians", "turkey turkish turkiye", "southkorea korea korean koreans", "northkorea",
      "canada canadian canadians", "australia australian australians", "mexico mexican mexicans",
      "brazil brazilian", "italy italian italians", "spain spanish", "poland polish", "pakistan pakistani",
      "afghanistan afghan afghans", "egypt egyptian", "saudiarabia saudi saudis", "palestine palestinian palestinians",
      "netherlands dutch holand", "belarus belarusian", "taiwan taiwanese", "europe european europeans",
      "nato", "africa african", "greece greek", "sweden swedish", "norway norwegian", "finland finnish");

  private static final Map<String, String> METONYMS = Map.ofEntries(
      Map.entry("washington", "us"), Map.entry("whitehouse", "us"), Map.entry("pentagon", "us"),
      Map.entry("moscow", "russia"), Map.entry("kremlin", "russia"), Map.entry("beijing", "china"),
      Map.entry("kyiv", "ukraine"), Map.entry("kiev", "ukraine"), Map.entry("london", "uk"),
      Map.entry("downingstreet", "uk"), Map.entry("paris", "france"), Map.entry("elysee", "france"),
      Map.entry("berlin", "germany"), Map.entry("tokyo", "japan"), Map.entry("brussels", "eu"),
      Map.entry("newdelhi", "india"), Map.entry("delhi", "india"), Map.entry("tehran", "iran"),
      Map.entry("baghdad", "iraq"), Map.entry("damascus", "syria"), Map.entry("ankara", "turkey"),
      Map.entry("seoul", "southkorea"), Map.entry("pyongyang", "northkorea"), Map.entry("ottawa", "canada"),
      Map.entry("canberra", "australia"), Map.entry("jerusalem", "israel"), Map.entry("rome", "italy"),
      Map.entry("madrid", "spain"), Map.entry("warsaw", "poland"), Map.entry("islamabad", "pakistan"),
      Map.entry("kabul", "afghanistan"), Map.entry("cairo", "egypt"), Map.entry("riyadh", "saudiarabia"),
      Map.entry("minsk", "belarus"), Map.entry("taipei", "taiwan"));

  private static final Map<String, String> GROUP = groups();

  static final Set<String> TITLES = Set.of(
      "president", "prime", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson",
      "chancellor", "king", "queen", "prince", "princess", "pope", "senator", "sen", "rep", "gov",
      "governor", "mayor", "general", "gen", "mr", "mrs", "ms", "dr", "prof", "judge", "justice",
      "chief", "leader", "ambassador", "commander", "colonel", "col", "admiral", "adm", "sgt",
      "lt", "capt", "ceo", "chairman", "chairwoman", "director", "premier", "foreign", "defence",
      "defense", "interior", "state", "deputy", "vice", "former", "sir", "lord", "lady", "attorney",
      "representative", "congressman", "congresswoman", "sheikh", "ayatollah", "officials", "official");

  private EntityAliases() {}

  private static Map<String, String> groups() {
    Map<String, String> map = new HashMap<>();
    for (String group : COUNTRIES) {
      String[] names = group.split(" ");
      for (String n : names) {
        map.put(n, names[0]);
      }
    }
    return map;
  }

  /** Returns the country group a name key belongs to (not via metonym), or null. */
  static @Nullable String country(String key) {
    return GROUP.get(key);
  }

  /**
   * Returns whether a plain name is a demonym or nationality adjective ("korean", "americans"),
   * which describes rather than names an actor.
   */
  static boolean isDemonym(String plain) {
    String country = country(plain);
    return country != null && !plain.equals(country) && plain.matches(".*(an|ans|ese|ish|i|is|ch|ic)$");
  }

  /** Returns the country a metonym stands for ("washington" to "us"), or null. */
  static @Nullable String metonym(String key) {
    return METONYMS.get(key);
  }

  /** Returns the place or body a key refers to, through aliases and metonyms, or null. */
  static @Nullable String referent(String key) {
    String country = country(key);
    return country != null ? country : metonym(key);
  }
}
