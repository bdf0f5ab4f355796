package uk.ras.calibration;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongFunction;
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
 * An annual budget envelope for a caseload, and the largest pricing that fits it.
 *
 * <pre>
 * contingencyHeldBack = envelope × contingencyPercent / 100, rounded up to the penny
 * available           = envelope − contingencyHeldBack
 * forecast            = takeUp × Σ annual budget of each person, rounded up to the penny
 * </pre>
 *
 * <p>Each person's annual budget is priced by the rule set's whole pricing (method, the rule set's own
 * contingency, floor, ceiling) and its weeks per year, exactly as the calculator prices it. Take-up is
 * the share of the indicative allocation people actually spend (1 means all of it). Both roundings are
 * upwards, so that rounding can only make the forecast more cautious.
 *
 * <p>{@link #solve} finds the largest price per point, in whole pence, with {@code forecast ≤
 * available}; for a banding table or an interpolation, the largest factor (to 4 decimals) that every
 * amount can be multiplied by. Because every pricing step is monotonic, the forecast never falls as the
 * price rises, so a binary search finds the exact largest step.
 *
 * <p>Immutable and thread-safe.
 */
public final class Envelope {
  /** The highest price per point searched: £100,000 a point. */
  public static final long MAX_PENCE_PER_POINT = 10_000_000L;

  /** The highest scale searched for a banding table or interpolation. */
  public static final BigDecimal MAX_SCALE = BigDecimal.valueOf(1000);

  private static final int SCALE_DECIMALS = 4;

  private final Money annual;
  private final BigDecimal contingencyPercent;
  private final BigDecimal takeUp;

  private Envelope(Money annual, BigDecimal contingencyPercent, BigDecimal takeUp) {
    this.annual = annual;
    this.contingencyPercent = contingencyPercent;
    this.takeUp = takeUp;
  }

  /**
   * Returns an envelope.
   *
   * @param annual the annual envelope, not null, more than zero
   * @param contingencyPercent the share held back, 0 to less than 100, such as 5; not null
   * @param takeUp the share of allocations spent, more than 0 and at most 1, such as 0.9; not null
   * @return never null
   * @throws IllegalArgumentException if a value is out of range
   */
  public static Envelope of(Money annual, BigDecimal contingencyPercent, BigDecimal takeUp) {
    Objects.requireNonNull(annual, "annual");
    Objects.requireNonNull(contingencyPercent, "contingencyPercent");
    Objects.requireNonNull(takeUp, "takeUp");
    if (!annual.isGreaterThan(Money.zero())) {
      throw new IllegalArgumentException("the envelope must be more than zero, not " + annual);
    }
    if (contingencyPercent.signum() < 0 || contingencyPercent.compareTo(BigDecimal.valueOf(100)) >= 0) {
      throw new IllegalArgumentException(
          "contingency must be from 0% to less than 100%, not " + contingencyPercent.toPlainString() + "%");
    }
    if (takeUp.signum() <= 0 || takeUp.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(
          "take-up must be more than 0 and at most 1 (100%), not " + takeUp.toPlainString());
    }
    return new Envelope(annual, contingencyPercent, takeUp);
  }

  /** {@return the annual envelope, before contingency; never null} */
  public Money annual() {
    return annual;
  }

  /** {@return the percentage of the envelope held back, 0 to less than 100; never null} */
  public BigDecimal contingencyPercent() {
    return contingencyPercent;
  }

  /** {@return the share of allocations people spend, more than 0 and at most 1; never null} */
  public BigDecimal takeUp() {
    return takeUp;
  }

  /** {@return {@code envelope × contingencyPercent / 100}, rounded up to the penny; never null} */
  public Money contingencyHeldBack() {
    return annual.multipliedBy(contingencyPercent.movePointLeft(2), RoundingMode.CEILING);
  }

  /** {@return {@code envelope − contingencyHeldBack}; never null} */
  public Money available() {
    return annual.minus(contingencyHeldBack());
  }

  /**
   * The forecast of a rule set as it is, for comparison (current rules, a fitted price).
   *
   * @param rules a valid rule set, not null
   * @param sample not null
   * @return never null
   */
  public EnvelopeFit assess(RuleSet rules, CostSample sample) {
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(sample, "sample");
    Money forecast = new Forecast(sample.people()).forecast(rules, rules.pricing(), takeUp);
    PricingMethod method = rules.pricing().method();
    BigDecimal price = method instanceof PricePerPoint ? ((PricePerPoint) method).poundsPerPoint() : null;
    return EnvelopeFit.of(this, rules, price, null, forecast, null);
  }

  /**
   * Solves the largest pricing of the rule set's kind that fits: for a price per point the largest whole
   * pence per point, for a banding table or an interpolation the largest scale. The contingency, floor
   * and ceiling of the rule set are kept.
   *
   * @param rules a valid rule set, not null
   * @param sample the caseload, not null
   * @return the fit, whose {@link EnvelopeFit#rules()} carry the solved pricing; never null
   * @throws EnvelopeException if nothing fits, or everything searched fits
   */
  public EnvelopeFit solve(RuleSet rules, CostSample sample) {
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(sample, "sample");
    Pricing pricing = rules.pricing();
    PricingMethod method = pricing.method();
    LongFunction<PricingMethod> step;
    long max;
    boolean perPoint = method instanceof PricePerPoint;
    if (perPoint) {
      step = pence -> PricePerPoint.of(BigDecimal.valueOf(pence, 2));
      max = MAX_PENCE_PER_POINT;
    } else {
      step = k -> scaled(method, BigDecimal.valueOf(k, SCALE_DECIMALS), rules.rounding());
      max = MAX_SCALE.movePointRight(SCALE_DECIMALS).longValueExact();
    }
    Forecast forecaster = new Forecast(sample.people());
    Money available = available();
    LongFunction<Money> forecastAt = k -> forecaster.forecast(rules, pricing.withMethod(step.apply(k)), takeUp);
    Money lowest = forecastAt.apply(0);
    if (lowest.isGreaterThan(available)) {
      throw new EnvelopeException(EnvelopeException.Kind.TOO_SMALL, available, lowest,
          "even at " + (perPoint ? "£0.00 per point" : "a scale of 0") + " the forecast is " + lowest
              + ", more than the " + available + " available after contingency: the floor alone costs too much");
    }
    Money highest = forecastAt.apply(max);
    if (!highest.isGreaterThan(available)) {
      throw new EnvelopeException(EnvelopeException.Kind.NOT_BINDING, available, highest,
          "even at the highest price searched the forecast is " + highest + ", within the " + available
              + " available: a capping ceiling holds the budgets down and the envelope does not set the price");
    }
    // Invariant: forecastAt(lo) fits, forecastAt(hi) does not.
    long lo = 0;
    long hi = max;
    while (hi - lo > 1) {
      long mid = lo + (hi - lo) / 2;
      if (forecastAt.apply(mid).isGreaterThan(available)) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    RuleSet solved = rules.withPricing(pricing.withMethod(step.apply(lo)));
    return EnvelopeFit.of(
        this,
        solved,
        perPoint ? BigDecimal.valueOf(lo, 2) : null,
        perPoint ? null : BigDecimal.valueOf(lo, SCALE_DECIMALS),
        forecastAt.apply(lo),
        forecastAt.apply(hi));
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
    return annual + " a year, " + contingencyPercent.toPlainString() + "% contingency, take-up "
        + takeUp.toPlainString();
  }
}
