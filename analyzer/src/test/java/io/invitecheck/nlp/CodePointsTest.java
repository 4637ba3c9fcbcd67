package io.invitecheck.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link CodePoints}: the name parts, against the regular expression they replace. */
class CodePointsTest {
  @Test
  void namePartsAreWhatSplittingAtSpacesAndFullStopsGives() {
    Pattern parts = Pattern.compile("[\\s.]+");
    for (String name :
        List.of(
            "J. R. R. Tolkien",
            "  Jane\tDoe ",
            "María José García",
            "A.B",
            "Jo",
            "...",
            "",
            "Jean-Luc\u00A0Picard",
            "Dr.Who\nMcCoy")) {
      List<String> expected = new ArrayList<>();
      for (String part : parts.split(name)) {
        if (part.length() >= 2) {
          expected.add(part);
        }
      }
      List<String> actual = new ArrayList<>();
      CodePoints.addNameParts(name, actual);
      assertEquals(expected, actual, name);
    }
  }
}
