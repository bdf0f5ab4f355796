package uk.ras.costing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import uk.ras.money.Money;

/**
 * The rates in force from one date to another (both inclusive), usually an April-to-March year: each
 * staff type's hourly rate, the time bands, the sleep-in price per night, the staff type and band of a
 * waking night, the price of each kind of session and the price per mile. Built and checked by {@link
 * #builder()}; its rounding mode and weeks per year belong to the {@link Rates} it is part of.
 * Immutable and thread-safe.
 *
 * <p><b>Limits</b>, so that no costing can overflow: every amount at most {@link #MAX_AMOUNT}; every
 * percentage at most {@value #MAX_PERCENT}; with the margin method, overheads and surplus together at
 * most {@value #MAX_MARGIN_PERCENT}% (the direct cost is then a tenth of the rate; a care provider's is
 * above half); a band's multiplier at most {@value #MAX_MULTIPLIER}; at most {@value #MAX_ENTRIES} staff
 * types, bands, on-costs of a build-up, and sessions.
 */
public final class RateVersion {
  /** The largest amount a rate may state: £100,000.00 an hour, night, session or mile. */
  public static final Money MAX_AMOUNT = Money.ofPence(10_000_000L);

  /** The largest percentage of an on-cost, of overheads or of surplus. */
  public static final int MAX_PERCENT = 100;

  /** The largest sum of overheads and surplus under the margin method. */
  public static final int MAX_MARGIN_PERCENT = 90;

  /** The largest multiplier of a time band. */
  public static final int MAX_MULTIPLIER = 10;

  /** The most staff types, bands, on-costs of one build-up, or sessions. */
  public static final int MAX_ENTRIES = 50;

  private final LocalDate from;
  private final LocalDate to;
  private final Map<String, StaffRate> staff;
  private final Map<String, TimeBand> bands;
  private final Money sleepIn;
  private final String wakingNightStaff;
  private final String wakingNightBand;
  private final Map<String, Money> sessions;
  private final Money mileage;
  private final EmployerCosts employerCosts;

