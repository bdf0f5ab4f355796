package uk.ras.calibration;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import uk.ras.money.Money;
import uk.ras.ruleset.Band;
import uk.ras.ruleset.Banding;
import uk.ras.ruleset.Interpolation;
import uk.ras.ruleset.InterpolationPoint;
import uk.ras.ruleset.PricePerPoint;
import uk.ras.ruleset.Pricing;
import uk.ras.ruleset.PricingMethod;
import uk.ras.ruleset.RuleSet;

/**
 * An annual budget envelope for a caseload, year by year, and the largest pricing at which every year of
 * a phase-in fits it.
 *
 * <pre>
 * envelope[y]            = as given for years 1 to n; after that
 *                          envelope[y − 1] × (1 + upliftPercent / 100), rounded down to the penny
 * contingencyHeldBack[y] = envelope[y] × contingencyPercent / 100, rounded up to the penny
 * available[y]           = envelope[y] − contingencyHeldBack[y]
 * budgets                = Σ takeUp(group) × annual(newWeekly), rounded up to the penny
 * forecast[y]            = Σ takeUp(group) × annual(protectedWeekly[y]), rounded up to the penny
 * grants[y]              = forecast[y] − budgets
 * </pre>
 *
 * <p>Each person's new weekly budget is priced by the rule set's whole pricing (method, the rule set's
 * own contingency, floor, ceiling) exactly as the calculator prices it, and annualised with its weeks per
 * year and rounding. {@code protectedWeekly[y]} is what the person is paid in year {@code y} under the
 * {@link TransitionalProtection} (their new budget once they reach it, and always without protection):
 * a transitional grant is committed money, so it is part of the year's forecast. Take-up is the share of
 * what people are allocated that they actually spend (1 means all of it), and applies to the grant as to
 * the budget. Every rounding is upwards for spending and downwards for the envelope, so rounding can only
 * make the forecast more cautious.
 *
 * <p>The years forecast are years 1 to the later of the years given and the last year of the phase-in (1
 * without protection). A pricing <em>fits</em> when {@code forecast[y] ≤ available[y]} in every one of
 * them.
 *
 * <p>{@link #solve} finds the largest price per point, in whole pence, that fits; for a banding table or
 * an interpolation, the largest factor (to 4 decimals) that every amount can be multiplied by. Every
 * pricing step is monotonic and a protected amount is {@code max(newWeekly, the protected path)}, so no
 * year's forecast falls as the price rises: a binary search finds the exact largest step.
 *
 * <p>Immutable and thread-safe.
 */
public final class Envelope {
  /** The highest price per point searched: £100,000 a point. */
  public static final long MAX_PENCE_PER_POINT = 10_000_000L;

  /** The highest scale searched for a banding table or interpolation. */
  public static final BigDecimal MAX_SCALE = BigDecimal.valueOf(1000);

  /**
   * The yearly uplift of the envelope after the years given, unless set: 0%, a flat cash envelope, the
   * cautious assumption.
   */
  public static final BigDecimal DEFAULT_UPLIFT_PERCENT = BigDecimal.ZERO;

  private static final int SCALE_DECIMALS = 4;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final List<Money> given;
  private final BigDecimal upliftPercent;
  private final BigDecimal contingencyPercent;
  private final BigDecimal takeUp;
  private final Map<ClientGroup, BigDecimal> takeUpByGroup;

