package io.invitecheck.cli;

import io.invitecheck.draft.Profile;
import picocli.CommandLine.Option;

/**
 * The profile options, {@code --recipient-*} and {@code --sender-*}. A given option replaces the
 * field of a {@code --draft} file; lists are {@code ;}-separated.
 */
abstract class ProfileOptions {
  String name;
  String headline;
  String company;
  String school;
  String industry;
  String location;
  String skills;
  String interests;
  String posts;
  String achievements;

  Profile applyTo(Profile base) {
    return new Profile(
        name != null ? name : base.name(),
        headline != null ? headline : base.headline(),
        company != null ? company : base.company(),
        school != null ? school : base.school(),
        industry != null ? industry : base.industry(),
        location != null ? location : base.location(),
        skills != null ? DraftOptions.list(skills) : base.skills(),
        interests != null ? DraftOptions.list(interests) : base.interests(),
        posts != null ? DraftOptions.list(posts) : base.recentPosts(),
        achievements != null ? DraftOptions.list(achievements) : base.achievements());
  }

  /** {@code --recipient-*}. */
  static final class Recipient extends ProfileOptions {
    @Option(names = "--recipient-name", paramLabel = "NAME", description = "Full name.")
    void name(String v) {
      name = v;
    }

    @Option(names = "--recipient-headline", paramLabel = "TEXT", description = "Headline.")
    void headline(String v) {
      headline = v;
    }

    @Option(names = "--recipient-company", paramLabel = "NAME", description = "Employer.")
    void company(String v) {
      company = v;
    }

    @Option(names = "--recipient-school", paramLabel = "NAME", description = "School.")
    void school(String v) {
      school = v;
    }

    @Option(names = "--recipient-industry", paramLabel = "NAME", description = "Industry.")
    void industry(String v) {
      industry = v;
    }

    @Option(names = "--recipient-location", paramLabel = "PLACE", description = "Location.")
    void location(String v) {
      location = v;
    }

    @Option(names = "--recipient-skills", paramLabel = "A;B", description = "Skills.")
    void skills(String v) {
      skills = v;
    }

    @Option(names = "--recipient-interests", paramLabel = "A;B", description = "Interests.")
    void interests(String v) {
      interests = v;
    }

    @Option(
        names = "--recipient-posts",
        paramLabel = "A;B",
        description = "Titles or gists of recent posts.")
    void posts(String v) {
      posts = v;
    }

    @Option(
        names = "--recipient-achievements",
        paramLabel = "A;B",
        description = "Recent achievements (new role, award, launch).")
    void achievements(String v) {
      achievements = v;
    }
  }

  /** {@code --sender-*}. */
  static final class Sender extends ProfileOptions {
    @Option(names = "--sender-name", paramLabel = "NAME", description = "Full name.")
    void name(String v) {
      name = v;
    }

    @Option(names = "--sender-headline", paramLabel = "TEXT", description = "Headline.")
    void headline(String v) {
      headline = v;
    }

    @Option(names = "--sender-company", paramLabel = "NAME", description = "Employer.")
    void company(String v) {
      company = v;
    }

    @Option(names = "--sender-school", paramLabel = "NAME", description = "School.")
    void school(String v) {
      school = v;
    }

    @Option(names = "--sender-industry", paramLabel = "NAME", description = "Industry.")
    void industry(String v) {
      industry = v;
    }

    @Option(names = "--sender-location", paramLabel = "PLACE", description = "Location.")
    void location(String v) {
      location = v;
    }

    @Option(names = "--sender-skills", paramLabel = "A;B", description = "Skills.")
    void skills(String v) {
      skills = v;
    }

    @Option(names = "--sender-interests", paramLabel = "A;B", description = "Interests.")
    void interests(String v) {
      interests = v;
    }

    @Option(names = "--sender-posts", paramLabel = "A;B", description = "Recent posts.")
    void posts(String v) {
      posts = v;
    }

    @Option(
        names = "--sender-achievements",
        paramLabel = "A;B",
        description = "Recent achievements.")
    void achievements(String v) {
      achievements = v;
    }
  }
}
