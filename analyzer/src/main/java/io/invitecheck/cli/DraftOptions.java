package io.invitecheck.cli;

import io.invitecheck.InvalidDraftException;
import io.invitecheck.draft.AccountType;
import io.invitecheck.draft.Context;
import io.invitecheck.draft.Draft;
import io.invitecheck.draft.Outcome;
import io.invitecheck.draft.PreviousInvitation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * How {@code analyze} and {@code check} get one draft: {@code --note TEXT}, {@code --draft
 * FILE.json}, or the note on stdin; plus profile and context options, which override the fields of
 * a {@code --draft} file.
 */
final class DraftOptions {
  /** The most bytes read from stdin or a draft file (a note is at most 10,000 characters). */
  static final int MAX_INPUT_BYTES = 1 << 20;

  @Option(
      names = "--note",
      paramLabel = "TEXT",
      description = "The note to check. Without --note and --draft, the note is read from stdin.")
  String note;

  @Option(
      names = "--draft",
      paramLabel = "FILE",
      description = "A draft in JSON (note, recipient, sender, context); '-' reads it from stdin.")
  Path draftFile;

  @Option(names = "--id", paramLabel = "ID", description = "An id echoed in the report.")
  String id;

  @ArgGroup(exclusive = false, heading = "%nRecipient profile:%n")
  ProfileOptions.Recipient recipient = new ProfileOptions.Recipient();

  @ArgGroup(exclusive = false, heading = "%nSender profile:%n")
  ProfileOptions.Sender sender = new ProfileOptions.Sender();

  @ArgGroup(exclusive = false, heading = "%nContext:%n")
  ContextOptions context = new ContextOptions();

  /**
   * The draft these options describe.
   *
   * @throws CliException (exit 2) for conflicting options, a missing file or stdin on a terminal
   * @throws InvalidDraftException (exit 2) naming the field that is wrong
   */
  Draft draft(InputStream in, Terminal terminal) {
    if (note != null && draftFile != null) {
      throw CliException.badInput("give either --note or --draft, not both");
    }
    Draft base;
    if (draftFile != null) {
      String json =
          draftFile.toString().equals("-") ? readStdin(in, terminal, "draft") : readFile(draftFile);
      base = JsonDrafts.parse(json).draft();
    } else if (note != null) {
      base = Draft.of(note);
    } else {
      base = Draft.of(stripFinalNewline(readStdin(in, terminal, "note")));
    }
    return new Draft(
        id != null ? id : base.id(),
        base.note(),
        recipient.applyTo(base.recipient()),
        sender.applyTo(base.sender()),
        context.applyTo(base.context()));
  }

  private static String readStdin(InputStream in, Terminal terminal, String what) {
    if (terminal.stdin()) {
      throw CliException.badInput(
          "no note: give --note TEXT or --draft FILE, or pipe the " + what + " on stdin");
    }
    try {
      byte[] bytes = in.readNBytes(MAX_INPUT_BYTES + 1);
      if (bytes.length > MAX_INPUT_BYTES) {
        throw CliException.badInput("stdin is longer than " + MAX_INPUT_BYTES + " bytes");
      }
      return Utf8.decode(bytes, "stdin");
    } catch (IOException e) {
      throw new CliException(ExitCodes.INTERNAL, "cannot read stdin: " + e.getMessage(), e);
    }
  }

  private static String readFile(Path file) {
    try {
      if (Files.isDirectory(file)) {
        throw CliException.badInput("draft file '" + file + "' is a directory");
      }
      if (Files.size(file) > MAX_INPUT_BYTES) {
        throw CliException.badInput(
            "draft file '" + file + "' is larger than " + MAX_INPUT_BYTES + " bytes");
      }
      return Utf8.decode(Files.readAllBytes(file), "draft file '" + file + "'");
    } catch (NoSuchFileException e) {
      throw CliException.badInput("draft file '" + file + "' does not exist");
    } catch (IOException e) {
      throw CliException.badInput("cannot read draft file '" + file + "': " + e.getMessage());
    }
  }

  /** Drops the one line break that {@code echo} and editors add after piped text. */
  static String stripFinalNewline(String s) {
    if (s.endsWith("\r\n")) {
      return s.substring(0, s.length() - 2);
    }
    return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
  }

  /** Splits a {@code ;}-separated list option; blank items are dropped. */
  static List<String> list(String value) {
    if (value == null) {
      return null;
    }
    return Arrays.stream(value.split(";", -1))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  /** The relationship options. */
  static final class ContextOptions {
    @Option(
        names = "--account",
        paramLabel = "TYPE",
        description = "The sender's account type: free or premium (note limit 200 or 300).")
    String account;

    @Option(
        names = "--mutual-connections",
        paramLabel = "N",
        description = "How many connections the two share.")
    Integer mutualConnections;

    @Option(
        names = "--mutual-names",
        paramLabel = "A;B",
        description = "Names of shared connections, ';'-separated.")
    String mutualNames;

    @Option(
        names = "--shared-groups",
        paramLabel = "A;B",
        description = "Groups both belong to, ';'-separated.")
    String sharedGroups;

    @Option(
        names = "--previous",
        paramLabel = "SENT_AT:OUTCOME",
        description =
            "An earlier invitation to the same person, e.g. 2026-10-01:declined (repeatable;"
                + " outcomes: pending, accepted, ignored, declined, withdrawn).")
    List<String> previous = new ArrayList<>();

    Context applyTo(Context base) {
      AccountType type = base.accountType();
      if (account != null) {
        try {
          type = AccountType.fromId(account);
        } catch (IllegalArgumentException e) {
          throw new InvalidDraftException("context.accountType", "--account: " + e.getMessage());
        }
      }
      if (mutualConnections != null && mutualConnections < 0) {
        throw new InvalidDraftException(
            "context.mutualConnections",
            "--mutual-connections must be 0 or more, was " + mutualConnections);
      }
      List<PreviousInvitation> invitations = new ArrayList<>(base.previousInvitations());
      for (String p : previous) {
        invitations.add(previousInvitation(p, "--previous"));
      }
      return new Context(
          type,
          mutualConnections != null ? mutualConnections : base.mutualConnections(),
          mutualNames != null ? list(mutualNames) : base.mutualConnectionNames(),
          sharedGroups != null ? list(sharedGroups) : base.sharedGroups(),
          invitations);
    }
  }

  /**
   * Parses {@code sentAt:outcome}, e.g. {@code 2026-10-01:declined} or {@code
   * 2026-10-01T09:30:00Z:ignored} (the outcome follows the last colon).
   *
   * @throws InvalidDraftException naming {@code context.previousInvitations}
   */
  static PreviousInvitation previousInvitation(String value, String source) {
    String field = "context.previousInvitations";
    int colon = value.lastIndexOf(':');
    if (colon <= 0) {
      throw new InvalidDraftException(
          field, source + " '" + value + "' is not SENT_AT:OUTCOME, e.g. 2026-10-01:declined");
    }
    try {
      return new PreviousInvitation(
          PreviousInvitation.parseSentAt(value.substring(0, colon)),
          Outcome.fromId(value.substring(colon + 1)));
    } catch (IllegalArgumentException e) {
      throw new InvalidDraftException(field, source + " '" + value + "': " + e.getMessage());
    }
  }
}
