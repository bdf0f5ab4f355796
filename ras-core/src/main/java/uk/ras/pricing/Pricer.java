package uk.ras.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import uk.ras.money.Apportionment;
import uk.ras.money.FixedPoint;
import uk.ras.money.Money;
import uk.ras.ruleset.Ceiling;
import uk.ras.ruleset.CeilingPolicy;
import uk.ras.ruleset.PricePerPoint;
import uk.ras.ruleset.Pricing;
import uk.ras.ruleset.PricingMethod;

/**
 * Points to a weekly amount under a rule set's {@link Pricing}: the one place where the pricing method,
 * the contingency, the floor and the ceiling are applied, for a whole budget and for a budget shared by
 * funding streams alike. A whole budget is priced as one part; a budget with streams as one part per
 * stream.
 *
 * <ol>
 *   <li><b>No need, no budget.</b> If the parts have no points between them, the budget is zero and
 *       nothing below applies: not the floor, not a first band that pays money.
 *   <li><b>Method.</b> Priced per point, the parts are priced apart: each is {@code round(points *
 *       price)} with its own price (a stream's) or the rule set's, since a price per point is linear.
 *       Priced by bands or interpolation, the parts' points are priced together ({@link
 *       PricingMethod#weekly}), since a band or a knot belongs to the total.
 *   <li><b>Contingency.</b> Each amount priced holds back {@code round(amount * contingencyPercent /
 *       100)}. Amounts priced together are then shared among the parts in proportion to their points
 *       ({@link Apportionment#byWeights}: largest remainder, ties to the earlier part).
 *   <li><b>Floor.</b> If the parts add up to less than the floor, the difference is added, shared among
 *       the parts in proportion to their amounts (to their points if every amount is zero).
 *   <li><b>Ceiling.</b> If they add up to more than the ceiling, policy {@code cap} takes the excess
 *       away, shared the same way; policy {@code refer} leaves the amount and flags it for the panel.
 * </ol>
 *
 * <p>Every rounding to the penny uses the rule set's rounding mode; every sharing adds up exactly to
 * what is shared. With one part, the sharing steps are the identity, so a whole budget is exactly the
 * arithmetic written above with one part.
 *
 * <p>Immutable and thread-safe.
 */
public final class Pricer {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final Pricing pricing;
  private final RoundingMode rounding;
  /** {@code contingencyPercent / 100}, exact, worked out once rather than for every amount priced. */
  private final BigDecimal contingencyRate;
  /**
   * The rate as {@code rateUnscaled / rateDivisor} (0.05 as 5 / 100) when both fit a long, else a divisor
   * of 0: each amount's contingency is then whole-number arithmetic, rounded by {@link FixedPoint}
   * exactly as the decimal product would be, without making decimals for every budget.
   */
  private final long rateUnscaled;

  private final long rateDivisor;

  private Pricer(Pricing pricing, RoundingMode rounding) {
    this.pricing = pricing;
    this.rounding = rounding;
    this.contingencyRate = pricing.contingencyPercent().divide(HUNDRED);
    BigDecimal rate = contingencyRate;
    boolean fits = rate.signum() > 0 && rate.scale() >= 0 && rate.scale() <= 18 && rate.precision() <= 18;
    this.rateUnscaled = fits ? rate.unscaledValue().longValueExact() : 0;
    this.rateDivisor = fits ? BigDecimal.ONE.movePointRight(rate.scale()).longValueExact() : 0;
  }

  /**
   * @param pricing not null, from a validated rule set
   * @param rounding the rule set's rounding mode, not null
   * @return the pricer, never null
   */
  public static Pricer of(Pricing pricing, RoundingMode rounding) {
    return new Pricer(Objects.requireNonNull(pricing, "pricing"), Objects.requireNonNull(rounding, "rounding"));
  }

  /** {@return the pricing this pricer applies; never null} */
  public Pricing pricing() {
    return pricing;
  }

