package io.invitecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The serve command's checks that come before any model is loaded or any port is bound. */
class ServeCommandTest {
  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = new CommandLine(new ServeCommand());
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  @Test
  void aPublicAddressWithoutATokenIsRefusedWithExit2() {
    assumeTrue(System.getenv(ServeCommand.TOKEN_ENV) == null, "token set in the environment");
    assertEquals(2, run("--host", "0.0.0.0", "--port", "0"));
    assertTrue(
        err.toString().contains("refusing to listen on 0.0.0.0 without a token"), err.toString());
    assertTrue(err.toString().contains("INVITECHECK_TOKEN"), err.toString());
  }

  @Test
  void aBadConfigFileIsExit2NamingFileAndKey() throws IOException {
    Path config = dir.resolve("serve.yaml");
    Files.writeString(config, "server:\n  threds: 4\n");
    assertEquals(2, run("--config", config.toString(), "--port", "0"));
    assertTrue(err.toString().contains(config + ": server.threds: unknown key"), err.toString());
    assertTrue(err.toString().contains("did you mean 'threads'"), err.toString());
  }

  @Test
  void badNumbersAreExit2() {
    assertEquals(2, run("--threads", "0"));
    assertTrue(err.toString().contains("--threads must be 1 or more"), err.toString());
    assertEquals(2, run("--port", "70000"));
    assertTrue(err.toString().contains("--port must be between 0 and 65535"), err.toString());
    assertEquals(2, run("--port", "eighty"));
    assertEquals(2, run("--warm-up", "-1"));
    assertTrue(
        err.toString().contains("--warm-up must be between 0 and 600 seconds, was -1"),
        err.toString());
  }

  @Test
  void helpListsTheOptionsAndNoSecret() {
    assertEquals(0, run("--help"));
    String help = out.toString();
    for (String option :
        new String[] {"--host", "--port", "--threads", "--config", "--token", "--warm-up"}) {
      assertTrue(help.contains(option), help);
    }
    String token = System.getenv(ServeCommand.TOKEN_ENV);
    assertFalse(token != null && !token.isBlank() && help.contains(token));
  }
}
