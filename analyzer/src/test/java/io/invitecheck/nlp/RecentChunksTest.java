package io.invitecheck.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link RecentChunks}: a slot gives its chunk only for the very characters it was kept for. */
class RecentChunksTest {
  private static NoteReader.Chunk chunk(String text) {
    return new NoteReader.Chunk(
        new int[] {0, text.length()}, new KnownWord[] {new KnownWord(text, null)});
  }

  @Test
  void aChunkIsFoundByItsCharactersWhereverTheyStand() {
    RecentChunks recent = new RecentChunks();
    char[] note = "Hi Jane, loved your talk, Jane!".toCharArray();
    NoteReader.Chunk jane = chunk("Jane,");
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
    RecentChunks recent = new RecentChunks();
    char[] text = "Aa BB".toCharArray();
    NoteReader.Chunk aa = chunk("Aa");
    recent.put(text, 0, 2, "Aa".hashCode(), aa);
    assertNull(recent.get(text, 3, 2, "BB".hashCode()));
    NoteReader.Chunk bb = chunk("BB");
    recent.put(text, 3, 2, "BB".hashCode(), bb);
    assertSame(bb, recent.get(text, 3, 2, "BB".hashCode()));
    assertNull(recent.get(text, 0, 2, "Aa".hashCode()), "evicted by BB");
  }

  @Test
  void utf16CharactersAndLoneSurrogatesAreComparedAsCharacters() {
    RecentChunks recent = new RecentChunks();
    String rocket = "go\uD83D\uDE80!";
    String lone = "go\uD83D\uDE81!"; // same length, another low surrogate
    char[] text = (rocket + " " + lone + " \uD83D").toCharArray();
    NoteReader.Chunk r = chunk(rocket);
    recent.put(text, 0, rocket.length(), rocket.hashCode(), r);
    assertSame(r, recent.get(text, 0, rocket.length(), rocket.hashCode()));
    assertNull(recent.get(text, rocket.length() + 1, lone.length(), rocket.hashCode()));
    NoteReader.Chunk high = chunk("\uD83D");
    int at = text.length - 1;
    recent.put(text, at, 1, "\uD83D".hashCode(), high);
    assertSame(high, recent.get(text, at, 1, "\uD83D".hashCode()));
  }

  @Test
  void onlyChunksShorterThanTheSlotWidthFit() {
    assertTrue(RecentChunks.fits(1));
    assertTrue(RecentChunks.fits(RecentChunks.WIDTH - 1));
    assertFalse(RecentChunks.fits(RecentChunks.WIDTH));
  }
}