  /**
   * One part of a budget priced with others: a funding stream's funded points.
   *
   * @param name the part as a person reads it, such as "Supporting People"; not null
   * @param points not null, not negative
   * @param poundsPerPoint the part's own price per point, overriding the rule set's; empty for the rule
   *     set's (only used when the rule set prices per point)
   * @param priceRule the rule-file path of the part's own price, such as
   *     "streams.supporting_people.pricePerPoint"; not null
   */
  public record Part(
      String name, BigDecimal points, Optional<BigDecimal> poundsPerPoint, String priceRule) {
    /**
     * Checks the part.
     *
     * @param name the part as a person reads it, such as "Supporting People"; not null
     * @param points not null, not negative
     * @param poundsPerPoint the part's own price per point, overriding the rule set's; empty for the rule
     *     set's (only used when the rule set prices per point)
     * @param priceRule the rule-file path of the part's own price, such as
     *     "streams.supporting_people.pricePerPoint"; not null
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code points} is negative
     */
    public Part {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(points, "points");
      Objects.requireNonNull(poundsPerPoint, "poundsPerPoint");
      Objects.requireNonNull(priceRule, "priceRule");
      if (points.signum() < 0) {
        throw new IllegalArgumentException(name + ": points must not be negative, were " + points);
      }
    }
  }

  /**
   * Prices {@code points} as one whole budget.
   *
   * @param points not null, not negative
   * @param explain whether to record the steps in words
   * @return the priced amount, never null
   */
  public Priced price(BigDecimal points, boolean explain) {
    Objects.requireNonNull(points, "points");
    if (points.signum() < 0) {
      throw new IllegalArgumentException("points must not be negative, were " + points);
    }
    return run(new BigDecimal[] {points}, null, false, explain);
  }

