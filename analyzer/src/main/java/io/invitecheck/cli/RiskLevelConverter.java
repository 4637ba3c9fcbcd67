package io.invitecheck.cli;

import io.invitecheck.report.RiskLevel;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses {@code low}, {@code medium} or {@code high} for {@code --fail-on}. */
final class RiskLevelConverter implements ITypeConverter<RiskLevel> {
  @Override
  public RiskLevel convert(String value) {
    try {
      return RiskLevel.fromId(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
