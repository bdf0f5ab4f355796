package uk.ras.examples.files;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Values written in cells the way analysts' spreadsheets write them: amounts in pounds with or without
 * {@code £}, thousands separators and surrounding spaces ({@code £1,385.67}); dates as {@code YYYY-MM-DD}
 * or the UK's {@code DD/MM/YYYY}.
 */
public final class CellValues {
  /** The most digits before the decimal point of an amount: a trillion pounds, far beyond any budget. */
  static final int MAX_WHOLE_DIGITS = 12;

  /**
   * The no-break space and the narrow no-break space: Excel in some locales (French, say) separates
   * thousands with one of them where the UK writes a comma, and a formatted cell may be padded with them.
   * {@link String#strip()} keeps both, since Java does not count them as white space.
   */
  private static final String NO_BREAK_SPACES = "\u00A0\u202F";

  private CellValues() {}

  /**
   * An amount in pounds: digits with an optional decimal point, optionally with a {@code £} before, commas
   * (or else no-break spaces, U+00A0 or U+202F) between groups of three digits and spaces (no-break ones
   * too) around; never an exponent ({@code 1e20}) or a sign.
   *
   * @param text not null
   * @return the amount, or null if the text is not one (a negative amount is null too: see {@link
   *     #isNegativeAmount})
   */
  public static BigDecimal pounds(String text) {
    String t = poundsText(text);
    if (t == null || t.startsWith("-")) {
      return null;
    }
    return new BigDecimal(t);
  }

  /** Whether the text is an amount with a minus sign, such as -12.50 or -£12.50. */
  public static boolean isNegativeAmount(String text) {
    String t = poundsText(text);
    return t != null && t.startsWith("-") && new BigDecimal(t).signum() < 0;
  }

  private static String poundsText(String text) {
    String t = strip(text);
    boolean negative = t.startsWith("-");
    if (negative) {
      t = strip(t.substring(1));
    }
    if (t.startsWith("£")) {
      t = strip(t.substring(1));
    }
    int point = t.indexOf('.');
    String whole = point < 0 ? t : t.substring(0, point);
    String fraction = point < 0 ? null : t.substring(point + 1);
    if (holdsNoBreakSpace(whole) && whole.indexOf(',') < 0) {
      // One kind of separator an amount: one that mixes commas and no-break spaces is refused below.
      for (int i = 0; i < NO_BREAK_SPACES.length(); i++) {
        whole = whole.replace(NO_BREAK_SPACES.charAt(i), ',');
      }
    }
    if (whole.indexOf(',') >= 0) {
      // Thousands separators only between groups of three: 1,385 but not 1,38 or 13,85.
      String[] groups = whole.split(",", -1);
      if (groups[0].isEmpty() || groups[0].length() > 3) {
        return null;
      }
      for (int g = 1; g < groups.length; g++) {
        if (groups[g].length() != 3) {
          return null;
        }
      }
      whole = whole.replace(",", "");
    }
    if (whole.isEmpty() || whole.length() > MAX_WHOLE_DIGITS || !digits(whole)) {
      return null;
    }
    if (fraction != null && (fraction.isEmpty() || fraction.length() > 10 || !digits(fraction))) {
      return null;
    }
    return (negative ? "-" : "") + whole + (fraction == null ? "" : "." + fraction);
  }

  /**
   * The text without the spaces around it, no-break spaces (U+00A0, U+202F) included.
   *
   * @param text not null
   * @return never null
   */
  public static String strip(String text) {
    int from = 0;
    int to = text.length();
    while (from < to && isSpace(text.charAt(from))) {
      from++;
    }
    while (to > from && isSpace(text.charAt(to - 1))) {
      to--;
    }
    return text.substring(from, to);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || NO_BREAK_SPACES.indexOf(c) >= 0;
  }

  /** Whether the text holds a no-break space. */
  private static boolean holdsNoBreakSpace(String text) {
    for (int i = 0; i < NO_BREAK_SPACES.length(); i++) {
      if (text.indexOf(NO_BREAK_SPACES.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean digits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * A date written {@code YYYY-MM-DD} or {@code DD/MM/YYYY} (the day and month may have one digit), or
   * null. The digits are read by hand: a million rows spent a tenth of their time in {@code
   * LocalDate.parse}'s general parser.
   */
  public static LocalDate date(String text) {
    int year;
    int month;
    int day;
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      year = number(text, 0, 4);
      month = number(text, 5, 7);
      day = number(text, 8, 10);
    } else {
      int first = text.indexOf('/');
      int second = first < 0 ? -1 : text.indexOf('/', first + 1);
      if (first < 1 || first > 2 || second - first < 2 || second - first > 3 || text.length() - second != 5) {
        return null;
      }
      day = number(text, 0, first);
      month = number(text, first + 1, second);
      year = number(text, second + 1, text.length());
    }
    if (year < 0 || month < 0 || day < 0) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The ASCII digits from {@code from} to {@code to} as a number, or -1 if any is not one. */
  private static int number(String text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }
}
