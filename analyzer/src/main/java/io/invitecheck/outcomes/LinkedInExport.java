package io.invitecheck.outcomes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The two files of a LinkedIn data export that say what became of invitations, read from the export
 * folder or the {@code .zip} LinkedIn sends:
 *
 * <ul>
 *   <li>{@code Invitations.csv}: {@code From, To, Sent At, Message, Direction} (INCOMING or
 *       OUTGOING), and in newer exports {@code inviterProfileUrl, inviteeProfileUrl};
 *   <li>{@code Connections.csv}: a few {@code Notes:} lines, then {@code First Name, Last Name,
 *       URL, Email Address, Company, Position, Connected On}.
 * </ul>
 *
 * <p>Quoted multi-line messages and the date forms of different export years (see {@link
 * ExportDates}) are read; Windows line ends inside messages become {@code \n}. A row that cannot be
 * read is listed in {@link #unreadable()} with its file, line and the reason, never silently
 * dropped. Only names, profile URLs, dates and messages are kept: e-mail addresses, companies and
 * positions are not read. Immutable.
 *
 * @param invitations the readable invitation rows, in file order
 * @param connections the readable connection rows, in file order
 * @param unreadable the rows that could not be read, in file order
 */
public record LinkedInExport(
    List<Invitation> invitations, List<Connection> connections, List<UnreadableRow> unreadable) {

  static final String INVITATIONS = "Invitations.csv";
  static final String CONNECTIONS = "Connections.csv";

  public LinkedInExport {
    invitations = List.copyOf(invitations);
    connections = List.copyOf(connections);
    unreadable = List.copyOf(unreadable);
  }

  /**
   * One row of {@code Invitations.csv}.
   *
   * @param line the 1-based line where the row starts
   * @param from the inviter's name
   * @param to the invitee's name
   * @param sentAt when it was sent (UTC; midnight when the export gives a date only)
   * @param message the note, {@code ""} when there was none
   * @param direction OUTGOING when the member who made the export sent it
   * @param inviterProfileUrl the inviter's profile URL, {@code null} in older exports
   * @param inviteeProfileUrl the invitee's profile URL, {@code null} in older exports
   */
  public record Invitation(
      long line,
      String from,
      String to,
      LocalDateTime sentAt,
      String message,
      Direction direction,
      String inviterProfileUrl,
      String inviteeProfileUrl) {
    public Invitation {
      Objects.requireNonNull(sentAt, "sentAt");
      Objects.requireNonNull(direction, "direction");
      message = message == null ? "" : message;
    }

    /** The other person: the invitee of an outgoing invitation, the inviter of an incoming one. */
    public String counterpart() {
      return direction == Direction.OUTGOING ? to : from;
    }

    /** The other person's profile URL, if the export has it. */
    public Optional<String> counterpartUrl() {
      return Optional.ofNullable(
          direction == Direction.OUTGOING ? inviteeProfileUrl : inviterProfileUrl);
    }

    /** True when the invitation carried a note. */
    public boolean hasNote() {
      return !message.isBlank();
    }
  }

  /**
   * One row of {@code Connections.csv}.
   *
   * @param line the 1-based line where the row starts
   * @param firstName first name, possibly empty
   * @param lastName last name, possibly empty
   * @param url profile URL, {@code null} when empty
   * @param connectedOn the date of the connection, {@code null} when unreadable
   */
  public record Connection(
      long line, String firstName, String lastName, String url, LocalDate connectedOn) {
    /** First and last name, separated by one space. */
    public String fullName() {
      return (firstName + " " + lastName).strip();
    }
  }

  /**
   * Reads an export folder or {@code .zip}.
   *
   * @throws OutcomeInputException when the path does not exist, a file is missing or lacks a
   *     required column
   */
  public static LinkedInExport read(Path folderOrZip) {
    Map<String, String> files = load(folderOrZip);
    List<UnreadableRow> unreadable = new ArrayList<>();
    List<Invitation> invitations = readInvitations(files.get(INVITATIONS), unreadable);
    List<Connection> connections = readConnections(files.get(CONNECTIONS), unreadable);
    return new LinkedInExport(invitations, connections, unreadable);
  }

  /** The newest date in either file: the best guess of when the export was made. */
  public Optional<LocalDate> newestDate() {
    Stream<LocalDate> sent = invitations.stream().map(i -> i.sentAt().toLocalDate());
    Stream<LocalDate> connected =
        connections.stream().map(Connection::connectedOn).filter(Objects::nonNull);
    return Stream.concat(sent, connected).max(LocalDate::compareTo);
  }

  // ---- files

  private static Map<String, String> load(Path path) {
    Map<String, String> files = new HashMap<>();
    try {
      if (Files.isDirectory(path)) {
        for (String name : List.of(INVITATIONS, CONNECTIONS)) {
          Path file = path.resolve(name);
          if (Files.isRegularFile(file)) {
            files.put(name, text(Files.readAllBytes(file)));
          }
        }
      } else if (Files.isRegularFile(path)) {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(path))) {
          ZipEntry e;
          boolean any = false;
          while ((e = zip.getNextEntry()) != null) {
            any = true;
            String name = e.getName().substring(e.getName().lastIndexOf('/') + 1);
            if (!e.isDirectory() && (name.equals(INVITATIONS) || name.equals(CONNECTIONS))) {
              files.putIfAbsent(name, text(readAll(zip)));
            }
          }
          if (!any) {
            throw new OutcomeInputException(
                path
                    + " is neither a folder nor a .zip file: give the LinkedIn export folder or"
                    + " the .zip LinkedIn sent");
          }
        }
      } else {
        throw new OutcomeInputException(
            path + " does not exist: give the LinkedIn export folder or the .zip LinkedIn sent");
      }
    } catch (IOException e) {
      throw new OutcomeInputException("cannot read " + path + ": " + e.getMessage(), e);
    }
    for (String name : List.of(INVITATIONS, CONNECTIONS)) {
      if (!files.containsKey(name)) {
        throw new OutcomeInputException(
            "no "
                + name
                + " in "
                + path
                + ": a LinkedIn export (Settings > Data privacy > Get a copy of your data) has both"
                + " Invitations.csv and Connections.csv");
      }
    }
    return files;
  }

  private static byte[] readAll(InputStream in) throws IOException {
    return in.readAllBytes();
  }

  private static String text(byte[] bytes) {
    String s = new String(bytes, StandardCharsets.UTF_8);
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  // ---- Invitations.csv

  private static List<Invitation> readInvitations(String text, List<UnreadableRow> unreadable) {
    List<Invitation> out = new ArrayList<>();
    Table t =
        new Table(INVITATIONS, text, 0, List.of("From", "To", "Sent At", "Message", "Direction"));
    t.forEach(
        unreadable,
        (r, line) -> {
          Direction direction = Direction.fromId(t.get(r, "Direction"));
          LocalDateTime sentAt = ExportDates.parse(t.get(r, "Sent At"));
          String from = t.get(r, "From").strip();
          String to = t.get(r, "To").strip();
          if ((direction == Direction.OUTGOING ? to : from).isEmpty()) {
            throw new IllegalArgumentException(
                (direction == Direction.OUTGOING ? "To" : "From") + " is empty: no counterpart");
          }
          out.add(
              new Invitation(
                  line,
                  from,
                  to,
                  sentAt,
                  t.get(r, "Message").replace("\r\n", "\n"),
                  direction,
                  blankToNull(t.get(r, "inviterProfileUrl")),
                  blankToNull(t.get(r, "inviteeProfileUrl"))));
        });
    return out;
  }

  // ---- Connections.csv

  private static List<Connection> readConnections(String text, List<UnreadableRow> unreadable) {
    int header = headerOffset(text);
    List<Connection> out = new ArrayList<>();
    Table t = new Table(CONNECTIONS, text, header, List.of("First Name", "Last Name"));
    t.forEach(
        unreadable,
        (r, line) -> {
          String first = t.get(r, "First Name").strip();
          String last = t.get(r, "Last Name").strip();
          String url = blankToNull(t.get(r, "URL"));
          if (first.isEmpty() && last.isEmpty() && url == null) {
            throw new IllegalArgumentException("no name and no URL");
          }
          String on = t.get(r, "Connected On");
          LocalDate connectedOn = null;
          if (!on.isBlank()) {
            try {
              connectedOn = ExportDates.parse(on).toLocalDate();
            } catch (IllegalArgumentException e) {
              unreadable.add(
                  new UnreadableRow(
                      CONNECTIONS,
                      line,
                      "Connected On: " + e.getMessage() + "; the connection is still matched"));
            }
          }
          out.add(new Connection(line, first, last, url, connectedOn));
        });
    return out;
  }

  /** Where the header starts, after the "Notes:" lines newer exports put before it. */
  private static int headerOffset(String text) {
    int offset = 0;
    for (String line : text.split("\n", -1)) {
      if (line.strip().toLowerCase(Locale.ROOT).startsWith("first name")) {
        return offset;
      }
      offset += line.length() + 1;
    }
    throw new OutcomeInputException(
        CONNECTIONS + " has no header line starting with 'First Name': is it a LinkedIn export?");
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** A CSV file with a header, whose rows know their line in the whole file. */
  private static final class Table {
    private final String file;
    private final int start;
    private final int[] lineStarts;
    private final Map<String, Integer> columns = new HashMap<>();
    private final CSVParser parser;

    Table(String file, String text, int start, List<String> required) {
      this.file = file;
      this.start = start;
      this.lineStarts = lineStarts(text);
      try {
        parser =
            CSVParser.parse(
                text.substring(start),
                CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .setAllowMissingColumnNames(true)
                    .setIgnoreEmptyLines(true)
                    .get());
      } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
        throw new OutcomeInputException(file + ": cannot read the header: " + e.getMessage(), e);
      }
      parser.getHeaderMap().forEach((k, v) -> columns.put(key(k), v));
      for (String c : required) {
        if (!columns.containsKey(key(c))) {
          throw new OutcomeInputException(
              file
                  + " has no column '"
                  + c
                  + "' (columns: "
                  + String.join(", ", parser.getHeaderNames())
                  + "): is it a LinkedIn export?");
        }
      }
    }

    interface RowReader {
      void read(CSVRecord r, long line);
    }

    void forEach(List<UnreadableRow> unreadable, RowReader reader) {
      long lastLine = lineOf(start);
      try {
        for (CSVRecord r : parser) {
          long line = lineOf(start + (int) r.getCharacterPosition());
          lastLine = line;
          try {
            if (!r.isConsistent()) {
              throw new IllegalArgumentException(
                  "has " + r.size() + " fields where the header has " + columns.size());
            }
            reader.read(r, line);
          } catch (IllegalArgumentException e) {
            unreadable.add(new UnreadableRow(file, line, e.getMessage()));
          }
        }
      } catch (UncheckedIOException e) {
        unreadable.add(
            new UnreadableRow(
                file,
                lastLine + 1,
                "CSV syntax error ("
                    + e.getCause().getMessage()
                    + "); the rest of the file could not be read"));
      }
    }

    /** The value of a column; "" when the column or the value is missing. */
    String get(CSVRecord r, String column) {
      Integer i = columns.get(key(column));
      return i == null || i >= r.size() ? "" : r.get(i);
    }

    private long lineOf(int offset) {
      int i = Arrays.binarySearch(lineStarts, offset);
      return (i >= 0 ? i : -i - 2) + 1;
    }

    private static String key(String column) {
      return column.strip().toLowerCase(Locale.ROOT);
    }

    private static int[] lineStarts(String text) {
      List<Integer> starts = new ArrayList<>();
      starts.add(0);
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          starts.add(i + 1);
        }
      }
      return starts.stream().mapToInt(Integer::intValue).toArray();
    }
  }
}
