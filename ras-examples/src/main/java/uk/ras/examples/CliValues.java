package uk.ras.examples;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;
import uk.ras.examples.files.CurrentCosts;
import uk.ras.money.Money;

/**
 * How the options' values are read, the same for every command. A value picocli cannot convert is a usage
 * error: "Invalid value for option '--contingency': ...", with the reason given here.
 */
public final class CliValues {
  private CliValues() {}

  private static final Pattern PERCENT = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)(%)?(/year)?");

  /**
   * A percentage such as {@code 10%}, as a number of percent (10). A bare number is read as percent only
   * where it cannot mean a fraction: 0, or more than 1 (take-up {@code 90} is 90%); {@code 0.1} or {@code
   * 1} could be a tenth or 100% as much as 0.1% or 1%, and is refused with a hint.
   */
  static BigDecimal percent(String value, boolean perYear) {
    Matcher m = PERCENT.matcher(value.strip());
    String example = perYear ? "10%/year" : "10%";
    if (!m.matches() || (m.group(3) != null && !perYear)) {
      throw new TypeConversionException("'" + value + "' is not a percentage; write it like " + example);
    }
    BigDecimal number = new BigDecimal(m.group(1));
    if (m.group(2) == null && number.signum() != 0 && number.compareTo(BigDecimal.ONE) <= 0) {
      String asPercent = number.movePointRight(2).stripTrailingZeros().toPlainString();
      throw new TypeConversionException("'" + value + "' is ambiguous: write " + asPercent + "% for "
          + asPercent + " percent, or " + number.stripTrailingZeros().toPlainString() + "% if you mean that");
    }
    return number;
  }

  /** {@code 5%}, {@code 12.5%}; a bare number over 1 is taken as percent. */
  public static final class Percent implements ITypeConverter<BigDecimal> {
    @Override
    public BigDecimal convert(String value) {
      return percent(value, false);
    }
  }

  /** A percentage as a share: {@code 90%} is 0.9. */
  public static final class Share implements ITypeConverter<BigDecimal> {
    @Override
    public BigDecimal convert(String value) {
      return percent(value, false).movePointLeft(2);
    }
  }

  /** {@code 10%/year} or {@code 10%}. */
  public static final class PercentPerYear implements ITypeConverter<BigDecimal> {
    @Override
    public BigDecimal convert(String value) {
      return percent(value, true);
    }
  }

  /** Pounds: {@code 9300000}, {@code £9,300,000.00}. */
  public static final class Pounds implements ITypeConverter<Money> {
    @Override
    public Money convert(String value) {
      try {
        return Money.parse(value.strip().replace(",", "").replace("£", ""));
      } catch (NumberFormatException | ArithmeticException e) {
        throw new TypeConversionException(
            "'" + value + "' is not an amount in pounds such as 9300000 or £9,300,000.00");
      }
    }
  }

  /** {@code YYYY-MM-DD}. */
  public static final class Date implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value.strip());
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("'" + value + "' is not a date YYYY-MM-DD");
      }
    }
  }

  /** A file name; blank is refused rather than taken as the current directory. */
  public static final class File implements ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
      return Path.of(text(value));
    }
  }
  /**
   * A folder to write into, made if need be: a file of that name is refused here, before any work is
   * done, rather than met when the first output is written, after the run's work.
   */
  public static final class Folder implements ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
      Path folder = Path.of(text(value));
      if (Files.exists(folder) && !Files.isDirectory(folder)) {
        throw new TypeConversionException(
            "'" + value + "' is a file, not a folder; give a folder (made if need be)");
      }
      return folder;
    }
  }

  /** {@code 2%/year}, {@code -11%/year} or {@code 2%}: a yearly change, which may be a cut. */
  public static final class SignedPercentPerYear implements ITypeConverter<BigDecimal> {
    @Override
    public BigDecimal convert(String value) {
      String v = value.strip();
      if (v.startsWith("-") || v.startsWith("+")) {
        BigDecimal number = percent(v.substring(1), true);
        return v.startsWith("-") ? number.negate() : number;
      }
      return percent(v, true);
    }
  }

  /** A client group's take-up, {@code older_people=85%}: the group and the share (0.85). */
  public record GroupShare(uk.ras.calibration.ClientGroup group, BigDecimal share) {}

  /** {@code GROUP=PERCENT}, such as {@code older_people=85%}. */
  public static final class GroupPercent implements ITypeConverter<GroupShare> {
    @Override
    public GroupShare convert(String value) {
      int eq = value.indexOf('=');
      if (eq < 0) {
        throw new TypeConversionException("'" + value + "' is not GROUP=PERCENT, such as older_people=85%");
      }
      uk.ras.calibration.ClientGroup group = CurrentCosts.group(value.substring(0, eq));
      if (group == null) {
        throw new TypeConversionException("'" + value.substring(0, eq).strip() + "' is not a client group; one of "
            + CurrentCosts.codes());
      }
      return new GroupShare(group, percent(value.substring(eq + 1), false).movePointLeft(2));
    }
  }

  /** Any text but blank, without the spaces around it. */
  public static final class Text implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      return text(value);
    }
  }

  private static String text(String value) {
    if (value.isBlank()) {
      throw new TypeConversionException("a value is needed, not blank");
    }
    return value.strip();
  }

  /** The {@code --sheet} option of the commands that read an assessments workbook. */
  public static final class Sheet {
    @Option(
        names = "--sheet",
        paramLabel = "NAME",
        converter = Text.class,
        description = {"Read this sheet of an .xlsx assessments workbook.", "Default: the first sheet."})
    public String name;
  }
}