  /**
   * Prices a budget shared by parts (funding streams).
   *
   * @param parts not null, not empty
   * @param explain whether to record the steps in words
   * @return the priced amount with each part's share, in the parts' order; never null
   */
  public Priced price(List<Part> parts, boolean explain) {
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("parts must not be empty");
    }
    BigDecimal[] points = new BigDecimal[parts.size()];
    for (int i = 0; i < points.length; i++) {
      points[i] = parts.get(i).points();
    }
    return run(points, parts, true, explain);
  }

  /**
   * A budget shared by parts, raised to at least the amount of another pricing of the same need: what
   * keeps a practitioner's attribution from paying less than the rule set's own (see {@code
   * uk.ras.funding.StreamAllocator}). When {@code priced} is less than {@code least}, the difference is
   * added, shared among the parts in proportion to their amounts (to their points if every amount is
   * zero), and the budget takes {@code least}'s flags, since its amount is then {@code least}'s; a step
   * in words says so. Otherwise {@code priced} is returned as it is.
   *
   * @param priced the budget, priced by {@link #price(List, boolean)} from {@code parts}; not null
   * @param parts the parts {@code priced} was priced from; not null
   * @param least the amount it must not fall below, priced by this pricer; not null
   * @param rule the rule that asks for it, for the step, such as "domains.wellbeing.practitionerChoice";
   *     not null
   * @param why the reason, for the step's words; not null
   * @return the budget, never null
   * @throws IllegalArgumentException if {@code priced} has not one part per part
   */
  public Priced noLessThan(Priced priced, List<Part> parts, Priced least, String rule, String why) {
    Objects.requireNonNull(least, "least");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(why, "why");
    if (priced.partCount() != parts.size()) {
      throw new IllegalArgumentException(priced.partCount() + " amounts for " + parts.size() + " parts");
    }
    long running = priced.weekly().pence();
    long floor = least.weekly().pence();
    if (running >= floor) {
      return priced;
    }
    long[] weekly = new long[parts.size()];
    BigDecimal[] points = new BigDecimal[parts.size()];
    for (int i = 0; i < weekly.length; i++) {
      weekly[i] = priced.part(i).pence();
      points[i] = parts.get(i).points();
    }
    long topUp = floor - running;
    shareByAmounts(topUp, weekly, points, +1);
    List<AmountStep> steps = new ArrayList<>(priced.steps());
    if (!steps.isEmpty()) {
      record(
          steps,
          rule,
          "raised to "
              + least.weekly()
              + " (from "
              + Money.ofPence(running)
              + "), shared among the streams: "
              + why,
          topUp,
          floor);
    }
    return new Priced(weekly, least.flags(), steps.isEmpty() ? null : steps);
  }

  private Priced run(BigDecimal[] points, List<Part> parts, boolean shared, boolean explain) {
    List<AmountStep> steps = explain ? new ArrayList<>() : null;
    int n = points.length;
    long[] weekly = new long[n];
    BigDecimal total = BigDecimal.ZERO;
    for (BigDecimal p : points) {
      total = total.add(p);
    }
    if (total.signum() == 0) {
      if (steps != null) {
        record(
            steps,
            shared ? "streams" : "points",
            shared ? "no funded need: no budget" : "no assessed need: no budget",
            0,
            0);
      }
      return new Priced(weekly, Set.of(), steps);
    }
    // Priced per point, parts are priced apart (a price is linear, and a stream may have its own);
    // otherwise together, since a band or a knot belongs to the total, and shared after the contingency.
    boolean apart = parts != null && pricing.method() instanceof PricePerPoint;
    long[] priced = apart ? priceApart(points, parts, steps) : priceTogether(total, steps);
    long running = holdBackContingency(priced, sum(priced), apart, steps);
    if (apart) {
      System.arraycopy(priced, 0, weekly, 0, weekly.length);
    } else {
      share(priced[0], points, weekly, +1);
    }
    Set<BudgetFlag> flags = EnumSet.noneOf(BudgetFlag.class);
    running = applyFloor(weekly, points, running, shared, flags, steps);
    applyCeiling(weekly, points, running, shared, flags, steps);
    return new Priced(weekly, canonical(flags), steps);
  }

  /** The flag sets, one per combination, made once: a schedule of 100,000 totals shares them. */
  private static final List<Set<BudgetFlag>> FLAG_SETS = flagSets();

  private static List<Set<BudgetFlag>> flagSets() {
    BudgetFlag[] all = BudgetFlag.values();
    List<Set<BudgetFlag>> sets = new ArrayList<>();
    for (int bits = 0; bits < 1 << all.length; bits++) {
      Set<BudgetFlag> set = EnumSet.noneOf(BudgetFlag.class);
      for (BudgetFlag flag : all) {
        if ((bits & 1 << flag.ordinal()) != 0) {
          set.add(flag);
        }
      }
      sets.add(Set.copyOf(set));
    }
    return List.copyOf(sets);
  }

  private static Set<BudgetFlag> canonical(Set<BudgetFlag> flags) {
    int bits = 0;
    for (BudgetFlag flag : flags) {
      bits |= 1 << flag.ordinal();
    }
    return FLAG_SETS.get(bits);
  }

  /** Step 2, per point, each part at its own price or the rule set's. */
  private long[] priceApart(BigDecimal[] points, List<Part> parts, List<AmountStep> steps) {
    PricePerPoint ruleSetPrice = (PricePerPoint) pricing.method();
    long[] priced = new long[points.length];
    long running = 0;
    for (int i = 0; i < points.length; i++) {
      Part part = parts.get(i);
      PricePerPoint price = part.poundsPerPoint().map(PricePerPoint::of).orElse(ruleSetPrice);
      priced[i] = price.weekly(points[i], rounding).pence();
      running = Math.addExact(running, priced[i]);
      if (steps != null && points[i].signum() != 0) {
        record(
            steps,
            part.poundsPerPoint().isPresent() ? part.priceRule() : ruleSetPrice.rule(points[i]),
            part.name() + ": " + price.explain(points[i], rounding),
            priced[i],
            running);
      }
    }
    return priced;
  }

  /** Step 2, all the points together by the rule set's method. */
  private long[] priceTogether(BigDecimal total, List<AmountStep> steps) {
    PricingMethod method = pricing.method();
    long whole = method.weekly(total, rounding).pence();
    if (steps != null) {
      record(steps, method.rule(total), method.explain(total, rounding), whole, whole);
    }
    return new long[] {whole};
  }

  private static long sum(long[] amounts) {
    long sum = 0;
    for (long a : amounts) {
      sum = Math.addExact(sum, a);
    }
    return sum;
  }

  /** Step 3: each amount priced holds back its contingency; returns the new sum. */
  private long holdBackContingency(long[] weekly, long running, boolean apart, List<AmountStep> steps) {
    BigDecimal percent = pricing.contingencyPercent();
    if (percent.signum() == 0) {
      return running;
    }
    long heldBack = 0;
    for (int i = 0; i < weekly.length; i++) {
      long held =
          rateDivisor > 0 && Math.abs(weekly[i]) <= Long.MAX_VALUE / rateUnscaled
              ? FixedPoint.divide(weekly[i] * rateUnscaled, rateDivisor, rounding)
              : Money.ofPence(weekly[i]).multipliedBy(contingencyRate, rounding).pence();
      weekly[i] -= held;
      heldBack += held;
    }
    long after = running - heldBack;
    if (steps != null) {
      record(
          steps,
          "pricing.contingencyPercent",
          "less contingency of "
              + percent.stripTrailingZeros().toPlainString()
              + (apart ? "% of each stream" : "%")
              + " held back for exceptions: -"
              + Money.ofPence(heldBack)
              + " = "
              + Money.ofPence(after),
          -heldBack,
          after);
    }
    return after;
  }

  /** Step 4; returns the new sum. */
  private long applyFloor(
      long[] weekly,
      BigDecimal[] points,
      long running,
      boolean shared,
      Set<BudgetFlag> flags,
      List<AmountStep> steps) {
    if (pricing.floor().isEmpty()) {
      return running;
    }
    Money floor = pricing.floor().get();
    if (running >= floor.pence()) {
      if (steps != null) {
        record(steps, "pricing.floor", "floor of " + floor + " not needed", 0, running);
      }
      return running;
    }
    long topUp = floor.pence() - running;
    shareByAmounts(topUp, weekly, points, +1);
    flags.add(BudgetFlag.FLOOR_APPLIED);
    if (steps != null) {
      record(
          steps,
          "pricing.floor",
          "raised to the floor of "
              + floor
              + " (from "
              + Money.ofPence(running)
              + ")"
              + (shared ? ", shared among the streams" : ""),
          topUp,
          floor.pence());
    }
    return floor.pence();
  }

  /** Step 5. */
  private void applyCeiling(
      long[] weekly,
      BigDecimal[] points,
      long running,
      boolean shared,
      Set<BudgetFlag> flags,
      List<AmountStep> steps) {
    if (pricing.ceiling().isEmpty()) {
      return;
    }
    Ceiling ceiling = pricing.ceiling().get();
    Money most = ceiling.weekly();
    if (running <= most.pence()) {
      if (steps != null) {
        record(steps, "pricing.ceiling", "within the ceiling of " + most, 0, running);
      }
    } else if (ceiling.policy() == CeilingPolicy.CAP) {
      long cut = running - most.pence();
      shareByAmounts(cut, weekly, points, -1);
      flags.add(BudgetFlag.CEILING_APPLIED);
      if (steps != null) {
        record(
            steps,
            "pricing.ceiling",
            "capped at the ceiling of "
                + most
                + " (from "
                + Money.ofPence(running)
                + ")"
                + (shared ? ", shared among the streams" : ""),
            -cut,
            most.pence());
      }
    } else {
      flags.add(BudgetFlag.REFERRED_TO_PANEL);
      if (steps != null) {
        record(
            steps,
            "pricing.ceiling",
            "above the ceiling of " + most + ": referred to the resource allocation panel, amount not capped",
            0,
            running);
      }
    }
  }

  /** Adds ({@code sign} +1) or takes away (-1) {@code amount}, shared by the parts' amounts, or their points. */
  private static void shareByAmounts(long amount, long[] weekly, BigDecimal[] points, int sign) {
    boolean anyAmount = false;
    for (long w : weekly) {
      anyAmount |= w > 0;
    }
    if (!anyAmount) {
      // Nothing priced (a price of zero): share by points, which are not all zero (step 1).
      share(amount, points, weekly, sign);
      return;
    }
    if (weekly.length == 1) {
      weekly[0] += sign * amount;
      return;
    }
    long[] weights = new long[weekly.length];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = Math.max(0, weekly[i]);
    }
    List<Money> parts = Apportionment.byWeights(Money.ofPence(amount), weights);
    for (int i = 0; i < weekly.length; i++) {
      weekly[i] += sign * parts.get(i).pence();
    }
  }

  /** Adds {@code sign * amount} to {@code into}, shared in proportion to {@code weights}. */
  private static void share(long amount, BigDecimal[] weights, long[] into, int sign) {
    if (into.length == 1) {
      into[0] += sign * amount;
      return;
    }
    List<Money> parts = Apportionment.byWeights(Money.ofPence(amount), List.of(weights));
    for (int i = 0; i < into.length; i++) {
      into[i] += sign * parts.get(i).pence();
    }
  }

  /**
   * Adds a step. Callers test {@code steps != null} first, so that the words, which cost more than the
   * arithmetic, are built only when an explanation was asked for.
   */
  private static void record(
      List<AmountStep> steps, String rule, String description, long change, long amount) {
    steps.add(new AmountStep(rule, description, Money.ofPence(change), Money.ofPence(amount)));
  }
}
