package uk.ras.rules.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import uk.ras.money.Money;
import uk.ras.money.PeriodConversion;

/**
 * The scalar values of setting, rate and cost-plan files, each read or reported as a located problem:
 * names, choices among words, amounts in pounds, decimals, whole numbers and dates. Shared so that every
 * file reports a bad value alike.
 */
final class Values {
  /** Amounts: pounds, optionally with pence; a sign is read so that the core can say "must not be negative". */
  private static final Pattern AMOUNT_TEXT = Pattern.compile("[-+]?[0-9]+(\\.[0-9]+)?");

  private static final Pattern DIGITS = Pattern.compile("[-+]?[0-9]+");
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  /** At most twelve digits before the point, in any amount or number a file states. */
  static final int MAX_INTEGER_DIGITS = 12;

  private final Problems problems;

  /**
   * The conversion a file's weeks-a-year word names ("52", "365/7" or "365.25/7"), the same in rule and
   * rate files; each mapper says in its own words what it expected.
   */
  static Optional<PeriodConversion> weeksPerYear(String word) {
    switch (word) {
      case "52":
        return Optional.of(PeriodConversion.WEEKS_52);
      case "365/7":
        return Optional.of(PeriodConversion.DAYS_365);
      case "365.25/7":
        return Optional.of(PeriodConversion.DAYS_365_25);
      default:
        return Optional.empty();
    }
  }

  Values(Problems problems) {
    this.problems = problems;
  }

  /** Names and ids: text that says something. */
  Optional<String> name(Node node) {
    if (node instanceof Node.ScalarNode && ((Node.ScalarNode) node).kind() == Node.Kind.TEXT) {
      String text = ((Node.ScalarNode) node).text();
      if (text.isBlank()) {
        problems.add(node, "must not be blank");
        return Optional.empty();
      }
      return Optional.of(text);
    }
    String hint =
        node instanceof Node.ScalarNode && ((Node.ScalarNode) node).kind() != Node.Kind.NULL
            ? " (put it in quotes: \"" + ((Node.ScalarNode) node).text() + "\")"
            : "";
    problems.add(node, "expected text, found " + node.describe() + hint);
    return Optional.empty();
  }

  /** One of {@code allowed}, written exactly. */
  Optional<String> choice(Node node, String what, List<String> allowed) {
    if (node instanceof Node.ScalarNode && ((Node.ScalarNode) node).kind() == Node.Kind.TEXT) {
      String text = ((Node.ScalarNode) node).text();
      if (allowed.contains(text)) {
        return Optional.of(text);
      }
      problems.add(
          node,
          "'" + RuleSetMapper.shorten(text) + "' is not " + what + "; expected " + String.join(" or ", allowed));
      return Optional.empty();
    }
    problems.add(node, "expected " + String.join(" or ", allowed) + ", found " + node.describe());
    return Optional.empty();
  }

  /** Pounds as a JSON string or number, at most two decimals: "1015.00", 1015, 412.3. */
  Optional<Money> amount(Node node) {
    Optional<BigDecimal> value = number(node, "an amount in pounds such as \"1015.00\"", "an amount; expected pounds such as \"1015.00\"");
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Money.ofPounds(value.get()));
    } catch (ArithmeticException e) {
      problems.add(
          node,
          RuleSetMapper.shorten(((Node.ScalarNode) node).text().trim())
              + " has a fraction of a penny; amounts are pounds with at most 2 decimals");
      return Optional.empty();
    }
  }

  /** A decimal number, as a JSON string or number: 12.07, "7.5". Its range is the core's to check. */
  Optional<BigDecimal> decimal(Node node, String example) {
    Optional<BigDecimal> value =
        number(node, "a number such as " + example, "a number; expected one such as " + example);
    if (value.isPresent() && value.get().scale() > MAX_INTEGER_DIGITS) {
      // Exact arithmetic on a thousand decimals is slow and never meant: a percentage or a number of hours
      // needs a few.
      problems.add(node, RuleSetMapper.shorten(((Node.ScalarNode) node).text().trim()) + " has too many decimals; expected at most " + MAX_INTEGER_DIGITS);
      return Optional.empty();
    }
    return value;
  }

  private Optional<BigDecimal> number(Node node, String expected, String notA) {
    Node.ScalarNode scalar = node instanceof Node.ScalarNode ? (Node.ScalarNode) node : null;
    boolean acceptable =
        scalar != null
            && (scalar.kind() == Node.Kind.TEXT
                || scalar.kind() == Node.Kind.WHOLE_NUMBER
                || scalar.kind() == Node.Kind.DECIMAL);
    if (!acceptable) {
      problems.add(node, "expected " + expected + ", found " + node.describe());
      return Optional.empty();
    }
    Optional<String> octal = LookAlikes.octalProblem(scalar);
    if (octal.isPresent()) {
      problems.add(node, octal.get());
      return Optional.empty();
    }
    String text = scalar.text().trim();
    BigDecimal value = null;
    if (text.length() <= 100 && (scalar.kind() != Node.Kind.TEXT || AMOUNT_TEXT.matcher(text).matches())) {
      try {
        value = new BigDecimal(text);
      } catch (NumberFormatException e) {
        value = null;
      }
    }
    if (value == null) {
      problems.add(node, "'" + RuleSetMapper.shorten(scalar.text()) + "' is not " + notA);
      return Optional.empty();
    }
    if (value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
      problems.add(
          node,
          RuleSetMapper.shorten(text) + " is too large; expected at most " + MAX_INTEGER_DIGITS + " digits before the point");
      return Optional.empty();
    }
    return Optional.of(value);
  }

  /** A whole number written as a number: 3, not "3" or 3.0; at most twelve digits. */
  Optional<Long> whole(Node node, String what) {
    Node.ScalarNode scalar = node instanceof Node.ScalarNode ? (Node.ScalarNode) node : null;
    if (scalar == null || scalar.kind() != Node.Kind.WHOLE_NUMBER || !DIGITS.matcher(scalar.text()).matches()) {
      problems.add(node, "expected " + what + ", found " + node.describe());
      return Optional.empty();
    }
    Optional<String> octal = LookAlikes.octalProblem(scalar);
    if (octal.isPresent()) {
      problems.add(node, octal.get());
      return Optional.empty();
    }
    String text = scalar.text();
    if (text.replaceFirst("^[-+]", "").length() > MAX_INTEGER_DIGITS) {
      problems.add(node, RuleSetMapper.shorten(text) + " is too large; expected at most " + MAX_INTEGER_DIGITS + " digits");
      return Optional.empty();
    }
    return Optional.of(Long.parseLong(text));
  }

  /** A date written as text, YYYY-MM-DD, that exists. */
  Optional<LocalDate> date(Node node) {
    if (node instanceof Node.ScalarNode && ((Node.ScalarNode) node).kind() == Node.Kind.TEXT) {
      String text = ((Node.ScalarNode) node).text().trim();
      if (DATE.matcher(text).matches()) {
        try {
          return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
          problems.add(node, "'" + text + "' is not a date of the calendar");
          return Optional.empty();
        }
      }
      problems.add(node, "'" + RuleSetMapper.shorten(text) + "' is not a date; expected YYYY-MM-DD such as 2026-04-01");
      return Optional.empty();
    }
    problems.add(node, "expected a date such as 2026-04-01, found " + node.describe());
    return Optional.empty();
  }
}
