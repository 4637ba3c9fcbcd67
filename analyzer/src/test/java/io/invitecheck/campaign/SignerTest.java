package io.invitecheck.campaign;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.invitecheck.draft.Draft;
import io.invitecheck.draft.Profile;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignerTest {

  private static Draft draft(String note, String name, String company) {
    return Draft.builder(note)
        .recipient(Profile.builder().name(name).company(company).build())
        .sender(Profile.builder().name("Sam Carter").company("Cloudcut Ltd").build())
        .build();
  }

  @Test
  void signsAsTheStatelessSignatureDoesAndHashesACampaignsTemplateOnce() {
    MassTemplates.Signer signer = new MassTemplates.Signer();
    List<Draft> drafts =
        List.of(
            draft(
                "Hi Jana, your work at Acme on pricing caught my eye. Connect?",
                "Jana Novak",
                "Acme"),
            draft(
                "Hi Omar, your work at Brightline on pricing caught my eye. Connect?",
                "Omar Haddad",
                "Brightline"),
            draft(
                "Hi Li, your work at Zalando SE on pricing caught my eye. Connect?",
                "Li Wei",
                "Zalando SE"),
            draft("Hello Omar, I run a growth agency. 15 minutes this week?", "Omar Haddad", null),
            draft("!!! ???", "Omar Haddad", null));
    MassTemplates.Signature first = null;
    for (Draft d : drafts) {
      MassTemplates.Signature expected = MassTemplates.signature(d);
      MassTemplates.Signature got = signer.sign(d);
      assertEquals(expected.masked(), got.masked());
      assertArrayEquals(expected.minHash(), got.minHash());
      if (first == null) {
        first = got;
      }
    }
    assertEquals(
        "Hi {name}, your work at {company} on pricing caught my eye. Connect?", first.masked());
    // the second and third copies reuse the first copy's MinHash
    assertSame(first.minHash(), signer.sign(drafts.get(1)).minHash());
    assertSame(first.minHash(), signer.sign(drafts.get(2)).minHash());
    assertNotNull(signer.sign(drafts.get(3)).minHash());
    // a note without words has no MinHash, remembered or not
    assertNull(signer.sign(drafts.get(4)).minHash());
    assertNull(signer.sign(drafts.get(4)).minHash());
  }
}
