package uk.ras.ledger;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Which of the rates' time bands prices a visit, declared: a band for bank holidays, one for weekends,
 * bands for windows of the day (evening 18:00 to 22:00; night 22:00 to 07:00, a window may wrap past
 * midnight), and a default (empty: the staff type's base rate). A visit is priced whole in the band of
 * its <em>start</em>, the usual term of a homecare contract, checked in that order: bank holiday, weekend,
 * the first window that holds the start, the default. Immutable and thread-safe.
 */
public final class BandRules {
  private final String bankHoliday;
  private final String weekend;
  private final List<Window> windows;
  private final String otherwise;

  private BandRules(String bankHoliday, String weekend, List<Window> windows, String otherwise) {
    this.bankHoliday = bankHoliday;
    this.weekend = weekend;
    this.windows = List.copyOf(windows);
    this.otherwise = otherwise;
  }

  /**
   * Rules with no windows.
   *
   * @param bankHoliday the band of a visit starting on a bank holiday, not null; empty for none
   * @param weekend the band of a visit starting on a Saturday or Sunday, not null; empty for none
   * @param otherwise the band of any other visit, not null; empty for the base rate
   * @return the rules, never null
   */
  public static BandRules of(Optional<String> bankHoliday, Optional<String> weekend, Optional<String> otherwise) {
    return new BandRules(bankHoliday.orElse(null), weekend.orElse(null), List.of(), otherwise.orElse(null));
  }

  /**
   * These rules with a window of the day added after the others.
   *
   * @param from the first minute of the window, not null
   * @param to the first minute after it, not null, not equal to {@code from}; before {@code from} for a
   *     window that wraps past midnight
   * @param band the band of a weekday visit starting in the window, not null, not blank
   * @return new rules, never null
   * @throws IllegalArgumentException if {@code from} equals {@code to} or {@code band} is blank
   */
  public BandRules withWindow(LocalTime from, LocalTime to, String band) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(band, "band");
    if (from.equals(to) || band.isBlank()) {
      throw new IllegalArgumentException("a window needs a band and two different times, was " + from + " to " + to);
    }
    List<Window> w = new ArrayList<>(windows);
    w.add(new Window(from, to, band));
    return new BandRules(bankHoliday, weekend, w, otherwise);
  }

  /** The band of a visit starting at {@code start} on {@code date}, and why. */
  Choice bandOf(LocalDate date, LocalTime start, BankHolidays calendar) {
    if (bankHoliday != null && calendar.isBankHoliday(date)) {
      return new Choice(bankHoliday, () -> date + " is a bank holiday (" + calendar.name() + ")");
    }
    DayOfWeek d = date.getDayOfWeek();
    if (weekend != null && (d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY)) {
      return new Choice(weekend, () -> date + " is a " + name(d));
    }
    for (Window w : windows) {
      if (w.holds(start)) {
        return new Choice(w.band, () -> "the visit starts at " + start + ", between " + w.from + " and " + w.to);
      }
    }
    return new Choice(otherwise, () -> otherwise == null ? "an ordinary day: the base rate" : "an ordinary day");
  }

  /**
   * A band chosen, and why, worded when a trace asks for it: a year's ledger chooses a band for every
   * visit to price it, and few of those reasons are ever read.
   */
  static final class Choice {
    /** The band, or null for the base rate. */
    final String band;
    private final Supplier<String> reason;

    Choice(String band, Supplier<String> reason) {
      this.band = band;
      this.reason = reason;
    }

    /** {@return why the band was chosen, in words} */
    String reason() {
      return reason.get();
    }
  }

  /** {@return every band the rules name, for checking against the rates; never null} */
  List<String> bands() {
    List<String> all = new ArrayList<>();
    if (bankHoliday != null) {
      all.add(bankHoliday);
    }
    if (weekend != null) {
      all.add(weekend);
    }
    windows.forEach(w -> all.add(w.band));
    if (otherwise != null) {
      all.add(otherwise);
    }
    return all;
  }

  private static String name(DayOfWeek d) {
    String n = d.name();
    return n.charAt(0) + n.substring(1).toLowerCase(java.util.Locale.ROOT);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof BandRules)) {
      return false;
    }
    BandRules b = (BandRules) o;
    return Objects.equals(bankHoliday, b.bankHoliday)
        && Objects.equals(weekend, b.weekend)
        && windows.equals(b.windows)
        && Objects.equals(otherwise, b.otherwise);
  }

  @Override
  public int hashCode() {
    return Objects.hash(bankHoliday, weekend, windows, otherwise);
  }

  @Override
  public String toString() {
    return "BandRules[bankHoliday=" + bankHoliday + ", weekend=" + weekend + ", windows=" + windows + ", otherwise=" + otherwise + "]";
  }

  private static final class Window {
    private final LocalTime from;
    private final LocalTime to;
    private final String band;

    Window(LocalTime from, LocalTime to, String band) {
      this.from = from;
      this.to = to;
      this.band = band;
    }

    boolean holds(LocalTime t) {
      return from.isBefore(to) ? !t.isBefore(from) && t.isBefore(to) : !t.isBefore(from) || t.isBefore(to);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Window && ((Window) o).from.equals(from) && ((Window) o).to.equals(to) && ((Window) o).band.equals(band);
    }

    @Override
    public int hashCode() {
      return Objects.hash(from, to, band);
    }

    @Override
    public String toString() {
      return band + " " + from + "-" + to;
    }
  }
}
