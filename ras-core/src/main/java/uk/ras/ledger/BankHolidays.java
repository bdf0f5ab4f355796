package uk.ras.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A declared calendar of bank holidays over the years it covers. Asking about a date outside those years
 * is an error, never a silent "not a holiday": a calendar that stops in December would otherwise price
 * next Christmas as an ordinary day. Immutable and thread-safe.
 */
public final class BankHolidays {
  private final String name;
  private final int firstYear;
  private final int lastYear;
  private final SortedSet<LocalDate> dates;

  private BankHolidays(String name, int firstYear, int lastYear, SortedSet<LocalDate> dates) {
    this.name = name;
    this.firstYear = firstYear;
    this.lastYear = lastYear;
    this.dates = dates;
  }

  /**
   * A calendar.
   *
   * @param name such as "England and Wales", not null, not blank
   * @param firstYear the first calendar year the list is complete for
   * @param lastYear the last, not before {@code firstYear}
   * @param dates the bank holidays, each within the years covered; not null, no nulls
   * @return the calendar, never null
   * @throws IllegalArgumentException if {@code name} is blank, the years are reversed, or a date lies
   *     outside them
   */
  public static BankHolidays of(String name, int firstYear, int lastYear, List<LocalDate> dates) {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a calendar needs a name");
    }
    if (lastYear < firstYear) {
      throw new IllegalArgumentException("a calendar's last year " + lastYear + " is before its first " + firstYear);
    }
    TreeSet<LocalDate> set = new TreeSet<>();
    for (LocalDate d : dates) {
      Objects.requireNonNull(d, "date");
      if (d.getYear() < firstYear || d.getYear() > lastYear) {
        throw new IllegalArgumentException(
            "bank holiday " + d + " is outside the years " + firstYear + " to " + lastYear + " the calendar covers");
      }
      set.add(d);
    }
    return new BankHolidays(name, firstYear, lastYear, java.util.Collections.unmodifiableSortedSet(set));
  }

  /** {@return the calendar's name; never null} */
  public String name() {
    return name;
  }

  /** {@return the first calendar year covered} */
  public int firstYear() {
    return firstYear;
  }

  /** {@return the last calendar year covered} */
  public int lastYear() {
    return lastYear;
  }

  /** {@return the bank holidays, earliest first; never null} */
  public SortedSet<LocalDate> dates() {
    return dates;
  }

  /**
   * {@return whether the calendar covers {@code date}'s year}
   *
   * @param date not null
   */
  public boolean covers(LocalDate date) {
    return date.getYear() >= firstYear && date.getYear() <= lastYear;
  }

  /**
   * Whether {@code date} is a bank holiday.
   *
   * @param date not null
   * @return whether it is one
   * @throws IllegalArgumentException if the calendar does not cover the date's year
   */
  public boolean isBankHoliday(LocalDate date) {
    if (!covers(date)) {
      throw new IllegalArgumentException(
          "the " + name + " calendar covers " + firstYear + " to " + lastYear + ", not " + date);
    }
    return dates.contains(date);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof BankHolidays)) {
      return false;
    }
    BankHolidays b = (BankHolidays) o;
    return name.equals(b.name) && firstYear == b.firstYear && lastYear == b.lastYear && dates.equals(b.dates);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, firstYear, lastYear, dates);
  }

  @Override
  public String toString() {
    return "BankHolidays[name=" + name + ", firstYear=" + firstYear + ", lastYear=" + lastYear + ", dates=" + dates + "]";
  }
}
