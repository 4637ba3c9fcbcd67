package io.invitecheck.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileTest {

  @Test
  void listsKeepTheirNonBlankEntriesStrippedInOrder() {
    List<String> skills = new ArrayList<>(Arrays.asList("  payments ", null, "", "   ", "fraud\t"));
    Profile p =
        Profile.builder()
            .name("Ana Gómez")
            .skills(skills)
            .interests(List.of("open banking"))
            .recentPosts(Arrays.asList(null, " Why card fraud moved online "))
            .build();
    assertEquals(List.of("payments", "fraud"), p.skills());
    assertEquals(List.of("open banking"), p.interests());
    assertEquals(List.of("Why card fraud moved online"), p.recentPosts());
    assertEquals(List.of(), p.achievements());

    skills.add("chargebacks");
    assertEquals(
        List.of("payments", "fraud"), p.skills(), "a copy, not a view of the caller's list");
    assertThrows(UnsupportedOperationException.class, () -> p.skills().add("x"));
  }

  @Test
  void missingAndEmptyListsAreEmpty() {
    Profile p = new Profile("Ana", null, null, null, null, null, null, List.of(), null, List.of());
    assertEquals(List.of(), p.skills());
    assertEquals(List.of(), p.interests());
    assertEquals(List.of(), p.recentPosts());
    assertEquals(List.of(), p.achievements());
  }
}
