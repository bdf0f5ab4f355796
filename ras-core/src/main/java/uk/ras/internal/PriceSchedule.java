package uk.ras.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import uk.ras.allocation.AmountStep;
import uk.ras.money.Money;
import uk.ras.money.PeriodConversion;
import uk.ras.pricing.Band;
import uk.ras.pricing.Banding;
import uk.ras.pricing.Ceiling;
import uk.ras.pricing.CeilingPolicy;
import uk.ras.pricing.Interpolation;
import uk.ras.pricing.InterpolationPoint;
import uk.ras.pricing.PricePerPoint;
import uk.ras.pricing.Pricing;

/**
 * The pricing of a rule set, evaluated once for every total the questionnaire can produce. A total's
 * weekly and annual amounts and flags are then array reads, and the explanation of a total re-runs the
 * very function that filled the arrays, so the two cannot disagree.
 *
 * <p>Immutable and thread-safe after construction.
 */
public final class PriceSchedule {
  public static final int FLOOR_APPLIED = 1;
  public static final int CEILING_APPLIED = 2;
  public static final int REFERRED = 4;

  private final Pricing pricing;
  private final RoundingMode rounding;
  private final PeriodConversion weeksPerYear;
  // Money objects, not pence, so that allocating a budget reads amounts without creating any.
  private final Money[] weekly;
  private final Money[] annual;
  private final byte[] flags;
  /**
   * The steps of each total, made the first time a total is explained and shared from then on: they
   * depend on the total alone. Filled lazily, not at compile time, because a questionnaire may allow
   * up to 100,000 points and most totals are never explained. Two threads explaining the same total
   * at once both compute it and store equal immutable lists, so the race is harmless.
   */
  private final AtomicReferenceArray<List<AmountStep>> steps;

  private PriceSchedule(
      Pricing pricing, RoundingMode rounding, PeriodConversion weeksPerYear, int maxTotal) {
    this.pricing = pricing;
    this.rounding = rounding;
    this.weeksPerYear = weeksPerYear;
    this.weekly = new Money[maxTotal + 1];
    this.annual = new Money[maxTotal + 1];
    this.flags = new byte[maxTotal + 1];
    this.steps = new AtomicReferenceArray<>(maxTotal + 1);
    for (int total = 0; total <= maxTotal; total++) {
      Outcome outcome = evaluate(total, null);
      weekly[total] = outcome.weekly();
      flags[total] = (byte) outcome.flags();
      annual[total] = weeksPerYear.annual(weekly[total], rounding);
    }
  }

  /**
   * Prices every total from 0 to {@code maxTotal}.
   *
   * @param pricing a validated pricing
   */
  public static PriceSchedule compile(
      Pricing pricing, RoundingMode rounding, PeriodConversion weeksPerYear, int maxTotal) {
    return new PriceSchedule(pricing, rounding, weeksPerYear, maxTotal);
  }

  public Money weekly(int total) {
    return weekly[total];
  }

  public Money annual(int total) {
    return annual[total];
  }

  /** The flags of a total, as a bit set of {@link #FLOOR_APPLIED}, {@link #CEILING_APPLIED}, {@link #REFERRED}. */
  public int flags(int total) {
    return flags[total];
  }

  public int maxTotal() {
    return weekly.length - 1;
  }

  /** The steps from {@code total} points to the weekly amount, in words; an immutable list. */
  public List<AmountStep> explain(int total) {
    List<AmountStep> known = steps.get(total);
    if (known == null) {
      List<AmountStep> made = new ArrayList<>();
      evaluate(total, made);
      known = List.copyOf(made);
      steps.set(total, known);
    }
    return known;
  }

  private record Outcome(Money weekly, int flags) {}

