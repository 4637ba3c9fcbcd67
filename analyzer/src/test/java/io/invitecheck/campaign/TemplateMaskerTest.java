package io.invitecheck.campaign;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.invitecheck.draft.Draft;
import io.invitecheck.draft.Profile;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateMaskerTest {

  private static String mask(String note, String name, String company) {
    return TemplateMasker.mask(
        Draft.builder(note)
            .recipient(Profile.builder().name(name).company(company).build())
            .sender(Profile.builder().name("Sam Carter").company("Cloudcut Ltd").build())
            .build());
  }

  @Test
  void masksNamesCompaniesAndGreetedNamesIgnoringAccents() {
    assertEquals(
        "Hi {name}, your team at {company} ({company}) impressed me. {name} at {company}",
        mask(
            "Hi Jorg, your team at Zalando SE (ZALANDO) impressed me. Sam at Cloudcut",
            "Jörg Müller",
            "Zalando SE"));
    assertEquals(
        "Dear {name}, I saw your post.",
        mask("Dear María José García, I saw your post.", "María José García", null));
    // a nickname the profile does not know is still masked after a greeting
    assertEquals("Hey {name}, quick one.", mask("Hey Bob, quick one.", "Robert Smith", null));
    // a company holding the name is one company, not a name inside it
    assertEquals(
        "Hi {name}, I like {company}.",
        mask("Hi Jane, I like Jane Doe Consulting.", "Jane Doe", "Jane Doe Consulting"));
    // no profile, no greeting: nothing to mask
    assertEquals("hi there, let's connect", mask("hi there, let's connect", null, null));
  }

  @Test
  void wordsAreFoldedAndPlaceholdersStayWhole() {
    assertEquals(
        List.of("hi", "{name}", "cafe", "at", "{company}", "isn", "t", "open"),
        TemplateMasker.words("Hi {name}, Café at {company} isn't open!"));
  }

  @Test
  void minHashIsDeterministicAndEstimatesJaccard() {
    List<String> a = MinHash.shingles(TemplateMasker.words("would love to connect with you"));
    List<String> b = MinHash.shingles(TemplateMasker.words("would like to connect with you"));
    assertEquals(11, a.size());
    assertArrayEquals(MinHash.signature(a), MinHash.signature(List.copyOf(a)));
    assertEquals(1.0, MinHash.similarity(MinHash.signature(a), MinHash.signature(a)));
    double exact = 7.0 / 15; // shared: 4 words + 3 pairs; union 15
    double estimate = MinHash.similarity(MinHash.signature(a), MinHash.signature(b));
    assertTrue(Math.abs(estimate - exact) < 0.15, "estimate " + estimate);
    List<String> c = MinHash.shingles(TemplateMasker.words("congrats on the Series B round"));
    assertTrue(MinHash.similarity(MinHash.signature(a), MinHash.signature(c)) < 0.1);
  }
}
