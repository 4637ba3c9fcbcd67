package io.invitecheck.signals;

import io.invitecheck.nlp.PhraseMatcher;
import io.invitecheck.nlp.WordSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares a name written in a note ("Jane", "Dr. Patel", "Kate") with a person's full name ("Jane
 * Doe", "Priya Patel", "Katherine Ng"), ignoring case, accents and titles. A written name refers to
 * the person when each of its words is one of the name's words, or a known diminutive of the first
 * name. Diminutives: the short list {@link #NICKNAMES} (both ways: "Kate" for Katherine,
 * "Katherine" for a Kate), plus a prefix rule: a word of three or more letters that begins the
 * first name ("Alex" for Alexander, "Chris" for Christopher). A longer name that merely begins with
 * the first name ("Priyanka" for Priya) is another person. Stateless and thread-safe.
 */
public final class PersonNames {
  private PersonNames() {}

  private static final Set<String> TITLES =
      WordSet.of("dr", "mr", "mrs", "ms", "miss", "mx", "prof", "professor", "sir");
  private static final Set<String> SUFFIXES =
      WordSet.of("jr", "sr", "ii", "iii", "iv", "phd", "md", "mba", "cpa", "pmp", "esq");

  /** Diminutives that are not prefixes of the full first name, diminutive to full forms. */
  public static final Map<String, Set<String>> NICKNAMES =
      Map.ofEntries(
          Map.entry("kate", Set.of("katherine", "catherine", "kathryn", "katharine")),
          Map.entry("katie", Set.of("katherine", "catherine", "kathryn", "katharine")),
          Map.entry("bob", Set.of("robert")),
          Map.entry("bobby", Set.of("robert")),
          Map.entry("rob", Set.of("robert")),
          Map.entry("bill", Set.of("william")),
          Map.entry("will", Set.of("william")),
          Map.entry("liz", Set.of("elizabeth")),
          Map.entry("beth", Set.of("elizabeth")),
          Map.entry("betty", Set.of("elizabeth")),
          Map.entry("mike", Set.of("michael")),
          Map.entry("jim", Set.of("james")),
          Map.entry("jimmy", Set.of("james")),
          Map.entry("dick", Set.of("richard")),
          Map.entry("rick", Set.of("richard")),
          Map.entry("tony", Set.of("anthony")),
          Map.entry("jen", Set.of("jennifer")),
          Map.entry("jenny", Set.of("jennifer")),
          Map.entry("peggy", Set.of("margaret")),
          Map.entry("meg", Set.of("margaret", "megan")),
          Map.entry("maggie", Set.of("margaret")),
          Map.entry("ted", Set.of("edward", "theodore")),
          Map.entry("ned", Set.of("edward")),
          Map.entry("jack", Set.of("john")),
          Map.entry("johnny", Set.of("john", "jonathan")),
          Map.entry("sasha", Set.of("alexander", "alexandra")),
          Map.entry("sandy", Set.of("alexandra", "sandra")),
          Map.entry("chuck", Set.of("charles")),
          Map.entry("charlie", Set.of("charles", "charlotte")),
          Map.entry("hank", Set.of("henry")),
          Map.entry("harry", Set.of("henry", "harold")),
          Map.entry("becky", Set.of("rebecca")),
          Map.entry("sally", Set.of("sarah")),
          Map.entry("molly", Set.of("mary")),
          Map.entry("polly", Set.of("mary")),
          Map.entry("nate", Set.of("nathan", "nathaniel")),
          Map.entry("zach", Set.of("zachary")),
          Map.entry("andy", Set.of("andrew")),
          Map.entry("drew", Set.of("andrew")),
          Map.entry("steve", Set.of("steven", "stephen")),
          Map.entry("joe", Set.of("joseph")),
          Map.entry("josh", Set.of("joshua")),
          Map.entry("gabe", Set.of("gabriel")),
          Map.entry("abby", Set.of("abigail")),
          Map.entry("ally", Set.of("alison", "allison", "alexandra")));

  /** True when {@code written} (as it stands in the note) refers to {@code fullName}. */
  public static boolean refersTo(String written, String fullName) {
    return refersTo(written, words(fullName));
  }

  /**
   * {@link #refersTo(String, String)} given the full name's {@link #words} ({@code name}), for a
   * caller that has them.
   */
  static boolean refersTo(String written, List<String> name) {
    List<String> mention = words(written);
    if (name.isEmpty() || mention.isEmpty()) {
      return false;
    }
    String first = name.get(0);
    for (String w : mention) {
      if (!name.contains(w) && !diminutive(w, first)) {
        return false;
      }
    }
    return true;
  }

  /** True when {@code w} is a diminutive of the first name, or a listed full form of it. */
  static boolean diminutive(String w, String first) {
    if (w.length() >= 3 && first.length() > w.length() && first.startsWith(w)) {
      return true; // "Alex" for Alexander; not "Priyanka" for Priya
    }
    Set<String> full = NICKNAMES.get(w);
    if (full != null && full.contains(first)) {
      return true;
    }
    Set<String> reverse = NICKNAMES.get(first);
    return reverse != null && reverse.contains(w);
  }

  /**
   * The words of a name, folded, without titles and suffixes, split at spaces and hyphens: "Dr.
   * Mary-Jane O’Neill, PhD" gives [mary, jane, o'neill].
   */
  public static List<String> words(String name) {
    List<String> out = new ArrayList<>();
    if (name == null) {
      return out;
    }
    String folded = PhraseMatcher.fold(name).replace('\u2019', '\'');
    int i = 0;
    while (i < folded.length()) {
      while (i < folded.length() && !wordChar(folded.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < folded.length() && wordChar(folded.charAt(i))) {
        i++;
      }
      if (i > start) {
        String w = folded.substring(start, i);
        while (w.endsWith("'")) {
          w = w.substring(0, w.length() - 1);
        }
        if (!w.isEmpty() && !TITLES.contains(w) && !SUFFIXES.contains(w)) {
          out.add(w);
        }
      }
    }
    return out;
  }

  private static boolean wordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '\'';
  }
}
