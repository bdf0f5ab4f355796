package uk.ras.isf;

import java.util.Locale;

/** The period every amount of a setting is stated for. */
public enum Period {
  /** Amounts are weekly. */
  WEEK,
  /** Amounts are annual. */
  YEAR;

  /** {@return the name as written in setting files and output: {@code week} or {@code year}; never null} */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
