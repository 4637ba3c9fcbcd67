package io.invitecheck.cli;

import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;

/**
 * The value of an {@code -o} option whose default is stdout: {@code -} is stdout (null, as if the
 * option were not given), as {@code -} is stdin for an input; anything else is a file. Without it
 * {@code -o -} wrote a file named "-" in the working directory.
 */
final class OutputFileConverter implements ITypeConverter<Path> {
  @Override
  public Path convert(String value) {
    return value.equals("-") ? null : Path.of(value);
  }
}
