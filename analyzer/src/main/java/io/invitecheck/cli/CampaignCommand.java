package io.invitecheck.cli;

import io.invitecheck.InvalidDraftException;
import io.invitecheck.InviteAnalyzer;
import io.invitecheck.SetupException;
import io.invitecheck.campaign.CampaignSummary;
import io.invitecheck.config.ConfigFile;
import io.invitecheck.config.Settings;
import io.invitecheck.draft.Draft;
import io.invitecheck.json.DraftJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code invitecheck campaign DRAFTS.jsonl [--summary FILE] [--html FILE]}: analyzes a batch of
 * drafts (one JSON draft per line) and prints the campaign summary, without writing per-draft
 * reports; {@code batch} does both once the lead wires {@link CampaignSummary} into it. Exit 0 when
 * the summary was made (lines that fail are counted as errors), 2 on bad input or setup.
 */
@Command(
    name = "campaign",
    mixinStandardHelpOptions = true,
    description = {
      "Analyzes a batch of drafts (JSONL, one draft per line) and summarizes it as a campaign:"
          + " mail-merge templates, recipients invited twice, resends, the weekly budget, note"
          + " length and free-account limits, risk levels and top reasons."
    })
public final class CampaignCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DRAFTS.jsonl", description = "One JSON draft per line.")
  Path drafts;

  @Option(names = "--summary", paramLabel = "FILE", description = "Write the summary as JSON.")
  Path summary;

  @Option(names = "--html", paramLabel = "FILE", description = "Write the summary as HTML.")
  Path html;

  @Option(names = "--config", paramLabel = "FILE", description = "The configuration file.")
  Path config;

  @Option(
      names = "--mass-template-size",
      paramLabel = "N",
      defaultValue = "5",
      description = "Clusters of at least N drafts are mass templates (default: ${DEFAULT-VALUE}).")
  int massTemplateSize;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (massTemplateSize < 2) {
      err.println("invitecheck campaign: --mass-template-size must be 2 or more");
      return 2;
    }
    if (!Files.isReadable(drafts)) {
      err.println("invitecheck campaign: cannot read " + drafts + ": give a JSONL file of drafts");
      return 2;
    }
    try {
      Settings settings = config == null ? Settings.defaults() : ConfigFile.load(config);
      CampaignSummary.Builder b =
          CampaignSummary.builder(settings).massTemplateMinSize(massTemplateSize);
      try (InviteAnalyzer analyzer = InviteAnalyzer.builder().settings(settings).build();
          BufferedReader in = Files.newBufferedReader(drafts, StandardCharsets.UTF_8)) {
        int line = 0;
        for (String text = in.readLine(); text != null; text = in.readLine()) {
          line++;
          if (text.isBlank()) {
            continue;
          }
          try {
            Draft d = DraftJson.parse(text);
            b.add(line, d, analyzer.analyze(d));
          } catch (InvalidDraftException e) {
            b.addError(line, e.field() + ": " + e.getMessage());
          }
        }
      }
      CampaignSummary s = b.build();
      if (summary != null) {
        write(summary, s.toJson());
      }
      if (html != null) {
        write(html, s.toHtml());
      }
      out.print(s.toText());
      out.flush();
      return 0;
    } catch (SetupException e) {
      err.println("invitecheck campaign: " + e.getMessage());
      return 2;
    } catch (IOException e) {
      err.println("invitecheck campaign: " + e.getMessage());
      return 2;
    }
  }

  /** Writes through a temporary file and a rename, so that no reader sees half a file. */
  private static void write(Path file, String text) throws IOException {
    Path abs = file.toAbsolutePath();
    Path tmp = Files.createTempFile(abs.getParent(), abs.getFileName().toString(), ".tmp");
    try {
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      try {
        Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
