package io.invitecheck.cli;

import io.invitecheck.InvalidDraftException;
import io.invitecheck.draft.AccountType;
import io.invitecheck.draft.Context;
import io.invitecheck.draft.Draft;
import io.invitecheck.draft.PreviousInvitation;
import io.invitecheck.draft.Profile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The flat CSV form of a draft: one column per field, lists {@code ;}-separated, an empty cell for
 * an absent value. Column names are matched ignoring case and surrounding spaces. Immutable.
 */
final class CsvDrafts {
  /** Every column a drafts CSV may have, in documentation order. Only {@code note} is required. */
  static final List<String> COLUMNS = columns();

  private final List<String> header;

  private CsvDrafts(List<String> header) {
    this.header = header;
  }

  /**
   * Checks a header row.
   *
   * @throws CliException (exit 2) naming an unknown or repeated column, or a missing note column
   */
  static CsvDrafts forHeader(List<String> names, String source) {
    List<String> header = new ArrayList<>(names.size());
    for (String raw : names) {
      String name = raw.strip().toLowerCase(Locale.ROOT);
      if (!COLUMNS.contains(name)) {
        throw CliException.badInput(
            "unknown column '"
                + raw
                + "' in the header of "
                + source
                + otherSeparator(name)
                + ": the columns are "
                + String.join(", ", COLUMNS));
      }
      if (header.contains(name)) {
        throw CliException.badInput(
            "column '" + name + "' appears twice in the header of " + source);
      }
      header.add(name);
    }
    if (!header.contains("note")) {
      throw CliException.badInput("the header of " + source + " has no 'note' column");
    }
    return new CsvDrafts(List.copyOf(header));
  }

  int size() {
    return header.size();
  }

  /** The value of the id column in a row, or null. */
  String id(List<String> values) {
    int i = header.indexOf("id");
    return i >= 0 && i < values.size() && !values.get(i).isEmpty() ? values.get(i) : null;
  }

  /**
   * The draft of one row.
   *
   * @throws InvalidDraftException naming the column that is wrong
   */
  Draft draft(List<String> values) {
    if (values.size() != header.size()) {
      throw new InvalidDraftException(
          "$",
          "the record has "
              + values.size()
              + " fields but the header has "
              + header.size()
              + " (quote fields that contain commas)");
    }
    Map<String, String> row = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      row.put(header.get(i), values.get(i));
    }
    return new Draft(
        blankToNull(row.get("id")),
        row.getOrDefault("note", ""),
        profile(row, "recipient_"),
        profile(row, "sender_"),
        context(row));
  }

  private static Profile profile(Map<String, String> row, String p) {
    return new Profile(
        row.get(p + "name"),
        row.get(p + "headline"),
        row.get(p + "company"),
        row.get(p + "school"),
        row.get(p + "industry"),
        row.get(p + "location"),
        DraftOptions.list(row.get(p + "skills")),
        DraftOptions.list(row.get(p + "interests")),
        DraftOptions.list(row.get(p + "recent_posts")),
        DraftOptions.list(row.get(p + "achievements")));
  }

  private static Context context(Map<String, String> row) {
    AccountType account = null;
    String type = blankToNull(row.get("account_type"));
    if (type != null) {
      try {
        account = AccountType.fromId(type);
      } catch (IllegalArgumentException e) {
        throw new InvalidDraftException("account_type", e.getMessage());
      }
    }
    Integer mutual = null;
    String m = blankToNull(row.get("mutual_connections"));
    if (m != null) {
      try {
        mutual = Integer.valueOf(m.strip());
      } catch (NumberFormatException e) {
        mutual = -1;
      }
      if (mutual < 0) {
        throw new InvalidDraftException(
            "mutual_connections",
            "mutual_connections must be a whole number 0 or more, found '" + m + "'");
      }
    }
    List<PreviousInvitation> previous = new ArrayList<>();
    List<String> items = DraftOptions.list(row.get("previous_invitations"));
    if (items != null) {
      for (String item : items) {
        try {
          previous.add(DraftOptions.previousInvitation(item, "previous_invitations"));
        } catch (InvalidDraftException e) {
          throw new InvalidDraftException("previous_invitations", e.getMessage());
        }
      }
    }
    return new Context(
        account,
        mutual,
        DraftOptions.list(row.get("mutual_connection_names")),
        DraftOptions.list(row.get("shared_groups")),
        previous);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static List<String> columns() {
    List<String> c = new ArrayList<>(List.of("id", "note"));
    for (String p : List.of("recipient_", "sender_")) {
      for (String f :
          List.of(
              "name",
              "headline",
              "company",
              "school",
              "industry",
              "location",
              "skills",
              "interests",
              "recent_posts",
              "achievements")) {
        c.add(p + f);
      }
    }
    c.addAll(
        List.of(
            "account_type",
            "mutual_connections",
            "mutual_connection_names",
            "shared_groups",
            "previous_invitations"));
    return List.copyOf(c);
  }

  /**
   * A hint when a header name is known columns joined by another separator: spreadsheets in many
   * locales save "CSV" with semicolons, and tab-separated files are common too.
   */
  private static String otherSeparator(String name) {
    for (String sep : List.of(";", "\t", "|")) {
      if (name.contains(sep)
          && Arrays.stream(name.split(Pattern.quote(sep)))
              .map(String::strip)
              .anyMatch(COLUMNS::contains)) {
        String label = sep.equals("\t") ? "tabs" : "'" + sep + "'";
        return " (its columns seem to be separated by "
            + label
            + "; batch reads comma-separated CSV: save the file with commas)";
      }
    }
    return "";
  }
}
