package uk.ras.plan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.ras.money.Money;
import uk.ras.ruleset.DomainId;

/**
 * One item of a support plan: what it is ({@link ItemKind}, with its quantities), which needs (the
 * assessment's domains) it meets, and who holds its money ({@link HeldBy}); unpaid support holds none.
 * Quantities and amounts are checked when the plan is checked, with every other problem, each placed at
 * its item. Immutable and thread-safe.
 *
 * <pre>{@code
 * PlanItem.providerHours("Core support", List.of(DAILY_LIVING), HeldBy.isf("Hillside Care"),
 *     "support-worker", Optional.empty(), new BigDecimal("10"), 1);
 * PlanItem.personalAssistant("PA", List.of(PERSONAL_CARE), "Ann Smith (mother)",
 *     new BigDecimal("15"), Money.parse("13.00"), true);
 * PlanItem.unpaid("Sunday lunch", List.of(COMMUNITY), "brother", Willingness.WILLING_AND_ABLE);
 * }</pre>
 */
public final class PlanItem {
  private final String name;
  private final ItemKind kind;
  private final List<DomainId> needs;
  private final HeldBy heldBy;
  private final String staffType;
  private final String band;
  private final BigDecimal hours;
  private final int staffCount;
  private final Money amount;
  private final boolean claimsEmploymentAllowance;
  private final int years;
  private final String givenBy;
  private final Willingness willingness;

