package uk.ras.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import uk.ras.money.Money;
import uk.ras.money.PeriodConversion;
import uk.ras.ruleset.Pricing;

/**
 * A {@link Pricer}'s whole-budget results for every total from 0 to the most the questionnaire can
 * score, worked out once: a total's weekly and annual amounts and flags are then array reads. This is
 * what keeps allocation as fast as a hand-written lookup (docs/performance.md); it holds no arithmetic
 * of its own, and the explanation of a total re-runs the pricer, so the two cannot disagree.
 *
 * <p>Immutable and thread-safe after construction.
 */
public final class PriceSchedule {
  private final Pricer pricer;
  // Money objects, not pence, so that allocating a budget reads amounts without creating any.
  private final Money[] weekly;
  private final Money[] annual;
  private final List<Set<BudgetFlag>> flags;
  /**
   * The steps of each total, made the first time a total is explained and shared from then on. Filled
   * lazily because a questionnaire may allow up to 100,000 points and most totals are never explained.
   * Two threads explaining one total at once both store equal immutable lists: the race is harmless.
   */
  private final AtomicReferenceArray<List<AmountStep>> steps;

  private PriceSchedule(
      Pricing pricing, RoundingMode rounding, PeriodConversion weeksPerYear, int maxTotal) {
    this.pricer = Pricer.of(pricing, rounding);
    this.weekly = new Money[maxTotal + 1];
    this.annual = new Money[maxTotal + 1];
    @SuppressWarnings("unchecked")
    Set<BudgetFlag>[] flagsOf = new Set[maxTotal + 1];
    this.steps = new AtomicReferenceArray<>(maxTotal + 1);
    for (int total = 0; total <= maxTotal; total++) {
      Priced priced = pricer.price(BigDecimal.valueOf(total), false);
      weekly[total] = priced.weekly();
      flagsOf[total] = priced.flags();
      annual[total] = weeksPerYear.annual(weekly[total], rounding);
    }
    this.flags = List.of(flagsOf);
  }

  /**
   * Prices every total from 0 to {@code maxTotal}.
   *
   * @param pricing a validated rule set's pricing, not null
   * @param rounding the rule set's rounding mode, not null
   * @param weeksPerYear the rule set's conversion, not null
   * @param maxTotal not negative
   * @return the schedule, never null
   */
  public static PriceSchedule compile(
      Pricing pricing, RoundingMode rounding, PeriodConversion weeksPerYear, int maxTotal) {
    if (maxTotal < 0) {
      throw new IllegalArgumentException("maxTotal must not be negative, was " + maxTotal);
    }
    return new PriceSchedule(pricing, rounding, weeksPerYear, maxTotal);
  }

  /**
   * {@return the weekly amount of {@code total} points; never null}
   *
   * @param total the total points, 0 to {@link #maxTotal()}
   * @throws IndexOutOfBoundsException if {@code total} is outside that range
   */
  public Money weekly(int total) {
    return weekly[total];
  }

  /**
   * {@return the annual amount of {@code total} points; never null}
   *
   * @param total the total points, 0 to {@link #maxTotal()}
   * @throws IndexOutOfBoundsException if {@code total} is outside that range
   */
  public Money annual(int total) {
    return annual[total];
  }

  /**
   * {@return the flags of {@code total} points, an immutable set; never null}
   *
   * @param total the total points, 0 to {@link #maxTotal()}
   * @throws IndexOutOfBoundsException if {@code total} is outside that range
   */
  public Set<BudgetFlag> flags(int total) {
    return flags.get(total);
  }

  /** {@return the most points priced} */
  public int maxTotal() {
    return weekly.length - 1;
  }

  /**
   * {@return the steps from {@code total} points to the weekly amount, in words; an immutable list}
   *
   * @param total the total points, 0 to {@link #maxTotal()}
   * @throws IndexOutOfBoundsException if {@code total} is outside that range
   */
  public List<AmountStep> explain(int total) {
    List<AmountStep> known = steps.get(total);
    if (known == null) {
      known = pricer.price(BigDecimal.valueOf(total), true).steps();
      steps.set(total, known);
    }
    return known;
  }
}
