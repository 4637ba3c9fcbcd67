package io.invitecheck.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TemplateClustersTest {
  private static final String[] SENTENCES = {
    "I noticed your team is hiring data engineers in Lisbon.",
    "We help logistics companies cut fuel costs by a fifth.",
    "Loved your talk at KubeCon on eBPF tracing.",
    "Would you be open to a quick call next week?",
    "I am a product designer working on payments.",
    "Your post about hiring juniors really resonated with me.",
    "Congrats on the Series B, well deserved.",
    "Happy to share our case study with a few peers.",
    "I would love to connect and learn from your work.",
    "We both studied at TU Delft, small world.",
    "Our platform books demos while you sleep.",
    "Saw that you moved into climate tech last spring.",
    "Check out our free trial at the link in my profile.",
    "I run a meetup for Rust developers in Berlin.",
    "Your article on pricing experiments was spot on."
  };
  private static final String[] WORDS = {
    "quick", "honest", "small", "remote", "senior", "growing", "new", "open", "shared", "local"
  };
  private static final String[] TOPICS = {
    "payments",
    "fraud",
    "logistics",
    "hiring",
    "pricing",
    "climate",
    "Rust",
    "design systems",
    "data contracts",
    "onboarding",
    "churn",
    "robotics",
    "open source",
    "compliance",
    "search"
  };
  private static final String[] PLACES = {
    "Lisbon", "Berlin", "Lagos", "Austin", "Pune", "Osaka", "Leeds", "Nairobi", "Lyon", "Quito"
  };

  /** One sentence out of thousands: a corpus sentence or a recombined one. */
  private static String sentence(SplittableRandom r) {
    if (r.nextInt(3) == 0) {
      return SENTENCES[r.nextInt(SENTENCES.length)];
    }
    return switch (r.nextInt(4)) {
      case 0 -> "I work on " + TOPICS[r.nextInt(15)] + " in " + PLACES[r.nextInt(10)] + ".";
      case 1 -> "Your " + WORDS[r.nextInt(10)] + " take on " + TOPICS[r.nextInt(15)] + " stuck.";
      case 2 -> "We met at the " + TOPICS[r.nextInt(15)] + " day in " + PLACES[r.nextInt(10)] + ".";
      default ->
          "Keen to compare notes on "
              + TOPICS[r.nextInt(15)]
              + " and "
              + TOPICS[r.nextInt(15)]
              + ".";
    };
  }

  /**
   * The realistic mix a batch sees: mail merges (one template, the name and company changed and now
   * and then a word edited), recombined one-off notes, and exact duplicates.
   */
  private static List<String> notes(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<String> out = new ArrayList<>();
    while (out.size() < n) {
      int kind = r.nextInt(10);
      String base = sentence(r) + " " + sentence(r) + " " + sentence(r);
      if (kind < 5) {
        int copies = 1 + r.nextInt(40);
        for (int c = 0; c < copies && out.size() < n; c++) {
          String note = "Hi {name}, " + base;
          if (r.nextInt(4) == 0) {
            note = note.replaceFirst("\\b\\w+\\b(?=[^{]*$)", WORDS[r.nextInt(WORDS.length)]);
          }
          out.add(note + (r.nextBoolean() ? " Cheers" : ""));
        }
      } else if (kind < 9) {
        StringBuilder b = new StringBuilder("Hello {name}. ");
        for (int s = 0, k = 1 + r.nextInt(4); s < k; s++) {
          b.append(sentence(r)).append(' ');
        }
        out.add(b.toString().strip());
      } else if (!out.isEmpty()) {
        out.add(out.get(r.nextInt(out.size())));
      }
    }
    return out;
  }

  @Test
  void clustersExactlyAsAMapOfBandKeysWould() {
    for (long seed : new long[] {7, 11, 2026}) {
      clustersAsTheReference(notes(4_000, seed));
    }
  }

  /**
   * The same clusters as {@link Reference}, which compares the representative found under every
   * band, also one compared and found below the threshold under an earlier band.
   */
  private static void clustersAsTheReference(List<String> notes) {
    TemplateClusters compact = new TemplateClusters(CampaignSummary.DEFAULT_SIMILARITY);
    Reference reference = new Reference(CampaignSummary.DEFAULT_SIMILARITY);
    int[] ids = new int[notes.size()];
    int[] refIds = new int[notes.size()];
    for (int i = 0; i < notes.size(); i++) {
      List<String> words = TemplateMasker.words(notes.get(i));
      ids[i] = compact.add(i + 1, notes.get(i), MinHash.signatureOfMasked(notes.get(i)));
      refIds[i] = reference.add(words);
    }
    int multi = 0;
    for (int i = 0; i < notes.size(); i++) {
      int root = compact.root(ids[i]);
      assertEquals(reference.root(refIds[i]), root, "cluster of note " + i);
      assertEquals(reference.size[root], compact.size(root), "size of the cluster of note " + i);
      if (compact.size(root) >= 2) {
        multi++;
      }
    }
    assertTrue(multi > 1_000, "the mix must exercise joins and merges, had " + multi);
    assertTrue(compact.roots().size() > 50, "and many clusters, had " + compact.roots().size());
  }

  @Test
  void aMailMergeIsOneClusterAndAOneOffItsOwn() {
    TemplateClusters c = new TemplateClusters(CampaignSummary.DEFAULT_SIMILARITY);
    String[] names = {"Ana", "Jörg", "Priya", "Kwame", "Chloé"};
    int first = -1;
    for (int i = 0; i < names.length; i++) {
      String masked =
          "Hi {name}, we help logistics companies cut fuel costs by a fifth. Quick call?";
      int id = c.add(i + 1, masked, MinHash.signatureOfMasked(masked));
      first = first < 0 ? id : first;
      assertEquals(first, c.root(id));
    }
    String other = "Loved your KubeCon talk on eBPF tracing, would be great to connect.";
    int solo = c.add(6, other, MinHash.signatureOfMasked(other));
    assertEquals(5, c.size(c.root(first)));
    assertEquals(1, c.size(c.root(solo)));
    assertEquals(List.of(1, 2, 3, 4, 5), c.members(c.root(first)).lines);
    assertEquals(-1, c.add(7, "!!!", MinHash.signatureOfMasked("!!!")), "no words, no cluster");
  }

  /** The clustering as first written: a map from 64-bit band keys, one signature object each. */
  private static final class Reference {
    private final double threshold;
    private final Map<Long, Integer> buckets = new HashMap<>();
    private final List<char[]> signatures = new ArrayList<>();
    private final List<Integer> parent = new ArrayList<>();
    final Map<Integer, Integer> sizes = new HashMap<>();
    final int[] size = new int[100_000];

    Reference(double threshold) {
      this.threshold = threshold;
    }

    int add(List<String> words) {
      List<String> shingles = MinHash.shingles(words);
      if (shingles.isEmpty()) {
        return -1;
      }
      char[] sig = MinHash.signature(shingles);
      int joined = -1;
      for (int b = 0; b < MinHash.BANDS; b++) {
        Integer candidate = buckets.get(MinHash.bandKey(sig, b));
        if (candidate == null) {
          continue;
        }
        int root = root(candidate);
        if (root != joined && MinHash.similarity(sig, signatures.get(candidate)) >= threshold) {
          if (joined < 0) {
            joined = root;
          } else {
            int keep = Math.min(joined, root);
            int gone = Math.max(joined, root);
            parent.set(gone, keep);
            size[keep] += size[gone];
            joined = keep;
          }
        }
      }
      if (joined >= 0) {
        size[joined]++;
        return joined;
      }
      int id = signatures.size();
      signatures.add(sig);
      parent.add(id);
      size[id] = 1;
      for (int b = 0; b < MinHash.BANDS; b++) {
        buckets.putIfAbsent(MinHash.bandKey(sig, b), id);
      }
      return id;
    }

    int root(int id) {
      if (id < 0) {
        return -1;
      }
      while (parent.get(id) != id) {
        id = parent.get(id);
      }
      return id;
    }
  }
}
