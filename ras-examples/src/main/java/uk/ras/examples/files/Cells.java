package uk.ras.examples.files;

import java.util.Locale;

/**
 * Text made safe to show: in a terminal (control characters escaped) and in a spreadsheet (formulas
 * neutralised). Every cell a command writes and every value it echoes goes through here.
 */
public final class Cells {
  private Cells() {}

  /**
   * The text with every control character (C0, DEL and C1) shown as a Java escape such as {@code
   * \u001B}, so that an ESC, BEL or NUL in a file is never sent raw to a terminal or a spreadsheet.
   *
   * @param text not null
   * @return the text, unchanged if it holds no control character; never null
   */
  public static String escapeControls(String text) {
    int i = 0;
    while (i < text.length() && !isControl(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder s = new StringBuilder(text.length() + 8).append(text, 0, i);
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isControl(c)) {
        s.append(String.format("\\u%04X", (int) c));
      } else {
        s.append(c);
      }
    }
    return s.toString();
  }

  /** The most of one name or cell a message quotes: enough to tell which it is, not a screenful. */
  public static final int SHOWN_LENGTH = 60;

  /**
   * A name or cell as a message quotes it: control characters escaped, as by {@link #escapeControls},
   * and, past {@value #SHOWN_LENGTH} characters, only its first {@value #SHOWN_LENGTH} and then its
   * length, such as {@code qxxxx… (10,485,760 characters)}, so that a header name of megabytes is not
   * echoed to the terminal in full, once for every row that answers it.
   *
   * @param text not null
   * @return the text as a message shows it; never null
   */
  public static String forMessage(String text) {
    if (text.length() <= SHOWN_LENGTH) {
      return escapeControls(text);
    }
    // Never half a surrogate pair: the cut is one character sooner instead.
    int end = Character.isHighSurrogate(text.charAt(SHOWN_LENGTH - 1)) ? SHOWN_LENGTH - 1 : SHOWN_LENGTH;
    return escapeControls(text.substring(0, end)) + String.format(Locale.ROOT, "… (%,d characters)", text.length());
  }

  /** As {@link #escapeControls}, but line feeds are kept: for text of several lines, such as an explanation. */
  public static String escapeControlsButLineFeeds(String text) {
    StringBuilder s = new StringBuilder(text.length());
    int from = 0;
    for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', from)) {
      s.append(escapeControls(text.substring(from, nl))).append('\n');
      from = nl + 1;
    }
    return s.append(escapeControls(text.substring(from))).toString();
  }

  private static boolean isControl(char c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
  }

  /**
   * Neutralises spreadsheet formula injection (CWE-1236): a cell starting with {@code = + - @}, a tab or
   * a carriage return is prefixed with an apostrophe, so a spreadsheet shows it as text instead of
   * evaluating it.
   *
   * @param text not null
   * @return the safe text, never null
   */
  public static String neutralise(String text) {
    if (text.isEmpty()) {
      return text;
    }
    char first = text.charAt(0);
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
        ? "'" + text
        : text;
  }

  /**
   * A cell as written to a CSV file: a number (digits, an optional minus sign and decimal point, such as
   * {@code -12.50}) as it is; any other text with its control characters escaped and then neutralised.
   *
   * @param text not null
   * @return never null
   */
  public static String forCsv(String text) {
    return isPlainNumber(text) ? text : neutralise(escapeControls(text));
  }

  /** Whether the text is {@code -?digits(.digits)?}: a number a spreadsheet reads as one, never a formula. */
  static boolean isPlainNumber(String text) {
    int n = text.length();
    int i = n > 0 && text.charAt(0) == '-' ? 1 : 0;
    int digits = 0;
    while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
      digits++;
    }
    if (digits == 0) {
      return false;
    }
    if (i == n) {
      return true;
    }
    if (text.charAt(i) != '.') {
      return false;
    }
    i++;
    int fraction = 0;
    while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
      fraction++;
    }
    return fraction > 0 && i == n;
  }
}
