package io.invitecheck.draft;

import java.util.List;
import java.util.Optional;

/**
 * What is known about the relationship between sender and recipient. Every field is optional:
 * {@code accountType} and {@code mutualConnections} are {@code null} when unknown, lists are empty.
 * Immutable.
 *
 * @param accountType the sender's account type; {@code null} means unknown (the configured default
 *     applies)
 * @param mutualConnections how many connections the two share; {@code null} when unknown
 * @param mutualConnectionNames names of some of those shared connections
 * @param sharedGroups groups both belong to
 * @param previousInvitations earlier invitations from the sender to the same recipient
 */
public record Context(
    AccountType accountType,
    Integer mutualConnections,
    List<String> mutualConnectionNames,
    List<String> sharedGroups,
    List<PreviousInvitation> previousInvitations) {

  /** A context about which nothing is known. */
  public static final Context EMPTY = new Context(null, null, null, null, null);

  public Context {
    if (mutualConnections != null && mutualConnections < 0) {
      throw new IllegalArgumentException(
          "mutualConnections must be 0 or more, was " + mutualConnections);
    }
    mutualConnectionNames =
        mutualConnectionNames == null
            ? List.of()
            : mutualConnectionNames.stream()
                .filter(s -> s != null && !s.isBlank())
                .map(String::strip)
                .toList();
    sharedGroups =
        sharedGroups == null
            ? List.of()
            : sharedGroups.stream()
                .filter(s -> s != null && !s.isBlank())
                .map(String::strip)
                .toList();
    previousInvitations =
        previousInvitations == null ? List.of() : List.copyOf(previousInvitations);
  }

  public Optional<AccountType> accountTypeOpt() {
    return Optional.ofNullable(accountType);
  }

  public Optional<Integer> mutualConnectionsOpt() {
    return Optional.ofNullable(mutualConnections);
  }

  public boolean isEmpty() {
    return accountType == null
        && mutualConnections == null
        && mutualConnectionNames.isEmpty()
        && sharedGroups.isEmpty()
        && previousInvitations.isEmpty();
  }
}
