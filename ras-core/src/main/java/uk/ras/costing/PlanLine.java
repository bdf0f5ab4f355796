package uk.ras.costing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.ras.money.Money;

/**
 * One line of weekly support in a cost plan: what it is ({@link LineKind}, with its quantities) and who
 * pays for it ({@link PaidBy}). Quantities may have up to two decimals (7.5 hours, 0.25 of a session).
 * Whether they are in range is checked when the plan is built, with every other problem. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * PlanLine.hours("A's 1:1 support", PaidBy.person(a), "support-worker", Optional.empty(), hours("20"), 1);
 * PlanLine.hours("Outings", PaidBy.users(List.of(b, c, d)), "support-worker", Optional.of("weekend"), hours("6"), 1);
 * PlanLine.sleepIns("Sleep-in", PaidBy.everyone(), new BigDecimal("7"));
 * }</pre>
 */
public final class PlanLine {
  private final String name;
  private final PaidBy paidBy;
  private final LineKind kind;
  private final String staffType;
  private final String band;
  private final BigDecimal quantity;
  private final BigDecimal hoursPerNight;
  private final int staffCount;
  private final String session;
  private final Money amount;
  private final int years;
  private final List<String> needs;

  private PlanLine(
      String name,
      PaidBy paidBy,
      LineKind kind,
      String staffType,
      String band,
      BigDecimal quantity,
      BigDecimal hoursPerNight,
      int staffCount,
      String session,
      Money amount,
      int years,
      List<String> needs) {
    this.name = Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a plan line's name must not be blank");
    }
    this.paidBy = Objects.requireNonNull(paidBy, "paidBy");
    this.kind = kind;
    this.staffType = staffType;
    this.band = band;
    this.quantity = quantity;
    this.hoursPerNight = hoursPerNight;
    this.staffCount = staffCount;
    this.session = session;
    this.amount = amount;
    this.years = years;
    this.needs = List.copyOf(needs);
  }

  /**
   * Hours a week of a staff type: 1:1 hours for a person, shared hours for named users (with {@code
   * staffCount} workers: 1 for three people is a 1:3 ratio), or core hours for everyone.
   *
   * @param name not null, not blank
   * @param paidBy not null
   * @param staffType a staff type of the rates, not null
   * @param band a band of the rates, or empty for the base rate; not null
   * @param hoursPerWeek not null
   * @param staffCount how many workers at once
   * @return the line, never null
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public static PlanLine hours(
      String name, PaidBy paidBy, String staffType, Optional<String> band, BigDecimal hoursPerWeek, int staffCount) {
    return new PlanLine(
        name,
        paidBy,
        LineKind.HOURS,
        Objects.requireNonNull(staffType, "staffType"),
        Objects.requireNonNull(band, "band").orElse(null),
        Objects.requireNonNull(hoursPerWeek, "hoursPerWeek"),
        null,
        staffCount,
        null,
        null,
        0, List.of());
  }

  /**
   * Sleep-in nights a week, at the rates' flat price a night.
   *
   * @param name not null, not blank
   * @param paidBy not null
   * @param nightsPerWeek not null
   * @return the line, never null
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public static PlanLine sleepIns(String name, PaidBy paidBy, BigDecimal nightsPerWeek) {
    return new PlanLine(
        name, paidBy, LineKind.SLEEP_IN, null, null, Objects.requireNonNull(nightsPerWeek, "nightsPerWeek"), null, 1, null, null, 0, List.of());
  }

  /**
   * Waking nights a week, paid hourly at the rates' waking-night staff type and band.
   *
   * @param name not null, not blank
   * @param paidBy not null
   * @param hoursPerNight not null
   * @param nightsPerWeek not null
   * @return the line, never null
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public static PlanLine wakingNights(String name, PaidBy paidBy, BigDecimal hoursPerNight, BigDecimal nightsPerWeek) {
    return new PlanLine(
        name,
        paidBy,
        LineKind.WAKING_NIGHT,
        null,
        null,
        Objects.requireNonNull(nightsPerWeek, "nightsPerWeek"),
        Objects.requireNonNull(hoursPerNight, "hoursPerNight"),
        1,
        null,
        null,
        0, List.of());
  }

  /**
   * Sessions a week of a kind the rates price, such as a day centre.
   *
   * @param name not null, not blank
   * @param paidBy not null
   * @param session a session of the rates, not null
   * @param perWeek not null
   * @return the line, never null
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public static PlanLine sessions(String name, PaidBy paidBy, String session, BigDecimal perWeek) {
    return new PlanLine(
        name,
        paidBy,
        LineKind.SESSIONS,
        null,
        null,
        Objects.requireNonNull(perWeek, "perWeek"),
        null,
        1,
        Objects.requireNonNull(session, "session"),
        null,
        0, List.of());
  }

  /**
   * Miles a week, at the rates' price a mile.
   *
   * @param name not null, not blank
   * @param paidBy not null
   * @param milesPerWeek not null
   * @return the line, never null
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public static PlanLine mileage(String name, PaidBy paidBy, BigDecimal milesPerWeek) {
    return new PlanLine(
        name, paidBy, LineKind.MILEAGE, null, null, Objects.requireNonNull(milesPerWeek, "milesPerWeek"), null, 1, null, null, 0, List.of());
  }

  /**
   * A fixed weekly amount, such as equipment rental.
   *
   * @param name not null, not blank
   * @param paidBy not null
   * @param weekly not null
   * @return the line, never null
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public static PlanLine fixed(String name, PaidBy paidBy, Money weekly) {
    return new PlanLine(
        name, paidBy, LineKind.FIXED, null, null, null, null, 1, null, Objects.requireNonNull(weekly, "weekly"), 0, List.of());
  }

  /**
   * A one-off cost spread evenly over a number of years: {@code amount / (years x weeks a year)} a
   * week, rounded to the penny.
   *
   * @param name not null, not blank
   * @param paidBy not null
   * @param amount not null
   * @param years over how many years
   * @return the line, never null
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public static PlanLine oneOff(String name, PaidBy paidBy, Money amount, int years) {
    return new PlanLine(
        name, paidBy, LineKind.ONE_OFF, null, null, null, null, 1, null, Objects.requireNonNull(amount, "amount"), years, List.of());
  }

  /** {@return the line's name, unique in its plan; never null} */
  public String name() {
    return name;
  }

  /** {@return who pays; never null} */
  public PaidBy paidBy() {
    return paidBy;
  }

  /** {@return what the line measures; never null} */
  public LineKind kind() {
    return kind;
  }

  /** {@return the staff type of an hours line; empty for other kinds} */
  public Optional<String> staffType() {
    return Optional.ofNullable(staffType);
  }

  /** {@return the band of an hours line; empty for the base rate and for other kinds} */
  public Optional<String> band() {
    return Optional.ofNullable(band);
  }

  /**
   * {@return the weekly quantity: hours, nights, sessions or miles a week; empty for fixed and one-off
   * lines}
   */
  public Optional<BigDecimal> quantity() {
    return Optional.ofNullable(quantity);
  }

  /** {@return the hours of each waking night; empty for other kinds} */
  public Optional<BigDecimal> hoursPerNight() {
    return Optional.ofNullable(hoursPerNight);
  }

  /** {@return how many workers at once, for an hours line; 1 for other kinds} */
  public int staffCount() {
    return staffCount;
  }

  /** {@return the kind of session of a sessions line; empty for other kinds} */
  public Optional<String> session() {
    return Optional.ofNullable(session);
  }

  /** {@return the weekly amount of a fixed line, or the whole of a one-off; empty for other kinds} */
  public Optional<Money> amount() {
    return Optional.ofNullable(amount);
  }

  /** {@return the years a one-off cost is spread over; 0 for other kinds} */
  public int years() {
    return years;
  }

  /**
   * {@return this line recorded as meeting needs in the named domains of the assessment (for comparing
   * a cost plan with a RAS: where the plan spends; see {@code uk.ras.comparison}); never null}
   *
   * @param domains the rule set's domain ids, such as "personal_care", not null, no nulls; a line's
   *     share is split equally among them
   */
  public PlanLine meeting(List<String> domains) {
    for (String d : Objects.requireNonNull(domains, "domains")) {
      Objects.requireNonNull(d, "domains");
    }
    return new PlanLine(name, paidBy, kind, staffType, band, quantity, hoursPerNight, staffCount, session, amount, years, domains);
  }

  /** {@return the domains of need the line meets, as recorded; empty when none is; never null} */
  public List<String> needs() {
    return needs;
  }

  /** This line with another quantity (for the properties: more hours). */
  PlanLine withQuantity(BigDecimal newQuantity) {
    return new PlanLine(name, paidBy, kind, staffType, band, newQuantity, hoursPerNight, staffCount, session, amount, years, needs);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof PlanLine)) {
      return false;
    }
    PlanLine l = (PlanLine) o;
    return name.equals(l.name)
        && paidBy.equals(l.paidBy)
        && kind == l.kind
        && Objects.equals(staffType, l.staffType)
        && Objects.equals(band, l.band)
        && Objects.equals(quantity, l.quantity)
        && Objects.equals(hoursPerNight, l.hoursPerNight)
        && staffCount == l.staffCount
        && Objects.equals(session, l.session)
        && Objects.equals(amount, l.amount)
        && years == l.years
        && needs.equals(l.needs);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, paidBy, kind, staffType, band, quantity, hoursPerNight, staffCount, session, amount, years, needs);
  }

  @Override
  public String toString() {
    return kind.label() + " '" + name + "' " + paidBy;
  }
}