  private RateVersion(Builder b) {
    this.from = b.from;
    this.to = b.to;
    Map<String, StaffRate> s = new LinkedHashMap<>();
    b.staff.forEach(r -> s.put(r.name(), r));
    this.staff = java.util.Collections.unmodifiableMap(s);
    Map<String, TimeBand> t = new LinkedHashMap<>();
    b.bands.forEach(band -> t.put(band.name(), band));
    this.bands = java.util.Collections.unmodifiableMap(t);
    this.sleepIn = b.sleepIn;
    this.wakingNightStaff = b.wakingNightStaff;
    this.wakingNightBand = b.wakingNightBand;
    this.sessions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.sessions));
    this.mileage = b.mileage;
    this.employerCosts = b.employerCosts;
  }

  /** {@return a builder; never null} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the first day the rates are in force; never null} */
  public LocalDate from() {
    return from;
  }

  /** {@return the last day the rates are in force (inclusive); never null} */
  public LocalDate to() {
    return to;
  }

  /** {@return whether {@code date} is from {@link #from()} to {@link #to()}, both inclusive} 
   *
   * @param date not null
   */
  public boolean covers(LocalDate date) {
    return !date.isBefore(from) && !date.isAfter(to);
  }

  /** {@return the staff rates by name, in the order given; never null} */
  public Map<String, StaffRate> staff() {
    return staff;
  }

  /** {@return the time bands by name, in the order given; never null} */
  public Map<String, TimeBand> bands() {
    return bands;
  }

  /** {@return the flat price of a sleep-in night; empty when the version has none} */
  public Optional<Money> sleepIn() {
    return Optional.ofNullable(sleepIn);
  }

  /** {@return the staff type a waking night is paid at; empty when the version has no waking nights} */
  public Optional<String> wakingNightStaff() {
    return Optional.ofNullable(wakingNightStaff);
  }

  /** {@return the band a waking night is paid at; empty for the staff type's base rate} */
  public Optional<String> wakingNightBand() {
    return Optional.ofNullable(wakingNightBand);
  }

  /** {@return the price of each kind of session by name, in the order given; never null} */
  public Map<String, Money> sessions() {
    return sessions;
  }

  /** {@return the price per mile; empty when the version has none} */
  public Optional<Money> mileage() {
    return Optional.ofNullable(mileage);
  }

  /**
   * {@return what employing a personal assistant through a direct payment costs beyond pay, for this
   * version's tax year; empty when the version declares none (a plan with a personal assistant is then
   * refused, never costed on a default)}
   */
  public Optional<EmployerCosts> employerCosts() {
    return Optional.ofNullable(employerCosts);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof RateVersion)) {
      return false;
    }
    RateVersion v = (RateVersion) o;
    return from.equals(v.from)
        && to.equals(v.to)
        && staff.equals(v.staff)
        && bands.equals(v.bands)
        && Objects.equals(sleepIn, v.sleepIn)
        && Objects.equals(wakingNightStaff, v.wakingNightStaff)
        && Objects.equals(wakingNightBand, v.wakingNightBand)
        && sessions.equals(v.sessions)
        && Objects.equals(mileage, v.mileage)
        && Objects.equals(employerCosts, v.employerCosts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, to, staff, bands, sleepIn, wakingNightStaff, wakingNightBand, sessions, mileage, employerCosts);
  }

  @Override
  public String toString() {
    return "RateVersion[from=" + from + ", to=" + to + ", staff=" + staff.keySet() + ", bands=" + bands.keySet() + "]";
  }

  /** Collects a version's parts and checks them all at once. Not thread-safe; the version it builds is. */
  public static final class Builder {
    private LocalDate from;
    private LocalDate to;
    private final List<StaffRate> staff = new ArrayList<>();
    private final List<TimeBand> bands = new ArrayList<>();
    private Money sleepIn;
    private String wakingNightStaff;
    private String wakingNightBand;
    private final Map<String, Money> sessions = new LinkedHashMap<>();
    private final List<String> sessionNames = new ArrayList<>();
    private Money mileage;
    private EmployerCosts employerCosts;

    private Builder() {}

    /**
     * Sets the first and last days the rates are in force, both inclusive.
     *
     * @param from not null
     * @param to not null; whether it is before {@code from} is checked by {@link #build()}
     * @return this builder, never null
     */
    public Builder inForce(LocalDate from, LocalDate to) {
      this.from = Objects.requireNonNull(from, "from");
      this.to = Objects.requireNonNull(to, "to");
      return this;
    }

    /**
     * Adds a staff type's rate.
     *
     * @param rate not null
     * @return this builder, never null
     */
    public Builder addStaff(StaffRate rate) {
      staff.add(Objects.requireNonNull(rate, "rate"));
      return this;
    }

    /**
     * Adds a time band.
     *
     * @param band not null
     * @return this builder, never null
     */
    public Builder addBand(TimeBand band) {
      bands.add(Objects.requireNonNull(band, "band"));
      return this;
    }

    /**
     * Sets the flat price of a sleep-in night.
     *
     * @param perNight not null
     * @return this builder, never null
     */
    public Builder sleepIn(Money perNight) {
      this.sleepIn = Objects.requireNonNull(perNight, "perNight");
      return this;
    }

    /**
     * Sets the staff type (and optionally band) a waking night's hours are paid at.
     *
     * @param staffType one of the staff types, not null
     * @param band one of the bands, or empty for the staff type's base rate; not null
     * @return this builder, never null
     */
    public Builder wakingNight(String staffType, Optional<String> band) {
      this.wakingNightStaff = Objects.requireNonNull(staffType, "staffType");
      this.wakingNightBand = Objects.requireNonNull(band, "band").orElse(null);
      return this;
    }

    /**
     * Adds a kind of session (a day opportunity) and its price per session.
     *
     * @param name such as "day-centre", not null, not blank
     * @param price not null
     * @return this builder, never null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public Builder addSession(String name, Money price) {
      Objects.requireNonNull(name, "name");
      if (name.isBlank()) {
        throw new IllegalArgumentException("a session's name must not be blank");
      }
      sessionNames.add(name);
      sessions.putIfAbsent(name, Objects.requireNonNull(price, "price"));
      return this;
    }

    /**
     * Sets the price per mile.
     *
     * @param perMile not null
     * @return this builder, never null
     */
    public Builder mileage(Money perMile) {
      this.mileage = Objects.requireNonNull(perMile, "perMile");
      return this;
    }

    /**
     * Sets what employing a personal assistant costs beyond pay.
     *
     * @param costs not null
     * @return this builder, never null
     */
    public Builder employerCosts(EmployerCosts costs) {
      this.employerCosts = Objects.requireNonNull(costs, "costs");
      return this;
    }

    /**
     * Returns the version.
     *
     * @return the version, never null
     * @throws IllegalStateException if the dates were not set
     * @throws InvalidCostingException with every problem found, paths as in a rate file's version: the
     *     last day before the first; no staff type; a name given twice; a negative amount or percentage,
     *     or one over the limits; margin overheads and surplus over {@value #MAX_MARGIN_PERCENT}%; a
     *     waking night at an unknown staff type or band; employer costs with a percentage out of 0 to
     *     100, a negative or too large amount, or a pension upper limit below its lower limit
     */
    public RateVersion build() {
      List<CostingProblem> problems = problems();
      if (!problems.isEmpty()) {
        throw new InvalidCostingException("rate version from " + from, problems);
      }
      return new RateVersion(this);
    }

    List<CostingProblem> problems() {
      if (from == null || to == null) {
        throw new IllegalStateException("a rate version needs the dates it is in force");
      }
      List<CostingProblem> problems = new ArrayList<>();
      if (to.isBefore(from)) {
        problems.add(new CostingProblem("to", to + " is before from " + from));
      }
      if (staff.isEmpty()) {
        problems.add(new CostingProblem("staff", "a rate version needs at least one staff type"));
      }
      tooMany("staff", staff.size(), problems);
      tooMany("bands", bands.size(), problems);
      tooMany("sessions", sessionNames.size(), problems);
      Map<String, Integer> seen = new HashMap<>();
      for (int i = 0; i < staff.size(); i++) {
        StaffRate r = staff.get(i);
        String at = "staff[" + i + "]";
        Integer earlier = seen.putIfAbsent(r.name(), i);
        if (earlier != null) {
          problems.add(new CostingProblem(at + ".name", "duplicate staff type \"" + r.name() + "\" (also staff[" + earlier + "])"));
        }
        r.givenHourly().ifPresent(h -> amount(h, at + ".hourly", problems));
        r.buildUp().ifPresent(b -> checkBuildUp(b, at + ".buildUp", problems));
      }
      seen.clear();
      for (int i = 0; i < bands.size(); i++) {
        TimeBand t = bands.get(i);
        String at = "bands[" + i + "]";
        Integer earlier = seen.putIfAbsent(t.name(), i);
        if (earlier != null) {
          problems.add(new CostingProblem(at + ".name", "duplicate band \"" + t.name() + "\" (also bands[" + earlier + "])"));
        }
        t.multiplier().ifPresent(m -> {
          if (m.signum() < 0 || m.compareTo(BigDecimal.valueOf(MAX_MULTIPLIER)) > 0) {
            problems.add(new CostingProblem(at + ".multiplier", "must be from 0 to " + MAX_MULTIPLIER + ", was " + Text.plain(m)));
          }
        });
        t.plus().ifPresent(p -> amount(p, at + ".plus", problems));
      }
      seen.clear();
      for (int i = 0; i < sessionNames.size(); i++) {
        Integer earlier = seen.putIfAbsent(sessionNames.get(i), i);
        String at = "sessions[" + i + "]";
        if (earlier != null) {
          problems.add(new CostingProblem(at + ".name", "duplicate session \"" + sessionNames.get(i) + "\" (also sessions[" + earlier + "])"));
        } else {
          amount(sessions.get(sessionNames.get(i)), at + ".price", problems);
        }
      }
      if (sleepIn != null) {
        amount(sleepIn, "sleepIn", problems);
      }
      if (mileage != null) {
        amount(mileage, "mileage", problems);
      }
      if (wakingNightStaff != null) {
        if (staff.stream().noneMatch(s -> s.name().equals(wakingNightStaff))) {
          problems.add(new CostingProblem("wakingNight.staff", "unknown staff type \"" + wakingNightStaff + "\"" + expected(staff.stream().map(StaffRate::name).distinct().toList())));
        }
        if (wakingNightBand != null && bands.stream().noneMatch(b -> b.name().equals(wakingNightBand))) {
          problems.add(new CostingProblem("wakingNight.band", "unknown band \"" + wakingNightBand + "\"" + expected(bands.stream().map(TimeBand::name).distinct().toList())));
        }
      }
      if (employerCosts != null) {
        checkEmployerCosts(employerCosts, "employerCosts", problems);
      }
      return problems;
    }

    private static void checkEmployerCosts(EmployerCosts e, String at, List<CostingProblem> problems) {
      percent(e.holidayPercent(), at + ".holidayPercent", problems);
      percent(e.niPercent(), at + ".nationalInsurance.percent", problems);
      amount(e.niThreshold(), at + ".nationalInsurance.threshold", problems);
      amount(e.employmentAllowance(), at + ".nationalInsurance.employmentAllowance", problems);
      percent(e.pensionPercent(), at + ".pension.percent", problems);
      amount(e.pensionLower(), at + ".pension.lower", problems);
      amount(e.pensionUpper(), at + ".pension.upper", problems);
      if (e.pensionUpper().isLessThan(e.pensionLower())) {
        problems.add(new CostingProblem(at + ".pension.upper", e.pensionUpper() + " is below the lower limit " + e.pensionLower()));
      }
      amount(e.liabilityInsurance(), at + ".liabilityInsurance", problems);
      amount(e.payroll(), at + ".payroll", problems);
    }

    private static void checkBuildUp(BuildUp b, String at, List<CostingProblem> problems) {
      amount(b.pay(), at + ".pay", problems);
      tooMany(at + ".onCosts", b.onCosts().size(), problems);
      for (int i = 0; i < b.onCosts().size(); i++) {
        percent(b.onCosts().get(i).percent(), at + ".onCosts[" + i + "].percent", problems);
      }
      percent(b.overheads(), at + ".overheads", problems);
      percent(b.surplus(), at + ".surplus", problems);
      BigDecimal k = b.overheads().add(b.surplus());
      if (b.method() == OverheadMethod.MARGIN
          && b.overheads().signum() >= 0
          && b.surplus().signum() >= 0
          && k.compareTo(BigDecimal.valueOf(MAX_MARGIN_PERCENT)) > 0) {
        problems.add(
            new CostingProblem(
                at + ".surplus",
                "with the margin method overheads and surplus are shares of the rate; together they may be at most "
                    + MAX_MARGIN_PERCENT
                    + "%, were "
                    + Text.percent(k)));
      }
    }

    private static void percent(BigDecimal p, String at, List<CostingProblem> problems) {
      if (p.signum() < 0 || p.compareTo(BigDecimal.valueOf(MAX_PERCENT)) > 0) {
        problems.add(new CostingProblem(at, "must be from 0% to " + MAX_PERCENT + "%, was " + Text.percent(p)));
      }
    }

    private static void amount(Money m, String at, List<CostingProblem> problems) {
      if (m.isNegative()) {
        problems.add(new CostingProblem(at, "must not be negative, was " + m));
      } else if (m.isGreaterThan(MAX_AMOUNT)) {
        problems.add(new CostingProblem(at, m + " is too large; a rate may be at most " + MAX_AMOUNT));
      }
    }

    private static void tooMany(String at, int size, List<CostingProblem> problems) {
      if (size > MAX_ENTRIES) {
        problems.add(new CostingProblem(at, size + " entries; at most " + MAX_ENTRIES));
      }
    }
  }

  static String expected(List<String> names) {
    return names.isEmpty() ? "; there are none" : "; expected one of " + String.join(", ", names);
  }
}
