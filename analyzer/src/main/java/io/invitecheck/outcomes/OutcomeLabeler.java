package io.invitecheck.outcomes;

import io.invitecheck.nlp.PhraseMatcher;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides what became of each invitation of an export. An invitation counts as accepted when its
 * counterpart is among the connections: matched on the profile URL when the invitation has one
 * (ignoring http/https, {@code www.}, case, query and trailing slashes), else on the full name
 * (ignoring case, accents and spacing). A URL-bearing invitation also matches by name a connection
 * whose URL the export left empty. Not accepted invitations younger than {@code minAgeDays} at the
 * export date are {@link OutcomeLabel#UNKNOWN} (probably still pending), older ones {@link
 * OutcomeLabel#NOT_ACCEPTED}. Immutable and thread-safe.
 */
public final class OutcomeLabeler {
  /** Invitations younger than this at export are mostly unanswered yet. */
  public static final int DEFAULT_MIN_AGE_DAYS = 30;

  private final Set<String> urls = new HashSet<>();
  private final Set<String> allNames = new HashSet<>();
  private final Set<String> namesWithoutUrl = new HashSet<>();
  private final LocalDate exportDate;
  private final int minAgeDays;

  /**
   * @param connections the connections of the export
   * @param exportDate the day the export was made
   * @param minAgeDays invitations younger than this are unknown rather than not accepted
   */
  public OutcomeLabeler(
      List<LinkedInExport.Connection> connections, LocalDate exportDate, int minAgeDays) {
    if (minAgeDays < 0) {
      throw new IllegalArgumentException("minAgeDays must be 0 or more, was " + minAgeDays);
    }
    this.exportDate = exportDate;
    this.minAgeDays = minAgeDays;
    for (LinkedInExport.Connection c : connections) {
      String name = normalizeName(c.fullName());
      allNames.add(name);
      if (c.url() == null) {
        namesWithoutUrl.add(name);
      } else {
        urls.add(normalizeUrl(c.url()));
      }
    }
  }

  /** The outcome of one invitation. */
  public OutcomeLabel outcomeOf(LinkedInExport.Invitation inv) {
    if (isConnection(inv)) {
      return OutcomeLabel.ACCEPTED;
    }
    return ageDays(inv) < minAgeDays ? OutcomeLabel.UNKNOWN : OutcomeLabel.NOT_ACCEPTED;
  }

  /** Whole days from sending to the export date (negative when sent after it). */
  public int ageDays(LinkedInExport.Invitation inv) {
    return (int) ChronoUnit.DAYS.between(inv.sentAt().toLocalDate(), exportDate);
  }

  /** The outcome records of every invitation with a note, in file order. */
  public List<OutcomeRecord> records(List<LinkedInExport.Invitation> invitations) {
    List<OutcomeRecord> out = new ArrayList<>();
    for (LinkedInExport.Invitation inv : invitations) {
      if (inv.hasNote()) {
        out.add(
            new OutcomeRecord(
                idOf(inv),
                inv.message().strip(),
                inv.direction(),
                inv.sentAt().toInstant(ZoneOffset.UTC),
                outcomeOf(inv),
                ageDays(inv),
                inv.counterpart()));
      }
    }
    return out;
  }

  private boolean isConnection(LinkedInExport.Invitation inv) {
    String name = normalizeName(inv.counterpart());
    Optional<String> url = inv.counterpartUrl();
    if (url.isPresent()) {
      return urls.contains(normalizeUrl(url.get())) || namesWithoutUrl.contains(name);
    }
    return allNames.contains(name);
  }

  /** "https://www.LinkedIn.com/in/jane-doe/?x=1" → "linkedin.com/in/jane-doe". */
  static String normalizeUrl(String url) {
    String u = url.strip().toLowerCase(Locale.ROOT);
    u = u.replaceFirst("^https?://", "");
    if (u.startsWith("www.")) {
      u = u.substring(4);
    }
    int cut = u.indexOf('?');
    if (cut >= 0) {
      u = u.substring(0, cut);
    }
    cut = u.indexOf('#');
    if (cut >= 0) {
      u = u.substring(0, cut);
    }
    while (u.endsWith("/")) {
      u = u.substring(0, u.length() - 1);
    }
    return u;
  }

  /** " José Núñez " → "jose nunez". */
  static String normalizeName(String name) {
    return PhraseMatcher.fold(name.strip()).replaceAll("\\s+", " ");
  }

  private static String idOf(LinkedInExport.Invitation inv) {
    String key =
        inv.direction().id()
            + "|"
            + inv.sentAt()
            + "|"
            + normalizeName(inv.counterpart())
            + "|"
            + inv.message().strip();
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return "li-" + HexFormat.of().formatHex(h, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
