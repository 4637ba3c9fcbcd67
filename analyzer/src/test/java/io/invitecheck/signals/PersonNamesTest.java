package io.invitecheck.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PersonNamesTest {

  @Test
  void firstLastAndFullNamesReferToThePerson() {
    assertTrue(PersonNames.refersTo("Jane", "Jane Doe"));
    assertTrue(PersonNames.refersTo("Doe", "Jane Doe"));
    assertTrue(PersonNames.refersTo("Jane Doe", "Jane Doe"));
    assertTrue(PersonNames.refersTo("Dr. Patel", "Priya Patel"));
    assertTrue(PersonNames.refersTo("jane", "JANE DOE"));
  }

  @Test
  void accentsApostrophesAndHyphensAreIgnored() {
    assertTrue(PersonNames.refersTo("Jose", "José Álvarez"));
    assertTrue(PersonNames.refersTo("O’Neill", "Siobhán O'Neill"));
    assertTrue(PersonNames.refersTo("Mary", "Mary-Jane Watson"));
  }

  @Test
  void diminutivesReferToTheFirstName() {
    assertTrue(PersonNames.refersTo("Alex", "Alexander Grün"));
    assertTrue(PersonNames.refersTo("Kate", "Katherine Ng"));
    assertTrue(PersonNames.refersTo("Bob", "Robert Smith"));
    assertTrue(PersonNames.refersTo("Liz", "Elizabeth Warren"));
    assertTrue(PersonNames.refersTo("Katherine", "Kate Ng"));
  }

  @Test
  void otherNamesDoNot() {
    assertFalse(PersonNames.refersTo("Mark", "Jane Doe"));
    assertFalse(PersonNames.refersTo("Jane Smith", "Jane Doe"));
    assertFalse(PersonNames.refersTo("Al", "Alice Moore"));
    assertFalse(PersonNames.refersTo("Priyanka", "Priya Raman"));
    assertFalse(PersonNames.refersTo("Dana", "Dan Berg"));
    assertFalse(PersonNames.refersTo("Kate", "Robert Smith"));
    assertFalse(PersonNames.refersTo("", "Jane Doe"));
  }

  @Test
  void wordsDropTitlesAndSuffixes() {
    assertEquals(
        List.of("mary", "jane", "o'neill"), PersonNames.words("Dr. Mary-Jane O’Neill, PhD"));
  }

  @Test
  void aNamesWordsGivenOnceReferAsTheNameDoes() {
    List<String> written =
        List.of(
            "Jane",
            "Doe",
            "Dr. Patel",
            "jane",
            "Jose",
            "O’Neill",
            "Mary",
            "Alex",
            "Kate",
            "Priyanka",
            "Will",
            "",
            "  ",
            "Mr.",
            "\ud83d\ude80",
            "\ud800",
            "Ng",
            "Jane Smith",
            "Bob");
    List<String> names =
        List.of(
            "Jane Doe",
            "Priya Patel",
            "JANE DOE",
            "José Álvarez",
            "Siobhán O'Neill",
            "Mary-Jane Watson",
            "Alexander Grün",
            "Katherine Ng",
            "William Chen",
            "Priya",
            "",
            "Dr. Mx.",
            "Robert \ud800 Jones",
            "Bob");
    int refer = 0;
    for (String name : names) {
      List<String> words = PersonNames.words(name);
      for (String w : written) {
        boolean expected = PersonNames.refersTo(w, name);
        assertEquals(expected, PersonNames.refersTo(w, words), w + " / " + name);
        refer += expected ? 1 : 0;
      }
      assertEquals(PersonNames.words(name), words, "not changed: " + name);
    }
    assertTrue(refer > 10 && refer < 100, "refer: " + refer);
  }
}
