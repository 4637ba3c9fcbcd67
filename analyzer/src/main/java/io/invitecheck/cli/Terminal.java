package io.invitecheck.cli;

/**
 * What the command line knows about where its streams go: whether stdin, stdout and stderr are
 * terminals and whether colour is allowed ({@code NO_COLOR} unset). The launcher passes the tests
 * of the shell ({@code [ -t 0 ]}, ...) in the system property {@code invitecheck.tty} (e.g. {@code
 * "in,out"}); without it, a present {@link System#console()} counts as all three being terminals.
 *
 * @param stdin stdin is a terminal (so no note is being piped in)
 * @param stdout stdout is a terminal
 * @param stderr stderr is a terminal (progress bars are drawn only then)
 * @param noColor the {@code NO_COLOR} environment variable is set
 */
public record Terminal(boolean stdin, boolean stdout, boolean stderr, boolean noColor) {

  /** No terminal anywhere: plain output, no progress bar. What tests and pipes see. */
  public static final Terminal NONE = new Terminal(false, false, false, false);

  /** Detects the terminals of this process. */
  public static Terminal detect() {
    String noColor = System.getenv("NO_COLOR");
    boolean plain = noColor != null && !noColor.isEmpty();
    String tty = System.getProperty("invitecheck.tty");
    if (tty != null) {
      return new Terminal(tty.contains("in"), tty.contains("out"), tty.contains("err"), plain);
    }
    boolean console = System.console() != null;
    return new Terminal(console, console, console, plain);
  }

  /** True when stdout may carry ANSI colour. */
  public boolean colorOut() {
    return stdout && !noColor;
  }
}