  private PlanItem(
      String name,
      ItemKind kind,
      List<DomainId> needs,
      HeldBy heldBy,
      String staffType,
      String band,
      BigDecimal hours,
      int staffCount,
      Money amount,
      boolean claimsEmploymentAllowance,
      int years,
      String givenBy,
      Willingness willingness) {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a plan item's name must not be blank");
    }
    this.name = name;
    this.kind = kind;
    this.needs = List.copyOf(Objects.requireNonNull(needs, "needs"));
    this.heldBy = heldBy;
    this.staffType = staffType;
    this.band = band;
    this.hours = hours;
    this.staffCount = staffCount;
    this.amount = amount;
    this.claimsEmploymentAllowance = claimsEmploymentAllowance;
    this.years = years;
    this.givenBy = givenBy;
    this.willingness = willingness;
  }

  /**
   * Hours a week of a provider's support, costed by the cost-based method ({@code uk.ras.costing}): the
   * hourly rate of a staff type, in a band, under the rates in force on the day the plan is checked.
   *
   * @param name unique in the plan, not null, not blank
   * @param needs the domains it meets, not null, no nulls
   * @param heldBy who holds its money, not null
   * @param staffType a staff type of the rates, not null
   * @param band a band of the rates, or empty for the base rate; not null
   * @param hoursPerWeek not null; at most two decimals, 0 to 168
   * @param staffCount workers at once, 1 to 20
   * @return the item, never null
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public static PlanItem providerHours(
      String name,
      List<DomainId> needs,
      HeldBy heldBy,
      String staffType,
      Optional<String> band,
      BigDecimal hoursPerWeek,
      int staffCount) {
    return new PlanItem(
        name,
        ItemKind.PROVIDER_HOURS,
        needs,
        Objects.requireNonNull(heldBy, "heldBy"),
        Objects.requireNonNull(staffType, "staffType"),
        Objects.requireNonNull(band, "band").orElse(null),
        Objects.requireNonNull(hoursPerWeek, "hoursPerWeek"),
        staffCount,
        null,
        false,
        0,
        null,
        null);
  }

  /**
   * A provider's quoted price a week, such as a person's share of a supported-living service's core
   * support.
   *
   * @param name unique in the plan, not null, not blank
   * @param needs the domains it meets, not null, no nulls
   * @param heldBy who holds its money, not null
   * @param weekly the quoted price a week, not null
   * @return the item, never null
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public static PlanItem providerQuote(String name, List<DomainId> needs, HeldBy heldBy, Money weekly) {
    return weekly(name, ItemKind.PROVIDER_QUOTE, needs, heldBy, weekly);
  }

  /**
   * A personal assistant the person (or a family member) employs through a direct payment: hourly pay
   * plus the employer's costs the rates in force declare ({@link uk.ras.costing.EmployerCosts}, whose
   * javadoc gives the formula), worked out for a year and then a week.
   *
   * @param name unique in the plan, not null, not blank
   * @param needs the domains it meets, not null, no nulls
   * @param employer who employs the assistant and holds the direct payment: the person, or a family
   *     member named; not null, not blank
   * @param hoursPerWeek not null; at most two decimals, 0 to 168
   * @param hourlyPay the assistant's pay an hour, not null
   * @param claimsEmploymentAllowance whether the employer claims the Employment Allowance against this
   *     assistant's employer's National Insurance (a personal employer of care and support workers may;
   *     an employer claims it once, so with two assistants set it on one)
   * @return the item, never null
   * @throws IllegalArgumentException if {@code name} or {@code employer} is blank
   */
  public static PlanItem personalAssistant(
      String name,
      List<DomainId> needs,
      String employer,
      BigDecimal hoursPerWeek,
      Money hourlyPay,
      boolean claimsEmploymentAllowance) {
    return new PlanItem(
        name,
        ItemKind.PERSONAL_ASSISTANT,
        needs,
        HeldBy.directPayment(employer),
        null,
        null,
        Objects.requireNonNull(hoursPerWeek, "hoursPerWeek"),
        1,
        Objects.requireNonNull(hourlyPay, "hourlyPay"),
        claimsEmploymentAllowance,
        0,
        null,
        null);
  }

  /**
   * Assistive technology rented by the week.
   *
   * @param name unique in the plan, not null, not blank
   * @param needs the domains it meets, not null, no nulls
   * @param heldBy who holds its money, not null
   * @param weekly the rent a week, not null
   * @return the item, never null
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public static PlanItem technologyRental(String name, List<DomainId> needs, HeldBy heldBy, Money weekly) {
    return weekly(name, ItemKind.TECHNOLOGY_RENTAL, needs, heldBy, weekly);
  }

  /**
   * Assistive technology bought, its price annualised over its life as a one-off purchase is ({@link
   * #oneOffOverYears}).
   *
   * @param name unique in the plan, not null, not blank
   * @param needs the domains it meets, not null, no nulls
   * @param heldBy who holds its money, not null
   * @param price not null
   * @param years its life in years, 1 to 50
   * @return the item, never null
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public static PlanItem technologyPurchase(String name, List<DomainId> needs, HeldBy heldBy, Money price, int years) {
    return purchase(name, ItemKind.TECHNOLOGY_PURCHASE, needs, heldBy, price, years);
  }

  /**
   * A one-off purchase annualised over its life: its price split into {@code years} annual charges
   * that add up exactly to the price, the odd pennies to the earliest years ({@link
   * uk.ras.money.Apportionment#equally}). The plan's year carries the first charge; its weekly figure
   * is that charge over the weeks a year, rounded with the rates' mode.
   *
   * @param name unique in the plan, not null, not blank
   * @param needs the domains it meets, not null, no nulls
   * @param heldBy who holds its money, not null
   * @param price not null
   * @param years its life in years, 1 to 50
   * @return the item, never null
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public static PlanItem oneOffOverYears(String name, List<DomainId> needs, HeldBy heldBy, Money price, int years) {
    return purchase(name, ItemKind.ONE_OFF, needs, heldBy, price, years);
  }

  /**
   * A one-off purchase charged wholly to the plan's year (the year it falls in): its annual charge is
   * the price, and its weekly figure the price over the weeks a year, rounded with the rates' mode.
   *
   * @param name unique in the plan, not null, not blank
   * @param needs the domains it meets, not null, no nulls
   * @param heldBy who holds its money, not null
   * @param price not null
   * @return the item, never null
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public static PlanItem oneOffInYear(String name, List<DomainId> needs, HeldBy heldBy, Money price) {
    return new PlanItem(
        name, ItemKind.ONE_OFF, needs, Objects.requireNonNull(heldBy, "heldBy"), null, null, null, 1,
        Objects.requireNonNull(price, "price"), false, 0, null, null);
  }

  /**
   * Transport: fares, a taxi account or a share of a vehicle, a weekly amount.
   *
   * @param name unique in the plan, not null, not blank
   * @param needs the domains it meets, not null, no nulls
   * @param heldBy who holds its money, not null
   * @param weekly not null
   * @return the item, never null
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public static PlanItem transport(String name, List<DomainId> needs, HeldBy heldBy, Money weekly) {
    return weekly(name, ItemKind.TRANSPORT, needs, heldBy, weekly);
  }

  /**
   * Unpaid support from family, friends or community: it costs nothing and holds no money, and meets
   * its needs only when the person giving it is recorded {@link Willingness#WILLING_AND_ABLE} (never
   * assumed).
   *
   * @param name unique in the plan, not null, not blank
   * @param needs the domains it meets, not null, no nulls
   * @param givenBy who gives it, such as "brother, Tom"; not null, not blank
   * @param willingness whether they are willing and able, as recorded; not null
   * @return the item, never null
   * @throws IllegalArgumentException if {@code name} or {@code givenBy} is blank
   */
  public static PlanItem unpaid(String name, List<DomainId> needs, String givenBy, Willingness willingness) {
    Objects.requireNonNull(givenBy, "givenBy");
    if (givenBy.isBlank()) {
      throw new IllegalArgumentException("unpaid support must say who gives it");
    }
    return new PlanItem(
        name, ItemKind.UNPAID, needs, null, null, null, null, 1, null, false, 0, givenBy,
        Objects.requireNonNull(willingness, "willingness"));
  }

  private static PlanItem weekly(String name, ItemKind kind, List<DomainId> needs, HeldBy heldBy, Money weekly) {
    return new PlanItem(
        name, kind, needs, Objects.requireNonNull(heldBy, "heldBy"), null, null, null, 1,
        Objects.requireNonNull(weekly, "weekly"), false, 0, null, null);
  }

  private static PlanItem purchase(String name, ItemKind kind, List<DomainId> needs, HeldBy heldBy, Money price, int years) {
    return new PlanItem(
        name, kind, needs, Objects.requireNonNull(heldBy, "heldBy"), null, null, null, 1,
        Objects.requireNonNull(price, "price"), false, years, null, null);
  }

  /** {@return the item's name, unique in its plan; never null} */
  public String name() {
    return name;
  }

  /** {@return what the item is; never null} */
  public ItemKind kind() {
    return kind;
  }

  /** {@return the domains of need it meets, as given; never null} */
  public List<DomainId> needs() {
    return needs;
  }

  /** {@return who holds its money; empty for unpaid support} */
  public Optional<HeldBy> heldBy() {
    return Optional.ofNullable(heldBy);
  }

  /** {@return the staff type of provider hours; empty for other kinds} */
  public Optional<String> staffType() {
    return Optional.ofNullable(staffType);
  }

  /** {@return the band of provider hours; empty for the base rate and other kinds} */
  public Optional<String> band() {
    return Optional.ofNullable(band);
  }

  /** {@return hours a week of provider hours or of a personal assistant; empty for other kinds} */
  public Optional<BigDecimal> hoursPerWeek() {
    return Optional.ofNullable(hours);
  }

  /** {@return workers at once, for provider hours; 1 for other kinds} */
  public int staffCount() {
    return staffCount;
  }

  /**
   * {@return the amount given: a personal assistant's hourly pay, the weekly amount of a quote, rental
   * or transport, or a purchase's price; empty for provider hours and unpaid support}
   */
  public Optional<Money> amount() {
    return Optional.ofNullable(amount);
  }

  /** {@return whether the employer claims the Employment Allowance against this personal assistant} */
  public boolean claimsEmploymentAllowance() {
    return claimsEmploymentAllowance;
  }

  /** {@return the years a purchase is annualised over; 0 for one charged to its year and other kinds} */
  public int years() {
    return years;
  }

  /** {@return who gives unpaid support; empty for other kinds} */
  public Optional<String> givenBy() {
    return Optional.ofNullable(givenBy);
  }

  /** {@return whether the giver of unpaid support is willing and able; empty for other kinds} */
  public Optional<Willingness> willingness() {
    return Optional.ofNullable(willingness);
  }

  /**
   * {@return whether the item meets the needs it names: every paid item does; unpaid support only when
   * the giver is recorded willing and able}
   */
  public boolean meetsNeeds() {
    return kind != ItemKind.UNPAID || willingness == Willingness.WILLING_AND_ABLE;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof PlanItem)) {
      return false;
    }
    PlanItem i = (PlanItem) o;
    return name.equals(i.name)
        && kind == i.kind
        && needs.equals(i.needs)
        && Objects.equals(heldBy, i.heldBy)
        && Objects.equals(staffType, i.staffType)
        && Objects.equals(band, i.band)
        && Objects.equals(hours, i.hours)
        && staffCount == i.staffCount
        && Objects.equals(amount, i.amount)
        && claimsEmploymentAllowance == i.claimsEmploymentAllowance
        && years == i.years
        && Objects.equals(givenBy, i.givenBy)
        && willingness == i.willingness;
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, kind, needs, heldBy, staffType, band, hours, staffCount, amount, claimsEmploymentAllowance, years, givenBy, willingness);
  }

  @Override
  public String toString() {
    return kind.label() + " '" + name + "'" + (heldBy == null ? "" : " (" + heldBy.describe() + ")");
  }
}
