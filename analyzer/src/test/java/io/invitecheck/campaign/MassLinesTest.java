package io.invitecheck.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MassLinesTest {
  private static final CampaignSummary.Template PITCH =
      new CampaignSummary.Template(3, "Hi {name}, quick call?", List.of(2, 5, 9), true);
  private static final CampaignSummary.Template THANKS =
      new CampaignSummary.Template(2, "Thanks {name}!", List.of(4, 7), true);

  @Test
  void findsEachLinesTemplateAndNothingForOtherLines() {
    MassLines.Builder b = new MassLines.Builder();
    for (int line : new int[] {2, 4, 5, 7, 9}) {
      b.add(line, line == 4 || line == 7 ? THANKS : PITCH);
    }
    MassLines m = b.build();
    assertEquals(5, m.size());
    assertSame(PITCH, m.get(2));
    assertSame(THANKS, m.get(7));
    assertSame(PITCH, m.get(9));
    assertNull(m.get(1));
    assertNull(m.get(3));
    assertNull(m.get(10));
    assertEquals(Set.of(2, 4, 5, 7, 9), m.lines());
    assertEquals(List.of(2, 4, 5, 7, 9), List.copyOf(m.lines()), "ascending");
  }

  @Test
  void linesGivenOutOfOrderAreSortedAndALineGivenTwiceKeepsItsLast() {
    MassLines.Builder b = new MassLines.Builder();
    b.add(9, PITCH);
    b.add(2, PITCH);
    b.add(7, PITCH);
    b.add(7, THANKS);
    MassLines m = b.build();
    assertEquals(List.of(2, 7, 9), List.copyOf(m.lines()));
    assertSame(THANKS, m.get(7));
    assertSame(PITCH, m.get(2));
  }

  @Test
  void emptyHasNoLines() {
    MassLines m = new MassLines.Builder().build();
    assertEquals(0, m.size());
    assertNull(m.get(1));
  }
}