  private Envelope(
      List<Money> given, BigDecimal upliftPercent, BigDecimal contingencyPercent, BigDecimal takeUp,
      Map<ClientGroup, BigDecimal> takeUpByGroup) {
    this.given = List.copyOf(given);
    this.upliftPercent = upliftPercent;
    this.contingencyPercent = contingencyPercent;
    this.takeUp = takeUp;
    this.takeUpByGroup = takeUpByGroup.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(takeUpByGroup));
  }

  /**
   * Returns an envelope of {@code annual} in year 1 and, after that, {@link #DEFAULT_UPLIFT_PERCENT}.
   *
   * @param annual the year-1 envelope, not null, more than zero
   * @param contingencyPercent the share held back, 0 to less than 100, such as 5; not null
   * @param takeUp the share of allocations spent, more than 0 and at most 1, such as 0.9; not null
   * @return never null
   * @throws IllegalArgumentException if a value is out of range
   */
  public static Envelope of(Money annual, BigDecimal contingencyPercent, BigDecimal takeUp) {
    Objects.requireNonNull(annual, "annual");
    return ofYears(List.of(annual), DEFAULT_UPLIFT_PERCENT, contingencyPercent, takeUp);
  }

  /**
   * Returns an envelope given year by year.
   *
   * @param annualByYear the envelopes of years 1, 2, .., each more than zero; not null, not empty
   * @param upliftPercent the yearly change of the envelope after the last year given, more than −100 and
   *     at most 100, such as 2 for 2% a year or −11 for a cut; not null
   * @param contingencyPercent the share held back each year, 0 to less than 100, such as 5; not null
   * @param takeUp the share of allocations spent, more than 0 and at most 1, such as 0.9; not null
   * @return never null
   * @throws IllegalArgumentException if a value is out of range or no year is given
   */
  public static Envelope ofYears(
      List<Money> annualByYear, BigDecimal upliftPercent, BigDecimal contingencyPercent, BigDecimal takeUp) {
    Objects.requireNonNull(annualByYear, "annualByYear");
    Objects.requireNonNull(upliftPercent, "upliftPercent");
    Objects.requireNonNull(contingencyPercent, "contingencyPercent");
    Objects.requireNonNull(takeUp, "takeUp");
    if (annualByYear.isEmpty()) {
      throw new IllegalArgumentException("an envelope needs at least year 1's amount");
    }
    for (int y = 0; y < annualByYear.size(); y++) {
      Money annual = Objects.requireNonNull(annualByYear.get(y), "annualByYear[" + y + "]");
      if (!annual.isGreaterThan(Money.zero())) {
        throw new IllegalArgumentException(
            (annualByYear.size() == 1 ? "the envelope" : "year " + (y + 1) + "'s envelope") + " must be more than zero, not "
                + annual);
      }
    }
    checkUplift(upliftPercent);
    if (contingencyPercent.signum() < 0 || contingencyPercent.compareTo(HUNDRED) >= 0) {
      throw new IllegalArgumentException(
          "contingency must be from 0% to less than 100%, not " + contingencyPercent.toPlainString() + "%");
    }
    checkTakeUp(takeUp);
    return new Envelope(annualByYear, upliftPercent, contingencyPercent, takeUp, Map.of());
  }

  private static void checkTakeUp(BigDecimal takeUp) {
    if (takeUp.signum() <= 0 || takeUp.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(
          "take-up must be more than 0 and at most 1 (100%), not " + takeUp.toPlainString());
    }
  }

  /**
   * The same envelope with a take-up for some client groups: a person's spend is forecast at their group's
   * take-up, or at {@link #takeUp()} when the group has none.
   *
   * @param byGroup each more than 0 and at most 1; not null
   * @return a new envelope, never null
   * @throws IllegalArgumentException if a share is out of range
   */
  public Envelope withTakeUpByGroup(Map<ClientGroup, BigDecimal> byGroup) {
    Objects.requireNonNull(byGroup, "byGroup");
    byGroup.forEach((g, share) -> checkTakeUp(Objects.requireNonNull(share, "share")));
    return new Envelope(given, upliftPercent, contingencyPercent, takeUp, byGroup);
  }

  /** {@return the take-up of each client group given one, in the enum's order; never null} */
  public Map<ClientGroup, BigDecimal> takeUpByGroup() {
    return takeUpByGroup;
  }

  /**
   * {@return the take-up a person of the group is forecast at; never null}
   *
   * @param group not null
   */
  public BigDecimal takeUpOf(ClientGroup group) {
    return takeUpByGroup.getOrDefault(Objects.requireNonNull(group, "group"), takeUp);
  }

  static void checkUplift(BigDecimal upliftPercent) {
    if (upliftPercent.compareTo(BigDecimal.valueOf(-100)) <= 0 || upliftPercent.compareTo(HUNDRED) > 0) {
      throw new IllegalArgumentException(
          "the yearly uplift must be more than -100% and at most 100%, not " + upliftPercent.toPlainString() + "%");
    }
  }

  /** {@return year 1's envelope, before contingency; never null} */
  public Money annual() {
    return given.get(0);
  }

  /** {@return the envelopes given, years 1 to n; never null, never empty} */
  public List<Money> givenYears() {
    return given;
  }

  /** {@return the yearly change of the envelope after the years given, in percent; never null} */
  public BigDecimal upliftPercent() {
    return upliftPercent;
  }

  /**
   * {@return a year's envelope before contingency: as given, or the previous year's uplifted and
   * rounded down to the penny; never null}
   *
   * @param year 1 or more
   * @throws IllegalArgumentException if {@code year} is less than 1
   */
  public Money annualIn(int year) {
    if (year < 1) {
      throw new IllegalArgumentException("years start at 1, not " + year);
    }
    if (year <= given.size()) {
      return given.get(year - 1);
    }
    Money amount = given.get(given.size() - 1);
    BigDecimal factor = BigDecimal.ONE.add(upliftPercent.movePointLeft(2));
    for (int y = given.size() + 1; y <= year; y++) {
      amount = amount.multipliedBy(factor, RoundingMode.FLOOR);
    }
    return amount;
  }

  /** {@return the percentage of the envelope held back, 0 to less than 100; never null} */
  public BigDecimal contingencyPercent() {
    return contingencyPercent;
  }

  /**
   * {@return the share of allocations people spend, more than 0 and at most 1, for every client group
   * without one of its own ({@link #takeUpByGroup()}); never null}
   */
  public BigDecimal takeUp() {
    return takeUp;
  }

  /** {@return year 1's {@code envelope × contingencyPercent / 100}, rounded up to the penny; never null} */
  public Money contingencyHeldBack() {
    return contingencyHeldBackIn(1);
  }

  /** {@return year 1's {@code envelope − contingencyHeldBack}; never null} */
  public Money available() {
    return availableIn(1);
  }

  /**
   * {@return a year's {@code envelope × contingencyPercent / 100}, rounded up to the penny; never null}
   *
   * @param year 1 or more
   * @throws IllegalArgumentException if {@code year} is less than 1
   */
  public Money contingencyHeldBackIn(int year) {
    return annualIn(year).multipliedBy(contingencyPercent.movePointLeft(2), RoundingMode.CEILING);
  }

  /**
   * {@return a year's {@code envelope − contingencyHeldBack}; never null}
   *
   * @param year 1 or more
   * @throws IllegalArgumentException if {@code year} is less than 1
   */
  public Money availableIn(int year) {
    return annualIn(year).minus(contingencyHeldBackIn(year));
  }

  /**
   * The forecast of a rule set as it is, without transitional grants, for comparison (current rules, a
   * fitted price).
   *
   * @param rules a valid rule set, not null
   * @param sample not null
   * @return never null
   */
  public EnvelopeFit assess(RuleSet rules, CostSample sample) {
    return assess(rules, sample, null);
  }

  /**
   * The forecast of a rule set as it is, with the transitional grants of a protection.
   *
   * @param rules a valid rule set, not null
   * @param sample not null
   * @param protection the protection phasing in people's losses, not null
   * @return never null
   */
  public EnvelopeFit assess(RuleSet rules, CostSample sample, TransitionalProtection protection) {
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(sample, "sample");
    PricingMethod method = rules.pricing().method();
    BigDecimal price = method instanceof PricePerPoint ? ((PricePerPoint) method).poundsPerPoint() : null;
    return new EnvelopeFit(this, rules, price, null, new Forecast(sample.people()).years(this, rules, protection), null);
  }

  /**
   * Solves the largest pricing of the rule set's kind that fits every year, without transitional
   * grants: see {@link #solve(RuleSet, CostSample, TransitionalProtection)}.
   *
   * @param rules a valid rule set, not null
   * @param sample the caseload, not null
   * @return the fit, whose {@link EnvelopeFit#rules()} carry the solved pricing; never null
   * @throws EnvelopeException if nothing fits, or everything searched fits
   */
  public EnvelopeFit solve(RuleSet rules, CostSample sample) {
    return solveWith(rules, sample, null);
  }

  /**
   * Solves the largest pricing of the rule set's kind at which every year fits, the transitional grants
   * of the protection included: for a price per point the largest whole pence per point, for a banding
   * table or an interpolation the largest scale. The contingency, floor and ceiling of the rule set are
   * kept.
   *
   * <p>When no price fits because of the grants ({@link EnvelopeException.Kind#GRANTS_TOO_COSTLY}), the
   * exception says which yearly limit (the most protective whole percentage, with the same end year)
   * would let a price fit, and the largest price then and without protection.
   *
   * @param rules a valid rule set, not null
   * @param sample the caseload, not null
   * @param protection the protection phasing in people's losses, not null
   * @return the fit, whose {@link EnvelopeFit#rules()} carry the solved pricing; never null
   * @throws EnvelopeException if nothing fits, or everything searched fits
   */
  public EnvelopeFit solve(RuleSet rules, CostSample sample, TransitionalProtection protection) {
    Objects.requireNonNull(protection, "protection");
    return solveWith(rules, sample, protection);
  }

  /** The search, over whole pence per point or steps of scale; {@code protection} null for none. */
  private final class Search {
    final RuleSet rules;
    final Forecast forecaster;
    final boolean perPoint;
    final long max;

    Search(RuleSet rules, CostSample sample) {
      this.rules = rules;
      this.forecaster = new Forecast(sample.people());
      this.perPoint = rules.pricing().method() instanceof PricePerPoint;
      this.max = perPoint ? MAX_PENCE_PER_POINT : MAX_SCALE.movePointRight(SCALE_DECIMALS).longValueExact();
    }

    RuleSet at(long k) {
      PricingMethod method = perPoint
          ? PricePerPoint.of(BigDecimal.valueOf(k, 2))
          : scaled(rules.pricing().method(), BigDecimal.valueOf(k, SCALE_DECIMALS), rules.rounding());
      return rules.withPricing(rules.pricing().withMethod(method));
    }

    List<YearForecast> years(long k, TransitionalProtection protection) {
      return forecaster.years(Envelope.this, at(k), protection);
    }

    String describe(long k) {
      return perPoint ? Money.ofPence(k) + " per point" : "a scale of "
          + BigDecimal.valueOf(k, SCALE_DECIMALS).stripTrailingZeros().toPlainString();
    }

    /** The largest step that fits, or -1 when even step 0 does not. */
    long largest(TransitionalProtection protection) {
      if (firstFailing(years(0, protection)) != null) {
        return -1;
      }
      if (firstFailing(years(max, protection)) == null) {
        return max;
      }
      // Invariant: step lo fits, step hi does not.
      long lo = 0;
      long hi = max;
      while (hi - lo > 1) {
        long mid = lo + (hi - lo) / 2;
        if (firstFailing(years(mid, protection)) != null) {
          hi = mid;
        } else {
          lo = mid;
        }
      }
      return lo;
    }
  }

  private EnvelopeFit solveWith(RuleSet rules, CostSample sample, TransitionalProtection protection) {
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(sample, "sample");
    Search search = new Search(rules, sample);
    List<YearForecast> lowest = search.years(0, protection);
    YearForecast failing = firstFailing(lowest);
    if (failing != null) {
      throw noPriceFits(search, protection, failing);
    }
    List<YearForecast> highest = search.years(search.max, protection);
    if (firstFailing(highest) == null) {
      YearForecast tight = new EnvelopeFit(this, rules, null, null, highest, null).tightestYear();
      throw new EnvelopeException(EnvelopeException.Kind.NOT_BINDING, tight.year(), tight.available(),
          tight.forecast(), null,
          "even at the highest price searched, " + search.describe(search.max) + ", the forecast is "
              + tight.forecast() + ", within the " + tight.available() + " available"
              + (highest.size() > 1 ? " in year " + tight.year() : "")
              + ": the envelope does not set the price (a capping ceiling holds the budgets down, or the envelope"
              + " is far larger than the caseload at its take-up)");
    }
    long lo = search.largest(protection);
    return new EnvelopeFit(
        this,
        search.at(lo),
        search.perPoint ? BigDecimal.valueOf(lo, 2) : null,
        search.perPoint ? null : BigDecimal.valueOf(lo, SCALE_DECIMALS),
        search.years(lo, protection),
        firstFailing(search.years(lo + 1, protection)));
  }

  private EnvelopeException noPriceFits(Search search, TransitionalProtection protection, YearForecast failing) {
    String when = failing.year() == 1 ? "year 1" : "year " + failing.year();
    String figures = when + "'s forecast is " + failing.forecast()
        + (failing.grants().isZero() ? "" : " (budgets " + failing.budgets() + ", transitional grants "
            + failing.grants() + ")")
        + ", more than the " + failing.available() + " available after contingency";
    if (protection == null || firstFailing(search.years(0, null)) != null) {
      List<YearForecast> years = search.years(0, null);
      YearForecast bare = firstFailing(years);
      return new EnvelopeException(EnvelopeException.Kind.TOO_SMALL, bare.year(), bare.available(), bare.forecast(),
          null, "even at " + search.describe(0) + (years.size() == 1 ? " the" : " year " + bare.year() + "'s")
              + " forecast is " + bare.forecast()
              + ", more than the " + bare.available() + " available after contingency: the floor alone costs too much"
              + (protection == null ? "" : ", with or without transitional protection"));
    }
    // The lowest price fits without grants: find the most protective whole percentage a year (the same
    // end year) at which it fits. A larger percentage lets budgets fall faster, so grants only shrink.
    int lo = 0;
    int hi = 100;
    while (hi - lo > 1) {
      int mid = (lo + hi) / 2;
      if (firstFailing(search.years(0, limit(mid, protection))) != null) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    TransitionalProtection fits = limit(hi, protection);
    long priceThen = search.largest(fits);
    long priceWithout = search.largest(null);
    String ending = protection.endYear() < TransitionalProtection.MAX_YEARS
        ? " ending in year " + protection.endYear() : "";
    return new EnvelopeException(EnvelopeException.Kind.GRANTS_TOO_COSTLY, failing.year(), failing.available(),
        failing.forecast(), BigDecimal.valueOf(hi),
        "with protection of " + protection.percentPerYear().toPlainString() + "% a year" + ending
            + ", no price fits every year: even at " + search.describe(0) + ", " + figures
            + ". The most protective whole-percent limit at which a price fits is " + hi + "% a year" + ending
            + " (the largest price then is " + search.describe(priceThen) + "); without protection it is "
            + search.describe(priceWithout));
  }

  private static TransitionalProtection limit(int percent, TransitionalProtection like) {
    return TransitionalProtection.limitingFallTo(BigDecimal.valueOf(percent)).endingAfter(like.endYear());
  }

  /** The first year that does not fit, or null. */
  private static YearForecast firstFailing(List<YearForecast> years) {
    for (YearForecast y : years) {
      if (!y.fits()) {
        return y;
      }
    }
    return null;
  }

  /**
   * A banding table or interpolation with every amount multiplied by {@code factor} and rounded to the
   * penny; the point ranges are unchanged.
   *
   * @param method a {@link Banding} or {@link Interpolation}, not null
   * @param factor zero or more, not null
   * @param rounding not null
   * @return never null
   * @throws IllegalArgumentException for a price per point (scale its price instead)
   */
  public static PricingMethod scaled(PricingMethod method, BigDecimal factor, RoundingMode rounding) {
    if (method instanceof Banding) {
      List<Band> bands = new ArrayList<>();
      for (Band b : ((Banding) method).bands()) {
        bands.add(Band.of(b.from(), b.to(), b.weekly().multipliedBy(factor, rounding)));
      }
      return Banding.builder().addAllBands(bands).build();
    }
    if (method instanceof Interpolation) {
      List<InterpolationPoint> points = new ArrayList<>();
      for (InterpolationPoint p : ((Interpolation) method).points()) {
        points.add(InterpolationPoint.of(p.points(), p.weekly().multipliedBy(factor, rounding)));
      }
      return Interpolation.builder().addAllPoints(points).build();
    }
    throw new IllegalArgumentException("only a banding table or interpolation is scaled, not " + method.describe());
  }

  @Override
  public String toString() {
    return (given.size() == 1 ? given.get(0) + " a year" : "years 1 to " + given.size() + " " + given)
        + (upliftPercent.signum() == 0 ? "" : ", then " + upliftPercent.toPlainString() + "% a year")
        + ", " + contingencyPercent.toPlainString() + "% contingency, take-up " + takeUp.toPlainString();
  }
}
