package io.invitecheck.memo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link RecentChars}: a slot gives its value only for the very characters it was kept for. */
class RecentCharsTest {
  /** A value made anew each time, so that {@code assertSame} tells which put it came from. */
  private static String value(String text) {
    return new String(text);
  }

  @Test
  void aKeyIsFoundByItsCharactersWhereverTheyStand() {
    RecentChars<String> recent = new RecentChars<>();
    char[] note = "Hi Jane, loved your talk, Jane!".toCharArray();
    String jane = value("Jane,");
    assertNull(recent.get(note, 3, 5, "Jane,".hashCode()));
    recent.put(note, 3, 5, "Jane,".hashCode(), jane);
    assertSame(jane, recent.get(note, 3, 5, "Jane,".hashCode()));
    char[] other = "Thanks Jane, see you".toCharArray();
    assertSame(jane, recent.get(other, 7, 5, "Jane,".hashCode()));
    // "Jane!" at the end: other characters, not the kept chunk
    assertNull(recent.get(note, 26, 5, "Jane!".hashCode()));
    // a prefix of the kept characters is not the kept chunk, even with the kept hash
    assertNull(recent.get(note, 3, 4, "Jane,".hashCode()));
  }

  @Test
  void aSlotGivesNothingForOtherCharactersOfTheSameHash() {
    // "Aa" and "BB" have the same String.hashCode, so they share a slot
    assertTrue("Aa".hashCode() == "BB".hashCode());
    RecentChars<String> recent = new RecentChars<>();
    char[] text = "Aa BB".toCharArray();
    String aa = value("Aa");
    recent.put(text, 0, 2, "Aa".hashCode(), aa);
    assertNull(recent.get(text, 3, 2, "BB".hashCode()));
    String bb = value("BB");
    recent.put(text, 3, 2, "BB".hashCode(), bb);
    assertSame(bb, recent.get(text, 3, 2, "BB".hashCode()));
    assertNull(recent.get(text, 0, 2, "Aa".hashCode()), "evicted by BB");
  }

  @Test
  void utf16CharactersAndLoneSurrogatesAreComparedAsCharacters() {
    RecentChars<String> recent = new RecentChars<>();
    String rocket = "go\uD83D\uDE80!";
    String lone = "go\uD83D\uDE81!"; // same length, another low surrogate
    char[] text = (rocket + " " + lone + " \uD83D").toCharArray();
    String r = value(rocket);
    recent.put(text, 0, rocket.length(), rocket.hashCode(), r);
    assertSame(r, recent.get(text, 0, rocket.length(), rocket.hashCode()));
    assertNull(recent.get(text, rocket.length() + 1, lone.length(), rocket.hashCode()));
    String high = value("\uD83D");
    int at = text.length - 1;
    recent.put(text, at, 1, "\uD83D".hashCode(), high);
    assertSame(high, recent.get(text, at, 1, "\uD83D".hashCode()));
  }

  @Test
  void theHashIsTheStringsHashOfTheCharacters() {
    char[] text = "Hi J\u00E9r\u00F4me \uD83D\uDE80!".toCharArray();
    for (int start = 0; start < text.length; start++) {
      for (int length = 0; start + length <= text.length; length++) {
        assertEquals(
            new String(text, start, length).hashCode(), RecentChars.hash(text, start, length));
      }
    }
  }

  @Test
  void onlyKeysShorterThanTheSlotWidthFit() {
    assertTrue(RecentChars.fits(1));
    assertTrue(RecentChars.fits(RecentChars.WIDTH - 1));
    assertFalse(RecentChars.fits(RecentChars.WIDTH));
  }
}