  /** Prices one total, recording the steps in words when {@code steps} is not null. */
  private Outcome evaluate(int total, List<AmountStep> steps) {
    Money priced = priced(total, steps);
    Money amount = priced;
    int flagBits = 0;
    BigDecimal contingency = pricing.contingencyPercent();
    if (contingency.signum() != 0) {
      Money heldBack = priced.multipliedBy(contingency.movePointLeft(2), rounding);
      amount = priced.minus(heldBack);
      record(
          steps,
          "pricing.contingencyPercent",
          "less contingency of "
              + contingency.stripTrailingZeros().toPlainString()
              + "% held back for exceptions: -"
              + heldBack
              + " = "
              + amount,
          heldBack.negated(),
          amount);
    }
    if (pricing.floor().isPresent()) {
      Money floor = pricing.floor().get();
      // A person with no assessed need (0 points) gets no budget: the floor is for people with need.
      if (total > 0 && amount.isLessThan(floor)) {
        Money before = amount;
        amount = floor;
        flagBits |= FLOOR_APPLIED;
        record(
            steps,
            "pricing.floor",
            "raised to the floor of " + floor + " (from " + before + ")",
            floor.minus(before),
            amount);
      } else {
        record(
            steps,
            "pricing.floor",
            total == 0
                ? "floor of " + floor + " not applied: no assessed need"
                : "floor of " + floor + " not needed",
            Money.zero(),
            amount);
      }
    }
    if (pricing.ceiling().isPresent()) {
      Ceiling ceiling = pricing.ceiling().get();
      if (amount.isGreaterThan(ceiling.weekly())) {
        if (ceiling.policy() == CeilingPolicy.CAP) {
          Money before = amount;
          amount = ceiling.weekly();
          flagBits |= CEILING_APPLIED;
          record(
              steps,
              "pricing.ceiling",
              "capped at the ceiling of " + ceiling.weekly() + " (from " + before + ")",
              amount.minus(before),
              amount);
        } else {
          flagBits |= REFERRED;
          record(
              steps,
              "pricing.ceiling",
              "above the ceiling of "
                  + ceiling.weekly()
                  + ": referred to the resource allocation panel, amount not capped",
              Money.zero(),
              amount);
        }
      } else {
        record(
            steps,
            "pricing.ceiling",
            "within the ceiling of " + ceiling.weekly(),
            Money.zero(),
            amount);
      }
    }
    return new Outcome(amount, flagBits);
  }

  private Money priced(int total, List<AmountStep> steps) {
    if (pricing.method() instanceof PricePerPoint) {
      BigDecimal price = ((PricePerPoint) pricing.method()).poundsPerPoint();
      Money amount = Money.ofPounds(price.multiply(BigDecimal.valueOf(total)), rounding);
      record(
          steps,
          "pricing.pricePerPoint",
          total + " points at £" + price.toPlainString() + " per point = " + amount,
          amount,
          amount);
      return amount;
    }
    if (pricing.method() instanceof Banding) {
      List<Band> bands = ((Banding) pricing.method()).bands();
      for (int i = 0; i < bands.size(); i++) {
        Band band = bands.get(i);
        if (total >= band.from() && (band.to().isEmpty() || total <= band.to().getAsInt())) {
          record(
              steps,
              "pricing.bands[" + i + "]",
              total + " points fall in the band " + band.range() + ", worth " + band.weekly(),
              band.weekly(),
              band.weekly());
          return band.weekly();
        }
      }
      throw new IllegalStateException("no band for " + total + " points: the rule set was not validated");
    }
    if (pricing.method() instanceof Interpolation) {
      List<InterpolationPoint> points = ((Interpolation) pricing.method()).points();
      InterpolationPoint last = points.get(points.size() - 1);
      if (total >= last.points()) {
        record(
            steps,
            "pricing.interpolation[" + (points.size() - 1) + "]",
            total
                + " points at or beyond the last point ("
                + last.points()
                + " points) = "
                + last.weekly(),
            last.weekly(),
            last.weekly());
        return last.weekly();
      }
      for (int i = 1; i < points.size(); i++) {
        InterpolationPoint lo = points.get(i - 1);
        InterpolationPoint hi = points.get(i);
        if (total < hi.points()) {
          BigDecimal rise = BigDecimal.valueOf(hi.weekly().pence() - lo.weekly().pence());
          BigDecimal pence =
              BigDecimal.valueOf(lo.weekly().pence())
                  .add(
                      rise.multiply(BigDecimal.valueOf(total - lo.points()))
                          .divide(BigDecimal.valueOf(hi.points() - lo.points()), 0, rounding));
          Money amount = Money.ofPence(pence.longValueExact());
          record(
              steps,
              "pricing.interpolation[" + i + "]",
              total
                  + " points between "
                  + lo.points()
                  + " points ("
                  + lo.weekly()
                  + ") and "
                  + hi.points()
                  + " points ("
                  + hi.weekly()
                  + "), interpolated = "
                  + amount,
              amount,
              amount);
          return amount;
        }
      }
    }
    throw new IllegalStateException("unsupported pricing method " + pricing.method());
  }

  private static void record(
      List<AmountStep> steps, String rule, String description, Money change, Money amount) {
    if (steps != null) {
      steps.add(new AmountStep(rule, description, change, amount));
    }
  }
}
